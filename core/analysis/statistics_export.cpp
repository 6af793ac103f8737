#include "statistics_export.h"

#include "gdal_environment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

QString csvCell(const QVariant& value, StatisticsColumn::Kind kind) {
    if (!value.isValid() || value.isNull())
        return {};
    switch (kind) {
    case StatisticsColumn::Kind::Count:
        return QString::number(value.toLongLong());
    case StatisticsColumn::Kind::Hectares:
        return QString::number(value.toDouble(), 'f', 4);
    case StatisticsColumn::Kind::Percent:
        return QString::number(value.toDouble(), 'f', 2);
    case StatisticsColumn::Kind::Number:
        return QString::number(value.toDouble(), 'g', 15);
    case StatisticsColumn::Kind::Text:
        break;
    }
    QString text = value.toString();
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
        text != text.trimmed()) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvLine(const StatisticsTable& table, const QVariantList& cells) {
    QStringList line;
    for (size_t i = 0; i < table.columns.size(); ++i)
        line << csvCell(cells.value(qsizetype(i)), table.columns[i].kind);
    return line.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

// Excel refuses sheet names over 31 characters or with any of []:*?/\ in them.
QString sheetName(const StatisticsTable& table, QSet<QString>& used) {
    QString name = table.title.isEmpty() ? table.name : table.title;
    for (const QChar bad : QStringLiteral("[]:*?/\\"))
        name.replace(bad, QLatin1Char(' '));
    name = name.simplified().left(31);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; used.contains(unique.toLower()); ++n)
        unique = name.left(31 - 1 - int(QString::number(n).size())) + QLatin1Char(' ') +
                 QString::number(n);
    used.insert(unique.toLower());
    return unique;
}

OGRFieldType fieldTypeOf(StatisticsColumn::Kind kind) {
    switch (kind) {
    case StatisticsColumn::Kind::Text:
        return OFTString;
    case StatisticsColumn::Kind::Count:
        return OFTInteger64;
    case StatisticsColumn::Kind::Hectares:
    case StatisticsColumn::Kind::Percent:
    case StatisticsColumn::Kind::Number:
        return OFTReal;
    }
    return OFTString;
}

void setCell(OGRFeature& feature, int field, const QVariant& value, StatisticsColumn::Kind kind) {
    if (!value.isValid() || value.isNull())
        return;
    switch (kind) {
    case StatisticsColumn::Kind::Text:
        feature.SetField(field, value.toString().toUtf8().constData());
        return;
    case StatisticsColumn::Kind::Count:
        feature.SetField(field, GIntBig(value.toLongLong()));
        return;
    case StatisticsColumn::Kind::Hectares:
    case StatisticsColumn::Kind::Percent:
    case StatisticsColumn::Kind::Number:
        feature.SetField(field, value.toDouble());
        return;
    }
}

Error writeFailed(const QString& path, const QString& reason) {
    return Error{QCoreApplication::translate(
                     "agrimap::StatisticsExport",
                     "Cannot write the statistics to %1: %2. Choose a folder you may write to, "
                     "and close the file if another program has it open.")
                     .arg(QDir::toNativeSeparators(path), reason)};
}

} // namespace

Status exportStatisticsCsv(const StatisticsTable& table, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    QString text;
    QStringList header;
    for (const StatisticsColumn& column : table.columns)
        header << csvCell(column.title, StatisticsColumn::Kind::Text);
    text += header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const QVariantList& row : table.rows)
        text += csvLine(table, row);
    if (!table.totals.isEmpty())
        text += csvLine(table, table.totals);
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

Status exportStatisticsXlsx(const std::vector<StatisticsTable>& tables, const QString& path) {
    ensureGdalReady();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
    if (!driver)
        return writeFailed(path, QCoreApplication::translate("agrimap::StatisticsExport",
                                                             "this GDAL has no XLSX driver"));
    // Written beside the target under a hidden name, then renamed: never a half workbook. The
    // name has ".xlsx" only at its end: GDAL's zip layer cuts a path at the first ".xlsx".
    const QFileInfo target(path);
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".agrimap-statistics-%1-partial.xlsx")
            .arg(QString::number(QRandomGenerator::global()->generate64(), 36)));
    QFile::remove(partial);
    CPLErrorReset();
    {
        GDALDatasetUniquePtr dataset(
            driver->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset)
            return writeFailed(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        QSet<QString> usedNames;
        for (const StatisticsTable& table : tables) {
            OGRLayer* layer = dataset->CreateLayer(sheetName(table, usedNames).toUtf8().constData(),
                                                   nullptr, wkbNone, nullptr);
            if (!layer)
                return writeFailed(path, QString::fromUtf8(CPLGetLastErrorMsg()));
            for (const StatisticsColumn& column : table.columns) {
                OGRFieldDefn field(column.title.toUtf8().constData(), fieldTypeOf(column.kind));
                if (layer->CreateField(&field) != OGRERR_NONE)
                    return writeFailed(path, QString::fromUtf8(CPLGetLastErrorMsg()));
            }
            std::vector<const QVariantList*> rows;
            for (const QVariantList& row : table.rows)
                rows.push_back(&row);
            if (!table.totals.isEmpty())
                rows.push_back(&table.totals);
            for (const QVariantList* row : rows) {
                OGRFeature feature(layer->GetLayerDefn());
                for (size_t i = 0; i < table.columns.size(); ++i)
                    setCell(feature, int(i), row->value(qsizetype(i)), table.columns[i].kind);
                if (layer->CreateFeature(&feature) != OGRERR_NONE)
                    return writeFailed(path, QString::fromUtf8(CPLGetLastErrorMsg()));
            }
        }
    } // the XLSX driver writes the workbook when the dataset closes
    if (CPLGetLastErrorType() >= CE_Failure || !QFileInfo::exists(partial)) {
        const QString reason = QString::fromUtf8(CPLGetLastErrorMsg());
        QFile::remove(partial);
        return writeFailed(path, reason.isEmpty()
                                     ? QCoreApplication::translate("agrimap::StatisticsExport",
                                                                   "the workbook was not written")
                                     : reason);
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return writeFailed(path, QCoreApplication::translate("agrimap::StatisticsExport",
                                                             "cannot replace the file"));
    }
    return {};
}

} // namespace agrimap
