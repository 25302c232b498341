// libFuzzer target for one importer (chosen at compile time by FUZZ_IMPORTER): the bytes are parsed into a
// sink that only checks what arrives. Any crash, hang, sanitizer report or broken row accounting is a finding.
#include "registry.h"

#include <QBuffer>
#include <QCoreApplication>
#include <cstdlib>

namespace {

class CheckingSink final : public cb::casefile::RecordSink
{
public:
    qint64 read = 0, accepted = 0, rejected = 0, skipped = 0;
    void addTransactions(std::span<const cb::casefile::TransactionRecord> b) override
    {
        for (const auto &t : b)
            if (t.locator.isEmpty() || t.currency.isEmpty())
                std::abort(); // every record must carry provenance and a currency
        accepted += qint64(b.size());
    }
    void addCalls(std::span<const cb::casefile::CallRecord> b) override
    {
        for (const auto &c : b)
            if (c.locator.isEmpty())
                std::abort();
        accepted += qint64(b.size());
    }
    void addCellSites(std::span<const cb::casefile::CellSiteRecord> b) override { accepted += qint64(b.size()); }
    void addMessages(std::span<const cb::casefile::MessageRecord> b) override
    {
        for (const auto &m : b)
            if (m.locator.isEmpty())
                std::abort();
        accepted += qint64(b.size());
    }
    void addContacts(std::span<const cb::casefile::ContactRecord> b) override
    {
        for (const auto &c : b)
            if (c.locator.isEmpty())
                std::abort();
        accepted += qint64(b.size());
    }
    void addLocations(std::span<const cb::casefile::LocationRecord> b) override { accepted += qint64(b.size()); }
    void addAccounts(std::span<const cb::casefile::AccountRecord> b) override { accepted += qint64(b.size()); }
    void addArtifacts(std::span<const cb::casefile::ArtifactRecord> b) override { accepted += qint64(b.size()); }
    void addBalances(std::span<const cb::casefile::BalanceRecord> b) override
    {
        for (const auto &x : b)
            if (x.locator.isEmpty() || x.currency.isEmpty())
                std::abort();
        accepted += qint64(b.size());
    }
    void rowsRead(qint64 n) override { read += n; }
    void rowRejected(const QString &, const cb::casefile::Message &) override { ++rejected; }
    void rowSkipped(const QString &, const cb::casefile::Message &) override { ++skipped; }
    void diagnostic(const cb::casefile::Diagnostic &) override {}
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static cb::importers::ImporterRegistry registry;
    static cb::importers::ProfileLibrary profiles;
    const cb::importers::Importer *importer = registry.find(QStringLiteral(FUZZ_IMPORTER));
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    cb::importers::ImportContext ctx;
    ctx.zone = QTimeZone("Asia/Shanghai");
    ctx.owner = QStringLiteral("6222020000000000001");
    CheckingSink sink;
    const cb::importers::ParseOutcome out = importer->parse(buffer, ctx, sink);
    // A completed parse accounts for every row it read exactly once: emitted, rejected or skipped.
    if (out.status.ok() && sink.accepted + sink.rejected + sink.skipped != sink.read)
        std::abort();
    return 0;
}
