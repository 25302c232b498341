// The inferred mapping in words (the refusal's best guess, the certificate's note) and as JSON (the
// certificate, and a profile file the analyst can save and name with --profile next time).
#include "tabular/inference.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cb::importers {

static QString how(const ColumnGuess &g)
{
    return g.byHeader && g.byContent ? QStringLiteral("header and content") : g.byHeader ? QStringLiteral("header") : QStringLiteral("content");
}

QString Inference::summary() const
{
    QStringList parts;
    for (const ColumnGuess &g : columns) {
        const QString column = g.header.isEmpty() ? QStringLiteral("column %1").arg(g.column + 1)
                                                  : QStringLiteral("column %1 \"%2\"").arg(g.column + 1).arg(g.header.left(40));
        parts << QStringLiteral("%1: %2 (%3%, %4)").arg(column, g.field).arg(g.confidence).arg(how(g));
    }
    return parts.isEmpty() ? QStringLiteral("no column could be mapped") : parts.join(QStringLiteral("; "));
}

QJsonObject Inference::toJson() const
{
    QJsonArray cols;
    for (const ColumnGuess &g : columns)
        cols.append(QJsonObject{{QStringLiteral("column"), g.column + 1},
                                {QStringLiteral("header"), g.header},
                                {QStringLiteral("field"), g.field},
                                {QStringLiteral("confidence"), g.confidence},
                                {QStringLiteral("by"), how(g)}});
    QJsonObject o{{QStringLiteral("confidence"), confidence},
                  {QStringLiteral("summary"), summary()},
                  {QStringLiteral("threshold"), kInferThreshold},
                  {QStringLiteral("columns"), cols},
                  {QStringLiteral("header_line"), layout.headerLine >= 0 && !headers.isEmpty() ? layout.headerLine + 1 : 0},
                  {QStringLiteral("delimiter"), QString(layout.delimiter)}};
    if (layout.profile) {
        o.insert(QStringLiteral("kind"), recordKindName(layout.profile->kind));
        o.insert(QStringLiteral("profile"), profileJson(*layout.profile, headers));
    }
    return o;
}

void reportInference(const Layout &layout, casefile::RecordSink &sink, const QString &loc)
{
    if (layout.inferred.isEmpty())
        return;
    sink.diagnostic({casefile::Severity::Warning, loc,
                     casefile::msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "no profile knows this layout: its columns were mapped from their header words and content (confidence %1%): %2. Check the mapping; save it as a profile with --save-profile"),
                                   {QString::number(layout.inferred.value(QStringLiteral("confidence")).toInt()),
                                    layout.inferred.value(QStringLiteral("summary")).toString()})});
}

QJsonObject profileJson(const Profile &p, const QStringList &headers)
{
    QJsonObject fields;
    for (auto it = p.positions.begin(); it != p.positions.end(); ++it) // a column without a header word
        fields.insert(it.key(), it.value());
    for (auto it = p.fields.begin(); it != p.fields.end(); ++it) {
        QString name = it.value().value(0);
        for (const QString &h : headers)
            if (headerKey(h) == name)
                name = h; // the header as the source writes it
        fields.insert(it.key(), name);
    }
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("kind"), recordKindName(p.kind)},
                  {QStringLiteral("header"), p.header},
                  {QStringLiteral("skip_lines"), p.skipLines},
                  {QStringLiteral("fields"), fields},
                  {QStringLiteral("required"), QJsonArray::fromStringList(p.required)}};
    if (!p.delimiter.isNull())
        o.insert(QStringLiteral("delimiter"), p.delimiter == u'\t' ? QStringLiteral("tab") : QString(p.delimiter));
    if (!p.creditFlags.isEmpty() || !p.debitFlags.isEmpty() || !p.neutralFlags.isEmpty())
        o.insert(QStringLiteral("flags"), QJsonObject{{QStringLiteral("credit"), QJsonArray::fromStringList(p.creditFlags)},
                                                      {QStringLiteral("debit"), QJsonArray::fromStringList(p.debitFlags)},
                                                      {QStringLiteral("neutral"), QJsonArray::fromStringList(p.neutralFlags)}});
    auto patterns = [](const QList<QRegularExpression> &list) {
        QJsonArray out;
        for (const QRegularExpression &rx : list)
            out.append(rx.pattern());
        return out;
    };
    if (!p.ownerPatterns.isEmpty())
        o.insert(QStringLiteral("owner_patterns"), patterns(p.ownerPatterns));
    if (!p.statementFacts.isEmpty())
        o.insert(QStringLiteral("statement_facts"), patterns(p.statementFacts));
    if (!p.interactionsCall.isEmpty() || !p.interactionsText.isEmpty())
        o.insert(QStringLiteral("interactions"), QJsonObject{{QStringLiteral("call"), QJsonArray::fromStringList(p.interactionsCall)},
                                                             {QStringLiteral("text"), QJsonArray::fromStringList(p.interactionsText)}});
    if (!p.signature.isEmpty())
        o.insert(QStringLiteral("signature"), QJsonArray::fromStringList(headers.isEmpty() ? p.signature : headers));
    if (p.dateOrder != DateOrder::Auto)
        o.insert(QStringLiteral("date_order"), p.dateOrder == DateOrder::DMY ? QStringLiteral("DMY") : p.dateOrder == DateOrder::MDY ? QStringLiteral("MDY") : QStringLiteral("YMD"));
    if (!p.decimal.isNull())
        o.insert(QStringLiteral("decimal"), QString(p.decimal));
    if (!p.currency.isEmpty())
        o.insert(QStringLiteral("currency"), p.currency);
    if (!p.timezone.isEmpty())
        o.insert(QStringLiteral("timezone"), p.timezone);
    if (!p.encoding.isEmpty())
        o.insert(QStringLiteral("encoding"), p.encoding);
    if (!p.directions.isEmpty()) {
        QHash<QString, QStringList> byDir;
        for (auto it = p.directions.begin(); it != p.directions.end(); ++it)
            byDir[it.value()] << it.key();
        QJsonObject dirs;
        for (auto it = byDir.begin(); it != byDir.end(); ++it) {
            QStringList words = it.value();
            words.sort();
            dirs.insert(it.key(), QJsonArray::fromStringList(words));
        }
        o.insert(QStringLiteral("directions"), dirs);
    }
    return o;
}

} // namespace cb::importers
