#pragma once

#include "editing/area_geometry_edits.h"
#include "editing/growing_area.h"

#include <QObject>
#include <QPointF>
#include <optional>
#include <vector>

namespace agrimap {

class EditController;

/// The shape edits of the map tools, from what was drawn on the map (map CRS) to undoable
/// edits of the growing areas (layer CRS): split along a line, reshape along a line, add,
/// delete and fill a hole, and the vertex edits. Failures are reported with the reason.
class ShapeEditor : public QObject {
    Q_OBJECT
public:
    explicit ShapeEditor(EditController* edits, QObject* parent = nullptr);

    /// Splits the selected areas (or, with none selected, every area the line crosses).
    bool split(const std::vector<QPointF>& mapLine, const std::vector<qint64>& selected);
    bool reshape(const std::vector<QPointF>& mapLine, const std::vector<qint64>& selected);
    bool addRing(const std::vector<QPointF>& mapRing);
    bool deleteRing(const QPointF& mapPoint);
    /// The hole at `mapPoint` as a new area's shape (the form then names it), if there is one.
    std::optional<GrowingArea> fillRing(const QPointF& mapPoint);

    /// The area under `mapPoint`, preferring the selected ones.
    const GrowingArea* areaAt(const QPointF& mapPoint, const std::vector<qint64>& selected) const;
    /// Stores a new shape of one area (a vertex moved, added or deleted) as one undo step.
    bool changeShape(qint64 fid, const QByteArray& shape, const QString& description);

private:
    std::vector<const GrowingArea*> candidates(const std::vector<QPointF>& layerPoints,
                                               const std::vector<qint64>& selected) const;

    EditController* m_edits;
};

} // namespace agrimap
