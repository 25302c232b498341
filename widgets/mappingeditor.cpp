#include "mappingeditor.h"

#include "mappingguess.h"
#include "tabular/inference.h"
#include "zonechoices.h"

#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cb::widgets {

using importers::Profile;
using importers::RecordKind;

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(QRegularExpression(QStringLiteral("[,，;；]"))))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

QLineEdit *listEdit(QWidget *parent, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    return e;
}

} // namespace

MappingEditor::MappingEditor(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_kind(new QComboBox(this)), m_dateOrder(new QComboBox(this)),
      m_decimal(new QComboBox(this)), m_skip(new QSpinBox(this)), m_name(new QLineEdit(this)), m_currency(new QLineEdit(this)), m_timezone(new QLineEdit(this)),
      m_credit(listEdit(this, tr("e.g. 贷, C, CR, +"))), m_debit(listEdit(this, tr("e.g. 借, D, DR, -"))),
      m_directions{listEdit(this, tr("outgoing: e.g. 1, 主叫, MOC")), listEdit(this, tr("incoming: e.g. 2, 被叫, MTC")),
                   listEdit(this, tr("missed: e.g. 3, 未接"))},
      m_flagsRow(new QWidget(this)), m_directionsRow(new QWidget(this)), m_columns(new QTableWidget(this))
{
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_kind->addItem(tr("Bank transactions"), int(RecordKind::Transactions));
    m_kind->addItem(tr("Call records"), int(RecordKind::Calls));
    m_kind->addItem(tr("Cell sites"), int(RecordKind::CellSites));
    m_kind->addItem(tr("Stated balances"), int(RecordKind::Balances));
    m_dateOrder->addItem(tr("Detect from the values"), QString());
    m_dateOrder->addItem(tr("Year, month, day (2024-03-05)"), QStringLiteral("YMD"));
    m_dateOrder->addItem(tr("Day, month, year (05.03.2024)"), QStringLiteral("DMY"));
    m_dateOrder->addItem(tr("Month, day, year (03/05/2024)"), QStringLiteral("MDY"));
    m_decimal->addItem(tr("Detect from the values"), QString());
    m_decimal->addItem(tr("Point (1,234.56)"), QStringLiteral("."));
    m_decimal->addItem(tr("Comma (1.234,56)"), QStringLiteral(","));
    m_skip->setRange(0, importers::kMaxSkipLines);
    m_skip->setSpecialValueText(tr("none: the header is found by itself"));
    m_skip->setToolTip(tr("Lines at the top that are neither the header nor data, such as a title block; the header is looked for after them."));
    m_currency->setPlaceholderText(tr("ISO 4217 code when no column says, e.g. CNY"));
    m_currency->setMaxLength(3);
    m_timezone->setPlaceholderText(tr("the zone chosen for the import"));
    QStringList zones;
    for (const ZoneChoice &z : zoneChoices())
        zones << z.id;
    auto *completer = new QCompleter(zones, m_timezone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_timezone->setCompleter(completer);

    m_columns->setColumnCount(4);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Header"), tr("First values"), tr("Maps to")});
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_columns->setWordWrap(false);

    auto *flags = new QHBoxLayout(m_flagsRow);
    flags->setContentsMargins(0, 0, 0, 0);
    flags->addWidget(new QLabel(tr("Credit:"), m_flagsRow));
    flags->addWidget(m_credit);
    flags->addWidget(new QLabel(tr("Debit:"), m_flagsRow));
    flags->addWidget(m_debit);
    auto *dirs = new QHBoxLayout(m_directionsRow);
    dirs->setContentsMargins(0, 0, 0, 0);
    for (QLineEdit *e : m_directions)
        dirs->addWidget(e);

    auto *form = m_form = new QFormLayout;
    form->addRow(tr("Records:"), m_kind);
    form->addRow(tr("Lines to skip at the top:"), m_skip);
    form->addRow(tr("Date order:"), m_dateOrder);
    form->addRow(tr("Decimal mark:"), m_decimal);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Time zone of the times:"), m_timezone);
    form->addRow(tr("Debit/credit marks:"), m_flagsRow);
    form->addRow(tr("Direction codes:"), m_directionsRow);
    form->addRow(tr("Save the mapping as:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_columns);
    layout->addLayout(form);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MappingEditor::kindChanged);
    connect(m_skip, &QSpinBox::valueChanged, this, [this](int lines) {
        if (!m_filling)
            emit skipChanged(lines);
    });
    for (QComboBox *b : {m_dateOrder, m_decimal})
        connect(b, &QComboBox::currentIndexChanged, this, &MappingEditor::edited);
    for (QLineEdit *e : {m_currency, m_timezone, m_credit, m_debit, m_directions[0], m_directions[1], m_directions[2]})
        connect(e, &QLineEdit::textEdited, this, &MappingEditor::edited);
}

void MappingEditor::setHead(const importers::TabularHead &head, const QString &fileName)
{
    m_filling = true;
    m_head = head;
    m_fileName = fileName;
    m_edited = false;
    const Profile &p = head.profile;
    if (head.known)
        m_status->setText(tr("The header is known: the file is read with the profile “%1”. Change a column to make a mapping of your own.").arg(p.name));
    else if (head.problem.isEmpty())
        m_status->setText(tr("No profile knows this header: the columns were mapped from their header words and content (%1% sure). Check each column.").arg(head.confidence));
    else
        m_status->setText(tr("As it stands the file would be refused: no profile knows its header and the best guess (%1% sure) is not sure enough. Correct the columns below.").arg(head.confidence));
    if (!head.sheet.isEmpty()) // a workbook: the mapping reads every sheet with this header
        m_status->setText(tr("Sheet “%1”: %2").arg(head.sheet, m_status->text()));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(p.kind))));
    m_skip->setValue(p.skipLines);
    m_dateOrder->setCurrentIndex(qMax(0, m_dateOrder->findData(p.dateOrder == importers::DateOrder::YMD ? QStringLiteral("YMD")
                                                               : p.dateOrder == importers::DateOrder::DMY ? QStringLiteral("DMY")
                                                               : p.dateOrder == importers::DateOrder::MDY ? QStringLiteral("MDY") : QString())));
    m_decimal->setCurrentIndex(qMax(0, m_decimal->findData(p.decimal.isNull() ? QString() : QString(p.decimal))));
    m_currency->setText(p.currency);
    m_timezone->setText(p.timezone);
    m_credit->setText(p.creditFlags.join(QStringLiteral(", ")));
    m_debit->setText(p.debitFlags.join(QStringLiteral(", ")));
    for (int i = 0; i < 3; ++i) {
        const QString dir = i == 0 ? QStringLiteral("out") : i == 1 ? QStringLiteral("in") : QStringLiteral("missed");
        QStringList codes;
        for (auto it = p.directions.begin(); it != p.directions.end(); ++it)
            if (it.value() == dir)
                codes << it.key();
        codes.sort();
        m_directions[i]->setText(codes.join(QStringLiteral(", ")));
    }
    m_name->setText(tr("Mapping for %1").arg(QFileInfo(fileName).fileName()));
    fillColumns();
    m_filling = false;
    showKindRows();
    m_edited = p.skipLines > 0; // lines the analyst chose to skip: a mapping of their own, saved as such
}

