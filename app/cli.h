#pragma once
// The `casebench` command line: new, import, info, formats, demo, verify. Returns the process exit code:
// 0 success, 1 when a file was rejected or a duplicate (others still import), 2 for usage errors.
#include <QStringList>

namespace cb::app {

bool isCliCommand(const QString &arg);
int runCli(const QStringList &arguments);

} // namespace cb::app
