#pragma once
// The Identity tab: matches the data suggests (same handset, same name across kinds, same name with shared
// counterparts), each with its reasons, and the investigator's decisions (merges, owner marks) with
// confidence, justification, who and when. Suggestions are computed on a worker with its own connection
// and never applied by themselves: merging asks for a justification, and every decision can be undone.
#include "entitylinks.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cb::casefile {
class CaseFile;
}

namespace cb::widgets {

class IdentityView : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityView(QWidget *parent = nullptr);
    void setCase(casefile::CaseFile *cf);
    // Recomputes the suggestions (on a worker) and reloads the decisions.
    void refresh();
    bool isComputing() const { return m_watcher.isRunning(); }
    // The actions behind the buttons, after their dialogs: false with the reason in the summary line.
    bool mergeSuggestion(int row, int confidence, const QString &justification);
    bool undoDecision(int row, const QString &justification);
    QTableWidget *suggestions() const { return m_suggestions; }
    QTableWidget *decisions() const { return m_decisions; }

signals:
    void caseChanged(); // a decision was written

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void showSuggestions();
    void renderSuggestions();
    void loadDecisions();
    void askMerge();
    void askUndo();
    casefile::CaseFile *m_case = nullptr;
    QLabel *m_suggestTitle, *m_decisionTitle, *m_summary;
    QTableWidget *m_suggestions, *m_decisions;
    QPushButton *m_merge, *m_undo, *m_refresh;
    QList<casefile::MatchSuggestion> m_shown;
    QList<casefile::AnalystLink> m_links;
    QFutureWatcher<Result<QList<casefile::MatchSuggestion>>> m_watcher;
};

} // namespace cb::widgets
