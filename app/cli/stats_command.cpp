#include "analysis/growing_area_statistics.h"
#include "analysis/land_use_statistics.h"
#include "analysis/statistics_export.h"
#include "analysis/statistics_sources.h"
#include "cli_commands.h"
#include "layer_style.h"

#include <QElapsedTimer>
#include <algorithm>

namespace agrimap::cli {

namespace {

const char* usage = "agrimap-cli stats: expected PATH [--by commune|code|crop|status|certification]"
                    " [--layer NAME] [--commune NAME] [--csv FILE] [--xlsx FILE]\n";

// Columns padded to their widest cell; numbers to the right, text to the left; an empty cell
// is "-" so that scripts can split the lines on runs of spaces.
void printTable(const StatisticsTable& table, QTextStream& out) {
    std::vector<QStringList> lines;
    QStringList header;
    for (const StatisticsColumn& column : table.columns)
        header << column.key;
    lines.push_back(header);
    const auto addRow = [&](const QVariantList& row) {
        QStringList cells;
        for (size_t i = 0; i < table.columns.size(); ++i) {
            const QString cell =
                formatStatisticsCell(row.value(qsizetype(i)), table.columns[i].kind);
            cells << (cell.isEmpty() ? QStringLiteral("-") : cell);
        }
        lines.push_back(cells);
    };
    for (const QVariantList& row : table.rows)
        addRow(row);
    if (!table.totals.isEmpty())
        addRow(table.totals);
    std::vector<qsizetype> widths(table.columns.size(), 0);
    for (const QStringList& line : lines) {
        for (size_t i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], line.value(qsizetype(i)).size());
    }
    for (const QStringList& line : lines) {
        QStringList padded;
        for (size_t i = 0; i < widths.size(); ++i) {
            const bool text = table.columns[i].kind == StatisticsColumn::Kind::Text;
            const QString& cell = line.value(qsizetype(i));
            padded << (text ? cell.leftJustified(widths[i]) : cell.rightJustified(widths[i]));
        }
        out << padded.join(QStringLiteral("  ")).trimmed() << '\n';
    }
}

QString codeName(const QString& code) {
    const std::shared_ptr<const CategoryPalette> palette = landUsePalette();
    const int index = palette ? palette->indexOf(code) : -1;
    return index >= 0 ? palette->categories()[size_t(index)].nameEn : QString();
}

} // namespace

int runStats(const QStringList& arguments, Streams streams) {
    QString path, by = QStringLiteral("commune"), layerName, csvPath, xlsxPath;
    std::optional<QString> commune;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("--by") && hasValue)
            by = arguments[++i];
        else if (argument == QLatin1String("--layer") && hasValue)
            layerName = arguments[++i];
        else if (argument == QLatin1String("--commune") && hasValue)
            commune = arguments[++i];
        else if (argument == QLatin1String("--csv") && hasValue)
            csvPath = arguments[++i];
        else if (argument == QLatin1String("--xlsx") && hasValue)
            xlsxPath = arguments[++i];
        else if (path.isEmpty() && !argument.startsWith(QLatin1String("--")))
            path = argument;
        else {
            streams.err << usage;
            return Failure;
        }
    }
    const QStringList landUseGroupings = {QStringLiteral("commune"), QStringLiteral("code")};
    const QStringList areaGroupings = {QStringLiteral("crop"), QStringLiteral("status"),
                                       QStringLiteral("certification")};
    if (path.isEmpty() || !(landUseGroupings.contains(by) || areaGroupings.contains(by))) {
        streams.err << usage;
        return Failure;
    }
    const auto fail = [&](const QString& message) {
        streams.err << "agrimap-cli stats: " << message.simplified() << '\n';
        return Failure;
    };
    Result<std::vector<StatisticsLayer>> layers = statisticsLayersOf(path);
    if (!layers)
        return fail(layers.errorMessage());

    QElapsedTimer clock;
    clock.start();
    const std::atomic_bool cancel{false};
    StatisticsTable table;
    QString summary;
    if (landUseGroupings.contains(by)) {
        const StatisticsLayer* layer = chooseLandUseLayer(layers.value(), layerName);
        if (!layer)
            return fail(layerName.isEmpty()
                            ? QStringLiteral("%1 has no layer with a land-use code field; name "
                                             "one with --layer.")
                                  .arg(path)
                            : QStringLiteral("%1 has no layer named %2.").arg(path, layerName));
        LandUseStatisticsRequest request;
        request.path = layer->path;
        request.layerName = layer->layerName;
        request.assignedCrs = layer->assignedCrs;
        Result<LandUseStatistics> statistics = computeLandUseStatistics(request, cancel);
        if (!statistics)
            return fail(statistics.errorMessage());
        if (commune && !statistics->communes().contains(*commune))
            return fail(QStringLiteral("no commune named '%1' in %2 (field %3).")
                            .arg(*commune, layer->title,
                                 statistics->communeField().isEmpty()
                                     ? QStringLiteral("none")
                                     : statistics->communeField()));
        table = by == QLatin1String("code") ? statistics->codeTable(commune, codeName)
                                            : statistics->communeTable(commune, codeName);
        const AreaStatistics& source = statistics->source();
        summary = QStringLiteral("layer %1:%2, code field %3, commune field %4, measured in %5")
                      .arg(source.path, source.layerName, statistics->codeField(),
                           statistics->communeField().isEmpty() ? QStringLiteral("(none)")
                                                                : statistics->communeField(),
                           source.measuringCrs.isValid() ? source.measuringCrs.displayName()
                                                         : QStringLiteral("layer units"));
    } else {
        const StatisticsLayer* layer = chooseGrowingAreaLayer(layers.value(), layerName);
        if (!layer)
            return fail(QStringLiteral("%1 has no growing-area layer (with a crop field); name "
                                       "one with --layer.")
                            .arg(path));
        GrowingAreaStatisticsRequest request;
        request.path = layer->path;
        request.layerName = layer->layerName;
        request.assignedCrs = layer->assignedCrs;
        Result<GrowingAreaStatistics> statistics = computeGrowingAreaStatistics(request, cancel);
        if (!statistics)
            return fail(statistics.errorMessage());
        const GrowingAreaGrouping grouping = by == QLatin1String("crop") ? GrowingAreaGrouping::Crop
                                             : by == QLatin1String("status")
                                                 ? GrowingAreaGrouping::Status
                                                 : GrowingAreaGrouping::Certification;
        table = statistics->table(grouping, commune);
        summary = QStringLiteral("layer %1:%2").arg(layer->path, layer->layerName);
    }
    printTable(table, streams.out);
    streams.out.flush();
    if (!csvPath.isEmpty()) {
        if (const Status written = exportStatisticsCsv(table, csvPath); !written)
            return fail(written.errorMessage());
    }
    if (!xlsxPath.isEmpty()) {
        if (const Status written = exportStatisticsXlsx({table}, xlsxPath); !written)
            return fail(written.errorMessage());
    }
    streams.err << summary << ", " << table.rows.size() << " row(s), " << clock.elapsed()
                << " ms\n";
    return Success;
}

} // namespace agrimap::cli
