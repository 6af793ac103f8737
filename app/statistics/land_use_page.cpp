#include "land_use_page.h"

#include "land_use_charts.h"
#include "layer_style.h"
#include "statistics_table_model.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>

namespace agrimap {

namespace {

// More pies than this would be too small to read: a commune is chosen instead.
constexpr int mostPies = 12;
constexpr int piesPerRow = 3;

QString layerLabel(const StatisticsLayer& layer) {
    return QStringLiteral("%1 — %2").arg(layer.title, QFileInfo(layer.path).fileName());
}

} // namespace

LandUsePage::LandUsePage(std::vector<StatisticsLayer> layers, QWidget* parent)
    : StatisticsPage(parent)
    , m_layers(std::move(layers))
    , m_palette(landUsePalette())
    , m_layerBox(new QComboBox(this))
    , m_codeFieldBox(new QComboBox(this))
    , m_communeFieldBox(new QComboBox(this))
    , m_communeBox(new QComboBox(this))
    , m_viewBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new StatisticsTableModel(this))
    , m_barChart(new QChartView(this))
    , m_pieGrid(new QGridLayout) {
    setObjectName(QStringLiteral("LandUsePage"));
    // Rows whose field is a pair of boxes: the label's shortcut goes to the first box.
    const auto labelFor = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto* choices = new QFormLayout;
    choices->addRow(tr("&Layer:"), m_layerBox);
    auto* fields = new QHBoxLayout;
    fields->addWidget(m_codeFieldBox, 1);
    fields->addWidget(m_communeFieldBox, 1);
    choices->addRow(labelFor(tr("Code and commune &fields:"), m_codeFieldBox), fields);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_communeBox, 1);
    filters->addWidget(m_viewBox, 1);
    choices->addRow(labelFor(tr("Co&mmune:"), m_communeBox), filters);
    pageLayout()->insertLayout(0, choices);

    m_codeFieldBox->setToolTip(tr("The field that holds the land-use codes"));
    m_communeFieldBox->setToolTip(tr("The field that names the commune of each parcel"));
    m_viewBox->addItem(tr("By code"));
    m_viewBox->addItem(tr("By commune and code"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_barChart->setRenderHint(QPainter::Antialiasing);
    m_barChart->setMinimumSize(320, 260);

    // The table beside its bar chart; the pies, one per commune, below.
    auto* pieArea = new QScrollArea(this);
    auto* pieHolder = new QWidget(pieArea);
    pieHolder->setLayout(m_pieGrid);
    pieArea->setWidget(pieHolder);
    pieArea->setWidgetResizable(true);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_table);
    top->addWidget(m_barChart);
    top->setSizes({400, 600});
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(pieArea);
    splitter->setSizes({420, 320});
    pageLayout()->addWidget(splitter, 1);

    for (size_t i = 0; i < m_layers.size(); ++i)
        m_layerBox->addItem(layerLabel(m_layers[i]), int(i));
    // The layer a user most likely means: land-use codes and communes, as agrimap-cli picks.
    if (const StatisticsLayer* likely = chooseLandUseLayer(m_layers))
        m_layerBox->setCurrentIndex(int(likely - m_layers.data()));

    connect(m_layerBox, &QComboBox::currentIndexChanged, this, &LandUsePage::chooseLayer);
    for (QComboBox* box : {m_codeFieldBox, m_communeFieldBox})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                compute();
        });
    for (QComboBox* box : {m_communeBox, m_viewBox})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                showStatistics();
        });
    if (m_layers.empty())
        showStatus(tr("No vector layer is open. Add a land-use or cadastral layer to the map "
                      "first."));
    else
        chooseLayer();
}

void LandUsePage::chooseLayer() {
    const int index = m_layerBox->currentData().toInt();
    if (index < 0 || size_t(index) >= m_layers.size())
        return;
    const StatisticsLayer& layer = m_layers[size_t(index)];
    m_filling = true;
    m_codeFieldBox->clear();
    m_communeFieldBox->clear();
    m_communeFieldBox->addItem(tr("(no commune field)"), QString());
    for (const QString& field : layer.fieldNames) {
        m_codeFieldBox->addItem(field, field);
        m_communeFieldBox->addItem(field, field);
    }
    m_codeFieldBox->setCurrentIndex(m_codeFieldBox->findData(layer.landUseCodeField));
    m_communeFieldBox->setCurrentIndex(
        std::max(0, m_communeFieldBox->findData(layer.communeField)));
    m_filling = false;
    compute();
}

