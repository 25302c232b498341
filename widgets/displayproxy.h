#pragma once
// Formats the raw values of casefile::RecordModel for display (reading nothing from the case): times in the case's zone with the zone
// shown, amounts in minor units with their currency's precision, durations as h:mm:ss.
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

private:
    QTimeZone m_zone;
};

} // namespace cb::widgets
