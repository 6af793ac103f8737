#pragma once

#include "map/map_tool.h"

#include <QPointF>

namespace agrimap {

/// A click on the map that picks a place (a hole to delete or fill).
class PointPickTool : public MapTool {
    Q_OBJECT
public:
    PointPickTool(MapCanvas* canvas, QString name);
    QString name() const override { return m_name; }
    QCursor cursor() const override { return Qt::PointingHandCursor; }
    void mouseRelease(QMouseEvent* event) override;

Q_SIGNALS:
    void picked(const QPointF& mapPoint);

private:
    QString m_name;
};

} // namespace agrimap
