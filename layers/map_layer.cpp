#include "map_layer.h"

#include <QUuid>
#include <algorithm>

namespace agrimap {

MapLayer::MapLayer(QString sourcePath, QString sourceLayerName, QString title, Crs crs,
                   QObject* parent)
    : QObject(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_sourcePath(std::move(sourcePath))
    , m_sourceLayerName(std::move(sourceLayerName))
    , m_title(std::move(title))
    , m_crs(std::move(crs)) {}

void MapLayer::setTitle(const QString& title) {
    if (title == m_title)
        return;
    m_title = title;
    Q_EMIT appearanceChanged();
}

void MapLayer::assignCrs(const Crs& crs) {
    m_crs = crs;
    m_crsAssigned = true;
}

void MapLayer::setVisible(bool visible) {
    if (visible == m_visible)
        return;
    m_visible = visible;
    Q_EMIT appearanceChanged();
}

void MapLayer::setOpacity(double opacity) {
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (qFuzzyCompare(opacity, m_opacity))
        return;
    m_opacity = opacity;
    Q_EMIT appearanceChanged();
}

void MapLayer::setState(State state, const QString& error) {
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged();
}

} // namespace agrimap
