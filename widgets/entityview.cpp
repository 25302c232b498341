#include "entityview.h"
#include "chart/chartpainter.h"
#include "session/caseworker.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cb::widgets {

using namespace cb::casefile;

namespace {

// The kind filter's entries: what the detective asks for, and the entity kinds each covers.
const QList<QPair<const char *, QStringList>> &kindChoices()
{
    static const QList<QPair<const char *, QStringList>> choices = {
        {QT_TRANSLATE_NOOP("cb::widgets::EntityView", "All kinds"), {}},
        {QT_TRANSLATE_NOOP("cb::widgets::EntityView", "Phones"), {QStringLiteral("phone")}},
        {QT_TRANSLATE_NOOP("cb::widgets::EntityView", "Bank accounts and cards"), {QStringLiteral("bank_account"), QStringLiteral("bank_card")}},
        {QT_TRANSLATE_NOOP("cb::widgets::EntityView", "Devices"), {QStringLiteral("device")}},
        {QT_TRANSLATE_NOOP("cb::widgets::EntityView", "App accounts and e-mail"), {QStringLiteral("app_account"), QStringLiteral("email")}},
        {QT_TRANSLATE_NOOP("cb::widgets::EntityView", "People and organisations"), {QStringLiteral("person"), QStringLiteral("organisation")}},
        {QT_TRANSLATE_NOOP("cb::widgets::EntityView", "Cell sites and places"), {QStringLiteral("cell_site"), QStringLiteral("location")}},
    };
    return choices;
}

} // namespace

QString entityKindTitle(const QString &kind)
{
    if (kind == u"phone")
        return EntityView::tr("phone");
    if (kind == u"bank_account")
        return EntityView::tr("bank account");
    if (kind == u"bank_card")
        return EntityView::tr("bank card");
    if (kind == u"device")
        return EntityView::tr("device");
    if (kind == u"app_account")
        return EntityView::tr("app account");
    if (kind == u"email")
        return EntityView::tr("e-mail");
    if (kind == u"person")
        return EntityView::tr("person");
    if (kind == u"organisation")
        return EntityView::tr("organisation");
    if (kind == u"cell_site")
        return EntityView::tr("cell site");
    return kind;
}

// The kind's drawing (resources/entities/), as the link chart shows it; made once per kind.
static QIcon kindIcon(const QString &kind)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(kind);
    if (it == icons.end())
        it = icons.insert(kind, ChartPainter::entityIcon(kind, QColor(0x37, 0x47, 0x4f)));
    return *it;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::None: return EntityView::tr("no role");
    case Role::Subject: return EntityView::tr("subject");
    case Role::Victim: return EntityView::tr("victim");
    case Role::Witness: return EntityView::tr("witness");
    case Role::Associate: return EntityView::tr("associate");
    }
    return {};
}

EntityView::EntityView(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_kind(new QComboBox(this)), m_role(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_summary(new QLabel(this))
{
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_role);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    m_search->setClearButtonEnabled(true);
    for (int i = 0; i < kindChoices().size(); ++i)
        m_kind->addItem(QString());
    for (int i = 0; i < 7; ++i) // any, with a role, the four roles, none
        m_role->addItem(QString());
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // two selected: merge, or mark an owner
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_search, &QLineEdit::returnPressed, this, &EntityView::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            refresh();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EntityView::refresh);
    connect(m_role, &QComboBox::currentIndexChanged, this, &EntityView::refresh);
    connect(m_table, &QWidget::customContextMenuRequested, this, &EntityView::showMenu);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_rows.size())
            emit entitySelected(m_rows.at(row).id);
    });
    retranslate();
}

void EntityView::setWorker(CaseWorker *worker)
{
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = worker;
    m_rows.clear();
    if (m_worker)
        connect(m_worker, &CaseWorker::changed, this, &EntityView::onChanged);
    refresh();
}

void EntityView::onChanged(const Change &change)
{
    if (change.touches(ObjectKind::Entities) || change.touches(ObjectKind::Roles) || change.touches(ObjectKind::Links))
        refresh();
}

