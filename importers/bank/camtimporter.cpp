#include "bank/camtimporter.h"

#include "bank/camtmodel.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace cb::importers {

using namespace cb::casefile;
using namespace cb::importers::camt;

QString CamtImporter::displayName() const
{
    return QCoreApplication::translate("cb::importers", "ISO 20022 camt.052/053/054 statements");
}

QStringList CamtImporter::filePatterns() const
{
    return {QStringLiteral("*.xml"), QStringLiteral("*.camt"), QStringLiteral("*.053"), QStringLiteral("*.052")};
}

int CamtImporter::sniff(const QByteArray &head, const QString &) const
{
    const QByteArray h = head.left(16384);
    for (const char *ns : {"urn:iso:std:iso:20022:tech:xsd:camt.052.", "urn:iso:std:iso:20022:tech:xsd:camt.053.",
                           "urn:iso:std:iso:20022:tech:xsd:camt.054."})
        if (h.contains(ns))
            return 95;
    for (const char *root : {"<BkToCstmrStmt>", "<BkToCstmrAcctRpt>", "<BkToCstmrDbtCdtNtfctn>"})
        if (h.contains(root))
            return 80;
    return 0;
}

namespace {

constexpr qsizetype kMaxText = 1 << 16;      // longer text nodes are cut (with a warning)
constexpr size_t kMaxDetails = 100000;        // details kept per entry; beyond that the entry stays whole

bool isContainer(QStringView n)
{
    return n == u"Stmt" || n == u"Rpt" || n == u"Ntfctn";
}

class Reader
{
public:
    Reader(ImportContext &ctx, RecordSink &sink) : m_zone(ctx.zone), m_emit(ctx.owner, ctx.currency, m_zone, sink), m_sink(sink) {}

    int statements() const { return m_statementCount; }

    void start(QXmlStreamReader &xml)
    {
        const QStringView name = xml.name();
        const qint64 line = xml.lineNumber();
        // The path of open elements as one string ("/Document/BkToCstmrStmt/Stmt/Ntry/Amt") with the end of
        // each level remembered: a container-relative path is then a view, never a new string.
        m_ends.push_back(m_path.size());
        m_path += u'/';
        m_path += name;
        m_text.resize(0);
        const int depth = int(m_ends.size()) - 1;
        if (depth == 1 && !m_document)
            return;
        if (depth == 2 && isContainer(name)) {
            m_stmt = Statement{};
            m_stmt.line = line;
            m_stmt.kind = name.toString();
            m_stmt.index = ++m_statementCount;
            m_stmtDepth = depth, m_entryCount = 0;
        } else if (m_stmtDepth >= 0 && depth == m_stmtDepth + 1 && name == u"Bal") {
            m_bal = Balance{};
            m_bal.line = line;
            m_balDepth = depth;
        } else if (m_stmtDepth >= 0 && depth == m_stmtDepth + 1 && name == u"Ntry") {
            m_entry = Entry{};
            m_entry.line = line;
            m_entry.path = QStringLiteral("%1[%2]/Ntry[%3]").arg(m_stmt.kind).arg(m_stmt.index).arg(++m_entryCount);
            m_entryDepth = depth;
        } else if (m_entryDepth >= 0 && name == u"TxDtls" && segment(depth - 1) == u"NtryDtls") {
            m_detail = TxDetail{};
            m_detail.line = line;
            m_detailDepth = depth;
        } else if (name == u"Amt" || name == u"TtlAmt") {
            m_ccy = xml.attributes().value(QStringLiteral("Ccy")).toString().trimmed().toUpper();
        }
    }

    void text(QStringView t)
    {
        if (m_text.size() + t.size() > kMaxText) {
            if (!m_textCut)
                m_sink.diagnostic({Severity::Warning, lineLocator(m_lastLine),
                                   msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "a text value longer than %1 characters was cut"), {QString::number(kMaxText)})});
            m_textCut = true;
            return;
        }
        m_text += t;
    }

    void end(qint64 line)
    {
        m_lastLine = line;
        const int depth = int(m_ends.size()) - 1;
        const QStringView value = QStringView(m_text).trimmed();
        if (value.isEmpty())
            ; // an element with children, or an empty leaf: nothing to record
        else if (m_detailDepth >= 0 && depth > m_detailDepth)
            detailLeaf(rel(m_detailDepth), value);
        else if (m_entryDepth >= 0 && depth > m_entryDepth)
            entryLeaf(rel(m_entryDepth), value);
        else if (m_balDepth >= 0 && depth > m_balDepth)
            balanceLeaf(rel(m_balDepth), value);
        else if (m_stmtDepth >= 0 && depth > m_stmtDepth)
            statementLeaf(rel(m_stmtDepth), value);

        if (depth == m_detailDepth) {
            if (m_entry.details.size() < kMaxDetails)
                m_entry.details.push_back(std::move(m_detail));
            else
                m_entry.detailsTruncated = true;
            m_detailDepth = -1;
        } else if (depth == m_entryDepth) {
            m_emit.entry(m_stmt, m_entry);
            m_entryDepth = -1;
        } else if (depth == m_balDepth) {
            m_stmt.balances.push_back(m_bal);
            m_balDepth = -1;
        } else if (depth == m_stmtDepth) {
            m_emit.finishStatement(m_stmt);
            m_stmtDepth = -1;
        }
        m_path.truncate(m_ends.back());
        m_ends.pop_back();
        m_text.resize(0);
    }

    void finish() { m_emit.flush(); }
    bool m_document = false;

