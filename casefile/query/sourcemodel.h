#pragma once
// The imported sources (file, format, rows accepted and rejected, time of import), loaded through the
// worker's read connection and reloaded when an import lands.
#include "casefile.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cb::casefile {

class CaseWorker;

class SourceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit SourceModel(CaseWorker *worker, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    const SourceRow &source(int row) const { return m_sources.at(row); }
    void reload();

signals:
    void loaded(); // the list is in (after construction, and after each import)

private:
    QPointer<CaseWorker> m_worker;
    QList<SourceRow> m_sources;
    quint64 m_generation = 0;
};

} // namespace cb::casefile
