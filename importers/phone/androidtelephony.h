#pragma once
// The meaning of Android's telephony values (AOSP CallLog.Calls, Telephony.Sms and Telephony.Mms), shared by
// the database reader (calllog.db, mmssms.db) and the backup-app XML reader, which stores the same columns.
#include "records.h"

namespace cb::importers::android {

// Before `presentation` existed, numbers -1/-2/-3 stood for private, unknown and payphone callers;
// presentation 2..4 says the same.
bool isWithheld(const QString &number, qint64 presentation);
// CallLog.Calls.TYPE: 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked, 7 answered on
// another device. Sets the direction and puts the type's name first in the status.
void applyCallType(qint64 type, casefile::CallRecord &c);
// Telephony.Sms.TYPE: 1 inbox, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued.
void addressSms(casefile::MessageRecord &m, qint64 type, const QString &address, const QString &owner);
// Telephony.Mms: msg_box 1 inbox, 2 sent, 3 draft; parts (text/plain kept, SMIL layout dropped, other
// content named); addresses (137 from; "insert-address-token" is the phone's own number).
QString mmsDirection(qint64 box);
void addMmsPart(casefile::MessageRecord &m, const QString &contentType, const QString &text, const QString &name);
void addMmsAddress(casefile::MessageRecord &m, const QString &address, qint64 type);
void finishMms(casefile::MessageRecord &m, const QString &owner);

} // namespace cb::importers::android
