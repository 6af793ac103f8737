#include "growing_area_page.h"

#include "land_use_charts.h"
#include "statistics_table_model.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QTableView>

namespace agrimap {

GrowingAreaPage::GrowingAreaPage(std::vector<StatisticsLayer> layers, QWidget* parent)
    : StatisticsPage(parent)
    , m_layers(std::move(layers))
    , m_layerBox(new QComboBox(this))
    , m_groupingBox(new QComboBox(this))
    , m_communeBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new StatisticsTableModel(this)) {
    setObjectName(QStringLiteral("GrowingAreaPage"));
    auto* choices = new QFormLayout;
    choices->addRow(tr("&Layer:"), m_layerBox);
    choices->addRow(tr("&Group by:"), m_groupingBox);
    choices->addRow(tr("Co&mmune:"), m_communeBox);
    pageLayout()->insertLayout(0, choices);
    pageLayout()->addWidget(m_table, 1);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();

    for (const GrowingAreaGrouping grouping :
         {GrowingAreaGrouping::Crop, GrowingAreaGrouping::Status,
          GrowingAreaGrouping::Certification, GrowingAreaGrouping::Commune})
        m_groupingBox->addItem(growingAreaGroupingName(grouping), int(grouping));
    for (size_t i = 0; i < m_layers.size(); ++i) {
        if (m_layers[i].isGrowingAreas)
            m_layerBox->addItem(QStringLiteral("%1 — %2").arg(
                                    m_layers[i].title, QFileInfo(m_layers[i].path).fileName()),
                                int(i));
    }
    connect(m_layerBox, &QComboBox::currentIndexChanged, this, &GrowingAreaPage::compute);
    for (QComboBox* box : {m_groupingBox, m_communeBox})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                showStatistics();
        });
    if (m_layerBox->count() == 0)
        showStatus(tr("No growing-area layer is open (a layer with a crop field, such as the "
                      "project's production areas)."));
    else
        compute();
}

void GrowingAreaPage::compute() {
    const int index = m_layerBox->currentData().toInt();
    if (m_layerBox->currentIndex() < 0 || size_t(index) >= m_layers.size())
        return;
    GrowingAreaStatisticsRequest request;
    request.path = m_layers[size_t(index)].path;
    request.layerName = m_layers[size_t(index)].layerName;
    request.assignedCrs = m_layers[size_t(index)].assignedCrs;
    run<GrowingAreaStatistics>(
        [request](const std::atomic_bool& cancel, const StatisticsProgress& progress) {
            return computeGrowingAreaStatistics(request, cancel, progress);
        },
        [this](Result<GrowingAreaStatistics> result) { showResult(std::move(result)); });
}

void GrowingAreaPage::showResult(Result<GrowingAreaStatistics> result) {
    const QVariant previous = m_communeBox->currentData();
    m_filling = true;
    m_communeBox->clear();
    m_communeBox->addItem(tr("All communes"));
    if (result) {
        m_statistics = std::move(result).value();
        for (const QString& commune : m_statistics->communes())
            m_communeBox->addItem(communeTitle(commune), commune);
        m_communeBox->setCurrentIndex(std::max(0, m_communeBox->findData(previous)));
    } else {
        m_statistics.reset();
        showStatus(result.errorMessage());
    }
    m_filling = false;
    showStatistics();
}

StatisticsTable GrowingAreaPage::currentTable() const {
    return m_model->table();
}

void GrowingAreaPage::showStatistics() {
    if (!m_statistics) {
        m_model->setTable({});
    } else {
        const std::optional<QString> commune =
            m_communeBox->currentIndex() > 0
                ? std::optional<QString>(m_communeBox->currentData().toString())
                : std::nullopt;
        m_model->setTable(m_statistics->table(
            GrowingAreaGrouping(m_groupingBox->currentData().toInt()), commune));
    }
    Q_EMIT tableChanged();
}

} // namespace agrimap
