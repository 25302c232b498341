// The call records of mapped rows: direction words, the line the record belongs to, the other party
// (named, or the one of caller and callee who is not the line), duration, cell and handset.
#include "tabular/rowmapper.h"

#include "tabular/columnstats.h"

namespace cb::importers {

using namespace cb::casefile;

CallDirection RowMapper::direction(QStringView text, bool *known) const
{
    // The profile's own words first, then the words every layout is read with (columnstats.h: the same
    // list that recognises a direction column by its content).
    const QString v = text.toString().trimmed().toLower();
    QString d = m_profile.directions.value(v);
    if (d.isEmpty())
        d = genericDirections().value(v);
    *known = true;
    if (d == u"out")
        return CallDirection::Out;
    if (d == u"in")
        return CallDirection::In;
    if (d == u"missed")
        return CallDirection::Missed;
    *known = false;
    return CallDirection::Unknown;
}

const QString &RowMapper::repeated(QStringView text, QString &last)
{
    if (text != last)
        last = text.toString();
    return last;
}

void RowMapper::mapCall(const Cells &c, const QString &loc)
{
    bool isText = false;
    if (has(Field::interaction)) {
        const QString kind = cell(c, Field::interaction).toString().toLower();
        isText = m_profile.interactionsText.contains(kind, Qt::CaseInsensitive);
        if (!isText && !m_profile.interactionsCall.contains(kind, Qt::CaseInsensitive)) {
            reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown interaction type \"%1\""), {kind}));
            return;
        }
    }
    const auto ts = time(c, Field::start_time, loc);
    if (!ts)
        return;
    CallRecord r;
    r.locator = loc;
    r.start = *ts;
    const QStringView dirCell = cell(c, Field::direction);
    bool known = false;
    if (!dirCell.isEmpty()) {
        // A CDR's direction column holds a handful of distinct values: remember the last one.
        if (dirCell != m_lastDirectionText) {
            m_lastDirectionText = dirCell.toString();
            m_lastDirection = direction(dirCell, &m_lastDirectionKnown);
        }
        r.direction = m_lastDirection;
        known = m_lastDirectionKnown;
    }
    if (!dirCell.isEmpty() && !known) {
        // The direction decides the parties only when the row names a caller and a callee without saying
        // whose line it is, or for a text (sender and recipient); otherwise it is secondary.
        const bool decides = isText || (has(Field::caller) && !has(Field::subscriber) && m_owner.isEmpty());
        if (decides) {
            reject(loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown call direction \"%1\""), {dirCell.toString()}));
            return;
        }
        m_sink.diagnostic({Severity::Warning, loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "unknown call direction \"%1\": kept as unknown"), {dirCell.toString()})});
    }
    const QStringView sub = cell(c, Field::subscriber);
    r.subscriber = sub.isEmpty() ? m_owner : repeated(sub, m_lastSubscriber);
    if (has(Field::caller)) {
        const QString caller = cell(c, Field::caller).toString(), callee = cell(c, Field::callee).toString();
        // No direction, or one no profile knows: the parties follow from which of them is the line.
        const bool out = !dirCell.isEmpty() && known ? r.direction == CallDirection::Out : caller == r.subscriber;
        if (dirCell.isEmpty())
            r.direction = out ? CallDirection::Out : CallDirection::In;
        r.otherParty = out ? callee : caller;
        if (sub.isEmpty() && !dirCell.isEmpty() && known)
            r.subscriber = r.direction == CallDirection::Out ? caller : callee;
    } else {
        r.otherParty = cell(c, Field::other_party).toString();
    }
    const QStringView dur = cell(c, Field::duration);
    if (!dur.isEmpty()) {
        r.durationS = parseDuration(dur);
        if (!r.durationS) // secondary: the call is kept without a duration
            m_sink.diagnostic({Severity::Warning, loc, msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "cannot read the duration \"%1\": left empty"), {dur.toString()})});
    }
    const QStringView lac = cell(c, Field::lac), ci = cell(c, Field::cell_id);
    r.cellId = lac.isEmpty() ? repeated(ci, m_lastCell) : lac.toString() + u'-' + ci.toString();
    r.imei = repeated(cell(c, Field::imei), m_lastImei);
    r.imsi = repeated(cell(c, Field::imsi), m_lastImsi);
    r.status = repeated(cell(c, Field::status), m_lastStatus);
    if (isText) {
        MessageRecord m;
        m.locator = loc;
        m.time = r.start;
        m.app = QStringLiteral("SMS");
        const bool out = r.direction == CallDirection::Out;
        m.direction = directionName(r.direction);
        m.sender = out ? r.subscriber : r.otherParty;
        m.recipients = {out ? r.otherParty : r.subscriber};
        m_batch.add(std::move(m));
        return;
    }
    m_batch.add(std::move(r));
}

} // namespace cb::importers
