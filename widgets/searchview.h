#pragma once
// The Search tab: words typed into one box are found in message bodies, contact names and notes (FTS5
// trigram: Chinese and Latin scripts alike), in transactions' descriptions, and as identifiers (a number or
// an account in any written form); each hit shows its time in the case's zone, its parties, the matching
// text, and the source file and row it came from. Selecting a hit opens it in Details.
#include "progress.h"
#include "recordkind.h"
#include "search.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace cb::casefile {
class CaseWorker;
}

namespace cb::widgets {

class SearchView : public QWidget
{
    Q_OBJECT
public:
    explicit SearchView(QWidget *parent = nullptr);
    void setCase(casefile::CaseWorker *worker, const QTimeZone &zone);
    // Runs on the worker's read connection (a short word is matched by scanning every body, which can take
    // seconds on a large case); the table fills when it is done. A new search cancels the one running.
    void search(const QString &query);
    bool isSearching() const { return m_searching; }
    QLineEdit *queryEdit() const { return m_query; }
    QTableWidget *results() const { return m_results; }

signals:
    void recordSelected(cb::casefile::RecordKind kind, qint64 id);
    void entitySelected(qint64 id);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void showHits(const Result<QList<casefile::SearchHit>> &hits);
    void openHit(int row);
    casefile::CaseWorker *m_case = nullptr;
    QTimeZone m_zone;
    Progress m_running;
    quint64 m_generation = 0;
    bool m_searching = false;
    QLineEdit *m_query;
    QTableWidget *m_results;
    QLabel *m_summary;
    int m_hits = -1;
};

} // namespace cb::widgets
