#pragma once
// A streaming RFC 4180 reader (plus the quirks real exports have: text after a closing quote, CRLF,
// a missing final newline). Fields are views valid until the next call to next().
#include "common/textdecoder.h"

#include <QStringView>
#include <vector>

namespace cb::importers {

class CsvReader
{
public:
    CsvReader(TextDecoder &source, QChar delimiter);
    // Reads the next record; false at the end of input.
    bool next();
    qsizetype size() const { return qsizetype(m_fields.size()); }
    QStringView field(qsizetype i) const { return i < size() ? m_fields[size_t(i)] : QStringView(); }
    qint64 line() const { return m_recordLine; }     // 1-based physical line where the record starts
    bool unterminatedQuote() const { return m_unterminated; }
    bool isBlank() const;
    // A record grew past MaxRecordChars without ending: reading stopped (not delimited text, or hostile).
    bool overflowed() const { return m_overflow; }
    static constexpr qsizetype MaxRecordChars = 32 * 1024 * 1024;

private:
    bool fill();
    void split(qsizetype begin, qsizetype end);

    TextDecoder &m_src;
    QChar m_delim;
    QString m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_unterminated = false;
    bool m_overflow = false;
    std::vector<QStringView> m_fields;
    std::vector<QString> m_scratch;
    size_t m_scratchUsed = 0;
};

} // namespace cb::importers
