#include "registry.h"

#include "phone/backupxmlimporter.h"
#include "bank/camtimporter.h"
#include "phone/caseucoimporter.h"
#include "tabular/delimitedimporter.h"
#include "phone/deviceimporter.h"
#include "bank/mt940importer.h"
#include "bank/ofximporter.h"
#include "pdf/pdfimporter.h"
#include "bank/qifimporter.h"
#include "tabular/spreadsheetimporter.h"
#include "phone/ufdrimporter.h"
#include "phone/xleappimporter.h"

namespace cb::importers {

ImporterRegistry::ImporterRegistry(std::shared_ptr<ProfileLibrary> profiles) : m_profiles(std::move(profiles))
{
    m_importers.push_back(std::make_unique<DelimitedImporter>(*m_profiles));
    m_importers.push_back(std::make_unique<Mt940Importer>());
    m_importers.push_back(std::make_unique<QifImporter>());
    m_importers.push_back(std::make_unique<OfxImporter>());
    m_importers.push_back(std::make_unique<CamtImporter>());
    m_importers.push_back(std::make_unique<SpreadsheetImporter>(*m_profiles));
    m_importers.push_back(std::make_unique<PdfImporter>(*m_profiles));
    m_importers.push_back(std::make_unique<DeviceDbImporter>());
    m_importers.push_back(std::make_unique<BackupXmlImporter>());
    m_importers.push_back(std::make_unique<UfdrImporter>());
    m_importers.push_back(std::make_unique<CaseUcoImporter>());
    m_importers.push_back(std::make_unique<XleappImporter>());
}

const Importer *ImporterRegistry::find(const QString &id) const
{
    for (const auto &i : m_importers)
        if (i->id() == id)
            return i.get();
    return nullptr;
}

const Importer *ImporterRegistry::detect(const QByteArray &head, const QString &fileName, int *confidence) const
{
    const Importer *best = nullptr;
    int bestScore = 0;
    for (const auto &i : m_importers) {
        const int s = i->sniff(head, fileName);
        if (s > bestScore)
            best = i.get(), bestScore = s;
    }
    if (confidence)
        *confidence = bestScore;
    return best;
}

const Importer *ImporterRegistry::detectArchive(const QStringList &memberNames) const
{
    const Importer *best = nullptr;
    int bestScore = 0;
    for (const auto &i : m_importers) {
        const int s = i->sniffArchive(memberNames);
        if (s > bestScore)
            best = i.get(), bestScore = s;
    }
    return best;
}

} // namespace cb::importers
