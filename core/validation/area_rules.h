#pragma once

#include "area_violation.h"
#include "editing/edit_settings.h"
#include "editing/growing_area.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace agrimap {

/// A commune boundary in the growing-area layer's CRS, for the "inside its commune" rule.
struct CommuneBoundary {
    QString name;
    QByteArray wkb;
};

/// The validation rules of growing areas, run live on one edited area and over the whole
/// layer by `agrimap-cli validate`:
///   geometry-unreadable, geometry-empty, geometry-invalid (GEOS, self-intersection, rings),
///   overlap (active areas, beyond the tolerance), code-missing (active without a code),
///   code-pattern, code-duplicate, area-minimum (per crop), outside-commune,
///   dates-order (valid_from after valid_to), status-expired (valid_to past, status not
///   "expired").
class AreaRules {
    Q_DECLARE_TR_FUNCTIONS(agrimap::AreaRules)

public:
    explicit AreaRules(EditSettings settings, std::vector<CommuneBoundary> communes = {},
                       QDate today = QDate::currentDate());

    /// The rules on one area, against the other areas of the layer (`others` may be all of
    /// them; the area itself, matched by fid, is skipped).
    std::vector<AreaViolation> check(const GrowingArea& area,
                                     const std::vector<GrowingArea>& others) const;
    /// Every rule over a whole layer; overlaps found through a spatial index.
    std::vector<AreaViolation> checkAll(const std::vector<GrowingArea>& areas) const;

    static bool isActive(const GrowingArea& area);

private:
    void checkOwn(const GrowingArea& area, std::vector<AreaViolation>& out) const;
    void checkOverlap(const GrowingArea& area, const GrowingArea& other,
                      std::vector<AreaViolation>& out) const;
    void checkCommune(const GrowingArea& area, std::vector<AreaViolation>& out) const;

    EditSettings m_settings;
    std::vector<CommuneBoundary> m_communes;
    QDate m_today;
};

} // namespace agrimap
