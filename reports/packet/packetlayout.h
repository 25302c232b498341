#pragma once
// Lays the packet's content out on A4 pages and paints them: cover, contents, then each section from a new
// page; tables split across pages with their header repeated; a header and a footer (case number, packet
// id, "page X of Y", the Bates number) on every page. Layout and painting are separate passes so that the
// contents, the outline and the manifest know every page number before anything is painted. The same
// painter serves the PDF and the workbench's preview.
#include <memory>
#include "packetmodel.h"
#include "packettext.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QVector>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace cb::reports {

inline constexpr int TimelineCanvasWidth = 1000; // the packet's timeline pictures are drawn this wide, then scaled

struct PageItem
{
    enum Kind { Text, Fill, Rule, Timeline, Chart };
    Kind kind = Text;
    QRectF rect;
    QString text;
    int font = 0; // PacketLayout::FontRole
    int flags = 0;
    QColor color;
    std::shared_ptr<const casefile::timeline::Scene> timeline; // Timeline: the picture to draw in rect
    std::shared_ptr<const casefile::chart::Chart> chart;       // Chart: the picture to draw in rect
};

struct OutlineEntry
{
    QString title;
    int page = 0; // 0-based
    QList<OutlineEntry> children;
};

struct LaidOutPacket
{
    QVector<QVector<PageItem>> pages;
    QList<OutlineEntry> outline;
    QHash<QString, QPair<int, int>> exhibitPages; // "E-3" → first and last page, 1-based
    int pageCount() const { return int(pages.size()); }
    QString bates(int page) const { return QStringLiteral("%1-%2").arg(prefix).arg(page + 1, 6, 10, QLatin1Char('0')); }
    QString prefix;
};

class PacketLayout
{
public:
    enum FontRole { Body, Bold, Small, Tiny, TinyBold, Title, H1, H2, Italic, FontCount };
    PacketLayout(const PacketModel &model, const PacketText &text, QPagedPaintDevice *device);
    // Cover fields that depend on the finished manifest (its SHA-256) are passed to paint().
    LaidOutPacket layout();
    void paint(QPainter &painter, QPagedPaintDevice *device, const LaidOutPacket &laid, const QString &manifestSha256);
    // One page, for the workbench's preview (0-based).
    void paintPage(QPainter &painter, const LaidOutPacket &laid, int page, const QString &manifestSha256);

private:
    struct Cursor;
    void paintTimeline(QPainter &p, const PageItem &item) const;
    void paintChart(QPainter &p, const PageItem &item) const;
    void paintPicture(QPainter &p, const PageItem &item, const std::function<void(QPainter &, const QRectF &)> &paint) const;
    void newPage(QVector<QVector<PageItem>> &pages, Cursor &c);
    void addSection(QVector<QVector<PageItem>> &pages, const Section &section, Cursor &c);
    void addBlock(QVector<QVector<PageItem>> &pages, const Block &block, Cursor &c);
    void addTable(QVector<QVector<PageItem>> &pages, const Block &block, Cursor &c);
    void addFacts(QVector<QVector<PageItem>> &pages, const Block &block, Cursor &c);
    void addRichParagraph(QVector<QVector<PageItem>> &pages, const Block &block, Cursor &c);
    QVector<PageItem> contentsPage(const QList<QPair<QString, int>> &entries, int from, int count, bool first);
    void paintCover(QPainter &painter, const LaidOutPacket &laid, const QString &manifestSha256);
    void paintFrame(QPainter &painter, const LaidOutPacket &laid, int page);
    QStringList wrap(const QString &text, int font, qreal width) const;
    qreal lineHeight(int font) const;
    qreal pt(qreal points) const { return points * m_scale; }

    const PacketModel &m_model;
    const PacketText &m_text;
    QPagedPaintDevice *m_device;
    qreal m_scale = 1; // device units per point
    QRectF m_page, m_body;
    QFont m_fonts[FontCount];
};

} // namespace cb::reports
