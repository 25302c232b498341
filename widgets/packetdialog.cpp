#include "packetdialog.h"
#include "whilealive.h"

#include "packet/packet.h"
#include "session/caseworker.h"
#include "session/exhibits.h"
#include "signingkey.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <poppler-qt6.h>

namespace cb::widgets {

using namespace casefile;

struct PacketJob
{
    Progress progress{[](double) { return true; }};
};

PacketDialog::PacketDialog(CaseWorker *worker, const QString &caseLanguage, QWidget *parent)
    : QDialog(parent), m_worker(worker)
{
    setWindowTitle(tr("Export Evidence Packet"));
    m_exhibits = new QListWidget;
    m_redact = new QComboBox;
    m_redact->addItem(tr("None"), QStringLiteral("none"));
    m_redact->addItem(tr("Mask entities without a role"), QStringLiteral("unmarked"));
    m_language = new QComboBox;
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(caseLanguage == u"zh_CN" ? 1 : 0);
    auto *form = new QFormLayout;
    form->addRow(tr("Redaction:"), m_redact);
    form->addRow(tr("Language:"), m_language);
    m_build = new QPushButton(tr("&Build and Preview"));
    m_cancel = new QPushButton(tr("Cancel Build"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Exhibits in the packet:")));
    left->addWidget(m_exhibits, 1);
    left->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(m_build);
    row->addWidget(m_cancel);
    left->addLayout(row);
    left->addWidget(m_progress);
    left->addWidget(m_status);
    m_pages = new QListWidget;
    m_pages->setViewMode(QListView::IconMode);
    m_pages->setIconSize(QSize(210, 297));
    m_pages->setResizeMode(QListView::Adjust);
    m_pages->setMovement(QListView::Static);
    m_pages->setSpacing(8);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("&Save Packet…"), QDialogButtonBox::AcceptRole);
    m_save->setEnabled(false);
    connect(m_build, &QPushButton::clicked, this, &PacketDialog::build);
    connect(m_cancel, &QPushButton::clicked, this, &PacketDialog::cancel);
    connect(m_save, &QPushButton::clicked, this, &PacketDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *main = new QHBoxLayout;
    main->addLayout(left, 2);
    main->addWidget(m_pages, 5);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(main, 1);
    outer->addWidget(buttons);
    resize(1100, 720);
    loadExhibits();
}

PacketDialog::~PacketDialog()
{
    cancel();
}

void PacketDialog::loadExhibits()
{
    auto exhibits = m_worker->read<QList<Exhibit>>([](CaseFile &cf, const Progress &) { return exhibitsOf(cf); });
    exhibits.then(QCoreApplication::instance(), whileAlive<const QList<Exhibit> &>(this, [this](const QList<Exhibit> &list) {
            for (const Exhibit &e : list) {
                auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(e.code, e.caption.isEmpty() ? e.kind : e.caption), m_exhibits);
                item->setData(Qt::UserRole, e.code);
                item->setCheckState(Qt::Checked);
            }
            if (list.isEmpty())
                m_status->setText(tr("The case has no exhibits yet: bookmark a run or add one with \"casebench exhibit add\"."));
            m_build->setEnabled(!list.isEmpty());
        }));
}

reports::PacketOptions PacketDialog::options() const
{
    reports::PacketOptions o;
    for (int i = 0; i < m_exhibits->count(); ++i)
        if (m_exhibits->item(i)->checkState() == Qt::Checked)
            o.exhibits << m_exhibits->item(i)->data(Qt::UserRole).toString();
    o.redactUnmarked = m_redact->currentData().toString() == u"unmarked";
    o.language = m_language->currentData().toString();
    return o;
}

void PacketDialog::build()
{
    const reports::PacketOptions options = this->options();
    if (options.exhibits.isEmpty()) {
        m_status->setText(tr("Choose at least one exhibit."));
        return;
    }
    cancel();
    m_job = std::make_shared<PacketJob>();
    QPointer<QProgressBar> bar(m_progress);
    m_job->progress = Progress([bar](double f) {
        // Checked on the GUI thread, where the bar may have gone with its dialog.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [bar, f] { if (bar) bar->setValue(int(f * 100)); }, Qt::QueuedConnection);
        return true;
    });
    m_build->setEnabled(false);
    m_cancel->setEnabled(true);
    m_save->setEnabled(false);
    m_pages->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Building the packet…"));
    const Progress progress = m_job->progress;
    auto building = m_worker->read<Result<reports::Packet>>([options](CaseFile &cf, const Progress &p) -> Result<reports::Packet> {
        const Result<SigningKey> key = SigningKey::loadOrCreate({}, cf.settings().investigator);
        if (!key)
            return key.status();
        return reports::makePacket(cf, options, key.value(), p);
    }, progress);
    building.then(QCoreApplication::instance(), whileAlive<const Result<reports::Packet> &>(this, [this](const Result<reports::Packet> &done) {
            m_build->setEnabled(true);
            m_cancel->setEnabled(false);
            if (!done) {
                const QString message = done.status().is(ErrorCode::Cancelled) ? tr("Cancelled: nothing was built.")
                                                                              : tr("The packet could not be built: %1").arg(done.status().message());
                m_status->setText(message);
                emit built(false, message);
                return;
            }
            m_pdf = done.value().pdf;
            m_packetId = done.value().manifest.value(QStringLiteral("packet_id")).toString();
            m_progress->setValue(100);
            const QString message = tr("%1 pages, %2 rows cited; fingerprint %3").arg(done.value().pages).arg(done.value().rowsCited).arg(done.value().manifestSha256);
            m_status->setText(message);
            m_save->setEnabled(true);
            showPreview(message);
        }));
}

void PacketDialog::cancel()
{
    if (m_job)
        m_job->progress.cancel();
}

// The pages as Poppler draws them, rendered off the GUI thread: the packet was made here a moment ago, so
// it is read in this process. built() follows once they are shown.
void PacketDialog::showPreview(const QString &message)
{
    struct Rendered
    {
        QList<QImage> pages;
        int total = 0;
    };
    auto rendering = QtConcurrent::run([pdf = m_pdf] {
        Rendered out;
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        if (!doc)
            return out;
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        out.total = doc->numPages();
        for (int i = 0; i < qMin(out.total, 60); ++i)
            out.pages << doc->page(i)->renderToImage(54, 54);
        return out;
    });
    rendering.then(QCoreApplication::instance(), whileAlive<const Rendered &>(this, [this, message](const Rendered &r) {
        for (int i = 0; i < r.pages.size(); ++i) {
            auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(r.pages.at(i))), tr("Page %1").arg(i + 1), m_pages);
            item->setSizeHint(QSize(230, 330));
        }
        if (r.total > r.pages.size())
            m_status->setText(m_status->text() + u'\n' + tr("The preview shows the first %1 of %2 pages.").arg(r.pages.size()).arg(r.total));
        emit built(true, message);
    }));
}

int PacketDialog::previewPages() const
{
    return m_pages->count();
}

bool PacketDialog::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QJsonObject details{{QStringLiteral("file"), path}, {QStringLiteral("packet_id"), m_packetId},
                              {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(m_pdf, QCryptographicHash::Sha256).toHex())}};
    if (!m_worker->info().readOnly) // read-only here: another Casebench writes the case's history
        m_worker->write<Status>([details](CaseSession &s, const Progress &) { return s.recordExport(QStringLiteral("packet"), details); });
    return true;
}

void PacketDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Evidence Packet"), QString(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveTo(path, &error)) {
        m_status->setText(m_worker->info().readOnly ? tr("Saved to %1. Not entered in the case's audit log: the case is open read-only here.").arg(path)
                                                    : tr("Saved to %1.").arg(path));
        accept();
    } else {
        m_status->setText(tr("%1 could not be written: %2").arg(path, error));
    }
}

} // namespace cb::widgets
