#include "transition_matrix_model.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace agrimap {

TransitionMatrixModel::TransitionMatrixModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TransitionMatrixModel::setMatrix(planning::TransitionMatrix matrix) {
    beginResetModel();
    m_matrix = std::move(matrix);
    m_from = m_matrix.fromCodes();
    m_to = m_matrix.toCodes();
    endResetModel();
}

int TransitionMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_matrix.isEmpty() ? 0 : int(m_from.size()) + 1;
}

int TransitionMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || m_matrix.isEmpty() ? 0 : int(m_to.size()) + 1;
}

// The last row and the last column are the totals.
double TransitionMatrixModel::hectaresAt(int row, int column) const {
    const bool totalRow = row == m_from.size();
    const bool totalColumn = column == m_to.size();
    if (totalRow && totalColumn)
        return m_matrix.totalHectares();
    if (totalRow)
        return m_matrix.columnHectares(m_to[column]);
    if (totalColumn)
        return m_matrix.rowHectares(m_from[row]);
    return m_matrix.hectares(m_from[row], m_to[column]);
}

QVariant TransitionMatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const bool total = index.row() == m_from.size() || index.column() == m_to.size();
    switch (role) {
    case Qt::DisplayRole: {
        const double hectares = hectaresAt(index.row(), index.column());
        return hectares == 0 && !total ? QString() : QLocale().toString(hectares, 'f', 4);
    }
    case Qt::UserRole:
        return hectaresAt(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (!total)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        if (!total && m_from[index.row()] == m_to[index.column()])
            return QBrush(QColor(235, 235, 235));
        return {};
    default:
        return {};
    }
}

QVariant TransitionMatrixModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (role != Qt::DisplayRole)
        return {};
    const QStringList& codes = orientation == Qt::Horizontal ? m_to : m_from;
    if (section == codes.size())
        return tr("Total");
    return section < codes.size() ? planning::TransitionMatrix::codeTitle(codes[section])
                                  : QVariant();
}

} // namespace agrimap