private:
    // The path below the container at depth `from`: "RltdPties/Dbtr/Pty/Nm" (a view into m_path).
    QStringView rel(int from) const
    {
        return QStringView(m_path).mid(m_ends[size_t(from) + 1] + 1);
    }
    QStringView segment(int depth) const
    {
        const qsizetype begin = m_ends[size_t(depth)] + 1;
        const qsizetype end = size_t(depth) + 1 < m_ends.size() ? m_ends[size_t(depth) + 1] : m_path.size();
        return QStringView(m_path).mid(begin, end - begin);
    }

    Amount amount(QStringView v) const { return {parseScaled(v), m_ccy, v.toString()}; }

    void detailLeaf(QStringView p, QStringView v)
    {
        TxDetail &d = m_detail;
        if (p == u"AmtDtls/TxAmt/Amt" || (p == u"Amt" && !d.amount.scaled))
            d.amount = amount(v);
        else if (p == u"CdtDbtInd")
            d.creditDebit = v.toString();
        else if (p == u"Refs/EndToEndId")
            d.endToEnd = v.toString();
        else if (p == u"Refs/TxId")
            d.txId = v.toString();
        else if (p == u"Refs/InstrId")
            d.instrId = v.toString();
        else if (p == u"Refs/AcctSvcrRef")
            d.servicerRef = v.toString();
        else if (p == u"RmtInf/Ustrd")
            d.remittance << v.toString();
        else if (p == u"RmtInf/Strd/CdtrRefInf/Ref")
            d.creditorRef = v.toString();
        else if (p == u"AddtlTxInf")
            d.additional = v.toString();
        else if (p.startsWith(u"RltdPties/"))
            partyLeaf(QStringView(p).mid(10), v);
    }

    void partyLeaf(QStringView p, QStringView v)
    {
        Party *party = p.startsWith(u"Dbtr") ? &m_detail.debtor : p.startsWith(u"Cdtr") ? &m_detail.creditor : nullptr;
        if (!party)
            return;
        p = p.mid(4);
        if (p == u"/Nm" || p == u"/Pty/Nm")
            party->name = v.toString();
        else if (p == u"Acct/Id/IBAN" || (p == u"Acct/Id/Othr/Id" && party->account.isEmpty()))
            party->account = v.toString();
    }

    void entryLeaf(QStringView p, QStringView v)
    {
        Entry &e = m_entry;
        if (p == u"Amt")
            e.amount = amount(v);
        else if (p == u"CdtDbtInd")
            e.creditDebit = v.toString();
        else if (p == u"RvslInd")
            e.reversal = v == u"true" || v == u"1";
        else if (p == u"Sts" || p == u"Sts/Cd" || p == u"Sts/Prtry")
            e.status = v.toString();
        else if (p == u"BookgDt/Dt" || p == u"BookgDt/DtTm")
            e.bookingDate = v.toString();
        else if (p == u"ValDt/Dt" || p == u"ValDt/DtTm")
            e.valueDate = v.toString();
        else if (p == u"NtryRef")
            e.entryRef = v.toString();
        else if (p == u"AcctSvcrRef")
            e.servicerRef = v.toString();
        else if (p == u"BkTxCd/Domn/Cd")
            e.domain = v.toString();
        else if (p == u"BkTxCd/Domn/Fmly/Cd")
            e.family = v.toString();
        else if (p == u"BkTxCd/Domn/Fmly/SubFmlyCd")
            e.subFamily = v.toString();
        else if (p == u"BkTxCd/Prtry/Cd")
            e.proprietaryCode = v.toString();
        else if (p == u"AddtlNtryInf")
            e.additional = v.toString();
        else if (p == u"NtryDtls/Btch/NbOfTxs")
            e.batchCount = v.toLongLong();
    }

    void balanceLeaf(QStringView p, QStringView v)
    {
        if (p == u"Tp/CdOrPrtry/Cd" || (p == u"Tp/CdOrPrtry/Prtry" && m_bal.code.isEmpty()))
            m_bal.code = v.toString();
        else if (p == u"Amt")
            m_bal.amount = amount(v);
        else if (p == u"CdtDbtInd")
            m_bal.creditDebit = v.toString();
        else if (p == u"Dt/Dt" || p == u"Dt/DtTm")
            m_bal.date = v.toString();
    }

    void statementLeaf(QStringView p, QStringView v)
    {
        Statement &s = m_stmt;
        auto number = [&v]() -> std::optional<qint64> {
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            return ok ? std::optional<qint64>(n) : std::nullopt;
        };
        if (p == u"Id")
            s.id = v.toString();
        else if (p == u"ElctrncSeqNb" || (p == u"LglSeqNb" && s.sequence.isEmpty()))
            s.sequence = v.toString();
        else if (p == u"CpyDplctInd")
            s.copyDuplicate = v.toString();
        else if (p == u"FrToDt/FrDtTm")
            s.from = v.toString();
        else if (p == u"FrToDt/ToDtTm")
            s.to = v.toString();
        else if (p == u"Acct/Id/IBAN" || (p == u"Acct/Id/Othr/Id" && s.account.isEmpty()))
            s.account = v.toString();
        else if (p == u"Acct/Ccy")
            s.accountCurrency = v.toString().toUpper();
        else if (p == u"Acct/Nm")
            s.accountName = v.toString();
        else if (p == u"Acct/Ownr/Nm" || p == u"Acct/Ownr/Pty/Nm")
            s.ownerName = v.toString();
        else if (p == u"Acct/Svcr/FinInstnId/BIC" || p == u"Acct/Svcr/FinInstnId/BICFI")
            s.servicerBic = v.toString();
        else if (p == u"TxsSummry/TtlNtries/NbOfNtries")
            s.statedEntries = number();
        else if (p == u"TxsSummry/TtlCdtNtries/NbOfNtries")
            s.statedCreditCount = number();
        else if (p == u"TxsSummry/TtlCdtNtries/Sum")
            s.statedCreditSum = parseScaled(v);
        else if (p == u"TxsSummry/TtlDbtNtries/NbOfNtries")
            s.statedDebitCount = number();
        else if (p == u"TxsSummry/TtlDbtNtries/Sum")
            s.statedDebitSum = parseScaled(v);
    }

    LocalZone m_zone;
    Emitter m_emit;
    RecordSink &m_sink;
    QString m_path;
    std::vector<qsizetype> m_ends;
    QString m_text, m_ccy;
    bool m_textCut = false;
    qint64 m_lastLine = 0;
    Statement m_stmt;
    Balance m_bal;
    Entry m_entry;
    TxDetail m_detail;
    int m_stmtDepth = -1, m_balDepth = -1, m_entryDepth = -1, m_detailDepth = -1;
    int m_statementCount = 0, m_entryCount = 0;
};

