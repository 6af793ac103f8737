#include "area_rules.h"

#include "editing/area_geometry.h"
#include "spatial_index.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace agrimap {

namespace {

AreaViolation violation(const GrowingArea& area, const char* rule, const QString& message,
                        QRectF where = {}) {
    return AreaViolation{QLatin1String(rule),
                         area.fid,
                         area.text(area_field::code),
                         message,
                         where.isNull() ? area_geometry::bounds(area.geometryWkb) : where,
                         {}};
}

QDate dateOf(const GrowingArea& area, const char* field) {
    const QVariant value = area.attributes.value(QLatin1String(field));
    return value.typeId() == QMetaType::QDate ? value.toDate()
                                              : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

AreaRules::AreaRules(EditSettings settings, std::vector<CommuneBoundary> communes, QDate today)
    : m_settings(std::move(settings))
    , m_communes(std::move(communes))
    , m_today(today) {}

bool AreaRules::isActive(const GrowingArea& area) {
    return area.text(area_field::status) == QLatin1String(area_status::active);
}

void AreaRules::checkOwn(const GrowingArea& area, std::vector<AreaViolation>& out) const {
    bool validShape = false;
    if (area.geometryWkb.isEmpty() || area_geometry::isEmpty(area.geometryWkb)) {
        out.push_back(violation(area, "geometry-empty", tr("the area has no boundary")));
    } else if (const QString reason = area_geometry::invalidityReason(area.geometryWkb);
               !reason.isEmpty()) {
        out.push_back(violation(area, "geometry-invalid",
                                tr("invalid boundary: %1 (use Fix geometry)").arg(reason)));
    } else {
        validShape = true;
    }

    const QString code = area.text(area_field::code).trimmed();
    if (code.isEmpty()) {
        if (isActive(area))
            out.push_back(
                violation(area, "code-missing", tr("an active area needs a production area code")));
    } else if (!m_settings.codePattern.isEmpty()) {
        const QRegularExpression pattern(m_settings.codePattern);
        if (pattern.isValid() && !pattern.match(code).hasMatch())
            out.push_back(violation(area, "code-pattern",
                                    tr("code %1 does not match the province's pattern %2")
                                        .arg(code, m_settings.codePattern)));
    }

    const QString crop = area.text(area_field::crop);
    // The area of a broken shape means nothing: fix the shape first.
    if (const auto minimum = m_settings.minimumAreaHaByCrop.constFind(crop);
        validShape && minimum != m_settings.minimumAreaHaByCrop.cend()) {
        const double hectares = area_geometry::areaM2(area.geometryWkb) / 10000.0;
        if (hectares + 1e-9 < minimum.value())
            out.push_back(violation(area, "area-minimum",
                                    tr("%1 ha is below the minimum of %2 ha for %3")
                                        .arg(hectares, 0, 'f', 2)
                                        .arg(minimum.value())
                                        .arg(crop)));
    }

    const QDate from = dateOf(area, area_field::validFrom);
    const QDate to = dateOf(area, area_field::validTo);
    if (from.isValid() && to.isValid() && from > to)
        out.push_back(violation(area, "dates-order",
                                tr("valid from %1 is after valid to %2")
                                    .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))));
    if (to.isValid() && to < m_today &&
        area.text(area_field::status) != QLatin1String(area_status::expired) &&
        area.text(area_field::status) != QLatin1String(area_status::revoked))
        out.push_back(violation(area, "status-expired",
                                tr("valid to %1 has passed: the status should be \"expired\"")
                                    .arg(to.toString(Qt::ISODate))));
    checkCommune(area, out);
}

void AreaRules::checkCommune(const GrowingArea& area, std::vector<AreaViolation>& out) const {
    if (m_communes.empty() || area.geometryWkb.isEmpty())
        return;
    const QString name = area.text(area_field::commune);
    for (const CommuneBoundary& commune : m_communes) {
        if (commune.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!area_geometry::coveredBy(area.geometryWkb, commune.wkb, m_settings.communeToleranceM))
            out.push_back(violation(area, "outside-commune",
                                    tr("the area reaches outside its commune %1").arg(name)));
        return;
    }
    out.push_back(
        violation(area, "outside-commune", tr("commune %1 is not among the communes").arg(name)));
}

void AreaRules::checkOverlap(const GrowingArea& area, const GrowingArea& other,
                             std::vector<AreaViolation>& out) const {
    const double shared = area_geometry::overlapM2(area.geometryWkb, other.geometryWkb);
    if (shared <= m_settings.overlapToleranceM2)
        return;
    AreaViolation found =
        violation(area, "overlap",
                  tr("overlaps active area %1 by %2 m²")
                      .arg(other.text(area_field::code).isEmpty() ? QString::number(other.fid)
                                                                  : other.text(area_field::code))
                      .arg(shared, 0, 'f', 1));
    // The overlapping piece itself, so the map can show it.
    found.piece = area_geometry::intersection(area.geometryWkb, other.geometryWkb);
    found.where = area_geometry::bounds(found.piece);
    if (found.where.isNull())
        found.where = area_geometry::bounds(area.geometryWkb)
                          .intersected(area_geometry::bounds(other.geometryWkb));
    out.push_back(std::move(found));
}

std::vector<AreaViolation> AreaRules::check(const GrowingArea& area,
                                            const std::vector<GrowingArea>& others) const {
    std::vector<AreaViolation> out;
    checkOwn(area, out);
    const QString code = area.text(area_field::code).trimmed();
    const QRectF box = area_geometry::bounds(area.geometryWkb);
    for (const GrowingArea& other : others) {
        if (other.fid == area.fid && area.fid >= 0)
            continue;
        if (!code.isEmpty() && other.text(area_field::code).trimmed() == code)
            out.push_back(
                violation(area, "code-duplicate",
                          tr("code %1 is already used by area %2").arg(code).arg(other.fid)));
        if (isActive(area) && isActive(other) &&
            box.intersects(area_geometry::bounds(other.geometryWkb)))
            checkOverlap(area, other, out);
    }
    return out;
}

std::vector<AreaViolation> AreaRules::checkAll(const std::vector<GrowingArea>& areas) const {
    std::vector<AreaViolation> out;
    QHash<QString, qint64> firstWithCode;
    std::vector<Bounds> boxes;
    boxes.reserve(areas.size());
    for (const GrowingArea& area : areas) {
        const QRectF box = area_geometry::bounds(area.geometryWkb);
        boxes.push_back(Bounds{box.left(), box.top(), box.right(), box.bottom()});
    }
    const SpatialIndex index(boxes);
    for (size_t i = 0; i < areas.size(); ++i) {
        const GrowingArea& area = areas[i];
        checkOwn(area, out);
        const QString code = area.text(area_field::code).trimmed();
        if (!code.isEmpty()) {
            if (const auto first = firstWithCode.constFind(code); first != firstWithCode.cend())
                out.push_back(violation(
                    area, "code-duplicate",
                    tr("code %1 is already used by area %2").arg(code).arg(first.value())));
            else
                firstWithCode.insert(code, area.fid);
        }
        if (!isActive(area) || area.geometryWkb.isEmpty())
            continue;
        // Each overlapping pair once: only partners later in the list.
        index.query(boxes[i], [&](uint32_t j) {
            if (j > i && isActive(areas[j]))
                checkOverlap(area, areas[j], out);
            return true;
        });
    }
    return out;
}

} // namespace agrimap