void MappingEditor::restore(const importers::TabularHead &head, const QJsonObject &mapping, const QString &fileName)
{
    // The head with the mapping the analyst left it with: the fields by header (or position), the rest
    // as the profile file reads it.
    importers::TabularHead h = head;
    Result<Profile> p = Profile::fromJson(QJsonDocument(mapping).toJson(), QStringLiteral(":edited"));
    if (!p) {
        setHead(head, fileName);
        return;
    }
    h.profile = p.value();
    h.fields = QList<QStringList>(h.columnCount());
    const QJsonObject fields = mapping.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonArray at = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &v : at) {
            const int c = v.isDouble() ? v.toInt() : int(h.headers.indexOf(v.toString()));
            if (c >= 0 && c < h.fields.size() && !h.fields[c].contains(it.key()))
                h.fields[c] << it.key();
        }
    }
    for (QStringList &fs : h.fields)
        if (fs.size() > 1 && fs.contains(QStringLiteral("interaction")))
            fs.move(fs.indexOf(QStringLiteral("interaction")), fs.size() - 1);
    setHead(h, fileName);
    m_name->setText(mapping.value(QStringLiteral("name")).toString(m_name->text()));
    m_status->setText(tr("Your mapping: saved under the name below when the files are imported, and used for every file with this header. The preview follows each change."));
    m_edited = true;
}

