#include "source_text_encoding.h"

#include "gdal_environment.h"
#include "gdal_source.h"
#include "legacy_source_text.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>

namespace agrimap {

namespace {

// One table for the process: every reader of a file, on any thread, must decode it alike,
// and the user's choice for the file holds wherever it is read.
struct Entry {
    TextEncodingChoice choice = TextEncodingChoice::Auto;
    std::optional<detail::SourceTextEncoding> resolved;
};

QMutex& registryMutex() {
    static QMutex mutex;
    return mutex;
}

QHash<QString, Entry>& registry() {
    static QHash<QString, Entry> entries;
    return entries;
}

bool isDbfFamily(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("shp") || suffix == QLatin1String("dbf");
}

/// What the .cpg beside a Shapefile or DBF names, lower case; empty when there is none.
QByteArray cpgOf(const QString& path) {
    const QFileInfo info(path);
    for (const QString& extension : {QStringLiteral(".cpg"), QStringLiteral(".CPG")}) {
        QFile cpg(info.path() + QLatin1Char('/') + info.completeBaseName() + extension);
        if (cpg.open(QIODevice::ReadOnly))
            return cpg.read(64).trimmed().toLower();
    }
    return {};
}

/// Distinct non-ASCII text values from the first features of each layer of `path`, read as
/// raw bytes or as GDAL gives them.
std::vector<QByteArray> sampleValues(const QString& path, bool rawBytes) {
    constexpr int maximumLayers = 8;
    constexpr int featuresPerLayer = 2000;
    constexpr size_t wanted = 3000;
    ensureGdalReady();
    std::vector<QByteArray> samples;
    char** options = rawBytes ? CSLSetNameValue(nullptr, "ENCODING", "") : nullptr;
    CPLErrorReset();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options, nullptr));
    CSLDestroy(options);
    if (!dataset)
        return samples;
    QSet<QByteArray> seen;
    for (int l = 0; l < std::min(maximumLayers, dataset->GetLayerCount()); ++l) {
        OGRLayer* layer = dataset->GetLayer(l);
        const OGRFeatureDefn* definition = layer->GetLayerDefn();
        std::vector<int> textFields;
        CPLStringList ignored;
        for (int i = 0; i < definition->GetFieldCount(); ++i) {
            if (definition->GetFieldDefn(i)->GetType() == OFTString)
                textFields.push_back(i);
            else
                ignored.AddString(definition->GetFieldDefn(i)->GetNameRef());
        }
        if (textFields.empty())
            continue;
        ignored.AddString("OGR_GEOMETRY");
        ignored.AddString("OGR_STYLE");
        layer->SetIgnoredFields(const_cast<const char**>(ignored.List()));
        int read = 0;
        for (OGRFeatureUniquePtr feature(layer->GetNextFeature());
             feature && read < featuresPerLayer && samples.size() < wanted;
             feature.reset(layer->GetNextFeature()), ++read) {
            for (const int field : textFields) {
                if (!feature->IsFieldSetAndNotNull(field))
                    continue;
                const QByteArray value(feature->GetFieldAsString(field));
                if (!isPlainAscii(value) && !seen.contains(value)) {
                    seen.insert(value);
                    samples.push_back(value);
                }
            }
        }
    }
    return samples;
}

detail::SourceTextEncoding resolve(const QString& path, TextEncodingChoice choice) {
    const bool dbf = isDbfFamily(path);
    if (choice == TextEncodingChoice::Unicode)
        return {}; // as GDAL reads it (a DBF recoded from its own code page)
    if (const std::optional<LegacyEncoding> legacy = legacyEncodingOf(choice))
        return {dbf, legacy};
    if (dbf) {
        const QByteArray cpg = cpgOf(path);
        if (cpg.contains("1258"))
            return {true, LegacyEncoding::Windows1258}; // GDAL's iconv would lose letters
        if (cpg.contains("utf-8") || cpg.contains("utf8"))
            return {};
    }
    const std::vector<QByteArray> samples = sampleValues(path, dbf);
    if (const std::optional<LegacyEncoding> legacy = detectSourceEncoding(samples))
        return {dbf, legacy};
    // A DBF in UTF-8 without a .cpg: GDAL would take it for Latin-1.
    if (dbf && !samples.empty() &&
        std::all_of(samples.begin(), samples.end(), [](const auto& s) { return isValidUtf8(s); }))
        return {true, std::nullopt};
    return {};
}

} // namespace

void setSourceTextEncoding(const QString& path, TextEncodingChoice choice) {
    const QMutexLocker lock(&registryMutex());
    registry()[path] = Entry{choice, std::nullopt};
}

TextEncodingChoice sourceTextEncodingChoice(const QString& path) {
    const QMutexLocker lock(&registryMutex());
    return registry().value(path).choice;
}

std::optional<LegacyEncoding> sourceLegacyEncoding(const QString& path) {
    return detail::textEncodingOf(path).legacy;
}

namespace detail {

SourceTextEncoding textEncodingOf(const QString& path) {
    TextEncodingChoice choice = TextEncodingChoice::Auto;
    {
        const QMutexLocker lock(&registryMutex());
        const auto found = registry().constFind(path);
        if (found != registry().cend()) {
            if (found->resolved)
                return *found->resolved;
            choice = found->choice;
        }
    }
    // Outside the lock: detection reads the file. Two threads may both detect; they agree.
    const SourceTextEncoding resolved = resolve(path, choice);
    const QMutexLocker lock(&registryMutex());
    Entry& entry = registry()[path];
    if (entry.choice == choice) // not changed by the user meanwhile
        entry.resolved = resolved;
    return resolved;
}

QString sourceText(const char* raw, const SourceTextEncoding& encoding) {
    return decodeSourceText(QByteArrayView(raw), encoding.legacy);
}

} // namespace detail

} // namespace agrimap
