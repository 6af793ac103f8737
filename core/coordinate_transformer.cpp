#include "coordinate_transformer.h"

#include "proj_context.h"

#include <cmath>
#include <limits>

namespace agrimap {

using detail::PjDeleter;
using detail::threadProjContext;

struct CoordinateTransformer::Operation {
    std::unique_ptr<PJ, PjDeleter> pj;
};

CoordinateTransformer::CoordinateTransformer(const Crs& source, const Crs& target) {
    if (!source.isValid() || !target.isValid()) {
        m_error = QStringLiteral("invalid coordinate reference system");
        return;
    }
    if (source == target) {
        m_identity = true;
        return;
    }
    PJ_CONTEXT* context = threadProjContext();
    std::unique_ptr<PJ, PjDeleter> raw(
        proj_create_crs_to_crs(context, source.definition().toUtf8().constData(),
                               target.definition().toUtf8().constData(), nullptr));
    if (!raw) {
        m_error =
            QString::fromUtf8(proj_context_errno_string(context, proj_context_errno(context)));
        return;
    }
    std::unique_ptr<PJ, PjDeleter> normalised(proj_normalize_for_visualization(context, raw.get()));
    if (!normalised) {
        m_error =
            QString::fromUtf8(proj_context_errno_string(context, proj_context_errno(context)));
        return;
    }
    m_operation = std::make_unique<Operation>();
    m_operation->pj = std::move(normalised);
}

CoordinateTransformer::~CoordinateTransformer() = default;
CoordinateTransformer::CoordinateTransformer(CoordinateTransformer&&) noexcept = default;
CoordinateTransformer& CoordinateTransformer::operator=(CoordinateTransformer&&) noexcept = default;

QString CoordinateTransformer::operationName() const {
    if (m_identity)
        return QStringLiteral("identity");
    return m_operation ? QString::fromUtf8(proj_get_name(m_operation->pj.get())) : QString();
}

size_t CoordinateTransformer::transformInPlace(double* xy, size_t count, bool inverse) const {
    if (m_identity || count == 0)
        return 0;
    if (!m_operation) {
        for (size_t i = 0; i < 2 * count; ++i)
            xy[i] = std::numeric_limits<double>::infinity();
        return count;
    }
    const size_t stride = 2 * sizeof(double);
    proj_trans_generic(m_operation->pj.get(), inverse ? PJ_INV : PJ_FWD, xy, stride, count, xy + 1,
                       stride, count, nullptr, 0, 0, nullptr, 0, 0);
    size_t failed = 0;
    for (size_t i = 0; i < count; ++i) {
        if (!std::isfinite(xy[2 * i]) || !std::isfinite(xy[2 * i + 1])) {
            xy[2 * i] = xy[2 * i + 1] = std::numeric_limits<double>::infinity();
            ++failed;
        }
    }
    return failed;
}

QPointF CoordinateTransformer::transform(const QPointF& point, bool inverse) const {
    double xy[2] = {point.x(), point.y()};
    transformInPlace(xy, 1, inverse);
    return {xy[0], xy[1]};
}

QRectF CoordinateTransformer::transformBounds(const QRectF& bounds, bool inverse) const {
    if (m_identity)
        return bounds;
    if (!m_operation || bounds.isNull())
        return {};
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    const int densifyPoints = 21;
    if (!proj_trans_bounds(threadProjContext(), m_operation->pj.get(), inverse ? PJ_INV : PJ_FWD,
                           bounds.left(), bounds.top(), bounds.right(), bounds.bottom(), &minX,
                           &minY, &maxX, &maxY, densifyPoints))
        return {};
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace agrimap
