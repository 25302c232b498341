#pragma once
// What every `casebench` subcommand shares: standard streams, the translation context, usage errors,
// JSON printing and opening a case with a clear error.
#include "casefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>
#include <memory>

namespace cb::app {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(cb::app::Cli)
};

QTextStream &out();
QTextStream &err();
void printJson(const QJsonValue &v);
int usage(QCommandLineParser &p, const QString &message); // prints message and help, returns 2
std::unique_ptr<casefile::CaseFile> openCase(const QString &path, int &code);

// Subcommands living outside cli.cpp.
int cmdExport(const QStringList &args);
int cmdMerge(const QStringList &args);
int cmdUnlink(const QStringList &args);
int cmdLinks(const QStringList &args);
int cmdSuggest(const QStringList &args);
int cmdOwner(const QStringList &args);

} // namespace cb::app
