// The positioned words of a PDF, read by Poppler in the casebench-pdf helper process (pdfhelper/main.cpp).
#include "pdf/pdfimporter.h"

#include "common/helperprocess.h"

#include <QCoreApplication>
#include <QProcess>
#include <QtEndian>

namespace cb::importers::pdf {



namespace {
constexpr int kMaxPages = 5000;
constexpr qint64 kMaxWords = 20'000'000; // far above any statement; bounds what a crafted file can make us hold
constexpr quint32 kMaxWordBytes = 1 << 16;

Status fail(const char *text, ErrorCode code = ErrorCode::Failed)
{
    return Status::error(code, QString::fromUtf8(text), QStringLiteral("file"));
}
} // namespace

Status readPdf(const QByteArray &bytes, const QString &password, const std::function<bool(int, int)> &onPage, std::vector<Line> &lines,
               qint64 &words)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(helperPath("casebench-pdf", "CASEBENCH_PDF_HELPER", CASEBENCH_PDF_HELPER_BUILD), {}, QIODevice::ReadWrite);
    if (!p.waitForStarted(30000))
        return fail(QT_TRANSLATE_NOOP("cb::Diagnostics", "the PDF reader (casebench-pdf) could not be started"));
    const QByteArray pw = password.toUtf8();
    const quint32 pwLen = quint32(pw.size());
    p.write(reinterpret_cast<const char *>(&pwLen), sizeof pwLen);
    p.write(pw);
    p.write(bytes);
    p.closeWriteChannel();
    auto finish = [&p](Status s) {
        p.closeReadChannel(QProcess::StandardOutput);
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        return s;
    };
    const Status stopped = fail(QT_TRANSLATE_NOOP("cb::Diagnostics", "the PDF reader stopped on this file: it is damaged or crafted"));
    FrameReader in(p);
    char tag = 0;
    if (!in.get(tag))
        return finish(stopped);
    if (tag == 'E') {
        qint32 code = 0;
        in.get(code);
        return finish(code == 2   ? fail(QT_TRANSLATE_NOOP("cb::Diagnostics", "the PDF is encrypted: give its password (--password) to import it"), ErrorCode::NeedsPassword)
                      : code == 3 ? fail(QT_TRANSLATE_NOOP("cb::Diagnostics", "the password given does not open this PDF"), ErrorCode::WrongPassword)
                                  : fail(QT_TRANSLATE_NOOP("cb::Diagnostics", "the PDF is damaged and cannot be read")));
    }
    quint32 pages = 0;
    if (tag != 'P' || !in.get(pages))
        return finish(stopped);
    if (pages > quint32(kMaxPages))
        return finish(fail(QT_TRANSLATE_NOOP("cb::Diagnostics", "the PDF has more than 5,000 pages")));
    words = 0;
    for (quint32 page = 0; page < pages; ++page) {
        quint32 index = 0, count = 0;
        if (!in.get(tag) || tag != 'G' || !in.get(index) || index != page || !in.get(count))
            return finish(stopped);
        if (words + count > kMaxWords)
            return finish(fail(QT_TRANSLATE_NOOP("cb::Diagnostics", "the PDF holds more text than any statement (over 20 million words)")));
        std::vector<Word> ws;
        ws.reserve(count);
        for (quint32 w = 0; w < count; ++w) {
            Word word;
            quint32 len = 0;
            QByteArray text;
            if (!in.get(word.x0) || !in.get(word.y0) || !in.get(word.x1) || !in.get(word.y1) || !in.get(len) || len > kMaxWordBytes ||
                !in.bytes(qsizetype(len), text))
                return finish(stopped);
            word.text = QString::fromUtf8(text);
            ws.push_back(std::move(word));
        }
        words += qint64(count);
        for (Line &l : linesOf(std::move(ws), int(page) + 1))
            lines.push_back(std::move(l));
        if (onPage && !onPage(int(page) + 1, int(pages))) {
            p.kill();
            return finish(Status::cancelled());
        }
    }
    if (!in.get(tag) || tag != 'Z')
        return finish(stopped);
    return finish({});
}

} // namespace cb::importers::pdf
