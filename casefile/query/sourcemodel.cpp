#include "query/sourcemodel.h"

#include "session/caseworker.h"

namespace cb::casefile {

SourceModel::SourceModel(CaseWorker *worker, QObject *parent) : QAbstractTableModel(parent), m_worker(worker)
{
    if (!m_worker)
        return;
    connect(m_worker, &CaseWorker::changed, this, [this](const Change &c) {
        if (c.touches(ObjectKind::Sources))
            reload();
    });
    reload();
}

void SourceModel::reload()
{
    if (!m_worker)
        return;
    const quint64 generation = ++m_generation;
    m_worker->read<QList<SourceRow>>([](CaseFile &cf, const Progress &) { return cf.sources(); })
        .then(this, [this, generation](const QList<SourceRow> &sources) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_sources = sources;
            endResetModel();
            emit loaded();
        });
}

int SourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size() || role != Qt::DisplayRole)
        return {};
    const SourceRow &s = m_sources.at(index.row());
    switch (index.column()) {
    case 0: return s.fileName;
    case 1: return s.format;
    case 2: return s.certificate.value(QStringLiteral("rows_accepted")).toInteger();
    case 3: return s.certificate.value(QStringLiteral("rows_rejected")).toInteger();
    case 4: return s.importedAt;
    }
    return {};
}

QVariant SourceModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case 0: return tr("File");
    case 1: return tr("Format");
    case 2: return tr("Accepted");
    case 3: return tr("Rejected");
    case 4: return tr("Imported (UTC)");
    }
    return {};
}

} // namespace cb::casefile
