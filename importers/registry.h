#pragma once
// The explicit list of importers, one line each in registry.cpp.
#include "importer.h"

#include <memory>
#include <vector>

namespace cb::importers {

class ImporterRegistry
{
public:
    ImporterRegistry(); // registers the built-in importers
    const std::vector<std::unique_ptr<Importer>> &importers() const { return m_importers; }
    const Importer *find(const QString &id) const;
    // The importer most confident about this content; null if none is (confidence 0).
    const Importer *detect(const QByteArray &head, const QString &fileName, int *confidence = nullptr) const;
    // The importer that reads a ZIP with these member names as one file (a workbook, an extraction).
    const Importer *detectArchive(const QStringList &memberNames) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace cb::importers
