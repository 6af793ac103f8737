#pragma once

#include "analysis/land_use_statistics.h"
#include "analysis/statistics_sources.h"
#include "statistics_page.h"

#include <QList>
#include <memory>

class QChartView;
class QComboBox;
class QGridLayout;
class QTableView;

namespace agrimap {

class CategoryPalette;
class StatisticsTableModel;

/// Area by land-use code per commune of a chosen layer: fields (found by name, or chosen), a
/// commune filter, the table (by code or by commune and code), a bar chart by code in the
/// official colours and a pie per commune.
class LandUsePage : public StatisticsPage {
    Q_OBJECT
public:
    LandUsePage(std::vector<StatisticsLayer> layers, QWidget* parent = nullptr);

    StatisticsTable currentTable() const override;
    void refresh() override { compute(); }
    QComboBox* layerBox() const { return m_layerBox; }
    QComboBox* codeFieldBox() const { return m_codeFieldBox; }
    QComboBox* communeFieldBox() const { return m_communeFieldBox; }
    QComboBox* communeBox() const { return m_communeBox; }
    /// "By code" or "By commune" for the table.
    QComboBox* viewBox() const { return m_viewBox; }
    QTableView* table() const { return m_table; }
    QChartView* barChartView() const { return m_barChart; }
    QList<QChartView*> pieViews() const { return m_pies; }
    const std::optional<LandUseStatistics>& statistics() const { return m_statistics; }

private:
    void chooseLayer();
    void compute();
    void showResult(Result<LandUseStatistics> result);
    void fillCommunes();
    void showStatistics();
    void showPies(const std::optional<QString>& commune);
    std::optional<QString> chosenCommune() const;
    LandUseStatistics::CodeNamer codeNames() const;

    std::vector<StatisticsLayer> m_layers;
    std::shared_ptr<const CategoryPalette> m_palette;
    std::optional<LandUseStatistics> m_statistics;
    QComboBox* m_layerBox;
    QComboBox* m_codeFieldBox;
    QComboBox* m_communeFieldBox;
    QComboBox* m_communeBox;
    QComboBox* m_viewBox;
    QTableView* m_table;
    StatisticsTableModel* m_model;
    QChartView* m_barChart;
    QGridLayout* m_pieGrid;
    QList<QChartView*> m_pies;
    bool m_filling = false; ///< combo boxes being refilled: their signals start nothing
};

} // namespace agrimap
