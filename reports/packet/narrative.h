#pragma once
// The analyst's narrative, kept in the case as Markdown (`casebench describe --narrative-file`), as packet
// blocks: headings, paragraphs, bulleted and numbered list items with their depth, and **bold** and
// *italic* emphasis. Redaction applies to the text; where masking changed a paragraph's length its
// emphasis is dropped rather than misplaced.
#include "packetmodel.h"
#include "redactor.h"

namespace cb::reports {

QList<Block> narrativeBlocks(const QString &markdown, const Redactor &redactor);

} // namespace cb::reports
