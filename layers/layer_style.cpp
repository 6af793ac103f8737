#include "layer_style.h"

#include "style_file_locator.h"

#include <QMutex>
#include <QMutexLocker>

namespace agrimap {

namespace {

QMutex paletteMutex;
QStringList problems;

std::shared_ptr<const CategoryPalette> loadPalette(const QString& fileName) {
    const QString path = locateStyleFile(fileName);
    Result<CategoryPalette> palette = CategoryPalette::fromFile(path);
    if (!palette) {
        problems << palette.errorMessage();
        palette = CategoryPalette::fromFile(QStringLiteral(":/agrimap/styles/") + fileName);
    }
    if (!palette)
        return std::make_shared<CategoryPalette>();
    return std::make_shared<const CategoryPalette>(std::move(palette).value());
}

} // namespace

std::shared_ptr<const CategoryPalette> landUsePalette() {
    QMutexLocker lock(&paletteMutex);
    static std::shared_ptr<const CategoryPalette> palette =
        loadPalette(QStringLiteral("land_use_colours.csv"));
    return palette;
}

std::shared_ptr<const CategoryPalette> productionStatusPalette() {
    QMutexLocker lock(&paletteMutex);
    static std::shared_ptr<const CategoryPalette> palette =
        loadPalette(QStringLiteral("production_area_status.csv"));
    return palette;
}

QStringList styleFileProblems() {
    QMutexLocker lock(&paletteMutex);
    return problems;
}

LayerStyle LayerStyle::findings() {
    LayerStyle style;
    style.fill = QColor(220, 20, 20);
    style.fillPattern = Qt::BDiagPattern;
    style.stroke = QColor(200, 0, 0);
    style.strokeWidth = 1.8;
    return style;
}

LayerStyle LayerStyle::defaultFor(LayerRole role, const RoleFields& fields, GeometryKind kind) {
    LayerStyle style;
    if (kind == GeometryKind::Line) {
        style.fill = Qt::transparent;
        style.stroke = QColor(30, 90, 200);
        style.strokeWidth = 1.2;
    } else if (kind == GeometryKind::Point) {
        style.fill = QColor(220, 60, 60);
        style.stroke = QColor(120, 20, 20);
    }
    switch (role) {
    case LayerRole::LandUse:
        if (!fields.landUseCode.isEmpty()) {
            style.kind = Kind::LandUse;
            style.categoryField = fields.landUseCode;
            style.palette = landUsePalette();
            style.stroke = QColor(110, 110, 110);
            style.strokeWidth = 0.4;
        }
        break;
    case LayerRole::Cadastral:
        style.kind = Kind::CadastralOutline;
        style.fill = Qt::transparent;
        style.stroke = QColor(40, 40, 40);
        style.strokeWidth = 0.6;
        style.categoryField = fields.landUseCode;
        if (!fields.landUseCode.isEmpty())
            style.palette = landUsePalette();
        style.labels = true;
        style.labelParcelField = fields.parcelNumber;
        style.labelAreaField = fields.area;
        style.labelCodeField = fields.landUseCode;
        break;
    case LayerRole::ProductionArea:
        if (!fields.status.isEmpty()) {
            style.kind = Kind::ProductionStatus;
            style.categoryField = fields.status;
            style.palette = productionStatusPalette();
            style.stroke = QColor(20, 70, 20);
            style.strokeWidth = 1.2;
        }
        break;
    case LayerRole::Other:
        // Unknown polygon layers are most often boundaries (communes, sheets): outlines keep
        // the layers under them visible.
        if (kind == GeometryKind::Polygon) {
            style.fill = Qt::transparent;
            style.stroke = QColor(120, 40, 140);
            style.strokeWidth = 1.6;
        }
        break;
    }
    return style;
}

QStringList LayerStyle::requiredFields() const {
    QStringList fields;
    for (const QString& field : {categoryField, labelParcelField, labelAreaField, labelCodeField}) {
        if (!field.isEmpty() && !fields.contains(field))
            fields << field;
    }
    return fields;
}

QColor LayerStyle::fillFor(int category) const {
    if (kind == Kind::CadastralOutline) {
        // A pale land-use tint under the outlines keeps a small-scale view of a whole
        // province readable (outlines alone merge into a dark blot).
        if (!palette)
            return Qt::transparent;
        QColor tint = category < 0 ? palette->neutralColour()
                                   : palette->categories()[size_t(category)].colour;
        tint.setAlpha(120);
        return tint;
    }
    if (!palette || (kind != Kind::LandUse && kind != Kind::ProductionStatus))
        return fill;
    QColor colour =
        category < 0 ? palette->neutralColour() : palette->categories()[size_t(category)].colour;
    // Growing areas sit on top of the parcels they are made of: let those show through.
    if (kind == Kind::ProductionStatus)
        colour.setAlpha(170);
    return colour;
}

} // namespace agrimap
