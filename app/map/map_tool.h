#pragma once

#include <QCursor>
#include <QObject>
#include <QString>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace agrimap {

class MapCanvas;

/// What the mouse does on the map. The canvas forwards its events to the active tool;
/// tools register themselves with the main window, so adding one touches no switch.
class MapTool : public QObject {
    Q_OBJECT
public:
    explicit MapTool(MapCanvas* canvas);

    virtual QString name() const = 0;
    virtual QCursor cursor() const { return Qt::ArrowCursor; }
    virtual void mousePress(QMouseEvent* event);
    virtual void mouseMove(QMouseEvent* event);
    virtual void mouseRelease(QMouseEvent* event);
    virtual void mouseDoubleClick(QMouseEvent* event) { Q_UNUSED(event); }
    /// True when the tool used the key (the canvas handles the rest).
    virtual bool keyPress(QKeyEvent* event);
    /// Draws the tool's feedback (a rubber band) over the map.
    virtual void paint(QPainter& painter);
    virtual void deactivate() {}

protected:
    MapCanvas* canvas() const { return m_canvas; }

private:
    MapCanvas* m_canvas;
};

} // namespace agrimap
