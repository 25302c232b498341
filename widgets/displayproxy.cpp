#include "displayproxy.h"

#include "money.h"
#include "query/recordmodel.h"
#include "timeutil.h"

namespace cb::widgets {

using casefile::ColumnKind;
using casefile::RecordModel;

DisplayProxy::DisplayProxy(QObject *parent) : QIdentityProxyModel(parent), m_zone(QTimeZone::utc()) {}

void DisplayProxy::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

QVariant DisplayProxy::data(const QModelIndex &index, int role) const
{
    const QVariant raw = QIdentityProxyModel::data(index, role);
    if (role == Qt::TextAlignmentRole) {
        const auto kind = ColumnKind(QIdentityProxyModel::data(index, RecordModel::ColumnKindRole).toInt());
        if (kind == ColumnKind::AmountMinor || kind == ColumnKind::Duration ||
            kind == ColumnKind::Integer || kind == ColumnKind::Real)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return raw;
    }
    if (role != Qt::DisplayRole || raw.isNull())
        return raw;
    return format(ColumnKind(QIdentityProxyModel::data(index, RecordModel::ColumnKindRole).toInt()), raw,
                  QIdentityProxyModel::data(index, RecordModel::CurrencyRole).toString(), m_zone);
}

QVariant DisplayProxy::format(ColumnKind kind, const QVariant &raw, const QString &currency, const QTimeZone &zone)
{
    if (raw.isNull())
        return raw;
    switch (kind) {
    case ColumnKind::TimeUtcMs: return casefile::displayTime(raw.toLongLong(), zone);
    case ColumnKind::AmountMinor: return casefile::formatMinor(raw.toLongLong(), currency);
    case ColumnKind::Real: return QString::number(raw.toDouble(), 'f', 6);
    case ColumnKind::Duration: return casefile::formatDuration(raw.toLongLong());
    case ColumnKind::Direction: {
        const QString d = raw.toString();
        if (d == u"out")
            return tr("outgoing");
        if (d == u"in")
            return tr("incoming");
        if (d == u"missed")
            return tr("missed");
        if (d == u"draft")
            return tr("draft");
        return d.isEmpty() ? QString() : tr("unknown");
    }
    default: return raw;
    }
}

} // namespace cb::widgets
