#include "print_legend_entries.h"

#include "vector_layer.h"

#include <QCoreApplication>
#include <QLocale>
#include <vector>

namespace agrimap::print {

QList<LegendEntry> legendInExtent(const VectorLayer& layer, const QRectF& extent) {
    QList<LegendEntry> entries;
    const auto snapshot = layer.snapshot();
    if (!snapshot || !snapshot->index || !snapshot->data)
        return entries;
    const LayerStyle& style = layer.style();
    const std::vector<int16_t>& categories = snapshot->data->categories;
    const size_t categoryCount = style.palette ? style.palette->categories().size() : 0;
    // Features in view per category; slot 0 holds the unknown codes (category -1).
    std::vector<qint64> inView(categoryCount + 1, 0);
    qint64 total = 0;
    snapshot->index->query(Bounds::fromRect(extent), [&](uint32_t feature) {
        ++total;
        if (categoryCount > 0 && feature < categories.size()) {
            const int category = categories[feature];
            if (category + 1 < int(inView.size()))
                ++inView[size_t(category + 1)];
        }
        return true;
    });
    if (total == 0)
        return entries;
    if (categoryCount == 0) {
        entries.append({style.fill, style.stroke, layer.title(), total});
        return entries;
    }
    const bool vietnamese = QLocale().language() == QLocale::Vietnamese;
    const auto& palette = style.palette->categories();
    for (size_t i = 0; i < categoryCount; ++i) {
        if (inView[i + 1] == 0)
            continue;
        const auto& category = palette[i];
        const QString name =
            vietnamese || category.nameEn.isEmpty() ? category.nameVi : category.nameEn;
        entries.append({style.fillFor(int(i)), style.stroke,
                        category.code + QStringLiteral(" — ") + name, inView[i + 1]});
    }
    if (inView[0] > 0) {
        const auto& unknown = snapshot->data->unknownCodes;
        const QString codes = QStringList(unknown.keys()).join(QStringLiteral(", "));
        entries.append(
            {style.fillFor(-1), style.stroke,
             codes.isEmpty()
                 ? QCoreApplication::translate("agrimap::print", "Other codes")
                 : QCoreApplication::translate("agrimap::print", "%1 — unknown codes").arg(codes),
             inView[0]});
    }
    return entries;
}

} // namespace agrimap::print
