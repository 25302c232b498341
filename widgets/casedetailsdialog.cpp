#include "casedetailsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cb::widgets {

CaseDetailsDialog::CaseDetailsDialog(const QMap<QString, QString> &details, QWidget *parent)
    : QDialog(parent), m_before(details)
{
    setWindowTitle(tr("Case Details"));
    auto *form = new QFormLayout;
    const QList<QPair<QString, QString>> rows{{QStringLiteral("title"), tr("Title:")},
                                              {QStringLiteral("case_number"), tr("Case number:")},
                                              {QStringLiteral("agency"), tr("Agency:")},
                                              {QStringLiteral("handling"), tr("Handling line:")}};
    for (const auto &[key, label] : rows) {
        auto *edit = new QLineEdit(details.value(key));
        m_fields.insert(key, edit);
        form->addRow(label, edit);
    }
    m_fields.value(QStringLiteral("case_number"))->setPlaceholderText(tr("e.g. SZ-2024-0317 (the packet's Bates numbers start with its letters and digits)"));
    m_fields.value(QStringLiteral("handling"))->setPlaceholderText(tr("printed on every page of the packet"));
    m_narrative = new QPlainTextEdit(details.value(QStringLiteral("narrative")));
    m_narrative->setPlaceholderText(tr("What happened, in Markdown: paragraphs, # headings, - lists, **bold**, *italic*"));
    m_preview = new QTextBrowser;
    const auto preview = [this] { m_preview->setMarkdown(m_narrative->toPlainText()); };
    connect(m_narrative, &QPlainTextEdit::textChanged, this, preview);
    preview();
    auto *narrative = new QHBoxLayout;
    auto *left = new QVBoxLayout, *right = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Narrative (Markdown):")));
    left->addWidget(m_narrative, 1);
    right->addWidget(new QLabel(tr("As the packet will show it:")));
    right->addWidget(m_preview, 1);
    narrative->addLayout(left, 1);
    narrative->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(narrative, 1);
    layout->addWidget(buttons);
    resize(960, 600);
}

QMap<QString, QString> CaseDetailsDialog::details() const
{
    QMap<QString, QString> out;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        out.insert(it.key(), it.value()->text().simplified());
    out.insert(QStringLiteral("narrative"), m_narrative->toPlainText().trimmed());
    return out;
}

QMap<QString, QString> CaseDetailsDialog::changed() const
{
    QMap<QString, QString> out;
    const QMap<QString, QString> now = details();
    for (auto it = now.begin(); it != now.end(); ++it)
        if (it.value() != m_before.value(it.key()).trimmed())
            out.insert(it.key(), it.value());
    return out;
}

} // namespace cb::widgets
