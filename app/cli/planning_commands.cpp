#include "cli_commands.h"
#include "data_source_info.h"
#include "editing/project_store.h"
#include "planning/land_use_comparison.h"
#include "planning/non_agricultural_check.h"
#include "planning/parcel_code_check.h"
#include "planning/planning_settings.h"
#include "project_file.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace agrimap::cli {

namespace {

using planning::PolygonSource;

QString number(double value, int decimals = 4) {
    return QString::number(value, 'f', decimals);
}

// A layer as a check reads it, described from its file: its CRS, its role's code field
// (unless `field` names one) and the fields that name a feature.
struct DescribedLayer {
    PolygonSource source;
    LayerRole role = LayerRole::Other;
};

Result<DescribedLayer> describeSource(const QString& path, const QString& layerName,
                                      const QString& field) {
    Result<DataSourceInfo> info = probeDataSource(path);
    if (!info)
        return info.error();
    const SourceLayerInfo* chosen = nullptr;
    for (const SourceLayerInfo& layer : info->layers) {
        if (!layer.isRaster && (layerName.isEmpty() ? layer.geometryKind == GeometryKind::Polygon
                                                    : layer.name == layerName)) {
            chosen = &layer;
            break;
        }
    }
    if (!chosen)
        return Error{layerName.isEmpty()
                         ? QStringLiteral("%1 has no polygon layer").arg(path)
                         : QStringLiteral("%1 has no layer named %2").arg(path, layerName)};
    PolygonSource source;
    source.path = path;
    source.layerName = chosen->name;
    source.crs = chosen->crs;
    source.title = QStringLiteral("%1:%2").arg(QFileInfo(path).fileName(), chosen->name);
    const RoleFields& fields = chosen->role.fields;
    source.codeField = !field.isEmpty()                                 ? field
                       : chosen->role.role == LayerRole::ProductionArea ? fields.productionAreaCode
                                                                        : fields.landUseCode;
    if (source.codeField.isEmpty())
        return Error{QStringLiteral("%1: no land-use code field found; name it with --field")
                         .arg(source.title)};
    if (chosen->role.role == LayerRole::Cadastral) {
        for (const QString& labelField : {fields.mapSheet, fields.parcelNumber}) {
            if (!labelField.isEmpty())
                source.labelFields << labelField;
        }
    } else if (!fields.productionAreaCode.isEmpty()) {
        source.labelFields << fields.productionAreaCode;
    }
    return DescribedLayer{source, chosen->role.role};
}

// PATH[:LAYER], as make-project reads it.
std::pair<QString, QString> splitLayer(const QString& argument) {
    const qsizetype colon = argument.lastIndexOf(QLatin1Char(':'));
    if (colon > 1 && !QFileInfo::exists(argument))
        return {QFileInfo(argument.left(colon)).absoluteFilePath(), argument.mid(colon + 1)};
    return {QFileInfo(argument).absoluteFilePath(), QString()};
}

QString takeOption(QStringList& arguments, const char* name) {
    const qsizetype option = arguments.indexOf(QLatin1String(name));
    if (option < 0 || option + 1 >= arguments.size())
        return {};
    const QString value = arguments.takeAt(option + 1);
    arguments.removeAt(option);
    return value;
}

void printMatrix(const planning::TransitionMatrix& matrix, QTextStream& out) {
    const QStringList to = matrix.toCodes();
    out << "from\\to (ha)";
    for (const QString& code : to)
        out << '\t' << planning::TransitionMatrix::codeTitle(code);
    out << "\ttotal\n";
    for (const QString& from : matrix.fromCodes()) {
        out << planning::TransitionMatrix::codeTitle(from);
        for (const QString& code : to)
            out << '\t' << number(matrix.hectares(from, code));
        out << '\t' << number(matrix.rowHectares(from)) << '\n';
    }
    out << "total";
    for (const QString& code : to)
        out << '\t' << number(matrix.columnHectares(code));
    out << '\t' << number(matrix.totalHectares()) << '\n';
}

} // namespace

int runCompare(const QStringList& given, Streams streams) {
    QStringList arguments = given;
    const QString csv = takeOption(arguments, "--csv");
    const QString out = takeOption(arguments, "--out");
    const QString field = takeOption(arguments, "--field");
    const QString secondField = takeOption(arguments, "--field2");
    if (arguments.size() != 2) {
        streams.err << "agrimap-cli compare: expected FIRST[:LAYER] SECOND[:LAYER]\n";
        return Failure;
    }
    const auto [firstPath, firstLayer] = splitLayer(arguments[0]);
    const auto [secondPath, secondLayer] = splitLayer(arguments[1]);
    Result<DescribedLayer> first = describeSource(firstPath, firstLayer, field);
    Result<DescribedLayer> second =
        describeSource(secondPath, secondLayer, secondField.isEmpty() ? field : secondField);
    for (const auto* source : {&first, &second}) {
        if (!*source) {
            streams.err << "agrimap-cli compare: " << source->errorMessage().simplified() << '\n';
            return Failure;
        }
    }
    QElapsedTimer clock;
    clock.start();
    planning::ComparisonParameters parameters;
    parameters.first = first->source;
    parameters.second = second->source;
    Result<planning::ComparisonResult> result = planning::LandUseComparison::run(parameters);
    if (!result) {
        streams.err << "agrimap-cli compare: " << result.errorMessage().simplified() << '\n';
        return Failure;
    }
    printMatrix(result->matrix, streams.out);
    streams.out.flush();
    streams.err << "compared " << number(result->comparedM2 / 10000.0) << " ha in "
                << result->crs.displayName() << ": " << number(result->matrix.changedHectares())
                << " ha changed code in " << result->changes.size() << " piece(s), "
                << clock.elapsed() << " ms\n";
    if (!csv.isEmpty()) {
        if (Status written = result->matrix.writeCsv(csv); !written) {
            streams.err << "agrimap-cli compare: " << written.errorMessage().simplified() << '\n';
            return Failure;
        }
    }
    if (!out.isEmpty()) {
        if (Status written = planning::writeFindingLayer(out, result->table()); !written) {
            streams.err << "agrimap-cli compare: " << written.errorMessage().simplified() << '\n';
            return Failure;
        }
    }
    return Success;
}

