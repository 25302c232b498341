#pragma once
// The Identity tab: matches the data suggests (same handset, same name across kinds, same name with shared
// counterparts), each with its reasons, and the investigator's decisions (merges, owner marks) with
// confidence, justification, who and when. Suggestions and decisions are read on the worker's read
// connection and never applied by themselves: merging asks for a justification and goes through the case
// session's intent method on the writer thread; every decision can be undone (Edit › Undo, or "Undo
// selected"). The tab follows the worker's change announcements.
#include "entitylinks.h"

#include <QWidget>

#include "result.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace cb::casefile {
class CaseWorker;
struct Change;
}

namespace cb::widgets {

class IdentityView : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityView(QWidget *parent = nullptr);
    void setCase(casefile::CaseWorker *worker);
    // Recomputes the suggestions and reloads the decisions (on the worker).
    void refresh();
    bool isComputing() const { return m_computing; }
    // The actions behind the buttons, after their dialogs. False when refused at once (no justification);
    // otherwise the edit is handed to the writer, and a refusal there lands in the summary line.
    bool mergeSuggestion(int row, int confidence, const QString &justification);
    bool undoDecision(int row, const QString &justification);
    QTableWidget *suggestions() const { return m_suggestions; }
    QTableWidget *decisions() const { return m_decisions; }

signals:
    void edited(const QString &undoText); // a decision was written (undoable)

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void showSuggestions(const Result<QList<casefile::MatchSuggestion>> &result);
    void onChanged(const casefile::Change &change);
    void written(const Status &s, const char *refusal);
    void renderSuggestions();
    void loadDecisions();
    void askMerge();
    void askUndo();
    casefile::CaseWorker *m_case = nullptr;
    quint64 m_generation = 0;
    bool m_computing = false;
    QLabel *m_suggestTitle, *m_decisionTitle, *m_summary;
    QTableWidget *m_suggestions, *m_decisions;
    QPushButton *m_merge, *m_undo, *m_refresh;
    QList<casefile::MatchSuggestion> m_shown;
    QList<casefile::AnalystLink> m_links;
};

} // namespace cb::widgets
