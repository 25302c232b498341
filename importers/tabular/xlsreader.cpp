// Legacy Excel (.xls, BIFF5/BIFF8) through freexl in a helper process (casebench-xls), plus the number and date helpers both readers share.
#include "tabular/workbook.h"

#include "common/helperprocess.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <cmath>
#include <cstring>
#include <freexl.h>
#include <functional>

namespace cb::importers {

using namespace cb::casefile;

QString numberText(double v, bool *imprecise)
{
    if (!std::isfinite(v))
        return {};
    if (v == 0)
        return QStringLiteral("0");
    const int magnitude = int(std::floor(std::log10(std::fabs(v))));
    if (imprecise)
        *imprecise = magnitude >= 15;
    // 15 significant digits: what the spreadsheet shows and what a person typed.
    QString s = QString::number(v, 'f', qBound(0, 14 - magnitude, 15));
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s == u"-0" ? QStringLiteral("0") : s;
}

QString numberText(QStringView xml, bool *imprecise)
{
    // Plain decimals with at most 15 significant digits are kept exactly as written.
    int digits = 0;
    bool plain = !xml.isEmpty();
    bool leading = true;
    for (QChar c : xml) {
        if (c.isDigit()) {
            if (c != u'0' || !leading)
                ++digits, leading = false;
        } else if (c != u'.' && c != u'-') {
            plain = false;
        }
    }
    if (plain && digits <= 15) {
        if (imprecise)
            *imprecise = false;
        return xml.toString();
    }
    bool ok = false;
    const double v = xml.toDouble(&ok);
    return ok ? numberText(v, imprecise) : xml.toString();
}

QString serialDateText(double serial, bool date1904, bool dateOnly)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) // 9999-12-31
        return numberText(serial);
    qint64 days = qint64(std::floor(serial));
    qint64 secs = qint64(std::llround((serial - double(days)) * 86400.0));
    if (secs >= 86400)
        ++days, secs -= 86400;
    // 1900 system: day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was.
    const qint64 epochDays = date1904 ? daysFromCivil(1904, 1, 1) : daysFromCivil(1899, 12, 31) - (days >= 60 ? 1 : 0);
    const qint64 ms = (epochDays + days) * 86400000LL + secs * 1000;
    QString iso = isoUtc(ms); // "YYYY-MM-DDTHH:MM:SSZ"
    iso.replace(u'T', u' ');
    iso.remove(u'Z');
    return dateOnly && secs == 0 ? iso.left(10) : iso.left(19);
}

namespace {

Status readerFailed()
{
    return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the .xls reader stopped on this file: it is damaged or crafted")));
}

class XlsWorkbook final : public Workbook
{
public:
    Status open(const QString &path)
    {
        m_path = path;
        return run({QStringLiteral("list"), path}, [this](char tag, FrameReader &in) {
            quint16 len = 0;
            QByteArray name;
            if (tag != 'N' || !in.get(len) || !in.bytes(len, name))
                return false;
            m_names << QString::fromUtf8(name);
            return true;
        });
    }

    int sheetCount() const override { return int(m_names.size()); }
    QString sheetName(int index) const override { return m_names.value(index, QString::number(index + 1)); }

    Status readSheet(int index, const RowCallback &onRow) override
    {
        bool stopped = false;
        QStringList cells;
        Status s = run({QStringLiteral("sheet"), m_path, QString::number(index)}, [&](char tag, FrameReader &in) {
            quint32 row = 0;
            quint16 count = 0;
            if (tag != 'R' || !in.get(row) || !in.get(count))
                return false;
            cells.clear();
            int last = -1;
            for (int c = 0; c < count; ++c) {
                char type = 0;
                if (!in.get(type))
                    return false;
                QString text;
                if (type == 'i') {
                    qint32 v = 0;
                    if (!in.get(v))
                        return false;
                    text = QString::number(v);
                } else if (type == 'd') {
                    double v = 0;
                    if (!in.get(v))
                        return false;
                    bool imprecise = false;
                    text = numberText(v, &imprecise);
                    m_imprecise += imprecise ? 1 : 0;
                } else if (type == 't') {
                    quint32 len = 0;
                    QByteArray b;
                    if (!in.get(len) || len > 32767 || !in.bytes(len, b))
                        return false;
                    text = QString::fromUtf8(b);
                } else if (type != 'n') {
                    return false;
                }
                if (!text.isEmpty())
                    last = c;
                cells << text;
            }
            cells.resize(last + 1);
            if (!onRow(qint64(row), cells)) {
                stopped = true;
                return false;
            }
            return true;
        });
        return stopped ? Status::cancelled() : s;
    }

private:
    Status run(const QStringList &args, const std::function<bool(char, FrameReader &)> &frame)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start(helperPath("casebench-xls", "CASEBENCH_XLS_HELPER", CASEBENCH_XLS_HELPER_BUILD), args, QIODevice::ReadOnly);
        if (!p.waitForStarted(30000))
            return Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the .xls reader (casebench-xls) could not be started")));
        FrameReader in(p);
        Status result = readerFailed();
        for (;;) {
            char tag = 0;
            if (!in.get(tag))
                break;
            if (tag == 'Z') {
                result = Status();
                break;
            }
            if (tag == 'E') {
                qint32 code = 0;
                in.get(code);
                result = code == 1 ? Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the workbook is password-protected; open it in the bank's software with the password and export it again")))
                         : (code == FREEXL_INVALID_CFBF_HEADER || code == FREEXL_CFBF_INVALID_SIGNATURE || code == FREEXL_BIFF_WORKBOOK_NOT_FOUND)
                             ? Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "not an Excel 97-2003 (.xls) workbook, or a version freexl cannot read")))
                             : Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the .xls workbook is damaged and cannot be read")));
                break;
            }
            if (!frame(tag, in)) {
                result = readerFailed();
                break;
            }
        }
        p.closeReadChannel(QProcess::StandardOutput);
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        // A helper that crashed after sending its end frame still did its job; one that died before it did not.
        return result;
    }

    QString m_path;
    QStringList m_names;
};

} // namespace

Result<std::unique_ptr<Workbook>> openXls(const QString &path)
{
    auto wb = std::make_unique<XlsWorkbook>();
    if (Status s = wb->open(path); !s)
        return s;
    return std::unique_ptr<Workbook>(std::move(wb));
}

} // namespace cb::importers
