#include "vector_layer.h"

#include "coordinate_transformer.h"
#include "geometry_engine.h"
#include "source_text_encoding.h"
#include "vector_layer_loader.h"
#include "vector_layer_renderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace agrimap {

Result<std::shared_ptr<const VectorDisplaySnapshot>>
buildVectorSnapshot(std::shared_ptr<const VectorFeatureData> data, const Crs& layerCrs,
                    const Crs& mapCrs) {
    auto snapshot = std::make_shared<VectorDisplaySnapshot>();
    snapshot->mapCrs = mapCrs;
    snapshot->data = data;
    // A layer without a CRS is drawn as it is until the user assigns one.
    if (!layerCrs.isValid() || !mapCrs.isValid() || layerCrs == mapCrs) {
        snapshot->geometries = std::shared_ptr<const FlatGeometries>(data, &data->geometries);
    } else {
        CoordinateTransformer transformer(layerCrs, mapCrs);
        if (!transformer.isValid())
            return Error{
                QCoreApplication::translate("agrimap::VectorLayer",
                                            "Cannot transform from %1 to %2: %3")
                    .arg(layerCrs.displayName(), mapCrs.displayName(), transformer.errorMessage())};
        auto projected = std::make_shared<FlatGeometries>(data->geometries);
        std::vector<double>& xy = projected->coordinates();
        transformer.transformInPlace(xy.data(), xy.size() / 2);
        projected->recomputeBounds();
        snapshot->geometries = std::move(projected);
    }
    snapshot->index =
        std::make_shared<const SpatialIndex>(SpatialIndex::build(*snapshot->geometries));
    return std::shared_ptr<const VectorDisplaySnapshot>(std::move(snapshot));
}

VectorLayer::VectorLayer(const QString& path, const SourceLayerInfo& info, QObject* parent)
    : MapLayer(path, info.name, info.name, info.crs, parent)
    , m_info(info)
    , m_role(info.role.role)
    , m_selected(std::make_shared<std::vector<uint8_t>>()) {
    applyStyleForRole();
}

VectorLayer::~VectorLayer() {
    if (m_cancel)
        *m_cancel = true;
}

void VectorLayer::applyStyleForRole() {
    m_style = LayerStyle::defaultFor(m_role, m_info.role.fields, m_info.geometryKind);
}

void VectorLayer::setRole(LayerRole role) {
    if (role == m_role)
        return;
    m_role = role;
    applyStyleForRole();
    if (m_data || m_cancel) // already read (or being read) with the old style
        startLoading();
}

void VectorLayer::setStyle(const LayerStyle& style) {
    const bool reread = style.requiredFields() != m_style.requiredFields();
    m_style = style;
    if (reread && (m_data || m_cancel))
        startLoading();
    else
        Q_EMIT repaintNeeded();
}

TextEncodingChoice VectorLayer::textEncoding() const {
    return sourceTextEncodingChoice(sourcePath());
}

std::optional<LegacyEncoding> VectorLayer::textEncodingInUse() const {
    return sourceLegacyEncoding(sourcePath());
}

void VectorLayer::setTextEncoding(TextEncodingChoice choice) {
    if (choice == textEncoding())
        return;
    setSourceTextEncoding(sourcePath(), choice);
    if (m_data || m_cancel) // categories (and so the legend) were read with the old one
        startLoading();
    Q_EMIT textEncodingChanged();
    Q_EMIT appearanceChanged(); // labels change; the project remembers the choice
}

void VectorLayer::assignCrs(const Crs& crs) {
    MapLayer::assignCrs(crs);
    if (m_data)
        startProjection();
}

void VectorLayer::startLoading() {
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    setState(State::Loading);

    VectorLoadRequest request{sourcePath(), sourceLayerName(), m_style, m_info.geometryKind};
    const Crs layerCrs = crs();
    const Crs mapCrs = m_mapCrs;
    auto cancel = m_cancel;
    QPointer<VectorLayer> self(this);
    auto* watcher = new QFutureWatcher<Result<std::shared_ptr<const VectorDisplaySnapshot>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        auto result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer load or projection replaced this one
        if (!result) {
            setState(State::Failed, result.errorMessage());
            return;
        }
        m_data = result.value()->data;
        acceptSnapshot(result.value(), generation);
    });
    watcher->setFuture(
        QtConcurrent::run([request, layerCrs, mapCrs, cancel,
                           self]() -> Result<std::shared_ptr<const VectorDisplaySnapshot>> {
            auto progress = [self](int percent) {
                QMetaObject::invokeMethod(
                    self.get(),
                    [self, percent] {
                        if (self)
                            Q_EMIT self->progressChanged(percent);
                    },
                    Qt::QueuedConnection);
            };
            auto data = loadVectorFeatures(request, *cancel, progress);
            if (!data)
                return data.error();
            return buildVectorSnapshot(data.value(), layerCrs, mapCrs);
        }));
}

