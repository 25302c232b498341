#!/bin/bash
# Alternating pairs for the call-record import: sqlite3's .import of bench_calls.csv into a plain table with
# the two indexes a case's calls table has (its parties by time), then `casebench new` + `casebench import` of the same file; prints each pair and its ratio.
# Pairs, not two blocks of runs, because this class of machine drifts by 10-25% within minutes.
# Usage: tests/bench/alternate_calls.sh WORKDIR [PAIRS] [CASEBENCH]   (WORKDIR as given to bench_import)
set -euo pipefail
if [ "${1:-}" = "--help" ] || [ $# -lt 1 ]; then
  echo "usage: alternate_calls.sh WORKDIR [PAIRS] [CASEBENCH]  (WORKDIR/bench_calls.csv from bench_import)"
  echo "prints pairN_sqlite3_time: S s, pairN_casebench_time: S s, pairN_ratio: R casebench/sqlite3"
  [ "${1:-}" = "--help" ] && exit 0 || exit 2
fi
work=$1
pairs=${2:-5}
bin=${3:-$(dirname "$0")/../../build/release/app/casebench}
csv=$work/bench_calls.csv
[ -f "$csv" ] || { echo "no $csv: run bench_import with this WORKDIR first" >&2; exit 2; }
cat > "$work/alternate.sql" <<SQL
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE calls(start_time TEXT, subscriber TEXT, other_party TEXT, direction TEXT, duration_s INTEGER, cell_id TEXT, imei TEXT, imsi TEXT);
CREATE INDEX c1 ON calls(subscriber, start_time);
CREATE INDEX c2 ON calls(other_party, start_time);
.import --csv --skip 1 $csv calls
SQL
TIMEFORMAT=%R
seconds() { { time "$@" >/dev/null 2>&1; } 2>&1; }
for i in $(seq 1 "$pairs"); do
  rm -f "$work"/alternate.sqlite*; sync
  s=$(seconds sh -c 'exec sqlite3 "$0" < "$1"' "$work/alternate.sqlite" "$work/alternate.sql")
  rm -f "$work"/alternate.casebench*
  "$bin" new "$work/alternate.casebench" --region CN --timezone Asia/Shanghai >/dev/null; sync
  c=$(seconds "$bin" import "$work/alternate.casebench" "$csv")
  echo "pair${i}_sqlite3_time: ${s} s"
  echo "pair${i}_casebench_time: ${c} s"
  echo "pair${i}_ratio: $(awk -v a="$c" -v b="$s" 'BEGIN{printf "%.2f", a/b}') casebench/sqlite3"
done
rm -f "$work"/alternate.sqlite* "$work"/alternate.casebench*
