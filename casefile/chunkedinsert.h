#pragma once
// The committer's multi-row inserts (internal to casefile).
#include "sqlite.h"

#include <vector>

namespace cb::casefile {

// Inserts pending rows `rows` at a time through `chunk` (one statement execution per chunk instead of per
// row), the remainder one by one through `single`. bind(statement, firstParameter - 1, row) binds one row.
template <class P, class BindFn, class DoneFn>
Status insertChunked(const std::vector<P> &pending, sql::Statement &single, sql::Statement &chunk, int rows,
                     int params, BindFn bind, DoneFn done)
{
    size_t at = 0;
    while (at < pending.size()) {
        const bool whole = pending.size() - at >= size_t(rows);
        sql::Statement &st = whole ? chunk : single;
        const int n = whole ? rows : 1;
        for (int r = 0; r < n; ++r)
            bind(st, r * params, pending[at + size_t(r)]);
        if (!st.step() && !st.status().ok())
            return st.status();
        st.reset();
        for (int r = 0; r < n; ++r)
            done(pending[at + size_t(r)]);
        at += size_t(n);
    }
    return {};
}

} // namespace cb::casefile
