#include "gpkg_spatial_index.h"

#include "rtree_packer.h"

#include <QCoreApplication>
#include <memory>
#include <sqlite3.h>

namespace agrimap {

namespace {

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
    explicit IndexWriter(sqlite3* db)
        : m_db(db) {}

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
            QCoreApplication::translate("agrimap::OpenDataExporter",
                                        "Cannot build the spatial index of %1: %2")
                .arg(m_table, reason.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : reason)};
    }

    Status fill(const SpatialIndexTarget& target, const std::string& rtree) {
        if (!target.boxes)
            return {};
        RTreePacker packer(m_db, rtree);
        if (Status started = packer.start(); !started)
            return started;
        if (Status packed =
                target.boxes->drain([&packer](const BoxEntry& box) { return packer.add(box); });
            !packed)
            return packed;
        return packer.finish();
    }

    sqlite3* m_db;
    QString m_table;
};

} // namespace

Status addSpatialIndexes(const QString& packagePath,
                         const std::vector<SpatialIndexTarget>& tables) {
    sqlite3* opened = nullptr;
    const int code =
        sqlite3_open_v2(packagePath.toUtf8().constData(), &opened, SQLITE_OPEN_READWRITE, nullptr);
    const Database db(opened);
    if (code != SQLITE_OK)
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                 "Cannot build the spatial indexes of %1: %2")
                         .arg(packagePath, QString::fromUtf8(sqlite3_errmsg(opened)))};
    IndexWriter writer(db.get());
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
