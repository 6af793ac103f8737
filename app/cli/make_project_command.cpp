#include "cli_commands.h"
#include "directory/farmer_store.h"
#include "directory/sample_households.h"
#include "editing/project_store.h"
#include "layer_factory.h"
#include "project_file.h"
#include "vector_layer.h"

#include <QDir>
#include <QFileInfo>
#include <memory>

namespace agrimap::cli {

int runMakeProject(const QStringList& arguments, Streams streams) {
    QStringList inputs = arguments;
    const auto takeOption = [&inputs](const char* name) {
        const qsizetype option = inputs.indexOf(QLatin1String(name));
        if (option < 0 || option + 1 >= inputs.size())
            return QString();
        const QString value = inputs.takeAt(option + 1);
        inputs.removeAt(option);
        return value;
    };
    const QString areasSource = takeOption("--areas");
    // PATH:LAYER:NAME_FIELD of the communes the "inside its commune" rule checks against.
    const QStringList communes = takeOption("--communes").split(QLatin1Char(':'));
    // N plainly fictional households on the cadastral input's parcels inside the areas.
    const QString sampleFarmers = takeOption("--sample-farmers");
    if (inputs.size() < 2 && (inputs.size() < 1 || areasSource.isEmpty())) {
        streams.err << "agrimap-cli make-project: expected OUT.agrimap.gpkg PATH[:LAYER]... "
                       "[--areas PATH:LAYER] [--sample-farmers N]\n";
        return Failure;
    }
    bool isCount = sampleFarmers.isEmpty();
    const int farmerCount = sampleFarmers.isEmpty() ? 0 : sampleFarmers.toInt(&isCount);
    if (!isCount || farmerCount < 0 || (farmerCount > 0 && areasSource.isEmpty())) {
        streams.err << "agrimap-cli make-project: --sample-farmers takes a number of households "
                       "and needs --areas and a cadastral layer\n";
        return Failure;
    }
    SampleParcelSource parcels;
    ProjectDocument document;
    const QString output = QFileInfo(inputs.first()).absoluteFilePath();
    document.title = QFileInfo(output).fileName().section(QLatin1Char('.'), 0, 0);
    for (const QString& argument : inputs.mid(1)) {
        // PATH:LAYER names one layer of a multi-layer file; a bare PATH takes all of them.
        const qsizetype colon = argument.lastIndexOf(QLatin1Char(':'));
        const bool namesLayer = colon > 1 && !QFileInfo::exists(argument);
        const QString path =
            QFileInfo(namesLayer ? argument.left(colon) : argument).absoluteFilePath();
        Result<std::vector<MapLayer*>> opened =
            openLayers(path, namesLayer ? QStringList{argument.mid(colon + 1)} : QStringList());
        if (!opened) {
            streams.err << "agrimap-cli make-project: " << opened.errorMessage() << '\n';
            return Failure;
        }
        // Same order and roles as the map window would give them.
        for (MapLayer* layer : opened.value()) {
            std::unique_ptr<MapLayer> owned(layer);
            const auto* vector = qobject_cast<const VectorLayer*>(layer);
            if (vector && vector->role() == LayerRole::Cadastral && parcels.path.isEmpty()) {
                const RoleFields& fields = vector->sourceInfo().role.fields;
                parcels = {vector->sourcePath(), vector->sourceLayerName(), fields.commune,
                           fields.mapSheet,      fields.parcelNumber,       fields.area};
            }
            document.layers.push_back(describeForProject(*layer));
            if (document.mapCrs.isEmpty() && layer->crs().isValid())
                document.mapCrs = layer->crs().definition();
        }
    }
    if (!areasSource.isEmpty()) {
        // The growing areas are copied into the project, where the editor keeps them.
        const qsizetype colon = areasSource.lastIndexOf(QLatin1Char(':'));
        const QString path = colon > 1 ? areasSource.left(colon) : areasSource;
        const QString layerName =
            colon > 1 ? areasSource.mid(colon + 1) : QStringLiteral("production_areas");
        {
            auto store = ProjectStore::open(output, ProjectStore::Access::Edit,
                                            Crs::fromUserInput(document.mapCrs).isGeographic()
                                                ? Crs::fromEpsg(5897)
                                                : Crs::fromUserInput(document.mapCrs));
            if (!store || store.value()->isReadOnly()) {
                streams.err << "agrimap-cli make-project: "
                            << (store ? QStringLiteral("%1 is being edited").arg(output)
                                      : store.errorMessage())
                            << '\n';
                return Failure;
            }
            Result<int> imported = store.value()->importAreas(path, layerName);
            if (!imported) {
                streams.err << "agrimap-cli make-project: " << imported.errorMessage() << '\n';
                return Failure;
            }
            streams.out << "copied " << imported.value() << " growing area(s) into the project\n";
            if (farmerCount > 0) {
                if (parcels.path.isEmpty()) {
                    streams.err << "agrimap-cli make-project: --sample-farmers needs a cadastral "
                                   "layer among the inputs\n";
                    return Failure;
                }
                FarmerStore farmers(*store.value());
                Result<SampleHouseholdsReport> added =
                    addSampleHouseholds(farmers, parcels, farmerCount);
                if (!added) {
                    streams.err << "agrimap-cli make-project: " << added.errorMessage() << '\n';
                    return Failure;
                }
                streams.out << "added " << added->farmers << " fictional sample household(s) with "
                            << added->parcelLinks << " parcel link(s), " << added->areaLinks
                            << " growing-area link(s) and " << added->cooperatives
                            << " cooperative(s)\n";
            }
            if (communes.size() == 3) {
                EditSettings settings = store.value()->settings();
                settings.communeSource = QFileInfo(output).absoluteDir().relativeFilePath(
                    QFileInfo(communes[0]).absoluteFilePath());
                settings.communeLayer = communes[1];
                settings.communeNameField = communes[2];
                if (Status saved = store.value()->saveSettings(settings); !saved) {
                    streams.err << "agrimap-cli make-project: " << saved.errorMessage() << '\n';
                    return Failure;
                }
            }
        }
        Result<std::vector<MapLayer*>> own =
            openLayers(output, {QStringLiteral("production_areas")});
        if (!own) {
            streams.err << "agrimap-cli make-project: " << own.errorMessage() << '\n';
            return Failure;
        }
        for (MapLayer* layer : own.value()) {
            std::unique_ptr<MapLayer> owned(layer);
            document.layers.push_back(describeForProject(*layer));
        }
    }
    Status written = project_file::write(output, document);
    if (!written) {
        streams.err << "agrimap-cli make-project: " << written.errorMessage() << '\n';
        return Failure;
    }
    streams.out << "wrote " << output << " with " << document.layers.size() << " layer(s)\n";
    return Success;
}

} // namespace agrimap::cli
