#include "phone/xleappimporter.h"

#include "common/csvreader.h"
#include "common/textdecoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::importers {

using namespace cb::casefile;

QString XleappImporter::displayName() const
{
    return QCoreApplication::translate("cb::importers", "ALEAPP / iLEAPP reports: TSV exports and result JSON (calls, messages, contacts)");
}

QStringList XleappImporter::filePatterns() const
{
    return {QStringLiteral("*.tsv"), QStringLiteral("*.json")};
}

namespace {

QStringList tsvHeader(const QByteArray &head)
{
    QByteArray first = head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n'));
    if (first.startsWith("\xEF\xBB\xBF"))
        first = first.mid(3);
    QStringList cells = QString::fromUtf8(first).trimmed().split(u'\t');
    for (QString &c : cells)
        c = c.trimmed().remove(u'"');
    return cells;
}

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'f', 3);
    }
    default:
        return {};
    }
}

} // namespace

int XleappImporter::sniff(const QByteArray &head, const QString &) const
{
    const QByteArray t = head.trimmed();
    if (t.startsWith('{'))
        return t.contains("\"headers\"") && t.contains("\"data\"") && (t.contains("\"artifact_name\"") || t.contains("\"module_name\"")) ? 90 : 0;
    return head.contains('\t') && xleappArtifact(tsvHeader(head)) >= 0 ? 88 : 0;
}

ParseOutcome XleappImporter::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    out.format = id();
    out.encoding = QStringLiteral("UTF-8");
    if (device.size() > MaxBytes) {
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the report file is larger than 256 MiB")));
        return out;
    }
    XleappTable table;
    if (device.peek(64).trimmed().startsWith('{')) {
        out.format = QStringLiteral("xleapp-json");
        const QByteArray bytes = device.readAll();
        QJsonParseError err;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &err).object();
        if (err.error != QJsonParseError::NoError) {
            out.status = Status::error(err.error == QJsonParseError::DeepNesting
                                 ? QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the JSON is nested too deeply to read (more than 1024 levels)"))
                                 : QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file is not valid JSON")),
                                       lineLocator(bytes.left(err.offset).count('\n') + 1));
            return out;
        }
        table.artifact = root.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("artifact_name")).toString();
        for (const QJsonValue h : root.value(QStringLiteral("headers")).toArray())
            table.headers << h.toString().trimmed();
        const QJsonArray data = root.value(QStringLiteral("data")).toArray();
        for (qsizetype i = 0; i < data.size(); ++i) {
            QStringList row;
            for (const QJsonValue c : data.at(i).toArray())
                row << cellText(c);
            table.rows.push_back(row);
            table.locators.push_back(QStringLiteral("data[%1]").arg(i));
        }
        const qint64 stated = root.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("number_of_rows")).toInteger(-1);
        if (stated >= 0) {
            sink.statedFact(QStringLiteral("stated_rows"), QString::number(stated));
            if (stated != qint64(table.rows.size()))
                sink.diagnostic({Severity::Warning, QStringLiteral("metadata"), msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file says it holds %1 records, but %2 were read"),
                                                                                     {QString::number(stated), QString::number(table.rows.size())})});
        }
    } else {
        out.format = QStringLiteral("xleapp-tsv");
        TextDecoder text;
        if (Status s = text.open(&device); !s.ok()) {
            out.status = s;
            return out;
        }
        out.encoding = text.encoding();
        CsvReader csv(text, u'\t');
        while (csv.next()) {
            if (csv.overflowed()) {
                out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "a record is longer than 32 million characters: this is not delimited text")),
                                           lineLocator(csv.line()));
                return out;
            }
            if (csv.isBlank())
                continue;
            QStringList row;
            for (qsizetype i = 0; i < csv.size(); ++i)
                row << csv.field(i).toString();
            if (table.headers.isEmpty()) {
                for (QString &h : row)
                    h = h.trimmed();
                table.headers = row;
                continue;
            }
            table.rows.push_back(row);
            table.locators.push_back(lineLocator(csv.line()));
            if ((table.rows.size() & 4095) == 0 && !ctx.advance(text.bytesRead())) {
                out.status = Status::cancelled();
                return out;
            }
        }
        if (csv.unterminatedQuote()) {
            out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "a quoted field is not closed before the end of the file (truncated file?)")));
            return out;
        }
        table.artifact = QFileInfo(ctx.fileName).completeBaseName();
    }
    const int artifact = xleappArtifact(table.headers);
    if (artifact < 0) {
        sink.diagnostic({Severity::Info, QStringLiteral("headers"), msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "columns: %1"), {table.headers.join(QStringLiteral(", "))})});
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the report's columns are not an artifact Casebench imports (call logs, messages, contacts)")));
        return out;
    }
    out.profile = table.artifact;
    xleappRecords(artifact, table, ctx, sink);
    return out;
}

} // namespace cb::importers
