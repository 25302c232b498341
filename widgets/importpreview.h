#pragma once
// The import wizard's preview: the first records a file would become with the chosen format, mapping and
// options — times in the import's zone, named; amounts with their currency — and the rows that would be
// rejected, each with its locator and reason, or why the whole file would be refused.
#include "pipeline/preview.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace cb::widgets {

class ImportPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPreview(QWidget *parent = nullptr);
    void showWorking();
    void showPreview(const importers::FilePreview &preview, const QTimeZone &zone);
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QLabel *problems() const { return m_problems; }

private:
    void setRows(const QStringList &headers, const QList<QStringList> &rows);

    QLabel *m_summary, *m_problems;
    QTableWidget *m_table;
};

} // namespace cb::widgets
