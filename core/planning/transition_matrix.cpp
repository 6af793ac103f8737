#include "transition_matrix.h"

#include "gdal_environment.h"

#include <QFile>
#include <QSet>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap::planning {

namespace {
constexpr double squareMetresPerHectare = 10000.0;
}

void TransitionMatrix::add(const QString& from, const QString& to, double m2) {
    m_cells[from][to] += m2;
}

void TransitionMatrix::merge(const TransitionMatrix& other) {
    for (auto row = other.m_cells.cbegin(); row != other.m_cells.cend(); ++row) {
        for (auto cell = row.value().cbegin(); cell != row.value().cend(); ++cell)
            add(row.key(), cell.key(), cell.value());
    }
}

QStringList TransitionMatrix::fromCodes() const {
    QStringList codes = m_cells.keys();
    codes.sort();
    return codes;
}

QStringList TransitionMatrix::toCodes() const {
    QSet<QString> codes;
    for (const auto& row : m_cells) {
        for (auto cell = row.cbegin(); cell != row.cend(); ++cell)
            codes.insert(cell.key());
    }
    QStringList sorted(codes.begin(), codes.end());
    sorted.sort();
    return sorted;
}

double TransitionMatrix::hectares(const QString& from, const QString& to) const {
    return m_cells.value(from).value(to) / squareMetresPerHectare;
}

double TransitionMatrix::rowHectares(const QString& from) const {
    double m2 = 0;
    for (double value : m_cells.value(from))
        m2 += value;
    return m2 / squareMetresPerHectare;
}

double TransitionMatrix::columnHectares(const QString& to) const {
    double m2 = 0;
    for (const auto& row : m_cells)
        m2 += row.value(to);
    return m2 / squareMetresPerHectare;
}

double TransitionMatrix::totalHectares() const {
    double m2 = 0;
    for (const auto& row : m_cells) {
        for (double value : row)
            m2 += value;
    }
    return m2 / squareMetresPerHectare;
}

double TransitionMatrix::changedHectares() const {
    double m2 = 0;
    for (auto row = m_cells.cbegin(); row != m_cells.cend(); ++row) {
        for (auto cell = row.value().cbegin(); cell != row.value().cend(); ++cell) {
            if (cell.key() != row.key())
                m2 += cell.value();
        }
    }
    return m2 / squareMetresPerHectare;
}

QString TransitionMatrix::codeTitle(const QString& code) {
    return code.isEmpty() ? tr("(no code)") : code;
}

Status TransitionMatrix::writeCsv(const QString& path) const {
    ensureGdalReady();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("CSV");
    if (!driver)
        return Error{tr("GDAL has no CSV driver.")};
    // The CSV driver will not write over a file.
    if (QFile::exists(path) && !QFile::remove(path))
        return Error{tr("%1 cannot be replaced: it may be open in another program.").arg(path)};
    const auto failure = [&path] {
        return Error{tr("%1 cannot be written: %2. Choose a folder you may write to.")
                         .arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
    };
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return failure();
    const char* options[] = {"SEPARATOR=COMMA", "STRING_QUOTING=IF_NEEDED", nullptr};
    OGRLayer* layer =
        dataset->CreateLayer("transition_matrix", nullptr, wkbNone, const_cast<char**>(options));
    if (!layer)
        return failure();
    const QStringList to = toCodes();
    const QString totalTitle = tr("total");
    QStringList columns{tr("from \\ to (ha)")};
    for (const QString& code : to)
        columns << codeTitle(code);
    columns << totalTitle;
    for (int i = 0; i < columns.size(); ++i) {
        OGRFieldDefn field(columns[i].toUtf8().constData(), i == 0 ? OFTString : OFTReal);
        if (i > 0) {
            field.SetWidth(20);
            field.SetPrecision(4);
        }
        if (layer->CreateField(&field) != OGRERR_NONE)
            return failure();
    }
    const auto writeRow = [&](const QString& title, const std::function<double(int)>& value,
                              double total) -> bool {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField(0, title.toUtf8().constData());
        for (int i = 0; i < to.size(); ++i)
            feature.SetField(i + 1, value(i));
        feature.SetField(int(to.size()) + 1, total);
        return layer->CreateFeature(&feature) == OGRERR_NONE;
    };
    for (const QString& from : fromCodes()) {
        if (!writeRow(
                codeTitle(from), [&](int i) { return hectares(from, to[i]); }, rowHectares(from)))
            return failure();
    }
    if (!writeRow(
            totalTitle, [&](int i) { return columnHectares(to[i]); }, totalHectares()))
        return failure();
    dataset.reset();
    return {};
}

} // namespace agrimap::planning
