#!/bin/bash
# Alternating pairs of two Casebench builds importing the same call records (a change's before and after):
# `casebench new` + `casebench import` of WORKDIR/bench_calls.csv with BEFORE, then with AFTER, PAIRS times.
# Prints each pair as NAME: VALUE UNIT lines and the ratio after/before.
# Usage: tests/bench/compare_builds.sh WORKDIR PAIRS BEFORE_BINARY AFTER_BINARY [CSV]
set -euo pipefail
if [ "${1:-}" = "--help" ] || [ $# -lt 4 ]; then
  echo "usage: compare_builds.sh WORKDIR PAIRS BEFORE_BINARY AFTER_BINARY [CSV]  (CSV default: WORKDIR/bench_calls.csv from bench_import)"
  [ "${1:-}" = "--help" ] && exit 0 || exit 2
fi
work=$1 pairs=$2 before=$3 after=$4
csv=${5:-$work/bench_calls.csv}
[ -f "$csv" ] || { echo "no $csv: run bench_import --only calls ROWS $work first" >&2; exit 2; }
TIMEFORMAT=%R
seconds() { { time "$@" >/dev/null 2>&1; } 2>&1; }
one() {
  rm -f "$work"/compare.casebench*
  "$1" new "$work/compare.casebench" --region CN --timezone Asia/Shanghai >/dev/null; sync
  seconds "$1" import "$work/compare.casebench" "$csv"
}
for i in $(seq 1 "$pairs"); do
  b=$(one "$before")
  a=$(one "$after")
  echo "pair${i}_before_time: ${b} s"
  echo "pair${i}_after_time: ${a} s"
  echo "pair${i}_ratio: $(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2f", a/b}') after/before"
done
rm -f "$work"/compare.casebench*
