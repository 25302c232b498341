#pragma once
// A table of one record kind with lazy loading, a row counter and provenance in the last column.
#include <QWidget>

class QLabel;
class QTableView;

namespace cb::casefile {
class CaseFile;
class RecordModel;
} // namespace cb::casefile

namespace cb::widgets {

class DisplayProxy;

class RecordView : public QWidget
{
    Q_OBJECT
public:
    RecordView(int kind, QWidget *parent = nullptr);
    void setCase(casefile::CaseFile *cf);
    void reload();
    QTableView *table() const { return m_table; }
    casefile::RecordModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *e) override;

private:
    void updateCount();
    int m_kind;
    QTableView *m_table;
    QLabel *m_count;
    casefile::RecordModel *m_model = nullptr;
    DisplayProxy *m_proxy;
};

} // namespace cb::widgets
