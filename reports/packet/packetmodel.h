#pragma once
// The evidence packet as content, before it is laid out on pages: the cover's fields, then sections
// (summary, one per exhibit, method, sources, verification) made of blocks — headings, paragraphs, fact
// lists and tables whose every row carries its provenance line. Built from the case on a worker thread
// (packetcontent.h), laid out and painted by packetlayout.h, described for machines by the manifest.
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace cb::casefile::timeline {
struct Scene;
}
namespace cb::casefile::chart {
struct Chart;
}

namespace cb::reports {

struct PacketOptions
{
    QStringList exhibits;               // "E-1"...; empty: every exhibit
    bool redactUnmarked = false;        // mask identifiers and names of entities without a role
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    QString investigator;               // who makes the packet (the signing key's name)
    QString publicKeyBase64, fingerprint;
};

struct TableRow
{
    QStringList cells;
    QString provenance; // "file · sha256 prefix · locator · row hash"; empty for rows that are not facts
};

// Emphasis within a paragraph's text (the narrative's Markdown **bold** and *italic*).
struct Span
{
    int start = 0, length = 0;
    bool bold = false, italic = false;
};

struct Block
{
    enum Kind { Heading, Paragraph, Note, Facts, Table, Timeline, Chart };
    Kind kind = Paragraph;
    QString text;                              // Heading, Paragraph, Note
    QList<Span> spans;                         // Paragraph: emphasis
    int indent = 0;                            // Paragraph: list depth
    QList<QPair<QString, QString>> facts;      // Facts: label, value
    QStringList header;                        // Table
    QVector<qreal> widths;                     // Table: relative column widths
    QVector<bool> alignRight;                  // Table: numbers
    QVector<TableRow> rows;                    // Table
    std::shared_ptr<const casefile::timeline::Scene> timeline; // Timeline: drawn by the workbench's painter
    std::shared_ptr<const casefile::chart::Chart> chart;       // Chart: drawn by the workbench's painter
};

struct Section
{
    QString title;   // in the contents and the outline
    QString exhibit; // "E-3" for an exhibit's section
    QList<Block> blocks;
};

struct PacketModel
{
    QString packetId, language;
    QString caseNumber, caseTitle, agency, investigators, date, handling, fingerprint, signer;
    QString batesPrefix;
    QStringList coverFacts;        // extra cover lines (the audit head, the redaction rule)
    QList<Section> sections;
    QJsonObject manifest;          // without pages and Bates; the layout adds them
};

} // namespace cb::reports