void MappingEditor::showKindRows()
{
    const RecordKind kind = RecordKind(m_kind->currentData().toInt());
    m_form->setRowVisible(m_flagsRow, kind == RecordKind::Transactions);
    m_form->setRowVisible(m_directionsRow, kind == RecordKind::Calls);
}

QComboBox *MappingEditor::fieldBox(int column) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(column, 3));
}

void MappingEditor::fillColumns()
{
    const bool was = m_filling;
    m_filling = true;
    const int n = m_head.columnCount();
    m_columns->setRowCount(n);
    const QStringList fields = importers::mappableFields(RecordKind(m_kind->currentData().toInt()));
    for (int c = 0; c < n; ++c) {
        m_columns->setItem(c, 0, new QTableWidgetItem(QString::number(c + 1)));
        const QString header = m_head.headers.value(c);
        m_columns->setItem(c, 1, new QTableWidgetItem(header));
        QStringList values;
        for (const QStringList &r : m_head.rows)
            if (c < r.size() && values.size() < 4)
                values << r[c].trimmed();
        auto *item = new QTableWidgetItem(values.join(QStringLiteral("  ·  ")));
        item->setToolTip(values.join(u'\n'));
        m_columns->setItem(c, 2, item);
        auto *box = new QComboBox(m_columns);
        box->addItem(tr("(not imported)"), QString());
        QStringList offered = fields;
        const QString current = m_head.fields.value(c).value(0);
        if (!current.isEmpty() && !offered.contains(current))
            offered << current;
        for (const QString &f : offered)
            box->addItem(fieldLabel(f), f);
        box->setCurrentIndex(qMax(0, box->findData(current)));
        connect(box, &QComboBox::currentIndexChanged, this, &MappingEditor::edited);
        m_columns->setCellWidget(c, 3, box);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->resizeColumnToContents(3);
    // As tall as its rows (up to twelve), so that the preview below gets the rest.
    int h = m_columns->horizontalHeader()->sizeHint().height() + 2 * m_columns->frameWidth();
    for (int c = 0; c < qMin(n, 12); ++c)
        h += m_columns->rowHeight(c);
    m_columns->setFixedHeight(h + (n > 12 ? m_columns->horizontalScrollBar()->sizeHint().height() : 0));
    m_filling = was;
}

void MappingEditor::kindChanged()
{
    showKindRows();
    if (m_filling)
        return;
    // Another kind offers other fields: a column keeps its field where the new kind has it.
    QStringList chosen;
    for (int c = 0; c < m_columns->rowCount(); ++c)
        chosen << (fieldBox(c) ? fieldBox(c)->currentData().toString() : QString());
    for (int c = 0; c < chosen.size() && c < m_head.fields.size(); ++c)
        if (m_head.fields[c].value(0) != chosen[c]) // an unchanged column keeps what rides along with it
            m_head.fields[c] = chosen[c].isEmpty() ? QStringList() : QStringList{chosen[c]};
    fillColumns();
    edited();
}

void MappingEditor::edited()
{
    if (m_filling)
        return;
    if (!m_edited) // from now on the analyst's mapping, whatever the file was read with before
        m_status->setText(tr("Your mapping: saved under the name below when the files are imported, and used for every file with this header. The preview follows each change."));
    m_edited = true;
    emit mappingChanged();
}

QString MappingEditor::statusText() const
{
    return m_status->text();
}

QString MappingEditor::profileName() const
{
    return m_name->text().trimmed().isEmpty() ? tr("Mapping for %1").arg(QFileInfo(m_fileName).fileName()) : m_name->text().trimmed();
}

QStringList MappingEditor::mappedFields() const
{
    QStringList out;
    for (int c = 0; c < m_columns->rowCount(); ++c)
        if (const QString f = fieldBox(c)->currentData().toString(); !f.isEmpty())
            out << f;
    return out;
}

QJsonObject MappingEditor::profile() const
{
    const Profile &base = m_head.profile;
    QJsonObject o = importers::profileJson(base, m_head.headers);
    const QString name = profileName();
    // The analyst's profile never takes a built-in's id (the built-in would be found first).
    static const QSet<QString> builtins = [] {
        QSet<QString> ids;
        const importers::ProfileLibrary library;
        for (const Profile &b : library.profiles())
            ids.insert(b.id);
        return ids;
    }();
    QString id = profileIdFor(name);
    if (builtins.contains(id))
        id += QStringLiteral("-own");
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("kind"), casefile::recordKindName(RecordKind(m_kind->currentData().toInt())));
    o.insert(QStringLiteral("exact"), false);
    o.insert(QStringLiteral("skip_lines"), m_skip->value());
    const bool header = !m_head.headers.isEmpty();
    o.insert(QStringLiteral("header"), header);
    if (!m_head.delimiter.isNull())
        o.insert(QStringLiteral("delimiter"), m_head.delimiter == u'\t' ? QStringLiteral("tab") : QString(m_head.delimiter));
    // Fields by the header as the file writes it (or by position without one); a column whose field was
    // not changed keeps what rides along with it (a call type column's interaction).
    QHash<QString, QJsonArray> byField;
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        const QString f = fieldBox(c)->currentData().toString();
        if (f.isEmpty())
            continue;
        QStringList all{f};
        const QStringList before = m_head.fields.value(c);
        if (!before.isEmpty() && before.first() == f)
            all = before;
        // By name, unless the header names another column alike ("Amount", "Amount"): then by position.
        const QString key = importers::headerKey(m_head.headers.value(c));
        const bool ambiguous = header && std::count_if(m_head.headers.cbegin(), m_head.headers.cend(),
                                                       [&key](const QString &h) { return importers::headerKey(h) == key; }) > 1;
        for (const QString &x : all)
            byField[x].append(header && !ambiguous ? QJsonValue(m_head.headers.value(c)) : QJsonValue(c));
    }
    QJsonObject fields;
    for (auto it = byField.begin(); it != byField.end(); ++it)
        fields.insert(it.key(), it.value().size() == 1 ? it.value().first() : QJsonValue(it.value()));
    o.insert(QStringLiteral("fields"), fields);
    // What the base profile required, where the edited mapping still provides it; a field left out is
    // then named by the row mapper's own refusal, which the preview shows.
    const QStringList mapped = mappedFields();
    QJsonArray required;
    for (const QString &req : base.required) {
        bool any = false;
        for (const QString &alt : req.split(u'|')) {
            bool all = true;
            for (const QString &f : alt.split(u'+'))
                all = all && mapped.contains(f);
            any = any || all;
        }
        if (any)
            required.append(req);
    }
    o.insert(QStringLiteral("required"), required);
    auto setOrRemove = [&o](const QString &key, const QString &value) {
        if (value.isEmpty())
            o.remove(key);
        else
            o.insert(key, value);
    };
    setOrRemove(QStringLiteral("date_order"), m_dateOrder->currentData().toString());
    setOrRemove(QStringLiteral("decimal"), m_decimal->currentData().toString());
    setOrRemove(QStringLiteral("currency"), m_currency->text().trimmed().toUpper());
    setOrRemove(QStringLiteral("timezone"), m_timezone->text().trimmed());
    o.remove(QStringLiteral("flags"));
    if (!m_credit->text().trimmed().isEmpty() || !m_debit->text().trimmed().isEmpty())
        o.insert(QStringLiteral("flags"), QJsonObject{{QStringLiteral("credit"), QJsonArray::fromStringList(splitList(m_credit->text()))},
                                                      {QStringLiteral("debit"), QJsonArray::fromStringList(splitList(m_debit->text()))},
                                                      {QStringLiteral("neutral"), QJsonArray::fromStringList(base.neutralFlags)}});
    QJsonObject dirs;
    const char *const names[] = {"out", "in", "missed"};
    for (int i = 0; i < 3; ++i)
        if (const QStringList codes = splitList(m_directions[i]->text()); !codes.isEmpty())
            dirs.insert(QLatin1String(names[i]), QJsonArray::fromStringList(codes));
    o.remove(QStringLiteral("directions"));
    if (!dirs.isEmpty())
        o.insert(QStringLiteral("directions"), dirs);
    if (header)
        o.insert(QStringLiteral("signature"), QJsonArray::fromStringList(m_head.headers));
    return o;
}

} // namespace cb::widgets
