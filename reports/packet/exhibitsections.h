#pragma once
// One exhibit as packet content: its section (number, caption, note, the table or facts, each row with its
// provenance), its method (how it was derived, enough to reproduce it) and its manifest entry.
#include "citations.h"
#include "packetmodel.h"
#include "packettext.h"
#include "progress.h"
#include "session/exhibits.h"

#include <QTimeZone>

namespace cb::reports {

struct PacketContext
{
    casefile::CaseFile &cf;
    const PacketText &text;
    const Redactor &redactor;
    Citations &cite;
    QTimeZone zone;
    cb::Progress progress;
    QString t(const char *source) const { return text.t(source); }
    QString r(const QString &value) const { return redactor.apply(value); }
    QString time(qint64 utcMs) const;
};

struct BuiltExhibit
{
    Section section;
    QList<Block> method;       // blocks for the Method section (without its heading)
    QJsonArray rows, runs;     // the manifest's citations
    QList<qint64> entities;    // entities it was filtered on or traced from (their merges go to its method)
    QJsonObject picture;       // a timeline's or chart's view and counts, for the manifest (under pictureKey)
    QString pictureKey = QStringLiteral("timeline");
};

Result<BuiltExhibit> buildExhibit(PacketContext &ctx, const casefile::Exhibit &exhibit);

// Parts shared by the exhibit kinds (exhibitruns.cpp, exhibitsections.cpp).
Block factsBlock(QList<QPair<QString, QString>> facts);
Block paragraph(const QString &text, Block::Kind kind = Block::Paragraph);
Result<BuiltExhibit> runExhibit(PacketContext &ctx, const casefile::Exhibit &exhibit, BuiltExhibit out);
Result<BuiltExhibit> timelineExhibit(PacketContext &ctx, const casefile::Exhibit &exhibit, BuiltExhibit out); // exhibittimeline.cpp
Result<BuiltExhibit> chartExhibit(PacketContext &ctx, const casefile::Exhibit &exhibit, BuiltExhibit out);    // exhibitchart.cpp

} // namespace cb::reports
