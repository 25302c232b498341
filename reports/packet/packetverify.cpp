#include "packetverify.h"

#include "hash.h"
#include "integrity/boundtables.h"
#include "packetpdf.h"
#include "pdf/pdftext.h"
#include "pdf/pdfimporter.h"
#include "signingkey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>

namespace cb::reports {

using namespace casefile;

QJsonObject PacketCheck::toJson() const
{
    QJsonArray list;
    for (const PacketFinding &f : problems)
        list.append(QJsonObject{{QStringLiteral("kind"), f.kind}, {QStringLiteral("message"), f.message}});
    return {{QStringLiteral("kind"), QStringLiteral("packet")},     {QStringLiteral("ok"), ok()},
            {QStringLiteral("packet_id"), packetId},                {QStringLiteral("signature_valid"), signatureValid},
            {QStringLiteral("signer"), QJsonObject{{QStringLiteral("name"), signer}, {QStringLiteral("fingerprint"), fingerprint}}},
            {QStringLiteral("pages"), pages},                       {QStringLiteral("exhibits"), exhibits},
            {QStringLiteral("rows_cited"), rowsCited},              {QStringLiteral("sources_cited"), sourcesCited},
            {QStringLiteral("audit_head"), auditHead},              {QStringLiteral("case_checked"), caseChecked},
            {QStringLiteral("problems"), list}};
}

bool looksLikePdf(const QByteArray &head)
{
    return head.startsWith("%PDF-");
}

namespace {

QString squeezed(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s.normalized(QString::NormalizationForm_KC)) // a ligature (ﬀ) reads as its letters
        if (!c.isSpace())
            out.append(c);
    return out;
}

// The embedded manifest and the page count, read with qpdf (which refuses a damaged file with an exception).
bool readStructure(const QByteArray &pdf, QByteArray &manifest, int &pages, QString &error)
{
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("packet", pdf.constData(), size_t(pdf.size()));
        pages = int(q.getAllPages().size());
        QPDFEmbeddedFileDocumentHelper files(q);
        const auto spec = files.getEmbeddedFile("manifest.json");
        if (!spec) {
            error = QStringLiteral("the packet embeds no manifest.json");
            return false;
        }
        const std::shared_ptr<Buffer> data = spec->getEmbeddedFileStream().getStreamData();
        manifest = QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
        return true;
    } catch (const std::exception &e) {
        error = QStringLiteral("the PDF cannot be read: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
}

void checkPages(const QByteArray &pdf, const QJsonObject &m, const QString &manifestSha, PacketCheck &check, const Progress &progress)
{
    std::vector<importers::pdf::Line> lines;
    qint64 words = 0;
    const Status read = importers::pdf::readPdf(pdf, {}, [&](int, int) { return !progress.isCancelled(); }, lines, words);
    if (!read) {
        check.problems.append({QStringLiteral("page_text"), QStringLiteral("the pages' text cannot be read: %1").arg(read.message())});
        return;
    }
    QVector<QString> text(check.pages);
    for (const auto &line : lines)
        if (line.page >= 1 && line.page <= check.pages)
            text[line.page - 1] += squeezed(line.text());
    const QJsonObject bates = m.value(QStringLiteral("bates")).toObject();
    const QString prefix = bates.value(QStringLiteral("prefix")).toString();
    for (int i = 0; i < check.pages; ++i) {
        const QString number = QStringLiteral("%1-%2").arg(prefix).arg(i + 1, 6, 10, QLatin1Char('0'));
        if (!text.at(i).contains(number))
            check.problems.append({QStringLiteral("page_text"), QStringLiteral("page %1 does not carry its Bates number %2").arg(i + 1).arg(number)});
    }
    if (check.pages > 0 && !text.at(0).contains(manifestSha))
        check.problems.append({QStringLiteral("page_text"), QStringLiteral("the cover does not show the manifest's SHA-256 %1").arg(manifestSha)});
    for (const QJsonValue &v : m.value(QStringLiteral("exhibits")).toArray()) {
        const QJsonObject e = v.toObject();
        const QJsonArray range = e.value(QStringLiteral("pages")).toArray();
        QString pagesText;
        for (int p = range.at(0).toInt(); p >= 1 && p <= range.at(1).toInt() && p <= check.pages; ++p)
            pagesText += text.at(p - 1);
        for (const QJsonValue &r : e.value(QStringLiteral("rows")).toArray()) {
            const QString digest = r.toObject().value(QStringLiteral("digest")).toString().left(16);
            if (!pagesText.contains(digest))
                check.problems.append({QStringLiteral("page_text"), QStringLiteral("%1: row %2 (row hash %3) is in the manifest but not on pages %4–%5")
                                                                        .arg(e.value(QStringLiteral("id")).toString(), r.toObject().value(QStringLiteral("uuid")).toString(), digest)
                                                                        .arg(range.at(0).toInt()).arg(range.at(1).toInt())});
        }
    }
}

void checkCase(CaseFile &cf, const QJsonObject &m, PacketCheck &check)
{
    check.caseChecked = true;
    const QJsonObject c = m.value(QStringLiteral("case")).toObject();
    if (const Status head = cf.verifyAuditHead(check.auditHead); !head)
        check.problems.append({QStringLiteral("audit_head"), head.message()});
    for (const QJsonValue &v : m.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject s = v.toObject();
        const QVariant id = cf.db().scalar("SELECT id FROM sources WHERE uuid = ?", {QUuid::fromString(s.value(QStringLiteral("uuid")).toString()).toRfc4122()});
        if (!id.isValid()) {
            check.problems.append({QStringLiteral("source_missing"), QStringLiteral("%1: the source %2 is not in the case").arg(s.value(QStringLiteral("file_name")).toString(), s.value(QStringLiteral("uuid")).toString())});
            continue;
        }
        const Result<QString> sha = cf.contentSha256(id.toLongLong());
        if (!sha || sha.value() != s.value(QStringLiteral("sha256")).toString())
            check.problems.append({QStringLiteral("source_changed"), QStringLiteral("%1: the preserved bytes no longer have the SHA-256 %2 the packet cites")
                                                                         .arg(s.value(QStringLiteral("file_name")).toString(), s.value(QStringLiteral("sha256")).toString())});
    }
    for (const QJsonValue &v : m.value(QStringLiteral("exhibits")).toArray())
        for (const QJsonValue &r : v.toObject().value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = r.toObject();
            const auto *table = integrity::sourceOwnedTable(row.value(QStringLiteral("table")).toString());
            if (!table || !table->storesDigest) {
                check.problems.append({QStringLiteral("manifest"), QStringLiteral("the manifest cites a row of an unknown table")});
                continue;
            }
            const QByteArray sql = "SELECT lower(hex(" + integrity::digestExpression(table->name, table->columns) + ")) FROM " + table->name + " WHERE uuid = ?";
            const QVariant now = cf.db().scalar(sql.constData(), {QUuid::fromString(row.value(QStringLiteral("uuid")).toString()).toRfc4122()});
            const QString where = QStringLiteral("%1: %2 %3 (%4)").arg(v.toObject().value(QStringLiteral("id")).toString(), row.value(QStringLiteral("table")).toString(),
                                                                        row.value(QStringLiteral("uuid")).toString(), row.value(QStringLiteral("locator")).toString());
            if (!now.isValid())
                check.problems.append({QStringLiteral("row_missing"), QStringLiteral("%1 is no longer in the case").arg(where)});
            else if (now.toString() != row.value(QStringLiteral("digest")).toString())
                check.problems.append({QStringLiteral("row_changed"), QStringLiteral("%1 no longer holds the values the packet shows").arg(where)});
        }
}

} // namespace

Result<PacketCheck> verifyPacket(const QByteArray &pdf, CaseFile *cf, const Progress &progress)
{
    PacketCheck check;
    QByteArray manifestJson;
    QString error;
    if (!looksLikePdf(pdf) || !readStructure(pdf, manifestJson, check.pages, error)) {
        check.problems.append({QStringLiteral("manifest"), error.isEmpty() ? QStringLiteral("not a PDF") : error});
        return check;
    }
    const QJsonObject m = QJsonDocument::fromJson(manifestJson).object();
    if (m.value(QStringLiteral("format")).toString() != u"casebench-packet/1") {
        check.problems.append({QStringLiteral("manifest"), QStringLiteral("manifest.json is not a Casebench packet manifest")});
        return check;
    }
    check.packetId = m.value(QStringLiteral("packet_id")).toString();
    check.signer = m.value(QStringLiteral("signer")).toObject().value(QStringLiteral("name")).toString();
    const QByteArray publicKey = QByteArray::fromBase64(m.value(QStringLiteral("signer")).toObject().value(QStringLiteral("public_key")).toString().toLatin1());
    check.fingerprint = SigningKey::fingerprintOf(publicKey);
    check.auditHead = m.value(QStringLiteral("case")).toObject().value(QStringLiteral("audit_head")).toString();
    check.exhibits = int(m.value(QStringLiteral("exhibits")).toArray().size());
    check.sourcesCited = int(m.value(QStringLiteral("sources")).toArray().size());
    for (const QJsonValue &e : m.value(QStringLiteral("exhibits")).toArray())
        check.rowsCited += int(e.toObject().value(QStringLiteral("rows")).toArray().size());

    const qsizetype at = signatureOffset(pdf);
    const QByteArray signature = at < 0 ? QByteArray() : QByteArray::fromHex(pdf.mid(at, kSignatureHexLength));
    check.signatureValid = at >= 0 && SigningKey::verify(publicKey, signedBytes(pdf, at), signature);
    if (!check.signatureValid)
        check.problems.append({QStringLiteral("signature"), at < 0 ? QStringLiteral("the packet carries no signature")
                                                                   : QStringLiteral("the signature does not match: the file was changed after it was signed")});
    if (check.pages != m.value(QStringLiteral("pages")).toInt())
        check.problems.append({QStringLiteral("pages"), QStringLiteral("the file has %1 pages, the manifest says %2").arg(check.pages).arg(m.value(QStringLiteral("pages")).toInt())});
    checkPages(pdf, m, sha256Hex(manifestJson), check, progress);
    if (cf)
        checkCase(*cf, m, check);
    return check;
}

} // namespace cb::reports
