#pragma once
// For the helper executables only (casebench-xls, casebench-pdf): the frames they write to stdout, and the
// limits they put on themselves before touching a file. Header-only: the helpers link nothing of ours.
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

namespace cb::helper {

inline void put(const void *p, size_t n)
{
    if (std::fwrite(p, 1, n, stdout) != n)
        std::_Exit(3);
}
template <class T> void put(T v)
{
    put(&v, sizeof v);
}
// The end frame 'Z', after which the reader trusts what it got; then the process ends.
[[noreturn]] inline void end(int code)
{
    put('Z');
    std::fflush(stdout);
    std::_Exit(code);
}
[[noreturn]] inline void error(int32_t code)
{
    put('E');
    put(code);
    end(2);
}

inline void limit(int resource, rlim_t value)
{
    rlimit r{value, value};
    setrlimit(resource, &r);
}

// At most 4 GiB of memory (not under AddressSanitizer, whose shadow reserves terabytes of address space),
// cpuSeconds of CPU, no core dumps and no file written: a write fails instead of killing the process.
inline void limitSelf(rlim_t cpuSeconds)
{
#if defined(__SANITIZE_ADDRESS__)
#define CB_HELPER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CB_HELPER_ASAN 1
#endif
#endif
#ifndef CB_HELPER_ASAN
    limit(RLIMIT_AS, rlim_t(4) << 30);
#endif
    limit(RLIMIT_CPU, cpuSeconds);
    limit(RLIMIT_FSIZE, 0);
    limit(RLIMIT_CORE, 0);
    std::signal(SIGXFSZ, SIG_IGN);
}

} // namespace cb::helper
