#include "rtree_packer.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace agrimap {

namespace {

// SQLite's R-tree node: 2 bytes of tree depth (read on the root only), 2 bytes of cell count,
// then per cell an 8-byte id and 4 coordinates of 4 bytes, all big-endian.
constexpr size_t nodeHeader = 4;
constexpr size_t cellBytes = 8 + 4 * 4;

void putBigEndian(std::string& blob, size_t at, uint64_t value, int bytes) {
    for (int i = bytes - 1; i >= 0; --i, value >>= 8)
        blob[at + size_t(i)] = char(value & 0xff);
}

std::string quoted(const std::string& identifier) {
    std::string text = "\"";
    for (const char c : identifier)
        text += c == '"' ? std::string("\"\"") : std::string(1, c);
    return text + '"';
}

} // namespace

RTreePacker::RTreePacker(sqlite3* db, std::string rtree)
    : m_db(db)
    , m_rtree(std::move(rtree)) {}

RTreePacker::~RTreePacker() {
    for (sqlite3_stmt* statement : {m_insertNode, m_updateRoot, m_insertRowid, m_insertParent})
        sqlite3_finalize(statement);
}

Status RTreePacker::failed() const {
    return Error{
        QCoreApplication::translate("agrimap::OpenDataExporter",
                                    "Cannot write the spatial index %1: %2")
            .arg(QString::fromStdString(m_rtree), QString::fromUtf8(sqlite3_errmsg(m_db)))};
}

Status RTreePacker::start() {
    // The node size SQLite chose for this file's page size: every node blob has exactly it.
    sqlite3_stmt* size = nullptr;
    const std::string sizeSql =
        "SELECT length(data) FROM " + quoted(m_rtree + "_node") + " WHERE nodeno = 1";
    if (sqlite3_prepare_v2(m_db, sizeSql.c_str(), -1, &size, nullptr) != SQLITE_OK)
        return failed();
    if (sqlite3_step(size) == SQLITE_ROW)
        m_nodeSize = size_t(sqlite3_column_int64(size, 0));
    sqlite3_finalize(size);
    if (m_nodeSize < nodeHeader + 2 * cellBytes)
        return failed();
    m_capacity = (m_nodeSize - nodeHeader) / cellBytes;
    const std::string statements[] = {
        "INSERT INTO " + quoted(m_rtree + "_node") + "(nodeno, data) VALUES (?, ?)",
        "UPDATE " + quoted(m_rtree + "_node") + " SET data = ? WHERE nodeno = 1",
        "INSERT INTO " + quoted(m_rtree + "_rowid") + "(rowid, nodeno) VALUES (?, ?)",
        "INSERT INTO " + quoted(m_rtree + "_parent") + "(nodeno, parentnode) VALUES (?, ?)"};
    sqlite3_stmt** prepared[] = {&m_insertNode, &m_updateRoot, &m_insertRowid, &m_insertParent};
    for (size_t i = 0; i < std::size(statements); ++i) {
        if (sqlite3_prepare_v2(m_db, statements[i].c_str(), -1, prepared[i], nullptr) != SQLITE_OK)
            return failed();
    }
    return {};
}

Status RTreePacker::add(const BoxEntry& box) {
    return addCell(0, Cell{box.id, {box.minX, box.maxX, box.minY, box.maxY}});
}

Status RTreePacker::addCell(size_t level, const Cell& cell) {
    if (m_levels.size() <= level)
        m_levels.resize(level + 1);
    m_levels[level].cells.push_back(cell);
    return m_levels[level].cells.size() == m_capacity ? closeNode(level) : Status{};
}

Status RTreePacker::closeNode(size_t level) {
    std::vector<Cell> cells;
    cells.swap(m_levels[level].cells);
    const int64_t nodes = ++m_levels[level].nodes;
    if (nodes == 1) {
        m_levels[level].first = std::move(cells);
        return {};
    }
    if (nodes == 2) {
        const std::vector<Cell> first = std::move(m_levels[level].first);
        if (Status written = writeNode(level, first, m_nextNode++); !written)
            return written;
    }
    return writeNode(level, cells, m_nextNode++);
}

std::string RTreePacker::nodeBlob(size_t depth, const std::vector<Cell>& cells) const {
    std::string blob(m_nodeSize, '\0');
    putBigEndian(blob, 0, depth, 2);
    putBigEndian(blob, 2, cells.size(), 2);
    size_t at = nodeHeader;
    for (const Cell& cell : cells) {
        putBigEndian(blob, at, uint64_t(cell.id), 8);
        for (int i = 0; i < 4; ++i) {
            uint32_t bits = 0;
            std::memcpy(&bits, &cell.box[i], sizeof bits);
            putBigEndian(blob, at + 8 + 4 * size_t(i), bits, 4);
        }
        at += cellBytes;
    }
    return blob;
}

// Node 1 is the root, written last; every other node gets the next number and a cell in its
// parent on the level above.
Status RTreePacker::writeNode(size_t level, const std::vector<Cell>& cells, int64_t node) {
    const bool root = node == 1;
    const std::string blob = nodeBlob(root ? level : 0, cells);
    sqlite3_stmt* write = root ? m_updateRoot : m_insertNode;
    int column = 1;
    if (!root)
        sqlite3_bind_int64(write, column++, node);
    sqlite3_bind_blob(write, column, blob.data(), int(blob.size()), SQLITE_STATIC);
    if (sqlite3_step(write) != SQLITE_DONE)
        return failed();
    sqlite3_reset(write);
    // Where each feature's leaf is (written at the end), or each child node's parent.
    for (const Cell& cell : cells) {
        if (level == 0) {
            if (Status kept = m_leaves.add({cell.id, node}); !kept)
                return kept;
            continue;
        }
        sqlite3_bind_int64(m_insertParent, 1, cell.id);
        sqlite3_bind_int64(m_insertParent, 2, node);
        if (sqlite3_step(m_insertParent) != SQLITE_DONE)
            return failed();
        sqlite3_reset(m_insertParent);
    }
    if (root)
        return {};
    Cell parent{node, {cells[0].box[0], cells[0].box[1], cells[0].box[2], cells[0].box[3]}};
    for (const Cell& cell : cells) {
        parent.box[0] = std::min(parent.box[0], cell.box[0]);
        parent.box[1] = std::max(parent.box[1], cell.box[1]);
        parent.box[2] = std::min(parent.box[2], cell.box[2]);
        parent.box[3] = std::max(parent.box[3], cell.box[3]);
    }
    return addCell(level + 1, parent);
}

Status RTreePacker::finish() {
    // Bottom-up: closing a level's last node may add a cell to the level above. The first
    // level with a single node is the top one, and that node is the root.
    for (size_t level = 0; level < m_levels.size(); ++level) {
        if (!m_levels[level].cells.empty()) {
            if (Status closed = closeNode(level); !closed)
                return closed;
        }
        if (m_levels[level].nodes == 1) {
            if (Status root = writeNode(level, m_levels[level].first, 1); !root)
                return root;
            return writeLeaves();
        }
    }
    return {}; // no box at all: the empty root SQLite made stays
}

Status RTreePacker::writeLeaves() {
    return m_leaves.drain([this](const Leaf& leaf) -> Status {
        sqlite3_bind_int64(m_insertRowid, 1, leaf.id);
        sqlite3_bind_int64(m_insertRowid, 2, leaf.node);
        if (sqlite3_step(m_insertRowid) != SQLITE_DONE)
            return failed();
        sqlite3_reset(m_insertRowid);
        return {};
    });
}

} // namespace agrimap
