#include "gpkg_spatial_index.h"

#include "hilbert_sorter.h"
#include "rtree_packer.h"

#include <QCoreApplication>
#include <cmath>
#include <cstring>
#include <memory>
#include <ogr_geometry.h>
#include <optional>
#include <sqlite3.h>

namespace agrimap {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("agrimap::OpenDataExporter", text);
}

struct DatabaseCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Database = std::unique_ptr<sqlite3, DatabaseCloser>;
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

std::string quoted(const QString& identifier) {
    QString text = identifier;
    return QString(QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                   QLatin1Char('"'))
        .toStdString();
}

// The R-tree's single-precision box must hold the double-precision one: round outwards.
float roundedDown(double value) {
    float rounded = float(value);
    if (double(rounded) > value)
        rounded = std::nextafter(rounded, -INFINITY);
    return rounded;
}

float roundedUp(double value) {
    float rounded = float(value);
    if (double(rounded) < value)
        rounded = std::nextafter(rounded, INFINITY);
    return rounded;
}

double doubleAt(const unsigned char* bytes, bool littleEndian) {
    unsigned char ordered[8];
    for (int i = 0; i < 8; ++i)
        ordered[i] =
            bytes[littleEndian == (QSysInfo::ByteOrder == QSysInfo::LittleEndian) ? i : 7 - i];
    double value = 0;
    std::memcpy(&value, ordered, sizeof value);
    return value;
}

struct Box {
    double minX, maxX, minY, maxY;
};

// The bounding box of a GeoPackage geometry blob: from its header's envelope, or (points,
// which GDAL writes without one) from the geometry. None for an empty geometry.
std::optional<Box> boxOf(const unsigned char* blob, int size, bool* malformed) {
    constexpr int headerSize = 8;
    if (size < headerSize || blob[0] != 'G' || blob[1] != 'P') {
        *malformed = true;
        return std::nullopt;
    }
    const unsigned char flags = blob[3];
    if (flags & 0x10) // the empty-geometry flag
        return std::nullopt;
    const bool littleEndian = flags & 0x01;
    const int envelopeKind = (flags >> 1) & 0x07;
    static constexpr int envelopeDoubles[] = {0, 4, 6, 6, 8};
    if (envelopeKind > 4 || size < headerSize + 8 * envelopeDoubles[envelopeKind]) {
        *malformed = true;
        return std::nullopt;
    }
    if (envelopeKind > 0) {
        const unsigned char* at = blob + headerSize;
        return Box{doubleAt(at, littleEndian), doubleAt(at + 8, littleEndian),
                   doubleAt(at + 16, littleEndian), doubleAt(at + 24, littleEndian)};
    }
    OGRGeometry* geometry = nullptr;
    if (OGRGeometryFactory::createFromWkb(blob + headerSize, nullptr, &geometry,
                                          size - headerSize) != OGRERR_NONE) {
        *malformed = true;
        return std::nullopt;
    }
    const std::unique_ptr<OGRGeometry> owned(geometry);
    if (owned->IsEmpty())
        return std::nullopt;
    OGREnvelope envelope;
    owned->getEnvelope(&envelope);
    return Box{envelope.MinX, envelope.MaxX, envelope.MinY, envelope.MaxY};
}