int runCheckPlanning(const QStringList& given, Streams streams) {
    QStringList arguments = given;
    const QString out = takeOption(arguments, "--out");
    QString threshold = takeOption(arguments, "--threshold");
    if (arguments.size() != 1) {
        streams.err << "agrimap-cli check-planning: expected one PROJECT.gpkg\n";
        return Failure;
    }
    const QString path = QFileInfo(arguments.first()).absoluteFilePath();
    planning::ParcelCodeParameters parcelParameters;
    if (!threshold.isEmpty()) {
        if (threshold.endsWith(QLatin1Char('%'))) {
            parcelParameters.unit = planning::ParcelCodeParameters::Unit::Percent;
            threshold.chop(1);
        }
        bool ok = false;
        parcelParameters.threshold = threshold.toDouble(&ok);
        if (!ok) {
            streams.err << "agrimap-cli check-planning: --threshold wants N (m²) or N%\n";
            return Failure;
        }
    }
    Result<ProjectDocument> document = project_file::read(path);
    if (!document) {
        streams.err << "agrimap-cli check-planning: " << document.errorMessage().simplified()
                    << '\n';
        return Failure;
    }
    // The first land-use and cadastral layers of the project, as the dock would offer them.
    std::optional<PolygonSource> landUse;
    std::optional<PolygonSource> parcels;
    for (const ProjectLayer& layer : document->layers) {
        Result<DescribedLayer> described = describeSource(layer.source, layer.layerName, {});
        if (!described)
            continue;
        if (!layer.assignedCrs.isEmpty())
            described->source.crs = Crs::fromUserInput(layer.assignedCrs);
        const LayerRole role =
            layer.roleKey.isEmpty() ? described->role : layerRoleFromKey(layer.roleKey);
        if (role == LayerRole::LandUse && !landUse)
            landUse = described->source;
        else if (role == LayerRole::Cadastral && !parcels)
            parcels = described->source;
    }
    if (!landUse) {
        streams.err << "agrimap-cli check-planning: the project lists no land-use layer\n";
        return Failure;
    }
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    if (!store) {
        streams.err << "agrimap-cli check-planning: " << store.errorMessage().simplified() << '\n';
        return Failure;
    }
    qint64 findings = 0;
    planning::NonAgriculturalParameters areaParameters;
    Result<DescribedLayer> growingAreas =
        describeSource(path, QStringLiteral("production_areas"), QStringLiteral("code"));
    if (!growingAreas) {
        streams.err << "agrimap-cli check-planning: " << growingAreas.errorMessage() << '\n';
        return Failure;
    }
    areaParameters.growingAreas = growingAreas->source;
    areaParameters.growingAreas.labelFields = {QStringLiteral("code")};
    areaParameters.landUse = *landUse;
    areaParameters.agriculturalCodes = planning::agriculturalCodes(*store.value());
    Result<planning::NonAgriculturalResult> areas =
        planning::NonAgriculturalCheck::run(areaParameters);
    if (!areas) {
        streams.err << "agrimap-cli check-planning: " << areas.errorMessage().simplified() << '\n';
        return Failure;
    }
    for (const planning::NonAgriculturalPiece& piece : areas->pieces)
        streams.out << "non-agricultural\tarea " << piece.areaFid << " (" << piece.areaLabel
                    << ")\ton " << piece.landUseCode << " (land use " << piece.landUseFid << ")\t"
                    << number(piece.overlapHa()) << " ha\n";
    findings += qint64(areas->pieces.size());
    if (!out.isEmpty() && !areas->pieces.empty()) {
        if (Status written = planning::writeFindingLayer(out, areas->table()); !written) {
            streams.err << "agrimap-cli check-planning: " << written.errorMessage() << '\n';
            return Failure;
        }
    }
    if (parcels) {
        parcelParameters.parcels = *parcels;
        parcelParameters.landUse = *landUse;
        Result<planning::ParcelCodeResult> mismatches =
            planning::ParcelCodeCheck::run(parcelParameters);
        if (!mismatches) {
            streams.err << "agrimap-cli check-planning: " << mismatches.errorMessage().simplified()
                        << '\n';
            return Failure;
        }
        for (const planning::ParcelMismatch& mismatch : mismatches->mismatches)
            streams.out << "parcel-code\tparcel " << mismatch.parcelFid << " ("
                        << mismatch.parcelLabel << ")\trecorded " << mismatch.recordedCode
                        << ", map " << mismatch.plannedCode << "\t"
                        << number(mismatch.differingM2, 1) << " m² ("
                        << number(100 * mismatch.differingShare(), 1) << " %)\n";
        findings += qint64(mismatches->mismatches.size());
        if (!out.isEmpty() && !mismatches->mismatches.empty()) {
            if (Status written = planning::writeFindingLayer(out, mismatches->table()); !written) {
                streams.err << "agrimap-cli check-planning: " << written.errorMessage() << '\n';
                return Failure;
            }
        }
    }
    streams.out.flush();
    streams.err << findings << " finding(s)\n";
    return findings == 0 ? Success : Problems;
}

} // namespace agrimap::cli
