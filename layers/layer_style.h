#pragma once

#include "category_palette.h"
#include "flat_geometries.h"
#include "layer_role.h"

#include <QColor>
#include <QList>
#include <QString>
#include <memory>

namespace agrimap {

/// One row of a legend: a swatch and its text.
struct LegendEntry {
    QColor fill; ///< transparent for outline-only symbols
    QColor stroke;
    QString label;
    qint64 count = -1; ///< features drawn with this entry, when known
};

/// How a vector layer is drawn. Categorised styles read their colours from an editable
/// palette file; everything else is a plain fill and outline.
struct LayerStyle {
    enum class Kind {
        Single,           ///< one fill and outline
        LandUse,          ///< fill by land-use code (land_use_colours.csv)
        CadastralOutline, ///< outlines over a pale land-use tint, labelled
                          ///< "parcel / area / code" at large scales
        ProductionStatus, ///< fill by status (production_area_status.csv)
    };

    Kind kind = Kind::Single;
    QString categoryField; ///< field holding the code or status
    std::shared_ptr<const CategoryPalette> palette;
    QColor fill{180, 200, 230};
    Qt::BrushStyle fillPattern = Qt::SolidPattern; ///< a hatch lets the layers under it show
    QColor stroke{60, 60, 60};
    double strokeWidth = 0.6; ///< pixels
    bool labels = false;
    QString labelParcelField;
    QString labelAreaField;
    QString labelCodeField;
    double labelMaximumScale = 2500; ///< labels appear at 1:2 500 and larger scales

    /// The style officials expect for a layer of this role (DOMAIN.md).
    static LayerStyle defaultFor(LayerRole role, const RoleFields& fields, GeometryKind kind);

    /// Pieces a check found (planning checks): a red outline over a red hatch, so that the
    /// land use under them stays readable.
    static LayerStyle findings();

    /// Fields the loader keeps in memory (the category); labels are read on demand.
    QStringList requiredFields() const;
    /// Fill colour for a category index (-1: neutral) or the single fill.
    QColor fillFor(int category) const;
};

/// Loads the palettes shipped in resources/styles (or the user's edited copies). Errors in
/// an edited file fall back to the built-in palette and are reported once.
std::shared_ptr<const CategoryPalette> landUsePalette();
std::shared_ptr<const CategoryPalette> productionStatusPalette();
/// Problems met while reading style files (shown in the app's message log).
QStringList styleFileProblems();

} // namespace agrimap
