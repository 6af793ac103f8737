#pragma once

#include "analysis/directory_statistics.h"
#include "statistics_page.h"

class QComboBox;
class QTableView;

namespace agrimap {

class StatisticsTableModel;

/// The Farmer Directory in numbers: households and farmed area per growing area or per
/// commune. Aggregates only; no person is named.
class DirectoryPage : public StatisticsPage {
    Q_OBJECT
public:
    DirectoryPage(QString projectPath, QWidget* parent = nullptr);

    StatisticsTable currentTable() const override;
    void refresh() override;
    /// "Per growing area" or "Per commune".
    QComboBox* viewBox() const { return m_viewBox; }
    QComboBox* communeBox() const { return m_communeBox; }
    QTableView* table() const { return m_table; }

private:
    void showResult(Result<DirectoryStatistics> result);
    void showStatistics();

    QString m_projectPath;
    std::optional<DirectoryStatistics> m_statistics;
    QComboBox* m_viewBox;
    QComboBox* m_communeBox;
    QTableView* m_table;
    StatisticsTableModel* m_model;
    bool m_filling = false;
};

} // namespace agrimap