void LandUsePage::compute() {
    const int index = m_layerBox->currentData().toInt();
    if (index < 0 || size_t(index) >= m_layers.size())
        return;
    const StatisticsLayer& layer = m_layers[size_t(index)];
    if (m_codeFieldBox->currentIndex() < 0) {
        m_statistics.reset();
        showStatistics();
        showStatus(tr("%1 has no field named like a land-use code (KyHieuMucDichSuDung, MDSD, "
                      "land_use…). Choose the field that holds the codes.")
                       .arg(layer.title));
        return;
    }
    LandUseStatisticsRequest request;
    request.path = layer.path;
    request.layerName = layer.layerName;
    request.assignedCrs = layer.assignedCrs;
    request.textEncoding = layer.textEncoding;
    request.codeField = m_codeFieldBox->currentData().toString();
    request.communeField = m_communeFieldBox->currentData().toString();
    run<LandUseStatistics>(
        [request](const std::atomic_bool& cancel, const StatisticsProgress& progress) {
            return computeLandUseStatistics(request, cancel, progress);
        },
        [this](Result<LandUseStatistics> result) { showResult(std::move(result)); });
}

void LandUsePage::showResult(Result<LandUseStatistics> result) {
    if (!result) {
        m_statistics.reset();
        fillCommunes();
        showStatistics();
        showStatus(result.errorMessage());
        return;
    }
    m_statistics = std::move(result).value();
    fillCommunes();
    showStatistics();
    const AreaStatistics& source = m_statistics->source();
    QStringList notes;
    if (source.unmeasured > 0)
        notes << tr("%n feature(s) without a readable geometry are counted without area.", "",
                    int(source.unmeasured));
    if (source.measuringCrs != source.layerCrs && source.measuringCrs.isValid())
        notes << tr("Areas measured in %1.").arg(source.measuringCrs.displayName());
    if (!source.layerCrs.isValid())
        notes << tr("The layer has no CRS: its coordinates were taken as metres. Assign its CRS "
                    "in the map window for true areas.");
    showStatus(notes.join(QLatin1Char(' ')));
}

void LandUsePage::fillCommunes() {
    const std::optional<QString> previous = chosenCommune();
    m_filling = true;
    m_communeBox->clear();
    m_communeBox->addItem(tr("All communes"));
    if (m_statistics) {
        for (const QString& commune : m_statistics->communes())
            m_communeBox->addItem(communeTitle(commune), commune);
    }
    const int keep = previous ? m_communeBox->findData(*previous) : -1;
    m_communeBox->setCurrentIndex(std::max(0, keep));
    m_communeBox->setEnabled(m_communeBox->count() > 2);
    m_filling = false;
}

std::optional<QString> LandUsePage::chosenCommune() const {
    if (m_communeBox->currentIndex() <= 0)
        return std::nullopt;
    return m_communeBox->currentData().toString();
}

LandUseStatistics::CodeNamer LandUsePage::codeNames() const {
    const bool vietnamese = QLocale().language() == QLocale::Vietnamese;
    return [palette = m_palette, vietnamese](const QString& code) {
        const int index = palette ? palette->indexOf(code) : -1;
        if (index < 0)
            return QString();
        const PaletteCategory& category = palette->categories()[size_t(index)];
        return vietnamese || category.nameEn.isEmpty() ? category.nameVi : category.nameEn;
    };
}

StatisticsTable LandUsePage::currentTable() const {
    return m_model->table();
}

void LandUsePage::showStatistics() {
    const std::optional<QString> commune = chosenCommune();
    if (!m_statistics) {
        m_model->setTable({});
        m_barChart->setChart(new QChart);
        showPies(std::nullopt);
        Q_EMIT tableChanged();
        return;
    }
    m_model->setTable(m_viewBox->currentIndex() == 0
                          ? m_statistics->codeTable(commune, codeNames())
                          : m_statistics->communeTable(commune, codeNames()));
    // setChart() leaves the old chart to its view's scene; delete it here.
    QChart* old = m_barChart->chart();
    m_barChart->setChart(makeLandUseBarChart(*m_statistics, commune, *m_palette));
    delete old;
    showPies(commune);
    Q_EMIT tableChanged();
}

void LandUsePage::showPies(const std::optional<QString>& commune) {
    qDeleteAll(m_pies);
    m_pies.clear();
    if (!m_statistics)
        return;
    QStringList communes = commune ? QStringList{*commune} : m_statistics->communes();
    if (communes.size() > mostPies)
        communes = communes.mid(0, mostPies);
    for (const QString& name : communes) {
        auto* view = new QChartView(makeLandUsePie(*m_statistics, name, *m_palette));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(220, 220);
        const int index = int(m_pies.size());
        m_pieGrid->addWidget(view, index / piesPerRow, index % piesPerRow);
        view->show();
        m_pies.append(view);
    }
}

} // namespace agrimap
