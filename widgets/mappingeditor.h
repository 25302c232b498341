#pragma once
// The mapping editor of the import wizard: one row per column of a delimited file — its header, the
// first values under it and the field it maps to — and what a layout says besides its columns: the kind
// of record, the date order, the decimal mark, the currency, the time zone, the debit/credit marks and
// the call-direction codes, and the lines to skip at the top (a title block the header is not in). It starts from how the file would be read (a known profile, the inferred
// mapping, or the refused best guess) and gives back the mapping as a profile file holds it.
#include "tabular/tabularhead.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace cb::widgets {

class MappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MappingEditor(QWidget *parent = nullptr);
    void setHead(const importers::TabularHead &head, const QString &fileName);
    // The head as the analyst left its mapping (profile() of an earlier edit): marked edited.
    void restore(const importers::TabularHead &head, const QJsonObject &mapping, const QString &fileName);
    const importers::TabularHead &head() const { return m_head; }
    // The mapping as edited, as a profile file (importers' Profile::fromJson) reads it; id and name from
    // the profile name field; the file's header is its signature.
    QJsonObject profile() const;
    bool isEdited() const { return m_edited; }
    QString profileName() const;

    // For tests and the wizard: the controls.
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *fieldBox(int column) const;
    QComboBox *dateOrderBox() const { return m_dateOrder; }
    QSpinBox *skipBox() const { return m_skip; }
    QLineEdit *currencyEdit() const { return m_currency; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *creditEdit() const { return m_credit; }
    QLineEdit *debitEdit() const { return m_debit; }
    QLineEdit *directionEdit(int which) const { return m_directions[which]; } // 0 out, 1 in, 2 missed
    QTableWidget *columns() const { return m_columns; }
    QString statusText() const;

signals:
    void mappingChanged();
    // The analyst marked a title block of `lines` at the top: the file's head is to be read again after it
    // (its columns may change), then given back with setHead().
    void skipChanged(int lines);

private:
    void fillColumns();
    void kindChanged();
    void showKindRows();
    void edited();
    QStringList mappedFields() const;

    importers::TabularHead m_head;
    QString m_fileName;
    bool m_edited = false, m_filling = false;
    QLabel *m_status;
    QComboBox *m_kind, *m_dateOrder, *m_decimal;
    QSpinBox *m_skip;
    QLineEdit *m_name, *m_currency, *m_timezone, *m_credit, *m_debit;
    QLineEdit *m_directions[3];
    QWidget *m_flagsRow, *m_directionsRow;
    QFormLayout *m_form = nullptr;
    QTableWidget *m_columns;
};

} // namespace cb::widgets
