#include "pipeline/preview.h"

#include "common/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace cb::importers {

using namespace cb::casefile;

QList<FormatCandidate> rankFormats(const QByteArray &head, const QString &fileName, const ImporterRegistry &registry)
{
    QList<FormatCandidate> out;
    for (const auto &imp : registry.importers())
        if (const int c = imp->sniff(head, fileName); c > 0)
            out.append({imp->id(), imp->displayName(), qMin(c, 100)});
    std::stable_sort(out.begin(), out.end(), [](const FormatCandidate &a, const FormatCandidate &b) { return a.confidence > b.confidence; });
    return out;
}

namespace {

// Keeps the first records and every problem (up to a limit); says when it has enough.
class PreviewSink final : public RecordSink
{
public:
    PreviewSink(FilePreview &out, int maxRecords) : m_out(out), m_max(maxRecords) {}
    // Enough to show: the records, and whatever problems the rows up to them had.
    bool enough() const { return m_out.recordCount() >= m_max; }
    bool leftOut() const { return m_leftOut; }

    void addTransactions(std::span<const TransactionRecord> b) override { take(m_out.transactions, b); }
    void addCalls(std::span<const CallRecord> b) override { take(m_out.calls, b); }
    void addCellSites(std::span<const CellSiteRecord> b) override { take(m_out.cellSites, b); }
    void addBalances(std::span<const BalanceRecord> b) override { take(m_out.balances, b); }
    void addMessages(std::span<const MessageRecord> b) override { m_out.others += qint64(b.size()); }
    void addContacts(std::span<const ContactRecord> b) override { m_out.others += qint64(b.size()); }
    void addLocations(std::span<const LocationRecord> b) override { m_out.others += qint64(b.size()); }
    void addAccounts(std::span<const AccountRecord> b) override { m_out.others += qint64(b.size()); }
    void addArtifacts(std::span<const ArtifactRecord> b) override { m_out.others += qint64(b.size()); }
    void rowsRead(qint64 n) override { m_out.rowsRead += n; }
    void rowRejected(const QString &locator, const Message &reason) override
    {
        ++m_out.rejected;
        if (m_rejectedShown++ < 10)
            m_out.problems.insert(m_rejectedShown - 1, {Severity::Error, locator, reason});
    }
    void rowSkipped(const QString &, const Message &) override {}
    void diagnostic(const Diagnostic &d) override
    {
        if (m_out.problems.size() < 20)
            m_out.problems.append(d);
    }

private:
    template<typename T>
    void take(QList<T> &list, std::span<const T> batch)
    {
        for (const T &r : batch) {
            if (m_out.recordCount() < m_max)
                list.append(r);
            else
                m_leftOut = true;
        }
    }
    FilePreview &m_out;
    int m_max;
    int m_rejectedShown = 0;
    bool m_leftOut = false;
};

} // namespace

FilePreview previewFile(const QString &path, const ImportOptions &opt, const QString &caseZone, const ImporterRegistry &registry, int maxRecords,
                        const Progress &cancel)
{
    FilePreview out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.status = Status::error(ErrorCode::NotFound, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return out;
    }
    const QString fileName = QFileInfo(path).fileName();
    const QByteArray head = file.peek(64 * 1024);
    const Importer *importer = opt.format.isEmpty() ? registry.detect(head, fileName) : registry.find(opt.format);
    if (!importer) {
        out.status = Status::error(ErrorCode::UnknownFormat, QString::fromUtf8(QT_TRANSLATE_NOOP("cb::Diagnostics", "the format was not recognised (it is not text of a known layout)")));
        return out;
    }
    ImportContext ctx;
    ctx.fileName = fileName;
    ctx.zoneExplicit = !opt.timezone.isEmpty();
    ctx.zone = QTimeZone((opt.timezone.isEmpty() ? caseZone : opt.timezone).toUtf8());
    if (!ctx.zone.isValid())
        ctx.zone = QTimeZone::utc();
    ctx.owner = opt.owner;
    ctx.placeholderOwner = true;
    ctx.currency = opt.currency.toUpper();
    ctx.password = opt.password;
    ctx.device = opt.device;
    if (!opt.profile.isEmpty()) {
        Result<const Profile *> p = registry.profiles().resolve(opt.profile);
        if (!p) {
            out.status = p.status();
            return out;
        }
        ctx.profileId = p.value()->id;
    }
    PreviewSink sink(out, maxRecords);
    ctx.totalBytes = file.size();
    ctx.progress = Progress([&sink, cancel](double) { return !sink.enough() && !cancel.isCancelled(); });
    const ParseOutcome parsed = importer->parse(file, ctx, sink);
    out.format = parsed.format.isEmpty() ? importer->id() : parsed.format;
    out.profile = parsed.profile;
    out.encoding = parsed.encoding;
    out.mapping = parsed.mapping;
    out.complete = parsed.status.ok() && !sink.leftOut();
    if (!parsed.status.ok() && !parsed.status.is(ErrorCode::Cancelled))
        out.status = parsed.status;
    return out;
}

} // namespace cb::importers
