#pragma once
// The canonical row encoding that a row digest hashes (see boundtables.h): SQL's cb_row_digest() and the
// committer's own digests of the entities and identifiers it writes go through this one encoder.
#include "hash.h"
#include "integrity/boundtables.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <cmath>
#include <cstring>
#include <sqlite3.h>

namespace cb::casefile::integrity {

// Values are written into a small buffer that goes to the hash whenever it fills: no allocation per row
// (a million-row import computes a million digests).
class RowEncoder
{
public:
    static constexpr char Version = 1;
    // TEXT and BLOB: the type letter, the length as a LEB128 varint, the bytes.
    void put(char tag, const void *data, qsizetype size)
    {
        if (m_used + 1 + 10 + size > qsizetype(sizeof m_buf))
            flush();
        m_buf[m_used++] = tag;
        for (quint64 n = quint64(size);; n >>= 7) {
            m_buf[m_used++] = char((n & 0x7F) | (n > 0x7F ? 0x80 : 0));
            if (n <= 0x7F)
                break;
        }
        if (size > qsizetype(sizeof m_buf) - m_used) { // a long text goes straight to the hash
            flush();
            m_hash.add(static_cast<const char *>(data), size);
            return;
        }
        if (size > 0)
            memcpy(m_buf + m_used, data, size_t(size));
        m_used += size;
    }
    // An integer: the type letter, how many bytes follow (1-8), its two's complement big-endian in those.
    void putInt(char tag, qint64 v)
    {
        if (m_used + 10 > qsizetype(sizeof m_buf))
            flush();
        int n = 8;
        while (n > 1 && ((v >> (8 * (n - 1) - 1)) == 0 || (v >> (8 * (n - 1) - 1)) == -1))
            --n;
        m_buf[m_used++] = tag;
        m_buf[m_used++] = char(n);
        for (int i = n - 1; i >= 0; --i)
            m_buf[m_used++] = char(v >> (8 * i));
    }
    void value(sqlite3_value *v)
    {
        switch (sqlite3_value_type(v)) {
        case SQLITE_NULL:
            if (m_used + 1 > qsizetype(sizeof m_buf))
                flush();
            m_buf[m_used++] = 'N';
            return;
        case SQLITE_INTEGER:
            putInt('I', sqlite3_value_int64(v));
            return;
        case SQLITE_FLOAT: {
            const double d = sqlite3_value_double(v);
            // A whole number a REAL column converted from a bound integer digests as that integer.
            if (std::trunc(d) == d && std::abs(d) < 9.0e15) {
                putInt('I', qint64(d));
                return;
            }
            qint64 bits;
            static_assert(sizeof bits == sizeof d);
            memcpy(&bits, &d, sizeof d);
            putInt('R', bits);
            return;
        }
        case SQLITE_TEXT:
            put('T', sqlite3_value_text(v), sqlite3_value_bytes(v));
            return;
        default:
            put('B', sqlite3_value_blob(v), sqlite3_value_bytes(v));
        }
    }
    // The digest cb_row_digest('table', ...) computes, from C++ values: begin with the table, then each column.
    RowEncoder &table(const char *name)
    {
        putInt('V', Version);
        put('T', name, qsizetype(strlen(name)));
        return *this;
    }
    RowEncoder &integer(qint64 v)
    {
        putInt('I', v);
        return *this;
    }
    RowEncoder &text(const QByteArray &utf8)
    {
        put('T', utf8.constData(), utf8.size());
        return *this;
    }
    // A null QString is NULL, as Statement::bind stores it.
    RowEncoder &text(const QString &s)
    {
        if (s.isNull()) {
            if (m_used + 1 > qsizetype(sizeof m_buf))
                flush();
            m_buf[m_used++] = 'N';
            return *this;
        }
        return text(QStringView(s));
    }
    RowEncoder &text(QStringView s)
    {
        // Most text here is ASCII (kinds, types, numbers, locators): narrowed on the stack, no allocation.
        char ascii[128];
        if (s.size() <= qsizetype(sizeof ascii)) {
            qsizetype i = 0;
            for (; i < s.size() && s[i].unicode() < 0x80; ++i)
                ascii[i] = char(s[i].unicode());
            if (i == s.size()) {
                put('T', ascii, i);
                return *this;
            }
        }
        return text(s.toUtf8());
    }
    RowEncoder &blob(const void *data, qsizetype size)
    {
        put('B', data, size);
        return *this;
    }
    RowDigest finish()
    {
        flush();
        RowDigest d;
        m_hash.digest(d.data(), int(d.size()));
        return d;
    }

private:
    void flush()
    {
        m_hash.add(m_buf, m_used);
        m_used = 0;
    }
    Sha256 m_hash;
    char m_buf[512];
    qsizetype m_used = 0;
};

} // namespace cb::casefile::integrity
