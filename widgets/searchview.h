#pragma once
// The Search tab: words typed into one box are found in message bodies, contact names and notes (FTS5
// trigram: Chinese and Latin scripts alike); each hit shows its time in the case's zone, its parties, the
// matching text, and the source file and row it came from.
#include "search.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace cb::casefile {
class CaseFile;
}

namespace cb::widgets {

class SearchView : public QWidget
{
    Q_OBJECT
public:
    explicit SearchView(QWidget *parent = nullptr);
    void setCase(casefile::CaseFile *cf);
    // Runs on a worker with its own connection to the case (a short word is matched by scanning every
    // body, which can take seconds on a large case); the table fills when it is done.
    void search(const QString &query);
    bool isSearching() const { return m_watcher.isRunning(); }
    QLineEdit *queryEdit() const { return m_query; }
    QTableWidget *results() const { return m_results; }

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void showHits();
    casefile::CaseFile *m_case = nullptr;
    QLineEdit *m_query;
    QTableWidget *m_results;
    QLabel *m_summary;
    int m_hits = -1;
    QFutureWatcher<Result<QList<casefile::SearchHit>>> m_watcher;
};

} // namespace cb::widgets
