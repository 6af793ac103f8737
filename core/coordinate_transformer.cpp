#include "coordinate_transformer.h"

#include "proj_context.h"

#include <QStringList>
#include <cmath>
#include <limits>

namespace agrimap {

using detail::PjDeleter;
using detail::threadProjContext;

struct CoordinateTransformer::Operation {
    std::unique_ptr<PJ, PjDeleter> pj;
};

namespace {

using PjPtr = std::unique_ptr<PJ, PjDeleter>;

// EPSG has two VN-2000 → WGS 84 transformations of the same stated accuracy: EPSG:5194 (1)
// and EPSG:6960 (2). Left alone, PROJ picks one per point by area of use, so a map would
// jump by about 0.8 m across an invisible line in the delta. DOMAIN.md names EPSG:6960;
// prefer it whenever it is a candidate. Still an EPSG operation, never a hand-written one.
constexpr const char* preferredOperations[] = {"6960"};

PjPtr preferredOperation(PJ_CONTEXT* context, const Crs& source, const Crs& target) {
    PjPtr sourceCrs(proj_create(context, source.definition().toUtf8().constData()));
    PjPtr targetCrs(proj_create(context, target.definition().toUtf8().constData()));
    if (!sourceCrs || !targetCrs)
        return {};
    QStringList preferredNames;
    for (const char* code : preferredOperations) {
        if (PjPtr operation{proj_create_from_database(
                context, "EPSG", code, PJ_CATEGORY_COORDINATE_OPERATION, false, nullptr)})
            preferredNames << QString::fromUtf8(proj_get_name(operation.get()));
    }
    PJ_OPERATION_FACTORY_CONTEXT* factory = proj_create_operation_factory_context(context, nullptr);
    if (!factory)
        return {};
    proj_operation_factory_context_set_spatial_criterion(
        context, factory, PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
    proj_operation_factory_context_set_grid_availability_use(
        context, factory, PROJ_GRID_AVAILABILITY_DISCARD_OPERATION_IF_MISSING_GRID);
    PJ_OBJ_LIST* operations =
        proj_create_operations(context, sourceCrs.get(), targetCrs.get(), factory);
    PjPtr chosen;
    const int count = operations ? proj_list_get_count(operations) : 0;
    for (int i = 0; i < count && !chosen; ++i) {
        PjPtr operation(proj_list_get(context, operations, i));
        const QString name = QString::fromUtf8(proj_get_name(operation.get()));
        for (const QString& preferred : preferredNames) {
            if (name.contains(preferred))
                chosen = std::move(operation);
        }
    }
    proj_list_destroy(operations);
    proj_operation_factory_context_destroy(factory);
    return chosen;
}

} // namespace

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
    PjPtr raw = preferredOperation(context, source, target);
    if (!raw)
        raw.reset(proj_create_crs_to_crs(context, source.definition().toUtf8().constData(),
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
