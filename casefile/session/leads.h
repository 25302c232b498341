#pragma once
// The leads register and analyst-entered events, as any connection reads them (the writes are the case
// session's intent methods: addLead, setLeadStatus, addEvent).
//  - A lead has a code L-YYYY-NNNNNN (the year it was registered, then its number in that year), a
//    summary, where it came from (informant report, bank alert, platform warning…), a status — new,
//    assigned, verifying, confirmed, closed — with its whole history (who, when, note), and its entities.
//  - An analyst event is something that happened that no source holds ("10:30 the victim received a call
//    from a man claiming to be police"): its time, text, basis, who entered it and when, its entities.
#include "casefile.h"
#include "records.h"

#include <QJsonObject>
#include <QStringList>

namespace cb::casefile {

enum class LeadStatus { New, Assigned, Verifying, Confirmed, Closed };
QString leadStatusName(LeadStatus s); // "new"...
std::optional<LeadStatus> leadStatusFromName(QStringView name);

struct LeadStep
{
    LeadStatus status = LeadStatus::New;
    QString note, actor, at;
};

struct LeadRow
{
    qint64 id = 0;
    QString uuid, code, summary, source;
    LeadStatus status = LeadStatus::New;
    QString createdBy, createdAt;
    QList<LeadStep> history;     // oldest first; the first step is the registration
    QList<qint64> entities;
    QStringList entityLabels;
    QJsonObject toJson() const;
};

struct AnalystEvent
{
    qint64 id = 0;
    QString uuid;
    Timestamp time;
    QString text, basis, actor, createdAt;
    QList<qint64> entities;
    QStringList entityLabels;
    QJsonObject toJson() const;
};

// Leads not deleted, by code; only those with this status when given.
QList<LeadRow> leadsOf(CaseFile &cf, std::optional<LeadStatus> status = std::nullopt);
QList<AnalystEvent> analystEventsOf(CaseFile &cf);

} // namespace cb::casefile
