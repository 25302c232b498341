#include "common/textcap.h"

namespace cb::importers {

using namespace cb::casefile;

namespace {
// Cuts s to the cap (not inside a surrogate pair) and warns; the common case is one size comparison.
inline void cap(QString &s, const char *field, const QString &locator, RecordSink &sink)
{
    if (s.size() <= kMaxStoredText)
        return;
    const qsizetype was = s.size();
    qsizetype at = kMaxStoredText;
    if (s[at - 1].isHighSurrogate())
        --at;
    s.truncate(at);
    s.squeeze();
    sink.diagnostic({Severity::Warning, locator,
                     msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the %1 was %2 characters long and was cut to the first %3"),
                         {QLatin1String(field), QString::number(was), QString::number(at)})});
}

void capList(QStringList &list, const char *field, const QString &locator, RecordSink &sink)
{
    for (QString &s : list)
        cap(s, field, locator, sink);
}
} // namespace

void capTexts(TransactionRecord &r, RecordSink &sink)
{
    cap(r.account, "account", r.locator, sink);
    cap(r.accountName, "account name", r.locator, sink);
    cap(r.counterpartyAccount, "counterparty account", r.locator, sink);
    cap(r.counterpartyName, "counterparty name", r.locator, sink);
    cap(r.amountExact, "exact amount", r.locator, sink);
    cap(r.channel, "channel", r.locator, sink);
    cap(r.reference, "reference", r.locator, sink);
    cap(r.description, "description", r.locator, sink);
}

void capTexts(CallRecord &r, RecordSink &sink)
{
    cap(r.subscriber, "subscriber", r.locator, sink);
    cap(r.otherParty, "other party", r.locator, sink);
    cap(r.status, "status", r.locator, sink);
    cap(r.cellId, "cell id", r.locator, sink);
    cap(r.imei, "IMEI", r.locator, sink);
    cap(r.imsi, "IMSI", r.locator, sink);
}

void capTexts(CellSiteRecord &r, RecordSink &sink)
{
    cap(r.cellId, "cell id", r.locator, sink);
    cap(r.address, "address", r.locator, sink);
}

void capTexts(MessageRecord &r, RecordSink &sink)
{
    cap(r.sender, "sender", r.locator, sink);
    capList(r.recipients, "recipient", r.locator, sink);
    cap(r.app, "app", r.locator, sink);
    cap(r.body, "message body", r.locator, sink);
}

void capTexts(ContactRecord &r, RecordSink &sink)
{
    cap(r.owner, "owner", r.locator, sink);
    cap(r.name, "contact name", r.locator, sink);
    cap(r.value, "contact value", r.locator, sink);
}

void capTexts(LocationRecord &r, RecordSink &sink)
{
    cap(r.subject, "subject", r.locator, sink);
    cap(r.label, "label", r.locator, sink);
}

void capTexts(AccountRecord &r, RecordSink &sink)
{
    cap(r.holder, "holder", r.locator, sink);
    cap(r.service, "service", r.locator, sink);
    cap(r.username, "user name", r.locator, sink);
    cap(r.name, "name", r.locator, sink);
    capList(r.identifiers, "identifier", r.locator, sink);
}

void capTexts(ArtifactRecord &r, RecordSink &sink)
{
    cap(r.type, "artifact type", r.locator, sink);
    for (auto &[key, value] : r.fields) {
        cap(key, "field name", r.locator, sink);
        cap(value, "field value", r.locator, sink);
    }
}

void capTexts(BalanceRecord &r, RecordSink &sink)
{
    cap(r.account, "account", r.locator, sink);
}

} // namespace cb::importers
