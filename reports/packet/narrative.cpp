#include "narrative.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace cb::reports {

namespace {

QString listMarker(const QTextBlock &block)
{
    const QTextList *list = block.textList();
    const QTextListFormat::Style style = list->format().style();
    if (style == QTextListFormat::ListDecimal)
        return QStringLiteral("%1. ").arg(list->itemNumber(block) + 1);
    return QStringLiteral("• ");
}

} // namespace

QList<Block> narrativeBlocks(const QString &markdown, const Redactor &redactor)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    QList<Block> out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QString raw = b.text().trimmed().isEmpty() ? QString() : b.text();
        if (raw.isEmpty())
            continue;
        Block block;
        block.kind = b.blockFormat().headingLevel() > 0 ? Block::Heading : Block::Paragraph;
        QString prefix;
        if (b.textList()) {
            prefix = listMarker(b);
            block.indent = qMax(1, b.textList()->format().indent());
        }
        const QString text = redactor.apply(raw);
        block.text = prefix + text;
        if (text.size() == raw.size() && block.kind == Block::Paragraph) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                const bool bold = f.charFormat().fontWeight() >= QFont::Bold, italic = f.charFormat().fontItalic();
                if (bold || italic)
                    block.spans.append({int(prefix.size() + f.position() - b.position()), f.length(), bold, italic});
            }
        }
        out.append(block);
    }
    return out;
}

} // namespace cb::reports
