#pragma once

#include "planning/transition_matrix.h"

#include <QAbstractTableModel>

namespace agrimap {

/// The transition matrix as a table: a row per "from" code and a column per "to" code, in
/// hectares, with a total column and a total row. The diagonal (land that kept its code)
/// is shaded.
class TransitionMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit TransitionMatrixModel(QObject* parent = nullptr);

    void setMatrix(planning::TransitionMatrix matrix);
    const planning::TransitionMatrix& matrix() const { return m_matrix; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    double hectaresAt(int row, int column) const;

    planning::TransitionMatrix m_matrix;
    QStringList m_from;
    QStringList m_to;
};

} // namespace agrimap
