#pragma once

#include "analysis/growing_area_statistics.h"
#include "analysis/statistics_sources.h"
#include "statistics_page.h"

class QComboBox;
class QTableView;

namespace agrimap {

class StatisticsTableModel;

/// Growing areas of a chosen production-area layer by crop, status, certification or commune:
/// how many, hectares, share and declared households, filterable by commune.
class GrowingAreaPage : public StatisticsPage {
    Q_OBJECT
public:
    GrowingAreaPage(std::vector<StatisticsLayer> layers, QWidget* parent = nullptr);

    StatisticsTable currentTable() const override;
    void refresh() override { compute(); }
    QComboBox* layerBox() const { return m_layerBox; }
    QComboBox* groupingBox() const { return m_groupingBox; }
    QComboBox* communeBox() const { return m_communeBox; }
    QTableView* table() const { return m_table; }

private:
    void compute();
    void showResult(Result<GrowingAreaStatistics> result);
    void showStatistics();

    std::vector<StatisticsLayer> m_layers;
    std::optional<GrowingAreaStatistics> m_statistics;
    QComboBox* m_layerBox;
    QComboBox* m_groupingBox;
    QComboBox* m_communeBox;
    QTableView* m_table;
    StatisticsTableModel* m_model;
    bool m_filling = false;
};

} // namespace agrimap
