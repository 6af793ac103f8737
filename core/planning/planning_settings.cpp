#include "planning_settings.h"

#include "editing/project_store.h"
#include "land_use_codes.h"

namespace agrimap::planning {

namespace {
const QString listName = QStringLiteral("planning.agricultural_codes");
}

QStringList agriculturalCodes(const ProjectStore& store) {
    const QStringList codes = store.pickList(listName);
    return codes.isEmpty() ? defaultAgriculturalCodes() : codes;
}

Status saveAgriculturalCodes(ProjectStore& store, const QStringList& codes) {
    QStringList cleaned;
    for (const QString& code : codes) {
        const QString normalized = normalizedCode(code);
        if (!normalized.isEmpty() && !cleaned.contains(normalized))
            cleaned << normalized;
    }
    return store.setPickList(listName, cleaned);
}

} // namespace agrimap::planning
