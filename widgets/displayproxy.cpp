#include "displayproxy.h"

#include "money.h"
#include "recordmodel.h"
#include "timeutil.h"

namespace cb::widgets {

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
        const auto kind = RecordModel::ColumnKind(QIdentityProxyModel::data(index, RecordModel::ColumnKindRole).toInt());
        if (kind == RecordModel::ColumnKind::AmountMinor || kind == RecordModel::ColumnKind::Duration ||
            kind == RecordModel::ColumnKind::Integer)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return raw;
    }
    if (role != Qt::DisplayRole || raw.isNull())
        return raw;
    switch (RecordModel::ColumnKind(QIdentityProxyModel::data(index, RecordModel::ColumnKindRole).toInt())) {
    case RecordModel::ColumnKind::TimeUtcMs: return casefile::displayTime(raw.toLongLong(), m_zone);
    case RecordModel::ColumnKind::AmountMinor:
        return casefile::formatMinor(raw.toLongLong(), QIdentityProxyModel::data(index, RecordModel::CurrencyRole).toString());
    case RecordModel::ColumnKind::Duration: {
        const qint64 s = raw.toLongLong();
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    case RecordModel::ColumnKind::Direction: {
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
