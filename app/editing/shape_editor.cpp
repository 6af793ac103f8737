#include "shape_editor.h"

#include "edit_controller.h"
#include "editing/area_geometry.h"
#include "editing/edit_session.h"

namespace agrimap {

namespace {

QRectF boundsOf(const std::vector<QPointF>& points) {
    QRectF box;
    for (const QPointF& point : points)
        box = box.isNull() ? QRectF(point, QSizeF(1e-9, 1e-9))
                           : box.united(QRectF(point, QSizeF(1e-9, 1e-9)));
    return box;
}

} // namespace

ShapeEditor::ShapeEditor(EditController* edits, QObject* parent)
    : QObject(parent)
    , m_edits(edits) {}

std::vector<const GrowingArea*> ShapeEditor::candidates(const std::vector<QPointF>& layerPoints,
                                                        const std::vector<qint64>& selected) const {
    std::vector<const GrowingArea*> found;
    EditSession* session = m_edits->session();
    if (!session)
        return found;
    if (!selected.empty()) {
        for (qint64 fid : selected) {
            if (const GrowingArea* area = session->cached(fid))
                found.push_back(area);
        }
        return found;
    }
    const QRectF box = boundsOf(layerPoints);
    for (const GrowingArea& area : session->allAreas()) {
        if (area_geometry::bounds(area.geometryWkb).intersects(box))
            found.push_back(session->cached(area.fid));
    }
    return found;
}

const GrowingArea* ShapeEditor::areaAt(const QPointF& mapPoint,
                                       const std::vector<qint64>& selected) const {
    const QPointF point = m_edits->pointsInLayerCrs({mapPoint}).front();
    const QByteArray probe =
        area_geometry::polygonFromRing({point + QPointF(-0.01, -0.01), point + QPointF(0.01, -0.01),
                                        point + QPointF(0.01, 0.01), point + QPointF(-0.01, 0.01)});
    for (const GrowingArea* area : candidates({point}, selected)) {
        if (area_geometry::overlapM2(area->geometryWkb, probe) > 0)
            return area;
    }
    return nullptr;
}

bool ShapeEditor::split(const std::vector<QPointF>& mapLine, const std::vector<qint64>& selected) {
    const std::vector<QPointF> line = m_edits->pointsInLayerCrs(mapLine);
    bool any = false;
    QString lastError;
    for (const GrowingArea* area : candidates(line, selected)) {
        const qint64 fid = area->fid;
        const QString code = area->text(area_field::code);
        Result<std::vector<QByteArray>> pieces =
            area_geometry::splitByLine(area->geometryWkb, line);
        if (!pieces) {
            lastError = pieces.errorMessage();
            continue;
        }
        if (!m_edits->report(m_edits->session()->replaceArea(fid, pieces.value(),
                                                             tr("Split growing area %1").arg(code)),
                             tr("Cannot split growing area %1").arg(code)))
            return false;
        any = true;
    }
    if (!any)
        m_edits->report(
            Error{lastError.isEmpty() ? tr("The line crosses no growing area") : lastError},
            tr("Nothing was split"));
    return any;
}

bool ShapeEditor::reshape(const std::vector<QPointF>& mapLine,
                          const std::vector<qint64>& selected) {
    const std::vector<QPointF> line = m_edits->pointsInLayerCrs(mapLine);
    QString lastError = tr("The line does not cross a growing area's boundary twice");
    for (const GrowingArea* area : candidates(line, selected)) {
        Result<QByteArray> shape = area_geometry::reshape(area->geometryWkb, line);
        if (!shape) {
            lastError = shape.errorMessage();
            continue;
        }
        return changeShape(area->fid, shape.value(),
                           tr("Reshape growing area %1").arg(area->text(area_field::code)));
    }
    m_edits->report(Error{lastError}, tr("Nothing was reshaped"));
    return false;
}

bool ShapeEditor::addRing(const std::vector<QPointF>& mapRing) {
    const std::vector<QPointF> ring = m_edits->pointsInLayerCrs(mapRing);
    QString lastError = tr("The hole must lie inside a growing area");
    for (const GrowingArea* area : candidates(ring, {})) {
        Result<QByteArray> shape = area_geometry::addRing(area->geometryWkb, ring);
        if (!shape) {
            lastError = shape.errorMessage();
            continue;
        }
        return changeShape(area->fid, shape.value(),
                           tr("Cut a hole in growing area %1").arg(area->text(area_field::code)));
    }
    m_edits->report(Error{lastError}, tr("No hole was cut"));
    return false;
}

bool ShapeEditor::deleteRing(const QPointF& mapPoint) {
    const QPointF point = m_edits->pointsInLayerCrs({mapPoint}).front();
    QString lastError = tr("There is no hole here");
    for (const GrowingArea* area : candidates({point}, {})) {
        Result<QByteArray> shape = area_geometry::deleteRing(area->geometryWkb, point);
        if (!shape) {
            lastError = shape.errorMessage();
            continue;
        }
        return changeShape(
            area->fid, shape.value(),
            tr("Remove a hole of growing area %1").arg(area->text(area_field::code)));
    }
    m_edits->report(Error{lastError}, tr("No hole was removed"));
    return false;
}

std::optional<GrowingArea> ShapeEditor::fillRing(const QPointF& mapPoint) {
    const QPointF point = m_edits->pointsInLayerCrs({mapPoint}).front();
    QString lastError = tr("There is no hole here");
    for (const GrowingArea* area : candidates({point}, {})) {
        Result<std::pair<QByteArray, QByteArray>> filled =
            area_geometry::fillRing(area->geometryWkb, point);
        if (!filled) {
            lastError = filled.errorMessage();
            continue;
        }
        // The hole stays a hole of this area; the new area fills it.
        GrowingArea inside;
        inside.geometryWkb = filled->second;
        inside.attributes.insert(QLatin1String(area_field::status),
                                 QLatin1String(area_status::active));
        inside.attributes.insert(QLatin1String(area_field::commune),
                                 area->text(area_field::commune));
        return inside;
    }
    m_edits->report(Error{lastError}, tr("No hole to fill"));
    return std::nullopt;
}

bool ShapeEditor::changeShape(qint64 fid, const QByteArray& shape, const QString& description) {
    EditSession* session = m_edits->session();
    const GrowingArea* area = session ? session->cached(fid) : nullptr;
    if (!area)
        return false;
    GrowingArea changed = *area;
    changed.geometryWkb = shape;
    return m_edits->report(session->changeArea(changed, description),
                           tr("Cannot change growing area %1").arg(area->text(area_field::code)));
}

} // namespace agrimap
