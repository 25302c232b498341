#include "signingkey.h"

#include "hash.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <sodium.h>

namespace cb::casefile {

namespace {

const char *const kFileName = "investigator-key.json";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString SigningKey::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

const SigningKey *SigningKey::installation()
{
    static const Result<SigningKey> key = loadOrCreate();
    return key ? &key.value() : nullptr;
}

Result<SigningKey> SigningKey::loadOrCreate(const QString &folder, const QString &name)
{
    if (!sodiumReady())
        return Status::error(QStringLiteral("libsodium could not be initialised"));
    const QString dir = folder.isEmpty() ? defaultFolder() : folder;
    SigningKey key;
    key.m_path = QDir(dir).filePath(QLatin1String(kFileName));
    QFile file(key.m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Status::error(QStringLiteral("%1: %2").arg(key.m_path, file.errorString()));
        const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        key.m_name = o.value(QStringLiteral("name")).toString();
        key.m_public = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
        key.m_secret = QByteArray::fromBase64(o.value(QStringLiteral("secret_key")).toString().toLatin1());
        QByteArray derived(crypto_sign_PUBLICKEYBYTES, '\0');
        if (key.m_public.size() != crypto_sign_PUBLICKEYBYTES || key.m_secret.size() != crypto_sign_SECRETKEYBYTES
            || crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(derived.data()),
                                            reinterpret_cast<const unsigned char *>(key.m_secret.constData())) != 0
            || derived != key.m_public)
            return Status::error(QStringLiteral("%1: not a Casebench signing key (or damaged)").arg(key.m_path));
        return key;
    }
    if (!QDir().mkpath(dir))
        return Status::error(QStringLiteral("%1: cannot create the folder").arg(dir));
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.m_public.data()), reinterpret_cast<unsigned char *>(key.m_secret.data()));
    key.m_name = name.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("investigator")) : name;
    if (Status s = key.save(); !s)
        return s;
    return key;
}

Status SigningKey::save() const
{
    const QJsonObject o{{QStringLiteral("name"), m_name},
                        {QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                        {QStringLiteral("public_key"), QString::fromLatin1(m_public.toBase64())},
                        {QStringLiteral("secret_key"), QString::fromLatin1(m_secret.toBase64())}};
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(QJsonDocument(o).toJson()) < 0 || !out.commit())
        return Status::error(QStringLiteral("%1: %2").arg(m_path, out.errorString()));
    return {};
}

Status SigningKey::rename(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Status::error(ErrorCode::Invalid, QStringLiteral("an investigator's name cannot be empty"));
    m_name = name.trimmed();
    return save();
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr, reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()), reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return sig;
}

bool SigningKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QByteArray SigningKey::sealTo(const QByteArray &publicKey, const QByteArray &message)
{
    unsigned char curve[crypto_box_PUBLICKEYBYTES];
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_ed25519_pk_to_curve25519(curve, reinterpret_cast<const unsigned char *>(publicKey.constData())) != 0)
        return {};
    QByteArray sealed(qsizetype(crypto_box_SEALBYTES) + message.size(), '\0');
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), reinterpret_cast<const unsigned char *>(message.constData()),
                        quint64(message.size()), curve) != 0)
        return {};
    return sealed;
}

QByteArray SigningKey::openSealed(const QByteArray &sealed) const
{
    unsigned char curvePublic[crypto_box_PUBLICKEYBYTES], curveSecret[crypto_box_SECRETKEYBYTES];
    if (sealed.size() < qsizetype(crypto_box_SEALBYTES)
        || crypto_sign_ed25519_pk_to_curve25519(curvePublic, reinterpret_cast<const unsigned char *>(m_public.constData())) != 0
        || crypto_sign_ed25519_sk_to_curve25519(curveSecret, reinterpret_cast<const unsigned char *>(m_secret.constData())) != 0)
        return {};
    QByteArray out(sealed.size() - qsizetype(crypto_box_SEALBYTES), '\0');
    const bool ok = crypto_box_seal_open(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(sealed.constData()),
                                         quint64(sealed.size()), curvePublic, curveSecret) == 0;
    sodium_memzero(curveSecret, sizeof curveSecret);
    return ok ? out : QByteArray();
}

QString SigningKey::fingerprintOf(const QByteArray &publicKey)
{
    const QString hex = sha256Hex(publicKey).left(32).toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return QStringLiteral("SHA256:") + groups.join(u' ');
}

} // namespace cb::casefile
