#include "cli_commands.h"
#include "directory/farmer_store.h"
#include "directory/import/farmer_import.h"
#include "directory/import/import_table.h"
#include "editing/project_store.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace agrimap::cli {

namespace {

constexpr const char* usage =
    "usage: agrimap-cli import-farmers PROJECT.gpkg FILE [--encoding auto|utf8|cp1258|tcvn3|vni]\n"
    "       [--mapping FILE.json] [--sheet NAME] [--save-mapping FILE.json] [--dry-run]\n";

struct Arguments {
    QString project;
    QString source;
    TextEncodingChoice encoding = TextEncodingChoice::Auto;
    QString mappingFile;
    QString saveMappingFile;
    QString sheet;
    bool dryRun = false;
};

std::optional<Arguments> parse(const QStringList& arguments, QTextStream& err) {
    Arguments parsed;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size()) {
                err << "agrimap-cli import-farmers: " << argument << " needs a value\n" << usage;
                return std::nullopt;
            }
            return arguments[++i];
        };
        if (argument == QLatin1String("--encoding")) {
            const std::optional<QString> key = value();
            if (!key)
                return std::nullopt;
            const std::optional<TextEncodingChoice> choice = textEncodingFromKey(*key);
            if (!choice) {
                err << "agrimap-cli import-farmers: unknown encoding '" << *key
                    << "' (auto, utf8, cp1258, tcvn3 or vni)\n";
                return std::nullopt;
            }
            parsed.encoding = *choice;
        } else if (argument == QLatin1String("--mapping")) {
            const std::optional<QString> path = value();
            if (!path)
                return std::nullopt;
            parsed.mappingFile = *path;
        } else if (argument == QLatin1String("--save-mapping")) {
            const std::optional<QString> path = value();
            if (!path)
                return std::nullopt;
            parsed.saveMappingFile = *path;
        } else if (argument == QLatin1String("--sheet")) {
            const std::optional<QString> name = value();
            if (!name)
                return std::nullopt;
            parsed.sheet = *name;
        } else if (argument == QLatin1String("--dry-run")) {
            parsed.dryRun = true;
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << "agrimap-cli import-farmers: unknown option " << argument << '\n' << usage;
            return std::nullopt;
        } else if (parsed.project.isEmpty()) {
            parsed.project = argument;
        } else if (parsed.source.isEmpty()) {
            parsed.source = argument;
        } else {
            err << "agrimap-cli import-farmers: expected PROJECT.gpkg and one FILE\n" << usage;
            return std::nullopt;
        }
    }
    if (parsed.source.isEmpty()) {
        err << "agrimap-cli import-farmers: expected PROJECT.gpkg and FILE\n" << usage;
        return std::nullopt;
    }
    return parsed;
}

QString originText(MappingOrigin origin, const QString& file) {
    switch (origin) {
    case MappingOrigin::Given:
        return QStringLiteral("from %1").arg(file);
    case MappingOrigin::Remembered:
        return QStringLiteral("remembered by the project for these columns");
    case MappingOrigin::Guessed:
        break;
    }
    return QStringLiteral("guessed from the column names");
}

} // namespace

int runImportFarmers(const QStringList& arguments, Streams streams) {
    const std::optional<Arguments> parsed = parse(arguments, streams.err);
    if (!parsed)
        return Failure;
    const auto fail = [&streams](const QString& message) {
        streams.err << "agrimap-cli import-farmers: " << message.simplified() << '\n';
        return Failure;
    };
    if (!QFileInfo::exists(parsed->project))
        return fail(QStringLiteral("%1 does not exist: make the project first (agrimap-cli "
                                   "make-project, or in AgriMap)")
                        .arg(parsed->project));
    QElapsedTimer clock;
    clock.start();
    // A dry run stores nothing, so it needs (and takes) no editing lock.
    auto store = ProjectStore::open(parsed->project, parsed->dryRun ? ProjectStore::Access::ReadOnly
                                                                    : ProjectStore::Access::Edit);
    if (!store)
        return fail(store.errorMessage());
    if (!parsed->dryRun && store.value()->isReadOnly()) {
        const std::optional<LockHolder> holder = store.value()->heldBy();
        return fail(QStringLiteral("%1 is open for editing elsewhere%2: close it there first")
                        .arg(parsed->project,
                             holder
                                 ? QStringLiteral(" (by %1 on %2)").arg(holder->user, holder->host)
                                 : QString()));
    }
    FarmerStore farmers(*store.value());

    Result<ImportTable> table = ImportTable::read(parsed->source, parsed->sheet);
    if (!table)
        return fail(table.errorMessage());
    const ImportEncoding encoding = resolveImportEncoding(table.value(), parsed->encoding);
    const QStringList headers = table->headers(encoding.legacy);
    StartingMapping mapping;
    if (!parsed->mappingFile.isEmpty()) {
        Result<ImportMapping> loaded = loadImportMapping(parsed->mappingFile, headers);
        if (!loaded)
            return fail(loaded.errorMessage());
        mapping = {std::move(loaded).value(), MappingOrigin::Given};
    } else {
        mapping = startingImportMapping(headers, *store.value());
    }
    streams.out << "Columns (" << originText(mapping.origin, parsed->mappingFile) << "):\n";
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const ImportField field = mapping.mapping.fields[size_t(i)];
        streams.out << "  " << headers[i] << " -> "
                    << (field == ImportField::Ignore ? QStringLiteral("(not imported)")
                                                     : importFieldKey(field))
                    << '\n';
    }
    if (!parsed->saveMappingFile.isEmpty()) {
        if (Status saved = saveImportMapping(mapping.mapping, parsed->saveMappingFile); !saved)
            return fail(saved.errorMessage());
    }

    FarmerImportOptions options;
    options.dryRun = parsed->dryRun;
    Result<FarmerImportReport> report =
        runFarmerImport(table.value(), mapping.mapping, encoding, farmers, options);
    if (!report)
        return fail(report.errorMessage());
    streams.out << farmerImportReportText(report.value()) << '\n';
    streams.out.flush();
    streams.err << report->rows << " row(s), " << clock.elapsed() << " ms\n";
    return report->allRowsTaken() ? Success : Problems;
}

} // namespace agrimap::cli
