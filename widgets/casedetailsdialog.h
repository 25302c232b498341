#pragma once
// Edit › Case Details…: what the evidence packet's cover and summary say — title, case number, agency,
// handling line — and the analyst's narrative in Markdown, with a preview of how it reads.
#include <QDialog>
#include <QMap>

class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace cb::widgets {

class CaseDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    // details: "title", "case_number", "agency", "handling", "narrative"
    explicit CaseDetailsDialog(const QMap<QString, QString> &details, QWidget *parent = nullptr);
    QMap<QString, QString> details() const;
    // Only what the analyst changed.
    QMap<QString, QString> changed() const;

private:
    QMap<QString, QString> m_before;
    QMap<QString, QLineEdit *> m_fields;
    QPlainTextEdit *m_narrative;
    QTextBrowser *m_preview;
};

} // namespace cb::widgets
