#pragma once
// What the workbench shows before a case is open: start a case, open one, open the demo, or pick up one of
// the recent cases (each with its folder and when it last changed; a case that has moved is shown as missing).
#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QTreeWidget;

namespace cb::widgets {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    // The recent cases, newest first (absolute paths).
    void setRecent(const QStringList &paths);
    QTreeWidget *recentList() const { return m_recent; }
    QCommandLinkButton *demoButton() const { return m_demo; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void caseRequested(const QString &path);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();

    QLabel *m_title, *m_tagline, *m_startHeading, *m_recentHeading, *m_noRecent;
    QCommandLinkButton *m_new, *m_open, *m_demo;
    QTreeWidget *m_recent;
    QStringList m_paths;
};

} // namespace cb::widgets
