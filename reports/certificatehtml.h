#pragma once
// Renders an import certificate as HTML for the workbench and, later, the evidence packet. Times are
// shown in the case's zone with the zone named; amounts in their currency's minor-unit precision.
#include "casefile.h"

#include <QString>
#include <QTimeZone>

namespace cb::reports {

QString certificateHtml(const casefile::SourceRow &source, const QTimeZone &caseZone);

} // namespace cb::reports
