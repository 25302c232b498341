#pragma once
// The Search tab: words typed into one box are found in message bodies, contact names and notes (FTS5
// trigram: Chinese and Latin scripts alike); each hit shows its time in the case's zone, its parties, the
// matching text, and the source file and row it came from.
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
    void search(const QString &query);
    QLineEdit *queryEdit() const { return m_query; }
    QTableWidget *results() const { return m_results; }

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    casefile::CaseFile *m_case = nullptr;
    QLineEdit *m_query;
    QTableWidget *m_results;
    QLabel *m_summary;
    int m_hits = -1;
};

} // namespace cb::widgets