Status VectorLayer::loadNow(const Crs& mapCrs) {
    m_mapCrs = mapCrs;
    std::atomic_bool cancel(false);
    VectorLoadRequest request{sourcePath(), sourceLayerName(), m_style, m_info.geometryKind};
    auto data = loadVectorFeatures(request, cancel);
    if (!data) {
        setState(State::Failed, data.errorMessage());
        return data.error();
    }
    auto snapshot = buildVectorSnapshot(data.value(), crs(), mapCrs);
    if (!snapshot) {
        setState(State::Failed, snapshot.errorMessage());
        return snapshot.error();
    }
    m_data = data.value();
    acceptSnapshot(snapshot.value(), ++m_generation);
    return {};
}

void VectorLayer::setMapCrs(const Crs& mapCrs) {
    if (mapCrs == m_mapCrs)
        return;
    m_mapCrs = mapCrs;
    if (m_data)
        startProjection();
}

void VectorLayer::startProjection() {
    const quint64 generation = ++m_generation;
    auto data = m_data;
    const Crs layerCrs = crs();
    const Crs mapCrs = m_mapCrs;
    auto* watcher = new QFutureWatcher<Result<std::shared_ptr<const VectorDisplaySnapshot>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        auto result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        if (!result) {
            setState(State::Failed, result.errorMessage());
            return;
        }
        acceptSnapshot(result.value(), generation);
    });
    watcher->setFuture(QtConcurrent::run(
        [data, layerCrs, mapCrs] { return buildVectorSnapshot(data, layerCrs, mapCrs); }));
}

void VectorLayer::acceptSnapshot(std::shared_ptr<const VectorDisplaySnapshot> snapshot,
                                 quint64 generation) {
    Q_UNUSED(generation)
    const bool sameFeatures = m_snapshot && m_snapshot->data == snapshot->data;
    m_snapshot = std::move(snapshot);
    if (!sameFeatures)
        m_selected = std::make_shared<std::vector<uint8_t>>();
    setState(State::Ready);
    Q_EMIT repaintNeeded();
}

QRectF VectorLayer::mapExtent() const {
    if (!m_snapshot)
        return {};
    return m_snapshot->geometries->totalBounds().toRect();
}

LayerRenderFunction VectorLayer::renderFunction() const {
    if (!m_snapshot)
        return {};
    VectorRenderInput input{m_snapshot->data, m_snapshot->geometries, m_snapshot->index, m_style,
                            m_selected,       sourcePath(),           sourceLayerName()};
    return [input](const MapSettings& settings, const std::atomic_bool& cancel) {
        return renderVectorLayer(input, settings, cancel);
    };
}

LayerPaintFunction VectorLayer::paintFunction() const {
    if (!m_snapshot)
        return {};
    VectorRenderInput input{m_snapshot->data, m_snapshot->geometries, m_snapshot->index, m_style,
                            nullptr,          sourcePath(),           sourceLayerName()};
    return [input](QPainter& painter, const MapSettings& settings, const std::atomic_bool& cancel) {
        return paintVectorLayer(painter, input, settings, cancel);
    };
}

QList<LegendEntry> VectorLayer::legend() const {
    QList<LegendEntry> entries;
    const bool vietnamese = QLocale().language() == QLocale::Vietnamese;
    if (m_style.palette) {
        const auto& categories = m_style.palette->categories();
        for (size_t i = 0; i < categories.size(); ++i) {
            const qint64 count =
                m_data && i < m_data->categoryCounts.size() ? m_data->categoryCounts[i] : -1;
            if (m_data && count == 0)
                continue; // only the codes present in the layer
            const auto& category = categories[i];
            entries.append(
                {category.colour, m_style.stroke,
                 category.code + QStringLiteral(" — ") +
                     (vietnamese || category.nameEn.isEmpty() ? category.nameVi : category.nameEn),
                 count});
        }
        if (m_data) {
            for (auto it = m_data->unknownCodes.cbegin(); it != m_data->unknownCodes.cend(); ++it)
                entries.append(
                    {m_style.fillFor(-1), m_style.stroke,
                     QCoreApplication::translate("agrimap::VectorLayer", "%1 — unknown code")
                         .arg(it.key()),
                     it.value()});
        }
        return entries;
    }
    entries.append({m_style.fill, m_style.stroke, title(), loadedFeatureCount()});
    return entries;
}

