#include "common/csvreader.h"

namespace cb::importers {

CsvReader::CsvReader(TextDecoder &source, QChar delimiter) : m_src(source), m_delim(delimiter) {}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    if (!m_src.read(m_buf))
        m_eof = true;
    return true;
}

bool CsvReader::isBlank() const
{
    for (QStringView f : m_fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

bool CsvReader::next()
{
    m_fields.clear();
    m_scratchUsed = 0;
    m_unterminated = false;
    qsizetype scan = m_pos;
    bool inQuotes = false;
    qint64 newlines = 0;
    for (;;) {
        const QChar *d = m_buf.constData();
        const qsizetype n = m_buf.size();
        qsizetype i = scan;
        for (; i < n; ++i) {
            const char16_t c = d[i].unicode();
            if (c == u'"')
                inQuotes = !inQuotes;
            else if (c == u'\n') {
                ++newlines;
                if (!inQuotes)
                    break;
            }
        }
        if (i < n) { // complete record [m_pos, i)
            m_recordLine = m_line;
            m_line += newlines;
            qsizetype end = i;
            if (end > m_pos && d[end - 1] == u'\r')
                --end;
            split(m_pos, end);
            m_pos = i + 1;
            return true;
        }
        const qsizetype consumed = i - m_pos;
        if (consumed > MaxRecordChars) {
            m_recordLine = m_line;
            m_overflow = true;
            return false;
        }
        if (!fill()) {
            if (m_pos >= m_buf.size())
                return false;
            m_recordLine = m_line;
            m_line += newlines;
            m_unterminated = inQuotes;
            qsizetype end = m_buf.size();
            if (end > m_pos && m_buf[end - 1] == u'\r')
                --end;
            split(m_pos, end);
            m_pos = m_buf.size();
            return true;
        }
        scan = m_pos + consumed;
    }
}

void CsvReader::split(qsizetype begin, qsizetype end)
{
    const QChar *d = m_buf.constData();
    qsizetype i = begin;
    for (;;) {
        if (i < end && d[i] == u'"') {
            // Quoted field; doubled quotes are unescaped into scratch storage only when present.
            qsizetype j = i + 1;
            bool escaped = false;
            for (; j < end; ++j) {
                if (d[j] == u'"') {
                    if (j + 1 < end && d[j + 1] == u'"') {
                        escaped = true;
                        ++j;
                        continue;
                    }
                    break;
                }
            }
            qsizetype k = qMin(j + 1, end); // text between the closing quote and the delimiter is kept
            qsizetype after = k;
            while (after < end && d[after] != m_delim)
                ++after;
            if (!escaped && after == k) {
                m_fields.emplace_back(d + i + 1, qMax<qsizetype>(0, qMin(j, end) - i - 1));
            } else {
                if (m_scratchUsed == m_scratch.size())
                    m_scratch.emplace_back();
                QString &s = m_scratch[m_scratchUsed++];
                s.clear();
                for (qsizetype p = i + 1; p < qMin(j, end); ++p) {
                    s.append(d[p]);
                    if (d[p] == u'"' && p + 1 < j && d[p + 1] == u'"')
                        ++p;
                }
                s.append(QStringView(d + k, after - k));
                m_fields.emplace_back(s);
            }
            i = after;
        } else {
            qsizetype j = i;
            while (j < end && d[j] != m_delim)
                ++j;
            m_fields.emplace_back(d + i, j - i);
            i = j;
        }
        if (i >= end)
            break;
        ++i; // skip the delimiter
        if (i == end) {
            m_fields.emplace_back();
            break;
        }
    }
}

} // namespace cb::importers
