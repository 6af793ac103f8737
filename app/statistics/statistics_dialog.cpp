#include "statistics_dialog.h"

#include "analysis/statistics_export.h"
#include "directory_page.h"
#include "growing_area_page.h"
#include "land_use_page.h"
#include "layer_collection.h"
#include "vector_layer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace agrimap {

StatisticsDialog::StatisticsDialog(std::vector<StatisticsLayer> layers, QString projectPath,
                                   QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_landUse(new LandUsePage(layers, this))
    , m_growingAreas(new GrowingAreaPage(layers, this))
    , m_directory(new DirectoryPage(projectPath, this))
    , m_csvButton(new QPushButton(tr("Export &CSV…"), this))
    , m_xlsxButton(new QPushButton(tr("Export E&xcel…"), this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("StatisticsDialog"));
    setWindowTitle(tr("Statistics"));
    m_tabs->addTab(m_landUse, tr("&Land use"));
    m_tabs->addTab(m_growingAreas, tr("&Growing areas"));
    m_tabs->addTab(m_directory, tr("&Farmer Directory"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_csvButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_xlsxButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_refreshButton, QDialogButtonBox::ResetRole);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(tr("Read the layers again, with the latest edits (F5)"));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(1100, 860);

    m_chooseFile = [this](const QString& caption, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, filter);
    };
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(m_refreshButton, &QPushButton::clicked, this, [this] { currentPage()->refresh(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &StatisticsDialog::updateButtons);
    for (StatisticsPage* page :
         {static_cast<StatisticsPage*>(m_landUse), static_cast<StatisticsPage*>(m_growingAreas),
          static_cast<StatisticsPage*>(m_directory)}) {
        connect(page, &StatisticsPage::tableChanged, this, &StatisticsDialog::updateButtons);
        connect(page, &StatisticsPage::computingChanged, this, &StatisticsDialog::updateButtons);
    }
    updateButtons();
}

QString StatisticsDialog::exportNote() const {
    return m_note->text();
}

StatisticsPage* StatisticsDialog::currentPage() const {
    return qobject_cast<StatisticsPage*>(m_tabs->currentWidget());
}

void StatisticsDialog::updateButtons() {
    const StatisticsPage* page = currentPage();
    const bool ready = page && !page->isComputing() && !page->currentTable().columns.empty();
    m_csvButton->setEnabled(ready);
    m_xlsxButton->setEnabled(ready);
}

Status StatisticsDialog::exportCurrentTable(const QString& path) const {
    const StatisticsTable table = currentPage()->currentTable();
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return exportStatisticsXlsx({table}, path);
    return exportStatisticsCsv(table, path);
}

void StatisticsDialog::exportAs(bool workbook) {
    const StatisticsTable table = currentPage()->currentTable();
    const QString suggested =
        table.name + (workbook ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
    QString path = m_chooseFile(
        workbook ? tr("Export the table to Excel") : tr("Export the table to CSV"), suggested,
        workbook ? tr("Excel workbooks (*.xlsx)") : tr("CSV files, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = workbook ? QStringLiteral("xlsx") : QStringLiteral("csv");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    const Status written = exportCurrentTable(path);
    if (!written) {
        m_note->clear();
        QMessageBox::warning(this, tr("Export failed"), written.errorMessage());
        return;
    }
    m_note->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

std::vector<StatisticsLayer> statisticsLayersOf(const LayerCollection& layers,
                                                const QString& projectPath) {
    std::vector<StatisticsLayer> found;
    // Top of the layer tree first, as a user reads it.
    for (auto it = layers.layers().crbegin(); it != layers.layers().crend(); ++it) {
        const auto* vector = qobject_cast<const VectorLayer*>(*it);
        if (!vector)
            continue;
        const QString layerName = vector->sourceLayerName().isEmpty() ? vector->sourceInfo().name
                                                                      : vector->sourceLayerName();
        StatisticsLayer layer = describeStatisticsLayer(
            vector->sourcePath(), layerName, vector->title(), vector->sourceInfo().fieldNames);
        if (vector->crsAssigned())
            layer.assignedCrs = vector->crs();
        layer.textEncoding = vector->textEncoding();
        found.push_back(layer);
    }
    // The project's growing areas, when the map does not show them.
    const QString areas = QStringLiteral("production_areas");
    const bool listed = std::any_of(found.begin(), found.end(), [&](const StatisticsLayer& layer) {
        return layer.path == projectPath && layer.layerName == areas;
    });
    if (!projectPath.isEmpty() && !listed) {
        if (Result<StatisticsLayer> layer =
                describeStatisticsLayer(projectPath, areas,
                                        QCoreApplication::translate("agrimap::StatisticsDialog",
                                                                    "Growing areas (project)")))
            found.push_back(layer.value());
    }
    return found;
}

StatisticsDialog* openStatisticsDialog(QWidget* parent, const LayerCollection& layers,
                                       const QString& projectPath) {
    auto* dialog =
        new StatisticsDialog(statisticsLayersOf(layers, projectPath), projectPath, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace agrimap
