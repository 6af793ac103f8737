#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace agrimap::planning {

/// Area that went from one land-use code to another between two layers, in m² (shown in
/// hectares). Rows are the first layer's codes ("from"), columns the second's ("to"), both
/// sorted; an empty code (a feature without one) is a code of its own.
class TransitionMatrix {
    Q_DECLARE_TR_FUNCTIONS(agrimap::planning::TransitionMatrix)
public:
    void add(const QString& from, const QString& to, double m2);
    /// Adds every cell of `other` (a worker's partial matrix).
    void merge(const TransitionMatrix& other);

    QStringList fromCodes() const;
    QStringList toCodes() const;
    double hectares(const QString& from, const QString& to) const;
    double rowHectares(const QString& from) const;
    double columnHectares(const QString& to) const;
    double totalHectares() const;
    /// The area whose code changed (from ≠ to).
    double changedHectares() const;
    bool isEmpty() const { return m_cells.isEmpty(); }

    /// How an empty code is written in tables and files.
    static QString codeTitle(const QString& code);

    /// Writes the matrix as CSV through GDAL's CSV driver: a "from \ to" column, one column
    /// per "to" code and a total column; one row per "from" code and a total row. Hectares
    /// with four decimals (1 m²).
    Status writeCsv(const QString& path) const;

private:
    QHash<QString, QHash<QString, double>> m_cells; // from → to → m²
};

} // namespace agrimap::planning
