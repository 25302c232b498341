// casebench-pdf: runs Poppler on one PDF in its own process and writes the positioned words of every page
// to stdout as simple frames. Poppler is a large C++ parser of a hostile format; if a crafted file makes
// it misbehave, only this process dies and the import is refused with a message — the workbench and the
// case are never exposed. The process limits itself (memory, CPU, no file writes) before reading the file.
//
//   stdin:  u32 password length, the password (UTF-8), then the PDF's bytes to end of input
//   stdout: 'P' u32 pages; per page 'G' u32 page (0-based), u32 words, then per word
//           f64 x0, y0, x1, y1, u32 length, UTF-8 text
//   errors: 'E' i32 code (1 damaged, 2 encrypted and no password, 3 wrong password); always ends with 'Z'.
#include <QByteArray>
#include <QCoreApplication>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <poppler-qt6.h>

#include "../../common/helpermain.h"

using namespace cb::helper;

namespace {

QByteArray readAll(std::FILE *in, size_t max)
{
    QByteArray out;
    char buf[1 << 16];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, in)) > 0) {
        if (size_t(out.size()) + n > max)
            error(1);
        out.append(buf, qsizetype(n));
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    limitSelf(300);
    QCoreApplication app(argc, argv);
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    uint32_t pwLen = 0;
    if (std::fread(&pwLen, sizeof pwLen, 1, stdin) != 1 || pwLen > 4096)
        error(1);
    QByteArray password(qsizetype(pwLen), '\0');
    if (pwLen && std::fread(password.data(), 1, pwLen, stdin) != pwLen)
        error(1);
    const QByteArray bytes = readAll(stdin, size_t(256) << 20);
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes, password, password);
    if (!doc)
        error(1);
    if (doc->isLocked())
        error(password.isEmpty() ? 2 : 3);
    const int pages = doc->numPages();
    put('P');
    put(uint32_t(pages < 0 ? 0 : pages));
    for (int p = 0; p < pages; ++p) {
        std::unique_ptr<Poppler::Page> page = doc->page(p);
        std::vector<std::unique_ptr<Poppler::TextBox>> boxes;
        if (page)
            boxes = page->textList();
        put('G');
        put(uint32_t(p));
        put(uint32_t(boxes.size()));
        for (const auto &box : boxes) {
            const QRectF r = box->boundingBox();
            const QByteArray text = box->text().toUtf8();
            put(r.left()), put(r.top()), put(r.right()), put(r.bottom());
            put(uint32_t(text.size()));
            put(text.constData(), size_t(text.size()));
        }
        std::fflush(stdout);
    }
    end(0);
}
