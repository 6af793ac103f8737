#pragma once

#include "crs.h"
#include "error.h"

#include <QPointF>
#include <QRectF>
#include <memory>

namespace agrimap {

/// Transforms coordinates between two CRSs with the operation PROJ selects from the EPSG
/// database (never a hand-written towgs84), normalised to x = easting/longitude.
/// A transformer belongs to the thread that made it: PROJ objects are not thread-safe.
class CoordinateTransformer {
public:
    CoordinateTransformer(const Crs& source, const Crs& target);
    ~CoordinateTransformer();
    CoordinateTransformer(CoordinateTransformer&&) noexcept;
    CoordinateTransformer& operator=(CoordinateTransformer&&) noexcept;
    CoordinateTransformer(const CoordinateTransformer&) = delete;
    CoordinateTransformer& operator=(const CoordinateTransformer&) = delete;

    bool isValid() const { return m_identity || m_operation != nullptr; }
    bool isIdentity() const { return m_identity; }
    QString errorMessage() const { return m_error; }
    /// Name of the coordinate operation PROJ chose, e.g. "Inverse of VN-2000 / TM-3 … + …".
    QString operationName() const;

    /// Transforms `count` interleaved x,y pairs in place. Points PROJ cannot transform
    /// become infinity; the number of such points is returned.
    size_t transformInPlace(double* xy, size_t count, bool inverse = false) const;
    QPointF transform(const QPointF& point, bool inverse = false) const;
    /// Bounding box of a transformed rectangle, densified along its edges.
    QRectF transformBounds(const QRectF& bounds, bool inverse = false) const;

private:
    struct Operation;
    std::unique_ptr<Operation> m_operation;
    bool m_identity = false;
    QString m_error;
};

} // namespace agrimap