Status xmlError(const QXmlStreamReader &xml, const QString &what)
{
    return Status::error(what, lineLocator(xml.lineNumber()));
}

} // namespace

ParseOutcome CamtImporter::parse(QIODevice &device, ImportContext &ctx, RecordSink &sink) const
{
    ParseOutcome out;
    out.format = QStringLiteral("camt");
    out.encoding = QStringLiteral("UTF-8");
    Reader reader(ctx, sink);
    QXmlStreamReader xml;
    xml.setNamespaceProcessing(true);
    // The reader pulls from the device itself (feeding it chunks with addData copies its buffer round).
    xml.setDevice(&device);
    int depth = 0;
    qint64 tokens = 0;
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (xml.hasError()) {
            sink.diagnostic({Severity::Error, lineLocator(xml.lineNumber()),
                             msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "XML error: %1"), {xml.errorString()})});
            out.status = xmlError(xml, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the XML is not well-formed")));
            return out;
        }
        if ((++tokens & 0xFFFF) == 0 && !ctx.advance(device.pos())) {
            out.status = Status::cancelled();
            return out;
        }
        switch (token) {
        case QXmlStreamReader::DTD:
            out.status = xmlError(xml, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file declares a DTD; camt messages never do, so it is refused")));
            return out;
        case QXmlStreamReader::StartElement:
            if (++depth == 1) {
                const QString ns = xml.namespaceUri().toString();
                // The namespace family, any version: urn:iso:std:iso:20022:tech:xsd:camt.053.001.08
                static const QRegularExpression family(QStringLiteral("^urn:iso:std:iso:20022:tech:xsd:camt\\.05[234]\\.\\d+\\.\\d+$"));
                const bool camt = family.match(ns).hasMatch();
                if (xml.name() != u"Document" || !(camt || ns.isEmpty())) {
                    sink.diagnostic({Severity::Error, lineLocator(xml.lineNumber()),
                                     msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "root element %1, namespace \"%2\""), {xml.name().toString(), ns})});
                    out.status = xmlError(xml, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "not a camt.052/053/054 document")));
                    return out;
                }
                reader.m_document = true;
                if (!ns.isEmpty())
                    out.format = ns.mid(31); // camt.053.001.08
            }
            reader.start(xml);
            break;
        case QXmlStreamReader::Characters:
            if (depth > 0 && !xml.isWhitespace())
                reader.text(xml.text());
            break;
        case QXmlStreamReader::EndElement:
            reader.end(xml.lineNumber());
            --depth;
            break;
        case QXmlStreamReader::EntityReference:
            out.status = xmlError(xml, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the file uses an undeclared entity")));
            return out;
        default:
            break;
        }
        if (token == QXmlStreamReader::EndDocument)
            break;
    }
    reader.finish();
    if (reader.statements() == 0)
        out.status = Status::error(QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "no statement, report or notification (Stmt/Rpt/Ntfctn) found")), lineLocator(1));
    ctx.advance(device.size());
    return out;
}

} // namespace cb::importers
