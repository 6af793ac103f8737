#pragma once

#include "farmer_record.h"

#include <QString>
#include <variant>

namespace agrimap {

/// One row of the Farmer Directory's tables.
using DirectoryRow = std::variant<FarmerRecord, FarmerParcel, FarmerArea>;

/// One change of one row inside a Farmer Directory edit. A row keeps its id across undo and
/// redo: a deleted row comes back under the same id.
struct DirectoryChange {
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Insert;
    DirectoryRow before; ///< unused for Insert
    DirectoryRow after;  ///< unused for Delete
    /// The audit action ("merge" …); empty: the kind's own name (insert, update, delete).
    QString action;

    static DirectoryChange insert(DirectoryRow row, QString action = {}) {
        return {Kind::Insert, row, std::move(row), std::move(action)};
    }
    static DirectoryChange update(DirectoryRow before, DirectoryRow after, QString action = {}) {
        return {Kind::Update, std::move(before), std::move(after), std::move(action)};
    }
    static DirectoryChange remove(DirectoryRow row, QString action = {}) {
        return {Kind::Delete, row, std::move(row), std::move(action)};
    }
};

} // namespace agrimap