void EntityView::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_worker) {
        m_searching = false;
        m_rows.clear();
        render();
        return;
    }
    EntityFilter f;
    f.text = m_search->text();
    f.kinds = kindChoices().value(m_kind->currentIndex()).second;
    const int role = m_role->currentIndex(); // 0 any, 1 with a role (sorted first anyway), 2..5 roles, 6 none
    if (role >= 2 && role <= 5)
        f.role = Role(role - 1);
    else if (role == 6)
        f.role = Role::None;
    m_searching = true;
    m_worker->read<Result<QList<EntityRow>>>([f](CaseFile &cf, const Progress &p) { return findEntities(cf, f, p); })
        .then(this, [this, generation, withRole = role == 1](const Result<QList<EntityRow>> &found) {
            if (generation != m_generation)
                return;
            m_searching = false;
            m_rows.clear();
            m_error = found ? QString() : found.status().message();
            if (found)
                for (const EntityRow &e : found.value())
                    if (!withRole || e.role != Role::None)
                        m_rows << e;
            render();
        });
}

void EntityView::render()
{
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const EntityRow &e = m_rows.at(row);
        const QString label = e.name.isEmpty() || e.name == e.label ? e.label : e.label + QStringLiteral(" (") + e.name + u')';
        const QStringList cells{label, entityKindTitle(e.kind), e.role == Role::None ? QString() : roleTitle(e.role), e.identifiers.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == 3 ? e.identifiers.join(u'\n') : cells.at(c));
            if (c == 1)
                item->setIcon(kindIcon(e.kind));
            if (c == 2 && e.role != Role::None) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    retranslate();
}

void EntityView::showMenu(const QPoint &at)
{
    const int row = m_table->rowAt(at.y());
    if (row < 0 || row >= m_rows.size())
        return;
    const qint64 id = m_rows.at(row).id;
    QMenu menu(this);
    QList<int> picked;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        if (i.row() < m_rows.size())
            picked << i.row();
    if (picked.size() == 2) {
        const EntityRow &a = m_rows.at(picked.at(0)), &b = m_rows.at(picked.at(1));
        menu.addAction(tr("Merge %1 and %2 as one person…").arg(a.label, b.label), this, [this, a, b] { emit mergeRequested(a.id, b.id); });
        const EntityRow *device = a.kind == u"device" ? &a : b.kind == u"device" ? &b : nullptr;
        const EntityRow *phone = a.kind == u"phone" ? &a : b.kind == u"phone" ? &b : nullptr;
        if (device && phone)
            menu.addAction(tr("Mark %1 as the owner's line of %2…").arg(phone->label, device->label), this,
                           [this, d = device->id, p = phone->id] { emit ownerRequested(d, p); });
        menu.addSeparator();
    }
    // The selected entities (or the one under the mouse) as the timeline's lanes, over the case's period.
    QList<qint64> lanes;
    for (int r : std::as_const(picked))
        lanes << m_rows.at(r).id;
    if (!lanes.contains(id))
        lanes = {id};
    menu.addAction(tr("Show on Timeline"), this, [this, lanes] { emit timelineRequested(lanes); });
    menu.addAction(tr("Start a Link Chart Here"), this, [this, lanes] { emit chartRequested(lanes); });
    menu.addSeparator();
    QMenu *roles = menu.addMenu(tr("Set role"));
    for (Role r : {Role::Subject, Role::Victim, Role::Witness, Role::Associate, Role::None})
        roles->addAction(roleTitle(r), this, [this, id, r] { emit roleRequested(id, r); });
    menu.addAction(tr("Add a note…"), this, [this, id] { emit noteRequested(id); });
    menu.addAction(tr("Tag…"), this, [this, id] { emit tagRequested(id); });
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void EntityView::retranslate()
{
    m_search->setPlaceholderText(tr("Find: a number in any form, an account, IMEI or name (press Enter)"));
    for (int i = 0; i < kindChoices().size(); ++i)
        m_kind->setItemText(i, tr(kindChoices().at(i).first));
    const QStringList roles{tr("Any role"), tr("With a role"), roleTitle(Role::Subject), roleTitle(Role::Victim), roleTitle(Role::Witness),
                            roleTitle(Role::Associate), roleTitle(Role::None)};
    for (int i = 0; i < roles.size(); ++i)
        m_role->setItemText(i, roles.at(i));
    m_table->setHorizontalHeaderLabels({tr("Entity"), tr("Kind"), tr("Role"), tr("Identifiers")});
    m_summary->setText(!m_worker        ? tr("No case open.")
                       : m_searching     ? tr("Searching…")
                       : !m_error.isEmpty() ? tr("The search failed: %1").arg(m_error)
                                         : tr("%n entity(s)", nullptr, int(m_rows.size())));
}

void EntityView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(e);
}

} // namespace cb::widgets