qint64 VectorLayer::loadedFeatureCount() const {
    return m_data ? qint64(m_data->fids.size()) : -1;
}

QMap<QString, qint64> VectorLayer::unknownCodes() const {
    return m_data ? m_data->unknownCodes : QMap<QString, qint64>();
}

std::vector<uint32_t> VectorLayer::featuresAt(const QPointF& mapPoint, double tolerance) const {
    std::vector<uint32_t> hits;
    if (!m_snapshot)
        return hits;
    Bounds area;
    area.include(mapPoint.x() - tolerance, mapPoint.y() - tolerance);
    area.include(mapPoint.x() + tolerance, mapPoint.y() + tolerance);
    const FlatGeometries& geometries = *m_snapshot->geometries;
    m_snapshot->index->query(area, [&](uint32_t feature) {
        if (geometry_engine::featureHitsPoint(geometries, feature, mapPoint, tolerance))
            hits.push_back(feature);
        return true;
    });
    // Later features are drawn on top: report them first.
    std::sort(hits.begin(), hits.end(), std::greater<>());
    return hits;
}

std::vector<uint32_t> VectorLayer::featuresIn(const QRectF& mapRect) const {
    std::vector<uint32_t> hits;
    if (!m_snapshot)
        return hits;
    const Bounds area = Bounds::fromRect(mapRect);
    const FlatGeometries& geometries = *m_snapshot->geometries;
    m_snapshot->index->query(area, [&](uint32_t feature) {
        const Bounds& bounds = geometries.bounds(feature);
        const bool inside = bounds.minX >= area.minX && bounds.maxX <= area.maxX &&
                            bounds.minY >= area.minY && bounds.maxY <= area.maxY;
        if (inside || geometry_engine::featureIntersectsRect(geometries, feature, area))
            hits.push_back(feature);
        return true;
    });
    std::sort(hits.begin(), hits.end());
    return hits;
}

qint64 VectorLayer::fidOf(uint32_t feature) const {
    return m_data && feature < m_data->fids.size() ? m_data->fids[feature] : -1;
}

std::optional<uint32_t> VectorLayer::featureOfFid(qint64 fid) const {
    if (!m_data)
        return std::nullopt;
    const auto& fids = m_data->fids;
    // Most drivers return features in fid order; fall back to a scan otherwise.
    const auto found = std::lower_bound(fids.begin(), fids.end(), fid);
    if (found != fids.end() && *found == fid)
        return uint32_t(found - fids.begin());
    const auto scanned = std::find(fids.begin(), fids.end(), fid);
    if (scanned != fids.end())
        return uint32_t(scanned - fids.begin());
    return std::nullopt;
}

QRectF VectorLayer::featureMapExtent(uint32_t feature) const {
    if (!m_snapshot || feature >= m_snapshot->geometries->featureCount())
        return {};
    return m_snapshot->geometries->bounds(feature).toRect();
}

void VectorLayer::setSelection(std::vector<uint32_t> features) {
    // A fresh vector: render jobs still drawing keep the one they were given.
    auto selected = std::make_shared<std::vector<uint8_t>>(
        m_snapshot ? m_snapshot->geometries->featureCount() : 0, 0);
    for (const uint32_t feature : features) {
        if (feature < selected->size())
            (*selected)[feature] = 1;
    }
    m_selected = std::move(selected);
    Q_EMIT selectionChanged();
    Q_EMIT repaintNeeded();
}

std::vector<uint32_t> VectorLayer::selection() const {
    std::vector<uint32_t> features;
    for (size_t i = 0; i < m_selected->size(); ++i) {
        if ((*m_selected)[i])
            features.push_back(uint32_t(i));
    }
    return features;
}

} // namespace agrimap