// GeoPackage 1.3, annex "RTree Spatial Indexes": the triggers that keep the index current.
// %1 the table, %2 the geometry column, %3 the id column, %4 the R-tree.
const char* const triggerSql[] = {
    "CREATE TRIGGER \"%4_insert\" AFTER INSERT ON %1 "
    "WHEN (new.%2 NOT NULL AND NOT ST_IsEmpty(NEW.%2)) "
    "BEGIN INSERT OR REPLACE INTO \"%4\" VALUES (NEW.%3, ST_MinX(NEW.%2), ST_MaxX(NEW.%2), "
    "ST_MinY(NEW.%2), ST_MaxY(NEW.%2)); END",
    "CREATE TRIGGER \"%4_update1\" AFTER UPDATE OF %2 ON %1 "
    "WHEN OLD.%3 = NEW.%3 AND (NEW.%2 NOTNULL AND NOT ST_IsEmpty(NEW.%2)) "
    "BEGIN INSERT OR REPLACE INTO \"%4\" VALUES (NEW.%3, ST_MinX(NEW.%2), ST_MaxX(NEW.%2), "
    "ST_MinY(NEW.%2), ST_MaxY(NEW.%2)); END",
    "CREATE TRIGGER \"%4_update2\" AFTER UPDATE OF %2 ON %1 "
    "WHEN OLD.%3 = NEW.%3 AND (NEW.%2 ISNULL OR ST_IsEmpty(NEW.%2)) "
    "BEGIN DELETE FROM \"%4\" WHERE id = OLD.%3; END",
    "CREATE TRIGGER \"%4_update3\" AFTER UPDATE ON %1 "
    "WHEN OLD.%3 != NEW.%3 AND (NEW.%2 NOTNULL AND NOT ST_IsEmpty(NEW.%2)) "
    "BEGIN DELETE FROM \"%4\" WHERE id = OLD.%3; INSERT OR REPLACE INTO \"%4\" VALUES (NEW.%3, "
    "ST_MinX(NEW.%2), ST_MaxX(NEW.%2), ST_MinY(NEW.%2), ST_MaxY(NEW.%2)); END",
    "CREATE TRIGGER \"%4_update4\" AFTER UPDATE ON %1 "
    "WHEN OLD.%3 != NEW.%3 AND (NEW.%2 ISNULL OR ST_IsEmpty(NEW.%2)) "
    "BEGIN DELETE FROM \"%4\" WHERE id IN (OLD.%3, NEW.%3); END",
    "CREATE TRIGGER \"%4_delete\" AFTER DELETE ON %1 WHEN old.%2 NOT NULL "
    "BEGIN DELETE FROM \"%4\" WHERE id = OLD.%3; END",
};

class IndexWriter {
public:
    IndexWriter(sqlite3* db, const std::function<bool()>& keepGoing)
        : m_db(db)
        , m_keepGoing(keepGoing) {}

    Status run(const std::string& sql) {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString reason = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return failure(reason);
    }

    Status index(const SpatialIndexTarget& target) {
        m_table = target.table;
        const QString rtree =
            QStringLiteral("rtree_%1_%2").arg(target.table, target.geometryColumn);
        if (Status created = run("CREATE VIRTUAL TABLE " + quoted(rtree) +
                                 " USING rtree(id, minx, maxx, miny, maxy)");
            !created)
            return created;
        if (Status filled = fill(target, rtree.toStdString()); !filled)
            return filled;
        for (const char* sql : triggerSql) {
            const QString trigger = QString::fromLatin1(sql).arg(
                QString::fromStdString(quoted(target.table)),
                QString::fromStdString(quoted(target.geometryColumn)),
                QString::fromStdString(quoted(target.idColumn)),
                QString(rtree).replace(QLatin1Char('"'), QLatin1String("\"\"")));
            if (Status made = run(trigger.toStdString()); !made)
                return made;
        }
        Statement extension = prepare(
            "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, "
            "scope) VALUES (?, ?, 'gpkg_rtree_index', "
            "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')");
        if (!extension)
            return failure();
        const QByteArray table = target.table.toUtf8();
        const QByteArray column = target.geometryColumn.toUtf8();
        sqlite3_bind_text(extension.get(), 1, table.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_text(extension.get(), 2, column.constData(), -1, SQLITE_STATIC);
        return sqlite3_step(extension.get()) == SQLITE_DONE ? Status{} : failure();
    }

private:
    Statement prepare(const std::string& sql) {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr);
        return Statement(statement);
    }

