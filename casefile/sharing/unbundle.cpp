// Unbundling: everything is checked before the case appears at its path (bundle.h).
#include "bundle.h"

#include "hash.h"
#include "integrity/verifier.h"
#include "sealedstream.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QUuid>
#include <QtEndian>
#include <sodium.h>

namespace cb::casefile::sharing {

namespace {

constexpr qsizetype kPiece = 1 << 20;

template <class T> bool readLe(QIODevice &in, T &v)
{
    if (in.read(reinterpret_cast<char *>(&v), sizeof v) != qint64(sizeof v))
        return false;
    v = qFromLittleEndian(v);
    return true;
}

template <class T> Status readLe(SealedReader &in, T &v)
{
    Status s = in.read(reinterpret_cast<char *>(&v), sizeof v);
    v = qFromLittleEndian(v);
    return s;
}

Status fail(const QString &path, const QString &why, ErrorCode code = ErrorCode::Failed)
{
    return Status::error(code, QStringLiteral("%1: %2").arg(path, why));
}

// Reads the header and finds the stream key: from the passphrase, or by opening the sealed key with ours.
Status openHeader(QFile &in, const QString &passphrase, const SigningKey *me, QByteArray &header, StreamKey &key)
{
    header = in.read(9);
    if (header.size() != 9 || !header.startsWith("CBXBNDL1"))
        return Status::error(ErrorCode::Invalid, QStringLiteral("not a Casebench bundle"));
    if (header.at(8) == 1) {
        QByteArray salt = in.read(crypto_pwhash_SALTBYTES);
        quint64 ops = 0, mem = 0;
        if (salt.size() != crypto_pwhash_SALTBYTES || !readLe(in, ops) || !readLe(in, mem))
            return Status::error(QStringLiteral("the bundle is truncated in its header"));
        header += salt + QByteArray(reinterpret_cast<const char *>(&(ops = qToLittleEndian(ops))), 8)
                  + QByteArray(reinterpret_cast<const char *>(&(mem = qToLittleEndian(mem))), 8);
        ops = qFromLittleEndian(ops), mem = qFromLittleEndian(mem);
        if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > 64 || mem < crypto_pwhash_MEMLIMIT_MIN || mem > (quint64(2) << 30))
            return Status::error(QStringLiteral("the bundle's key parameters are out of range: it is damaged"));
        if (passphrase.isEmpty())
            return Status::error(ErrorCode::NeedsPassword, QStringLiteral("the bundle is protected by a passphrase (--passphrase-file)"));
        const QByteArray p = passphrase.toUtf8();
        if (crypto_pwhash(key.data(), key.size(), p.constData(), quint64(p.size()), reinterpret_cast<const unsigned char *>(salt.constData()), ops,
                          size_t(mem), crypto_pwhash_ALG_ARGON2ID13) != 0)
            return Status::error(QStringLiteral("the key could not be derived (out of memory?)"));
        return {};
    }
    if (header.at(8) != 2)
        return Status::error(QStringLiteral("the bundle's header is damaged"));
    const QByteArray recipient = in.read(crypto_sign_PUBLICKEYBYTES), sealed = in.read(kKeyBytes + crypto_box_SEALBYTES);
    if (recipient.size() != crypto_sign_PUBLICKEYBYTES || sealed.size() != qsizetype(kKeyBytes + crypto_box_SEALBYTES))
        return Status::error(QStringLiteral("the bundle is truncated in its header"));
    header += recipient + sealed;
    if (!me || me->publicKey() != recipient)
        return Status::error(ErrorCode::WrongPassword, QStringLiteral("the bundle is sealed to the key %1, not to this installation's key %2")
                                                           .arg(SigningKey::fingerprintOf(recipient), me ? me->fingerprint() : QStringLiteral("(none)")));
    const QByteArray opened = me->openSealed(sealed);
    if (opened.size() != kKeyBytes)
        return Status::error(QStringLiteral("the bundle's sealed key does not open: it is damaged"));
    memcpy(key.data(), opened.constData(), kKeyBytes);
    return {};
}

// The decrypted content: the case's bytes into `file`, then the manifest and its signature.
Status readContent(SealedReader &reader, QFile &file, QByteArray &manifest, QByteArray &signature, QString &sha, const Progress &progress)
{
    quint64 size = 0;
    if (Status s = readLe(reader, size); !s)
        return s;
    Sha256 hash;
    QByteArray piece;
    for (quint64 done = 0; done < size;) {
        piece.resize(qsizetype(qMin<quint64>(kPiece, size - done)));
        if (Status s = reader.read(piece.data(), piece.size()); !s)
            return s;
        hash.add(piece);
        if (file.write(piece) != piece.size())
            return Status::error(QStringLiteral("cannot write: %1").arg(file.errorString()));
        done += quint64(piece.size());
        if (!progress.report(0.8 * double(done) / double(size)))
            return Status::error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
    sha = hash.hexDigest();
    quint32 length = 0;
    if (Status s = readLe(reader, length); !s)
        return s;
    if (length > (64u << 20))
        return Status::error(QStringLiteral("the bundle's manifest is too large: it is damaged"));
    manifest.resize(qsizetype(length));
    signature.resize(crypto_sign_BYTES);
    if (Status s = reader.read(manifest.data(), manifest.size()); !s)
        return s;
    if (Status s = reader.read(signature.data(), signature.size()); !s)
        return s;
    return reader.finish();
}

// The case as unpacked must be the case the manifest describes, and verify clean.
Status checkCase(const QString &path, const QJsonObject &m)
{
    auto cf = CaseFile::open(path);
    if (!cf)
        return cf.status();
    const QJsonObject c = m.value(QStringLiteral("case")).toObject();
    if (cf.value()->auditHead() != c.value(QStringLiteral("audit_head")).toString())
        return Status::error(QStringLiteral("the case's audit head differs from the manifest's"));
    QSet<QString> listed;
    for (const QJsonValue &v : m.value(QStringLiteral("sources")).toArray())
        listed.insert(v[QStringLiteral("uuid")].toString() + u' ' + v[QStringLiteral("sha256")].toString());
    QSet<QString> held;
    for (const SourceRow &s : cf.value()->sources())
        held.insert(QUuid::fromRfc4122(s.uuid).toString(QUuid::WithoutBraces) + u' ' + s.sha256);
    if (listed != held)
        return Status::error(QStringLiteral("the case's sources differ from the manifest's list"));
    const Result<integrity::VerifyReport> report = integrity::verifyCase(*cf.value());
    if (!report)
        return report.status();
    if (!report.value().ok())
        return Status::error(QStringLiteral("the case inside does not verify: %1").arg(report.value().findings.first().message.text()));
    return {};
}

} // namespace

Result<Unbundled> readBundle(const QString &path, const QString &casePath, const QString &passphrase, const SigningKey *me, const Progress &progress)
{
    if (QFileInfo::exists(casePath))
        return Status::error(ErrorCode::Invalid, QStringLiteral("%1 exists: unbundle into a new file").arg(casePath));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(path, in.errorString());
    QByteArray header;
    StreamKey key{};
    if (Status s = openHeader(in, passphrase, me, header, key); !s)
        return fail(path, s.message(), s.code());
    SealedReader reader(in, key, header);
    sodium_memzero(key.data(), key.size());
    QTemporaryFile part(QFileInfo(casePath).absolutePath() + QStringLiteral("/.") + QFileInfo(casePath).fileName() + QStringLiteral(".XXXXXX.partial"));
    if (!part.open())
        return fail(casePath, part.errorString());
    QByteArray manifestJson, signature;
    QString sha;
    if (Status s = readContent(reader, part, manifestJson, signature, sha, progress); !s)
        return fail(path, s.message(), s.code());
    part.close();
    const QJsonObject m = QJsonDocument::fromJson(manifestJson).object();
    const QByteArray signerKey = QByteArray::fromBase64(m.value(QStringLiteral("signer")).toObject().value(QStringLiteral("public_key")).toString().toLatin1());
    if (m.value(QStringLiteral("format")).toString() != u"casebench-bundle/1")
        return fail(path, QStringLiteral("the bundle's manifest is not a Casebench bundle manifest"));
    if (!SigningKey::verify(signerKey, manifestJson, signature))
        return fail(path, QStringLiteral("the manifest's signature does not match its signer's key"));
    const QJsonObject c = m.value(QStringLiteral("case")).toObject();
    if (sha != c.value(QStringLiteral("sha256")).toString() || part.size() != c.value(QStringLiteral("size")).toInteger())
        return fail(path, QStringLiteral("the case inside does not have the SHA-256 its manifest gives"));
    const Status checked = checkCase(part.fileName(), m); // opening it made a WAL beside it
    QFile::remove(part.fileName() + QStringLiteral("-wal")), QFile::remove(part.fileName() + QStringLiteral("-shm"));
    if (!checked)
        return fail(path, checked.message());
    progress.report(1.0);
    if (!QFile::rename(part.fileName(), casePath))
        return fail(casePath, QStringLiteral("cannot move the unpacked case into place"));
    part.setAutoRemove(false);
    return Unbundled{m, m.value(QStringLiteral("signer")).toObject().value(QStringLiteral("name")).toString(), SigningKey::fingerprintOf(signerKey)};
}

} // namespace cb::casefile::sharing
