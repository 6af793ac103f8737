#pragma once

#include "layer_role.h"
#include "planning/polygon_set.h"

#include <QWidget>

class QComboBox;

namespace agrimap {

class LayerCollection;
class VectorLayer;

/// Chooses a polygon layer of the map and the field holding its code, for a planning check.
/// Layers of the preferred role come first and the code field is guessed from the role's
/// fields (KyHieuMucDichSuDung/MDSD for land use, the production area code for growing areas).
class LayerFieldPicker : public QWidget {
    Q_OBJECT
public:
    LayerFieldPicker(LayerCollection* layers, LayerRole preferred, QWidget* parent = nullptr);

    VectorLayer* layer() const;
    QString codeField() const;
    /// The chosen layer as a check reads it; invalid path when no layer is chosen.
    planning::PolygonSource source() const;

    /// Chooses `layer` (tests, and the user's last choice).
    void setLayer(VectorLayer* layer);
    void setCodeField(const QString& field);
    QComboBox* layerBox() const { return m_layers; }
    QComboBox* fieldBox() const { return m_fields; }

Q_SIGNALS:
    void changed();

private:
    void refillLayers();
    void refillFields();

    LayerCollection* m_collection;
    LayerRole m_preferred;
    QComboBox* m_layers;
    QComboBox* m_fields;
};

} // namespace agrimap
