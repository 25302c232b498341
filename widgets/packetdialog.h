#pragma once
// File › Export Evidence Packet…: choose the exhibits, the redaction and the packet's language, build it
// on the case worker (progress, Cancel), look at its pages rendered by Poppler, then save it. The saved
// packet is recorded in the audit log like any export.
#include "packet/packetmodel.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace cb::casefile {
class CaseWorker;
}

namespace cb::widgets {

class PacketDialog : public QDialog
{
    Q_OBJECT
public:
    PacketDialog(casefile::CaseWorker *worker, const QString &caseLanguage, QWidget *parent = nullptr);
    ~PacketDialog() override;

    reports::PacketOptions options() const;
    QByteArray packet() const { return m_pdf; }
    int previewPages() const;
    // Saves the built packet (tests call it with a path; the button asks for one).
    bool saveTo(const QString &path, QString *error = nullptr);

public slots:
    void build();
    void cancel();

signals:
    void built(bool ok, const QString &message); // when it succeeded: once its pages are previewed

private:
    void loadExhibits();
    void showPreview(const QString &message);
    void chooseFile();
    casefile::CaseWorker *m_worker;
    QListWidget *m_exhibits, *m_pages;
    QComboBox *m_redact, *m_language;
    QPushButton *m_build, *m_cancel, *m_save;
    QProgressBar *m_progress;
    QLabel *m_status;
    QByteArray m_pdf;
    QString m_packetId;
    std::shared_ptr<struct PacketJob> m_job;
};

} // namespace cb::widgets
