#pragma once
// The case file's schema: PRAGMA application_id marks our files, PRAGMA user_version is the schema
// version, and ordered migration steps bring older files up to date inside one transaction.
#include "sqlite.h"

namespace cb::casefile::schema {

constexpr int ApplicationId = 0x43426E63; // "CBnc"
int latestVersion();
// Migrates from the file's current version up to `target` (default: latest). A file newer than this
// build, or one that is not a case file, is refused and left untouched.
Status migrate(sql::Database &db, int target = -1);

} // namespace cb::casefile::schema
