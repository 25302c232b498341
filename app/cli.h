#pragma once
// The `casebench` command line. Every command is one row of the command table (cli.cpp): its name, its
// synopsis and the function that runs it, so the list a user sees is written once. Each command family
// lives in its own file (clicase, cliimport, clisearch, cliexport, climerge). Exit codes: 0 success, 1
// when the work was refused or partly failed (a rejected file, a failed verification), 2 for usage errors
// (an unknown command among them).
#include <QList>
#include <QStringList>

namespace cb::app {

struct CliCommand
{
    const char *name;
    const char *synopsis;    // the arguments, as typed after the command's name
    const char *description; // one line, translated when printed (context cb::app::Cli)
    int (*run)(const QStringList &args); // args: the program, then the command's own arguments
};

const QList<CliCommand> &cliCommands();
bool isCliCommand(const QString &arg);
// Whether these arguments open the workbench (none, or a case file that exists) rather than a command.
bool opensWorkbench(const QStringList &arguments);
int runCli(const QStringList &arguments);
// Whether the command lays out text (the evidence packet) and so needs a QGuiApplication.
bool needsFonts(const QStringList &arguments);

} // namespace cb::app
