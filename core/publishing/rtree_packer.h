#pragma once

// Private to agrimap_core's publishing code.

#include "error.h"
#include "external_sorter.h"
#include "hilbert_sorter.h"

#include <sqlite3.h>
#include <vector>

namespace agrimap {

/// Fills an SQLite R-tree (the `rtree` module GeoPackage spatial indexes use) bottom-up from
/// boxes given in a good order (HilbertSorter): full leaves of consecutive boxes, full parents
/// of consecutive leaves, and so on up to one root, written straight into the R-tree's node,
/// rowid and parent tables in SQLite's own node format. The tree is what SQLite would search
/// and change later like one it had built itself, built with one row per node instead of an
/// insertion with node splits per box. Only a node per level is held in memory (and a run of
/// the rowid table's rows, see ExternalSorter).
class RTreePacker {
public:
    /// `rtree`: a two-dimensional R-tree virtual table just created (its root empty), on `db`.
    RTreePacker(sqlite3* db, std::string rtree);
    ~RTreePacker();
    RTreePacker(const RTreePacker&) = delete;
    RTreePacker& operator=(const RTreePacker&) = delete;

    Status start();
    Status add(const BoxEntry& box);
    /// Writes the nodes still open and the root.
    Status finish();

private:
    struct Cell {
        int64_t id;   ///< a feature id in a leaf, a child node in a parent
        float box[4]; ///< min x, max x, min y, max y
    };
    struct Level {
        std::vector<Cell> cells; ///< of the node being filled
        std::vector<Cell> first; ///< the level's first node, held until a second one proves it
                                 ///< is not the root
        int64_t nodes = 0;
    };
    /// Which leaf holds a feature: the R-tree's rowid table, written last in id order (in
    /// the boxes' order it would be a random insertion each, several times slower).
    struct Leaf {
        int64_t id;
        int64_t node;
    };
    struct ById {
        bool operator()(const Leaf& a, const Leaf& b) const { return a.id < b.id; }
    };
    Status addCell(size_t level, const Cell& cell);
    Status writeLeaves();
    Status closeNode(size_t level);
    Status writeNode(size_t level, const std::vector<Cell>& cells, int64_t node);
    std::string nodeBlob(size_t depth, const std::vector<Cell>& cells) const;
    Status failed() const;

    sqlite3* m_db;
    std::string m_rtree;
    size_t m_nodeSize = 0;
    size_t m_capacity = 0;
    int64_t m_nextNode = 2; ///< node 1 is the root
    std::vector<Level> m_levels;
    ExternalSorter<Leaf, ById> m_leaves;
    sqlite3_stmt* m_insertNode = nullptr;
    sqlite3_stmt* m_updateRoot = nullptr;
    sqlite3_stmt* m_insertRowid = nullptr;
    sqlite3_stmt* m_insertParent = nullptr;
};

} // namespace agrimap
