#pragma once
// The Details panel: everything about the selected record — its values as its table shows them, its tags
// and notes, and its provenance: the source file, its SHA-256, format and profile, who imported it when and
// under which legal basis, the locator, and the original record as it stands in the preserved bytes (a
// CSV's header and the record's line). Read on the worker; follows the worker's change announcements.
#include "query/entityquery.h"
#include "query/recorddetail.h"
#include "session/casesession.h"

#include <QTimeZone>
#include <QWidget>

class QTextBrowser;

namespace cb::casefile {
class CaseWorker;
struct Change;
} // namespace cb::casefile

namespace cb::widgets {

class DetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsView(QWidget *parent = nullptr);
    void setWorker(casefile::CaseWorker *worker, const QTimeZone &zone);
    // Shows a record (read on the worker); id 0 clears the panel.
    void showRecord(casefile::RecordKind kind, qint64 id);
    // Shows an entity: its identifiers and where each came from, role, merges, notes, tags, record counts.
    void showEntity(qint64 id);
    QTextBrowser *browser() const { return m_text; }
    bool isLoading() const { return m_loading; }

signals:
    void loaded(); // the record's details are on screen

protected:
    void changeEvent(QEvent *e) override;

private:
    struct Shown
    {
        casefile::RecordDetail detail;
        QStringList tags;
        QList<casefile::NoteRow> notes;
    };
    void onChanged(const casefile::Change &change);
    void render();
    QString originalHtml() const;
    QString localTime(const QString &isoUtc) const;
    QString entityHtml() const;

    QTextBrowser *m_text;
    casefile::CaseWorker *m_worker = nullptr;
    QTimeZone m_zone;
    casefile::RecordKind m_kind = casefile::RecordKind::Transactions;
    qint64 m_id = 0;
    qint64 m_entityId = 0;                 // when an entity is shown instead of a record
    std::optional<casefile::EntityDetail> m_entity;
    quint64 m_generation = 0;
    bool m_loading = false;
    std::optional<Shown> m_shown;
};

} // namespace cb::widgets
