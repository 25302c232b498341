#include "startpage.h"

#include <QCommandLinkButton>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::widgets {

static QLabel *heading(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    l->setFont(f);
    return l;
}

StartPage::StartPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tagline(new QLabel(this)), m_startHeading(heading(this)), m_recentHeading(heading(this)),
      m_noRecent(new QLabel(this)), m_new(new QCommandLinkButton(this)), m_open(new QCommandLinkButton(this)),
      m_demo(new QCommandLinkButton(this)), m_recent(new QTreeWidget(this))
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/casebench/icons/casebench.svg")).pixmap(56, 56));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_title->setFont(big);
    m_tagline->setWordWrap(true);
    m_tagline->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto *titleBox = new QVBoxLayout;
    titleBox->addWidget(m_title);
    titleBox->addWidget(m_tagline);
    auto *top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(titleBox, 1);

    auto *start = new QVBoxLayout;
    start->addWidget(m_startHeading);
    for (QCommandLinkButton *b : {m_new, m_open, m_demo})
        start->addWidget(b);
    start->addStretch(1);

    m_recent->setColumnCount(3);
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->setAlternatingRowColors(true);
    m_recent->header()->setStretchLastSection(false);
    m_recent->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_recent->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recent->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_recent->header()->setTextElideMode(Qt::ElideMiddle);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_noRecent->setWordWrap(true);
    auto *recent = new QVBoxLayout;
    recent->addWidget(m_recentHeading);
    recent->addWidget(m_recent, 1);
    recent->addWidget(m_noRecent);

    auto *columns = new QHBoxLayout;
    columns->addLayout(start, 2);
    columns->addSpacing(24);
    columns->addLayout(recent, 3);
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(48, 36, 48, 36);
    page->addLayout(top);
    page->addSpacing(24);
    page->addLayout(columns, 1);

    connect(m_new, &QCommandLinkButton::clicked, this, &StartPage::newRequested);
    connect(m_open, &QCommandLinkButton::clicked, this, &StartPage::openRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(0, Qt::UserRole).toString();
        if (QFileInfo::exists(path))
            emit caseRequested(path);
    });
    retranslate();
}

void StartPage::setRecent(const QStringList &paths)
{
    m_paths = paths;
    retranslate();
}

void StartPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void StartPage::retranslate()
{
    m_title->setText(tr("Casebench"));
    m_tagline->setText(tr("Bank statements, call records and seized phones in one case file, on timelines and link charts; "
                          "every fact traceable to its source file and row."));
    m_startHeading->setText(tr("Start"));
    m_recentHeading->setText(tr("Recent cases"));
    m_new->setText(tr("New Case…"));
    m_new->setDescription(tr("A case file with its title, investigator, region and time zone."));
    m_open->setText(tr("Open Case…"));
    m_open->setDescription(tr("A .casebench file, or a bundle a colleague sent."));
    m_demo->setText(tr("Open the Demo Case"));
    m_demo->setDescription(tr("A synthetic telecom-fraud ring: bank statements, call records and a seized phone, ready to explore."));
    m_recent->setHeaderLabels({tr("Case"), tr("Folder"), tr("Last changed")});
    m_recent->clear();
    for (const QString &path : std::as_const(m_paths)) {
        const QFileInfo info(path);
        const bool there = info.exists();
        auto *item = new QTreeWidgetItem(m_recent, {info.fileName(), QDir::toNativeSeparators(info.absolutePath()),
                                                    there ? QLocale().toString(info.lastModified(), QLocale::ShortFormat) : tr("missing")});
        item->setData(0, Qt::UserRole, path);
        item->setToolTip(0, QDir::toNativeSeparators(path));
        item->setToolTip(1, QDir::toNativeSeparators(info.absolutePath()));
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        if (!there) {
            item->setDisabled(true);
            item->setToolTip(0, tr("%1 is no longer there").arg(QDir::toNativeSeparators(path)));
        }
    }
    m_recent->setVisible(!m_paths.isEmpty());
    m_noRecent->setVisible(m_paths.isEmpty());
    m_noRecent->setText(tr("Cases you open appear here."));
}

} // namespace cb::widgets
