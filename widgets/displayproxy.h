#pragma once
// Formats the raw values of casefile::RecordModel for display (reading nothing from the case): times in the case's zone with the zone
// shown, amounts in minor units with their currency's precision, durations as h:mm:ss.
#include "query/recordquery.h"

#include <QIdentityProxyModel>
#include <QTimeZone>

namespace cb::widgets {

class DisplayProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit DisplayProxy(QObject *parent = nullptr);
    void setTimeZone(const QTimeZone &zone);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // One raw value as the tables show it (the Details panel shows values the same way).
    static QVariant format(casefile::ColumnKind kind, const QVariant &raw, const QString &currency, const QTimeZone &zone);

private:
    QTimeZone m_zone;
};

} // namespace cb::widgets
