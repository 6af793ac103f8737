#pragma once

#include <QFrame>
#include <QPointer>

class QSlider;
class QLabel;

namespace agrimap {

class MapLayer;

/// A small popup with a slider that sets a layer's opacity as it moves (0–100 %), so the
/// map shows the effect at once. Deletes itself when closed.
class OpacityPopup : public QFrame {
    Q_OBJECT
public:
    OpacityPopup(MapLayer* layer, QWidget* parent);

    QSlider* slider() const { return m_slider; }

private:
    void apply(int percent);

    QPointer<MapLayer> m_layer;
    QSlider* m_slider;
    QLabel* m_value;
};

} // namespace agrimap