    Status failure(const QString& reason = {}) const {
        return Error{
            tr("Cannot build the spatial index of %1: %2")
                .arg(m_table, reason.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : reason)};
    }

    // The boxes of every feature, sorted along a Hilbert curve over the table's extent (which
    // GDAL recorded in gpkg_contents), packed into the R-tree.
    Status fill(const SpatialIndexTarget& target, const std::string& rtree) {
        Statement extent = prepare("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE "
                                   "table_name = ? AND min_x IS NOT NULL");
        if (!extent)
            return failure();
        const QByteArray table = target.table.toUtf8();
        sqlite3_bind_text(extent.get(), 1, table.constData(), -1, SQLITE_STATIC);
        if (sqlite3_step(extent.get()) != SQLITE_ROW)
            return {}; // no feature with a geometry
        HilbertSorter sorter(
            sqlite3_column_double(extent.get(), 0), sqlite3_column_double(extent.get(), 1),
            sqlite3_column_double(extent.get(), 2), sqlite3_column_double(extent.get(), 3));
        Statement rows = prepare("SELECT " + quoted(target.idColumn) + ", " +
                                 quoted(target.geometryColumn) + " FROM " + quoted(target.table));
        if (!rows)
            return failure();
        int step = SQLITE_ROW;
        for (qint64 row = 0; (step = sqlite3_step(rows.get())) == SQLITE_ROW; ++row) {
            if (sqlite3_column_type(rows.get(), 1) == SQLITE_NULL)
                continue;
            bool malformed = false;
            const std::optional<Box> box =
                boxOf(static_cast<const unsigned char*>(sqlite3_column_blob(rows.get(), 1)),
                      sqlite3_column_bytes(rows.get(), 1), &malformed);
            if (malformed)
                return failure(tr("feature %1 has no readable geometry")
                                   .arg(sqlite3_column_int64(rows.get(), 0)));
            if (box) {
                const BoxEntry entry{sqlite3_column_int64(rows.get(), 0), roundedDown(box->minX),
                                     roundedUp(box->maxX), roundedDown(box->minY),
                                     roundedUp(box->maxY)};
                if (Status added = sorter.add(entry); !added)
                    return added;
            }
            if ((row & 0xffff) == 0 && m_keepGoing && !m_keepGoing())
                return Error{tr("The export was cancelled; no file was written")};
        }
        if (step != SQLITE_DONE)
            return failure();
        RTreePacker packer(m_db, rtree);
        if (Status started = packer.start(); !started)
            return started;
        if (Status packed =
                sorter.drain([&packer](const BoxEntry& box) { return packer.add(box); });
            !packed)
            return packed;
        return packer.finish();
    }

    sqlite3* m_db;
    const std::function<bool()>& m_keepGoing;
    QString m_table;
};

} // namespace

Status addSpatialIndexes(const QString& packagePath, const std::vector<SpatialIndexTarget>& tables,
                         const std::function<bool()>& keepGoing) {
    sqlite3* opened = nullptr;
    const int code =
        sqlite3_open_v2(packagePath.toUtf8().constData(), &opened, SQLITE_OPEN_READWRITE, nullptr);
    const Database db(opened);
    if (code != SQLITE_OK)
        return Error{tr("Cannot build the spatial indexes of %1: %2")
                         .arg(packagePath, QString::fromUtf8(sqlite3_errmsg(opened)))};
    IndexWriter writer(db.get(), keepGoing);
    // The package is written under a temporary name and deleted whole on failure: a journal
    // would only be written to be thrown away.
    if (Status begun = writer.run("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN");
        !begun)
        return begun;
    if (Status declared = writer.run(
            "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
            "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
            "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))");
        !declared)
        return declared;
    for (const SpatialIndexTarget& target : tables) {
        if (Status indexed = writer.index(target); !indexed)
            return indexed;
    }
    return writer.run("COMMIT");
}

} // namespace agrimap
