#pragma once
// Every text field a record stores is capped: no counterparty name, description or message body of a
// real source is anywhere near 64 Ki characters, and a hostile file's 200 MB <NAME> must not become a
// 200 MB row (nor its copies in the entity names and the search index). A cut field is a warning on its
// row that says how long it was; the row is kept.
#include "records.h"

namespace cb::importers {

inline constexpr qsizetype kMaxStoredText = 65536;

void capTexts(casefile::TransactionRecord &r, casefile::RecordSink &sink);
void capTexts(casefile::CallRecord &r, casefile::RecordSink &sink);
void capTexts(casefile::CellSiteRecord &r, casefile::RecordSink &sink);
void capTexts(casefile::MessageRecord &r, casefile::RecordSink &sink);
void capTexts(casefile::ContactRecord &r, casefile::RecordSink &sink);
void capTexts(casefile::LocationRecord &r, casefile::RecordSink &sink);
void capTexts(casefile::AccountRecord &r, casefile::RecordSink &sink);
void capTexts(casefile::ArtifactRecord &r, casefile::RecordSink &sink);
void capTexts(casefile::BalanceRecord &r, casefile::RecordSink &sink);

} // namespace cb::importers
