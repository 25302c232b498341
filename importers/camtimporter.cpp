#include "camtimporter.h"

#include "camtmodel.h"

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
        const QString name = xml.name().toString();
        const qint64 line = xml.lineNumber();
        m_stack.push_back(name);
        m_text.clear();
        const int depth = int(m_stack.size()) - 1;
        if (depth == 1 && !m_document)
            return;
        if (depth == 2 && isContainer(name)) {
            m_stmt = Statement{};
            m_stmt.line = line;
            m_stmt.kind = name;
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
        } else if (m_entryDepth >= 0 && name == u"TxDtls" && m_stack[size_t(depth - 1)] == u"NtryDtls") {
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
        const int depth = int(m_stack.size()) - 1;
        const QString value = m_text.trimmed();
        if (m_detailDepth >= 0 && depth > m_detailDepth)
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
        m_stack.pop_back();
        m_text.clear();
    }

    void finish() { m_emit.flush(); }
    bool m_document = false;

private:
    // The path below the container at `from`: "RltdPties/Dbtr/Pty/Nm".
    QString rel(int from) const
    {
        QString p;
        for (size_t i = size_t(from) + 1; i < m_stack.size(); ++i) {
            if (!p.isEmpty())
                p += u'/';
            p += m_stack[i];
        }
        return p;
    }

    Amount amount(const QString &v) const { return {parseScaled(v), m_ccy, v}; }

    void detailLeaf(const QString &p, const QString &v)
    {
        TxDetail &d = m_detail;
        if (p == u"AmtDtls/TxAmt/Amt" || (p == u"Amt" && !d.amount.scaled))
            d.amount = amount(v);
        else if (p == u"CdtDbtInd")
            d.creditDebit = v;
        else if (p == u"Refs/EndToEndId")
            d.endToEnd = v;
        else if (p == u"Refs/TxId")
            d.txId = v;
        else if (p == u"Refs/InstrId")
            d.instrId = v;
        else if (p == u"Refs/AcctSvcrRef")
            d.servicerRef = v;
        else if (p == u"RmtInf/Ustrd")
            d.remittance << v;
        else if (p == u"RmtInf/Strd/CdtrRefInf/Ref")
            d.creditorRef = v;
        else if (p == u"AddtlTxInf")
            d.additional = v;
        else if (p.startsWith(u"RltdPties/"))
            partyLeaf(QStringView(p).mid(10), v);
    }

    void partyLeaf(QStringView p, const QString &v)
    {
        for (auto [role, party] : {std::pair{u"Dbtr", &m_detail.debtor}, std::pair{u"Cdtr", &m_detail.creditor}}) {
            const QString r = QString::fromUtf16(role);
            if (p == r + QStringLiteral("/Nm") || p == r + QStringLiteral("/Pty/Nm"))
                party->name = v;
            else if (p == r + QStringLiteral("Acct/Id/IBAN") || (p == r + QStringLiteral("Acct/Id/Othr/Id") && party->account.isEmpty()))
                party->account = v;
        }
    }

    void entryLeaf(const QString &p, const QString &v)
    {
        Entry &e = m_entry;
        if (p == u"Amt")
            e.amount = amount(v);
        else if (p == u"CdtDbtInd")
            e.creditDebit = v;
        else if (p == u"RvslInd")
            e.reversal = v == u"true" || v == u"1";
        else if (p == u"Sts" || p == u"Sts/Cd" || p == u"Sts/Prtry")
            e.status = v.isEmpty() ? e.status : v;
        else if (p == u"BookgDt/Dt" || p == u"BookgDt/DtTm")
            e.bookingDate = v;
        else if (p == u"ValDt/Dt" || p == u"ValDt/DtTm")
            e.valueDate = v;
        else if (p == u"NtryRef")
            e.entryRef = v;
        else if (p == u"AcctSvcrRef")
            e.servicerRef = v;
        else if (p == u"BkTxCd/Domn/Cd")
            e.domain = v;
        else if (p == u"BkTxCd/Domn/Fmly/Cd")
            e.family = v;
        else if (p == u"BkTxCd/Domn/Fmly/SubFmlyCd")
            e.subFamily = v;
        else if (p == u"BkTxCd/Prtry/Cd")
            e.proprietaryCode = v;
        else if (p == u"AddtlNtryInf")
            e.additional = v;
        else if (p == u"NtryDtls/Btch/NbOfTxs")
            e.batchCount = v.toLongLong();
    }

    void balanceLeaf(const QString &p, const QString &v)
    {
        if (p == u"Tp/CdOrPrtry/Cd" || (p == u"Tp/CdOrPrtry/Prtry" && m_bal.code.isEmpty()))
            m_bal.code = v;
        else if (p == u"Amt")
            m_bal.amount = amount(v);
        else if (p == u"CdtDbtInd")
            m_bal.creditDebit = v;
        else if (p == u"Dt/Dt" || p == u"Dt/DtTm")
            m_bal.date = v;
    }

    void statementLeaf(const QString &p, const QString &v)
    {
        Statement &s = m_stmt;
        auto number = [&v]() -> std::optional<qint64> {
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            return ok ? std::optional<qint64>(n) : std::nullopt;
        };
        if (p == u"Id")
            s.id = v;
        else if (p == u"ElctrncSeqNb" || (p == u"LglSeqNb" && s.sequence.isEmpty()))
            s.sequence = v;
        else if (p == u"CpyDplctInd")
            s.copyDuplicate = v;
        else if (p == u"FrToDt/FrDtTm")
            s.from = v;
        else if (p == u"FrToDt/ToDtTm")
            s.to = v;
        else if (p == u"Acct/Id/IBAN" || (p == u"Acct/Id/Othr/Id" && s.account.isEmpty()))
            s.account = v;
        else if (p == u"Acct/Ccy")
            s.accountCurrency = v.toUpper();
        else if (p == u"Acct/Nm")
            s.accountName = v;
        else if (p == u"Acct/Ownr/Nm" || p == u"Acct/Ownr/Pty/Nm")
            s.ownerName = v;
        else if (p == u"Acct/Svcr/FinInstnId/BIC" || p == u"Acct/Svcr/FinInstnId/BICFI")
            s.servicerBic = v;
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
    std::vector<QString> m_stack;
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
    qint64 fed = 0;
    int depth = 0;
    auto feed = [&] {
        const QByteArray chunk = device.read(1 << 20);
        fed += chunk.size();
        xml.addData(chunk);
        return !chunk.isEmpty();
    };
    feed();
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (xml.hasError()) {
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed()) {
                if (ctx.progress && !ctx.progress(fed)) {
                    out.cancelled = true;
                    out.status = Status::error(QStringLiteral("cancelled"));
                    return out;
                }
                continue;
            }
            sink.diagnostic({Severity::Error, lineLocator(xml.lineNumber()),
                             msg(QT_TRANSLATE_NOOP("cb::Diagnostics", "XML error: %1"), {xml.errorString()})});
            out.status = xmlError(xml, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the XML is not well-formed")));
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
            if (depth > 0)
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
    if (ctx.progress)
        ctx.progress(fed);
    return out;
}

} // namespace cb::importers
