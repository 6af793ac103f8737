#include "vector_layer_renderer.h"

#include "feature_reader.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <vector>

namespace agrimap {

namespace {

// A feature whose on-screen footprint is at most this many pixels each way is drawn as its
// footprint: at that size the outline cannot be seen anyway.
constexpr double footprintPixels = 3.0;
constexpr uint32_t cancelCheckInterval = 4096;
constexpr int maximumLabels = 2000;
// On paper the footprints go into one image of up to 300 dpi, drawn once under the shapes: a
// PDF of a province holds one picture instead of a million specks.
constexpr double maximumFootprintScale = 300.0 / 96.0;

QString valueText(const FeatureRecord& record, const QString& field) {
    const qsizetype index = field.isEmpty() ? -1 : record.fieldNames.indexOf(field);
    if (index < 0 || record.values[index].isNull())
        return {};
    const QVariant& value = record.values[index];
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 1);
    return value.toString();
}

} // namespace

QString cadastralLabel(const FeatureRecord& record, const LayerStyle& style) {
    QStringList lines;
    for (const QString& field :
         {style.labelParcelField, style.labelAreaField, style.labelCodeField}) {
        const QString text = valueText(record, field);
        if (!text.isEmpty())
            lines << text;
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {

// Which features one pass over the frame draws.
enum class Pass { Everything, FootprintsOnly, ShapesOnly };

// Draws one frame of a layer onto a painter whose coordinates are the frame's pixels. Tiny
// features are written straight into `pixels` as their footprint: on screen the very image
// the painter draws into, on paper an image `pixelScale` times finer than the frame. On
// screen pens are cosmetic; on paper they scale with the painter.
class FrameDrawer {
public:
    FrameDrawer(const VectorRenderInput& input, const MapSettings& settings, QPainter& painter,
                QImage& pixels, double pixelScale, bool onScreen)
        : m_input(input)
        , m_settings(settings)
        , m_painter(painter)
        , m_pixels(pixels)
        , m_geometries(*input.geometries)
        , m_scale(1.0 / settings.unitsPerPixel())
        , m_pixelScale(pixelScale) {
        const QRectF extent = settings.visibleExtent();
        m_originX = extent.left();
        m_originY = extent.bottom();
        const LayerStyle& style = input.style;
        const size_t categoryCount = style.palette ? style.palette->categories().size() : 0;
        for (int category = -1; category < int(categoryCount); ++category) {
            const QColor fill = style.fillFor(category);
            m_fills.push_back(fill);
            const QColor footprint = fill.alpha() == 0 ? style.stroke : fill;
            m_footprints.push_back(qPremultiply(footprint.rgba()));
        }
        m_pen = QPen(style.stroke, style.strokeWidth);
        // On screen a cosmetic pen is the fast one; on paper the width must scale with the
        // painter, so that a line prints as thick as it looks on screen.
        m_pen.setCosmetic(onScreen);
        m_pen.setJoinStyle(Qt::MiterJoin);
    }

    bool drawFeatures(const std::vector<uint32_t>& features, const std::atomic_bool& cancel,
                      Pass pass = Pass::Everything) {
        QPainter& painter = m_painter;
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(m_pen);
        uint32_t done = 0;
        for (const uint32_t feature : features) {
            if (++done % cancelCheckInterval == 0 && cancel.load(std::memory_order_relaxed)) {
                painter.restore();
                return false;
            }
            drawFeature(painter, feature, pass);
        }
        painter.restore();
        return true;
    }

    void drawSelection(const std::vector<uint32_t>& features) {
        if (!m_input.selected)
            return;
        const std::vector<uint8_t>& selected = *m_input.selected;
        QPainter& painter = m_painter;
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        QPen pen(QColor(255, 230, 0), 2.5);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(QColor(255, 240, 0, 90));
        for (const uint32_t feature : features) {
            if (feature < selected.size() && selected[feature])
                drawShape(painter, feature, true);
        }
        painter.restore();
    }

    void drawLabels(const std::vector<uint32_t>& features, const std::atomic_bool& cancel) {
        const LayerStyle& style = m_input.style;
        if (!style.labels || !m_input.data ||
            m_settings.scaleDenominator() > style.labelMaximumScale)
            return;
        QPainter& painter = m_painter;
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        QFont font = painter.font();
        font.setPixelSize(10);
        painter.setFont(font);
        const QFontMetrics metrics(font);
        painter.setPen(QColor(20, 20, 20));
        // Labels come from the file: at these scales only a few hundred parcels are in view.
        const FeatureReader reader(m_input.sourcePath, m_input.sourceLayerName);
        int drawn = 0;
        for (const uint32_t feature : features) {
            if (drawn >= maximumLabels || cancel.load(std::memory_order_relaxed))
                break;
            const QRectF box = screenBox(feature);
            if (box.width() < 20 || box.height() < 20 || feature >= m_input.data->fids.size())
                continue;
            const Result<FeatureRecord> record = reader.read(m_input.data->fids[feature]);
            if (!record)
                break;
            const QString label = cadastralLabel(record.value(), style);
            if (label.isEmpty())
                continue;
            const QRect needed =
                metrics.boundingRect(QRect(0, 0, 400, 400), Qt::AlignCenter, label);
            // Only where the label fits inside the parcel: overlapping labels help nobody.
            if (needed.width() > box.width() * 0.9 || needed.height() > box.height() * 0.9)
                continue;
            QRectF textBox(0, 0, needed.width() + 2, needed.height());
            textBox.moveCenter(box.center());
            painter.drawText(textBox, Qt::AlignCenter, label);
            ++drawn;
        }
        painter.restore();
    }

private:
    QRectF screenBox(uint32_t feature) const {
        const Bounds& bounds = m_geometries.bounds(feature);
        return QRectF(
            QPointF((bounds.minX - m_originX) * m_scale, (m_originY - bounds.maxY) * m_scale),
            QPointF((bounds.maxX - m_originX) * m_scale, (m_originY - bounds.minY) * m_scale));
    }

    void drawFeature(QPainter& painter, uint32_t feature, Pass pass) {
        const Bounds& bounds = m_geometries.bounds(feature);
        if (bounds.isEmpty())
            return;
        const double width = (bounds.maxX - bounds.minX) * m_scale;
        const double height = (bounds.maxY - bounds.minY) * m_scale;
        const int category = m_input.data && feature < m_input.data->categories.size()
                                 ? m_input.data->categories[feature]
                                 : -1;
        if (width <= footprintPixels && height <= footprintPixels &&
            m_geometries.featureKind(feature) != GeometryKind::Point) {
            if (pass != Pass::ShapesOnly)
                fillFootprint(bounds, m_footprints[size_t(category + 1)]);
            return;
        }
        if (pass == Pass::FootprintsOnly)
            return;
        painter.setBrush(QBrush(m_fills[size_t(category + 1)], m_input.style.fillPattern));
        drawShape(painter, feature, false);
    }

    // Writes the feature's pixel footprint straight into the image: no QPainter per feature.
    void fillFootprint(const Bounds& bounds, QRgb colour) {
        const int imageWidth = m_pixels.width();
        const int imageHeight = m_pixels.height();
        const double scale = m_scale * m_pixelScale;
        int x0 = int(std::floor((bounds.minX - m_originX) * scale));
        int x1 = int(std::floor((bounds.maxX - m_originX) * scale));
        int y0 = int(std::floor((m_originY - bounds.maxY) * scale));
        int y1 = int(std::floor((m_originY - bounds.minY) * scale));
        x0 = std::max(x0, 0);
        y0 = std::max(y0, 0);
        x1 = std::min(x1, imageWidth - 1);
        y1 = std::min(y1, imageHeight - 1);
        for (int y = y0; y <= y1; ++y) {
            auto* line = reinterpret_cast<QRgb*>(m_pixels.scanLine(y));
            for (int x = x0; x <= x1; ++x)
                line[x] = colour;
        }
    }

    void drawShape(QPainter& painter, uint32_t feature, bool highlight) {
        const GeometryKind kind = m_geometries.featureKind(feature);
        const uint32_t firstPart = m_geometries.firstPart(feature);
        const uint32_t endPart = m_geometries.endPart(feature);
        if (kind == GeometryKind::Point) {
            for (uint32_t part = firstPart; part < endPart; ++part) {
                const double* xy = m_geometries.pointData(m_geometries.firstPoint(part));
                const QPointF centre((xy[0] - m_originX) * m_scale, (m_originY - xy[1]) * m_scale);
                painter.drawEllipse(centre, highlight ? 5.0 : 3.5, highlight ? 5.0 : 3.5);
            }
            return;
        }
        if (kind == GeometryKind::Polygon && endPart - firstPart == 1) {
            toScreen(firstPart);
            painter.drawPolygon(m_points.data(), int(m_points.size()), Qt::OddEvenFill);
            return;
        }
        if (kind == GeometryKind::Line) {
            for (uint32_t part = firstPart; part < endPart; ++part) {
                toScreen(part);
                painter.drawPolyline(m_points.data(), int(m_points.size()));
            }
            return;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (uint32_t part = firstPart; part < endPart; ++part) {
            toScreen(part);
            if (m_points.empty())
                continue;
            path.moveTo(m_points.front());
            for (size_t i = 1; i < m_points.size(); ++i)
                path.lineTo(m_points[i]);
            path.closeSubpath();
        }
        painter.drawPath(path);
    }

    void toScreen(uint32_t part) {
        const uint32_t first = m_geometries.firstPoint(part);
        const uint32_t end = m_geometries.endPoint(part);
        m_points.clear();
        m_points.reserve(end - first);
        const double* xy = m_geometries.pointData(first);
        for (uint32_t i = 0; i < end - first; ++i) {
            const double x = xy[2 * i];
            const double y = xy[2 * i + 1];
            if (std::isfinite(x) && std::isfinite(y))
                m_points.emplace_back((x - m_originX) * m_scale, (m_originY - y) * m_scale);
        }
    }

    const VectorRenderInput& m_input;
    const MapSettings& m_settings;
    QPainter& m_painter;
    QImage& m_pixels; // footprints: the painter's own image on screen, a finer one on paper
    const FlatGeometries& m_geometries;
    double m_scale;
    double m_pixelScale; // footprint pixels per frame pixel
    double m_originX = 0;
    double m_originY = 0;
    std::vector<QColor> m_fills;    // index: category + 1
    std::vector<QRgb> m_footprints; // premultiplied, index: category + 1
    QPen m_pen;
    std::vector<QPointF> m_points;
};

} // namespace

QImage renderVectorLayer(const VectorRenderInput& input, const MapSettings& settings,
                         const std::atomic_bool& cancel) {
    QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (!input.geometries || !input.index || !settings.isValid())
        return image;
    const std::vector<uint32_t> visible = input.index->query(settings.visibleBounds());
    QPainter painter(&image);
    FrameDrawer drawer(input, settings, painter, image, 1.0, true);
    if (!drawer.drawFeatures(visible, cancel))
        return {};
    drawer.drawSelection(visible);
    drawer.drawLabels(visible, cancel);
    painter.end();
    return image;
}

bool paintVectorLayer(QPainter& painter, const VectorRenderInput& input,
                      const MapSettings& settings, const std::atomic_bool& cancel) {
    if (!input.geometries || !input.index || !settings.isValid())
        return true;
    const std::vector<uint32_t> visible = input.index->query(settings.visibleBounds());
    const QTransform& device = painter.deviceTransform();
    const double pixelScale =
        std::clamp(std::hypot(device.m11(), device.m12()), 1.0, maximumFootprintScale);
    const QSize size = settings.outputSize();
    // The footprint image only when some feature is that small.
    const double tiny = footprintPixels * settings.unitsPerPixel();
    const FlatGeometries& geometries = *input.geometries;
    const bool anyTiny = std::any_of(visible.begin(), visible.end(), [&](uint32_t feature) {
        const Bounds& bounds = geometries.bounds(feature);
        return bounds.maxX - bounds.minX <= tiny && bounds.maxY - bounds.minY <= tiny;
    });
    QImage footprints;
    if (anyTiny) {
        footprints =
            QImage(int(std::ceil(size.width() * pixelScale)),
                   int(std::ceil(size.height() * pixelScale)), QImage::Format_ARGB32_Premultiplied);
        footprints.fill(Qt::transparent);
    }
    FrameDrawer drawer(input, settings, painter, footprints, pixelScale, false);
    if (anyTiny) {
        if (!drawer.drawFeatures(visible, cancel, Pass::FootprintsOnly))
            return false;
        painter.save();
        // Lossless: JPEG would smear the specks' colours.
        painter.setRenderHint(QPainter::LosslessImageRendering, true);
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(size)), footprints);
        painter.restore();
    }
    if (!drawer.drawFeatures(visible, cancel, Pass::ShapesOnly))
        return false;
    drawer.drawLabels(visible, cancel);
    return !cancel.load(std::memory_order_relaxed);
}

} // namespace agrimap
