#pragma once
// The investigator's signing key: an Ed25519 key pair (libsodium) made on first use and kept in the user's
// data folder, readable by the user only. It signs what leaves the workstation (evidence packets); its
// fingerprint, printed on a packet's cover, is how a reader knows whose key signed it.
#include "result.h"

#include <QByteArray>
#include <QString>

namespace cb::casefile {

class SigningKey
{
public:
    // The key in `folder` (default: QStandardPaths::AppDataLocation), created there when absent. A new key
    // takes `name` (default: the login name) as its investigator's name.
    static Result<SigningKey> loadOrCreate(const QString &folder = {}, const QString &name = {});
    static QString defaultFolder();
    // This installation's key (the default folder), loaded once per process; null when it cannot be had
    // (no writable data folder), and then audit entries go unsigned.
    static const SigningKey *installation();

    QString name() const { return m_name; }
    QByteArray publicKey() const { return m_public; } // 32 bytes
    QString fingerprint() const { return fingerprintOf(m_public); }
    QString path() const { return m_path; }
    QByteArray sign(const QByteArray &message) const; // 64 bytes, detached
    // The investigator's name the key carries (the key pair stays the same).
    Status rename(const QString &name);

    // "SHA256:" and the first 16 bytes of the public key's SHA-256 in groups of four hex digits.
    static QString fingerprintOf(const QByteArray &publicKey);
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

    // Sealed boxes to a colleague's key (X25519 derived from the Ed25519 pair): anyone can seal to a public
    // key; only the holder of its secret key opens. Empty on failure.
    static QByteArray sealTo(const QByteArray &publicKey, const QByteArray &message);
    QByteArray openSealed(const QByteArray &sealed) const;

private:
    Status save() const;
    QString m_name, m_path;
    QByteArray m_public, m_secret;
};

} // namespace cb::casefile
