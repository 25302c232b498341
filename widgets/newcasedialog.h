#pragma once
// New Case: where the case file goes, its title, the investigator, the region national phone numbers
// belong to, and its time zone — picked from a searchable list that names each zone's current offset and
// starts on this computer's zone.
#include "casefile.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

class QTimeZone;

namespace cb::widgets {

// "UTC+08:00": a zone's offset now, as the zone pickers show it beside its name.
QString offsetText(const QTimeZone &z);
// The regions for national numbers investigators meet most; another two-letter code can be typed.
void fillRegions(QComboBox *box);

class NewCaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCaseDialog(QWidget *parent = nullptr);
    QString path() const;
    casefile::CaseSettings settings() const;
    void setInvestigator(const QString &name);
    void setRegion(const QString &region);
    QLineEdit *zoneFilter() const { return m_zoneFilter; }
    QListWidget *zones() const { return m_zones; }
    // The zone shown selected (an IANA id).
    QString zone() const;
    void selectZone(const QString &iana);

private:
    void filterZones(const QString &text);
    void browse();
    void updateOk();

    QLineEdit *m_path, *m_title, *m_investigator, *m_zoneFilter;
    QComboBox *m_region;
    QListWidget *m_zones;
};

} // namespace cb::widgets
