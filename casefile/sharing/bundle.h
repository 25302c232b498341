#pragma once
// Sealed bundles (`casebench bundle` / `unbundle`): one file holding a consistent snapshot of the case —
// with the preserved original sources it keeps inside — and a manifest of hashes signed by whoever made
// it, all encrypted as one authenticated stream (sealedstream.h). The key is derived with Argon2id from a
// passphrase, or is random and sealed to a colleague's public key.
//
//   header:  "CBXBNDL1", mode (1 passphrase: salt, opslimit, memlimit | 2 recipient: recipient's public key,
//            sealed stream key), then the stream header; every header byte is bound to the first chunk
//   content: u64 size and the case file's bytes, u32 size and the manifest (JSON), its Ed25519 signature
//
// Unbundling writes nothing until everything checked out: the stream authenticates to its final chunk,
// the case's bytes match the manifest's SHA-256, the manifest's signature holds, and the case verifies
// (every source re-hashed against the manifest, the audit chain, its head the manifest's). Only then is the
// case moved into place; a failure leaves no file behind.
#include "casefile.h"
#include "progress.h"
#include "result.h"
#include "signingkey.h"

#include <QJsonObject>

namespace cb::casefile::sharing {

struct BundleKey
{
    QString passphrase;           // mode 1
    QByteArray recipientPublicKey; // mode 2: the colleague's Ed25519 public key
};

// Returns the manifest written.
Result<QJsonObject> writeBundle(CaseFile &cf, const QString &path, const BundleKey &key, const SigningKey &signer, const Progress &progress = {});

struct Unbundled
{
    QJsonObject manifest;
    QString signer, fingerprint; // who made the bundle
};

// `me` opens bundles sealed to this installation's key; `passphrase` those made with one.
Result<Unbundled> readBundle(const QString &path, const QString &casePath, const QString &passphrase, const SigningKey *me,
                             const Progress &progress = {});

} // namespace cb::casefile::sharing
