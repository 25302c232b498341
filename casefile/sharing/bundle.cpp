#include "bundle.h"

#include "hash.h"
#include "integrity/verifier.h"
#include "sealedstream.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUuid>
#include <QtEndian>
#include <sodium.h>

namespace cb::casefile::sharing {

namespace {

const QByteArray kMagic("CBXBNDL1");
enum Mode : char { Passphrase = 1, Recipient = 2 };
constexpr qsizetype kPiece = 1 << 20;

template <class T> QByteArray le(T v)
{
    v = qToLittleEndian(v);
    return QByteArray(reinterpret_cast<const char *>(&v), sizeof v);
}

bool deriveKey(const QString &passphrase, const QByteArray &salt, quint64 ops, quint64 mem, StreamKey &key)
{
    const QByteArray p = passphrase.toUtf8();
    return crypto_pwhash(key.data(), key.size(), p.constData(), quint64(p.size()), reinterpret_cast<const unsigned char *>(salt.constData()), ops,
                         size_t(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// The header (what the first chunk binds) and the stream key, for a new bundle.
Result<QByteArray> newHeader(const BundleKey &given, StreamKey &key)
{
    QByteArray header = kMagic;
    if (!given.recipientPublicKey.isEmpty()) {
        randombytes_buf(key.data(), key.size());
        const QByteArray sealed = SigningKey::sealTo(given.recipientPublicKey, QByteArray(reinterpret_cast<const char *>(key.data()), kKeyBytes));
        if (sealed.isEmpty())
            return Status::error(ErrorCode::Invalid, QStringLiteral("the recipient's public key is not an Ed25519 public key"));
        return header + char(Recipient) + given.recipientPublicKey + sealed;
    }
    if (given.passphrase.isEmpty())
        return Status::error(ErrorCode::Invalid, QStringLiteral("a bundle needs a passphrase or a recipient"));
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    const quint64 ops = crypto_pwhash_OPSLIMIT_MODERATE, mem = crypto_pwhash_MEMLIMIT_MODERATE;
    if (!deriveKey(given.passphrase, salt, ops, mem, key))
        return Status::error(QStringLiteral("the key could not be derived (out of memory?)"));
    return header + char(Passphrase) + salt + le(ops) + le(mem);
}

QJsonObject sourcesJson(CaseFile &cf)
{
    QJsonArray out;
    for (const SourceRow &s : cf.sources())
        out.append(QJsonObject{{QStringLiteral("uuid"), QUuid::fromRfc4122(s.uuid).toString(QUuid::WithoutBraces)}, {QStringLiteral("file_name"), s.fileName},
                               {QStringLiteral("sha256"), s.sha256}, {QStringLiteral("size"), s.size}});
    return {{QStringLiteral("sources"), out}};
}

} // namespace

Result<QJsonObject> writeBundle(CaseFile &cf, const QString &path, const BundleKey &given, const SigningKey &signer, const Progress &progress)
{
    QTemporaryDir tmp;
    const QString snapshot = tmp.filePath(QStringLiteral("case.casebench"));
    sql::Statement vacuum(cf.db(), "VACUUM INTO ?");
    if (Status s = vacuum.bind(1, snapshot).exec(); !s)
        return Status::error(QStringLiteral("the case could not be copied for the bundle: %1").arg(s.message()));
    QFile in(snapshot);
    if (!in.open(QIODevice::ReadOnly))
        return Status::error(QStringLiteral("%1: %2").arg(snapshot, in.errorString()));
    StreamKey key{};
    const Result<QByteArray> header = newHeader(given, key);
    if (!header)
        return header.status();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(header.value()) != header.value().size())
        return Status::error(QStringLiteral("%1: %2").arg(path, out.errorString()));
    SealedWriter writer(out, key, header.value());
    sodium_memzero(key.data(), key.size());
    const qint64 size = in.size();
    writer.write(le(quint64(size)));
    Sha256 sha;
    for (qint64 done = 0; writer.status() && done < size;) {
        const QByteArray piece = in.read(kPiece);
        if (piece.isEmpty())
            return Status::error(QStringLiteral("%1: %2").arg(snapshot, in.errorString()));
        sha.add(piece);
        writer.write(piece);
        done += piece.size();
        if (!progress.report(double(done) / double(qMax<qint64>(size, 1))))
            return Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
    QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("casebench-bundle/1")},
                         {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {QStringLiteral("case"), QJsonObject{{QStringLiteral("uuid"), cf.db().scalar("SELECT value FROM meta WHERE key = 'case_uuid'").toString()},
                                                              {QStringLiteral("title"), cf.settings().title},
                                                              {QStringLiteral("audit_head"), cf.auditHead()},
                                                              {QStringLiteral("size"), size},
                                                              {QStringLiteral("sha256"), sha.hexDigest()}}},
                         {QStringLiteral("sources"), sourcesJson(cf).value(QStringLiteral("sources"))},
                         {QStringLiteral("signer"), QJsonObject{{QStringLiteral("name"), signer.name()},
                                                                {QStringLiteral("public_key"), QString::fromLatin1(signer.publicKey().toBase64())},
                                                                {QStringLiteral("fingerprint"), signer.fingerprint()}}}};
    if (!given.recipientPublicKey.isEmpty())
        manifest.insert(QStringLiteral("recipient"), SigningKey::fingerprintOf(given.recipientPublicKey));
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    writer.write(le(quint32(json.size())));
    writer.write(json);
    writer.write(signer.sign(json));
    if (Status s = writer.finish(); !s)
        return s;
    if (!out.commit())
        return Status::error(QStringLiteral("%1: %2").arg(path, out.errorString()));
    return manifest;
}

} // namespace cb::casefile::sharing
