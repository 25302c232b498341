#pragma once
// Edit › Merge Conflicts…: the objects merged copies changed differently, each with this copy's version and
// theirs side by side (only the fields that differ), and Keep Mine / Take Theirs. Either is one audited
// step on the case worker; a settled conflict stays listed (who took which, when) with Show settled.
#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cb::casefile {
class CaseWorker;
}

namespace cb::widgets {

class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(casefile::CaseWorker *worker, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

public slots:
    void reload();
    void settle(bool takeTheirs); // the selected conflict

signals:
    void loaded();
    void settled(bool ok, const QString &message);

private:
    void updateButtons();
    casefile::CaseWorker *m_worker;
    QTreeWidget *m_list;
    QCheckBox *m_showSettled;
    QPushButton *m_mine, *m_theirs;
    QLabel *m_status;
};

} // namespace cb::widgets
