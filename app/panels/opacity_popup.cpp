#include "opacity_popup.h"

#include "map_layer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <cmath>

namespace agrimap {

OpacityPopup::OpacityPopup(MapLayer* layer, QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_layer(layer)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_value(new QLabel(this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameStyle(QFrame::StyledPanel | QFrame::Raised);
    setObjectName(QStringLiteral("opacityPopup"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(new QLabel(tr("Opacity:"), this));
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_value);
    m_slider->setRange(0, 100);
    m_slider->setMinimumWidth(160);
    m_slider->setPageStep(10);
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    const int percent = layer ? int(std::lround(layer->opacity() * 100)) : 100;
    m_slider->setValue(percent);
    m_value->setText(tr("%1 %").arg(percent));
    connect(m_slider, &QSlider::valueChanged, this, &OpacityPopup::apply);
}

void OpacityPopup::apply(int percent) {
    m_value->setText(tr("%1 %").arg(percent));
    if (m_layer)
        m_layer->setOpacity(percent / 100.0);
}

} // namespace agrimap
