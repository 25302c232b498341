// What a rejected file lacks and only the investigator can give: whose account or line it is, its
// currency, an encrypted PDF's password. Each is asked for in turn and the file imported again with all
// the answers given for it so far; a password lives only in memory while its file is retried.
#include "mainwindow.h"

#include <QFileInfo>
#include "mappingguess.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace cb::app {

using importers::FileReport;

void MainWindow::askWhatFilesLack(const QList<FileReport> &reports)
{
    for (const FileReport &r : reports) {
        if (r.outcome != FileReport::Outcome::Rejected) {
            m_retry.remove(r.path);
            continue;
        }
        switch (r.code) {
        case ErrorCode::NeedsAccount:
            // Declined once already (a balance history has no placeholder account): do not ask again.
            if (m_retry.value(r.path).placeholderChosen)
                m_retry.remove(r.path);
            else
                m_askOwner.append({r.path, Missing::Account});
            break;
        case ErrorCode::NeedsSubscriber: m_askOwner.append({r.path, Missing::Subscriber}); break;
        case ErrorCode::NeedsCurrency: m_askOwner.append({r.path, Missing::Currency}); break;
        case ErrorCode::NeedsPassword: m_askOwner.append({r.path, Missing::Password}); break;
        case ErrorCode::UnknownLayout:
            // Not sure enough to import on its own: the analyst may accept the best guess (once).
            if (!r.bestGuess.isEmpty() && m_retry.value(r.path).profile.isEmpty()) {
                m_guesses.insert(r.path, r.bestGuess);
                m_askOwner.append({r.path, Missing::Mapping});
            } else {
                m_retry.remove(r.path);
            }
            break;
        case ErrorCode::WrongPassword: m_askOwner.append({r.path, Missing::WrongPassword}); break;
        default: m_retry.remove(r.path);
        }
    }
    const bool dialogs = !qEnvironmentVariableIsSet("CASEBENCH_NO_DIALOGS");
    while (dialogs && !m_askOwner.isEmpty()) {
        const auto [path, missing] = m_askOwner.takeFirst();
        bool ok = false;
        const QString name = QFileInfo(path).fileName();
        importers::ImportOptions options = m_retry.value(path);
        switch (missing) {
        case Missing::Currency: {
            const QStringList codes = {QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("HKD"),
                                       QStringLiteral("GBP"), QStringLiteral("JPY"), QStringLiteral("RUB"), QStringLiteral("CHF")};
            options.currency = QInputDialog::getItem(this, tr("Import"), tr("%1 does not state its currency.\nCurrency:").arg(name),
                                                     codes, 0, true, &ok).trimmed().toUpper();
            ok = ok && options.currency.size() == 3;
            break;
        }
        case Missing::Password:
        case Missing::WrongPassword:
            options.password = QInputDialog::getText(
                this, tr("Import"),
                missing == Missing::Password ? tr("%1 is encrypted.\nPassword (used to open it, never stored in the case):").arg(name)
                                             : tr("The password given does not open %1.\nPassword:").arg(name),
                QLineEdit::Password, QString(), &ok);
            ok = ok && !options.password.isEmpty();
            break;
        case Missing::Mapping: {
            const QJsonObject guess = m_guesses.take(path);
            const std::unique_ptr<QMessageBox> box(widgets::mappingQuestion(this, name, guess));
            ok = box->exec() == QMessageBox::Yes;
            if (ok) {
                QString error;
                options.profile = widgets::saveGuessedProfile(guess, path, &error);
                if (options.profile.isEmpty()) {
                    QMessageBox::warning(this, tr("Import"), tr("The mapping could not be saved: %1").arg(error));
                    ok = false;
                }
            }
            break;
        }
        case Missing::Account:
        case Missing::Subscriber:
            options.owner = QInputDialog::getText(
                this, tr("Import"),
                missing == Missing::Account ? tr("%1 does not say whose account it is.\nAccount or card number (Cancel: import onto a placeholder account to merge later):").arg(name)
                                            : tr("%1 does not say whose call records these are.\nTarget phone number:").arg(name),
                QLineEdit::Normal, QString(), &ok).trimmed();
            ok = ok && !options.owner.isEmpty();
            break;
        }
        if (!ok && missing == Missing::Account) {
            // No number to give: import onto a placeholder account the analyst can merge later.
            options.owner.clear();
            options.placeholderChosen = true;
            options.askOwner = false;
            ok = true;
        }
        if (ok) {
            m_retry.insert(path, options);
            importFiles({path}, options); // the next file is asked about when this one is done
            break;
        }
        m_retry.remove(path);
    }
}

} // namespace cb::app
