#pragma once
// The explicit list of importers, one line each in registry.cpp.
#include "common/importer.h"
#include "tabular/profile.h"

#include <memory>
#include <vector>

namespace cb::importers {

class ImporterRegistry
{
public:
    // Registers the built-in importers; the tabular ones map columns with this profile library (the
    // built-in profiles, and any profile file the pipeline loads into it).
    explicit ImporterRegistry(std::shared_ptr<ProfileLibrary> profiles = std::make_shared<ProfileLibrary>());
    ImporterRegistry(const ImporterRegistry &) = delete;
    ImporterRegistry &operator=(const ImporterRegistry &) = delete;
    ProfileLibrary &profiles() const { return *m_profiles; }
    const std::vector<std::unique_ptr<Importer>> &importers() const { return m_importers; }
    const Importer *find(const QString &id) const;
    // The importer most confident about this content; null if none is (confidence 0).
    const Importer *detect(const QByteArray &head, const QString &fileName, int *confidence = nullptr) const;
    // The importer that reads a ZIP with these member names as one file (a workbook, an extraction).
    const Importer *detectArchive(const QStringList &memberNames) const;

private:
    std::shared_ptr<ProfileLibrary> m_profiles;
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace cb::importers
