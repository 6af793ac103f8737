#pragma once

#include "analysis/statistics_sources.h"
#include "error.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace agrimap {

class DirectoryPage;
class GrowingAreaPage;
class LandUsePage;
class LayerCollection;
class StatisticsPage;

/// Analysis ▸ Statistics: land use by code and commune (tables and charts), growing areas by
/// crop, status and certification, and the Farmer Directory's households and farmed area;
/// each tab's table exports to CSV or Excel.
class StatisticsDialog : public QDialog {
    Q_OBJECT
public:
    StatisticsDialog(std::vector<StatisticsLayer> layers, QString projectPath,
                     QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    LandUsePage* landUsePage() const { return m_landUse; }
    GrowingAreaPage* growingAreaPage() const { return m_growingAreas; }
    DirectoryPage* directoryPage() const { return m_directory; }
    QPushButton* csvButton() const { return m_csvButton; }
    QPushButton* xlsxButton() const { return m_xlsxButton; }
    QPushButton* refreshButton() const { return m_refreshButton; }
    QString exportNote() const;

    /// Asks where to save (caption, suggested file name, filter); empty cancels. Tests
    /// replace the file dialog with their own answer.
    using FileChooser = std::function<QString(const QString& caption, const QString& suggested,
                                              const QString& filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    /// Writes the current tab's table: an Excel workbook for ".xlsx", CSV otherwise.
    Status exportCurrentTable(const QString& path) const;

private:
    StatisticsPage* currentPage() const;
    void exportAs(bool workbook);
    void updateButtons();

    QTabWidget* m_tabs;
    LandUsePage* m_landUse;
    GrowingAreaPage* m_growingAreas;
    DirectoryPage* m_directory;
    QPushButton* m_csvButton;
    QPushButton* m_xlsxButton;
    QPushButton* m_refreshButton;
    QLabel* m_note;
    FileChooser m_chooseFile;
};

/// The map's vector layers (with the CRS a user assigned) and the project's own growing
/// areas, as the statistics know them.
std::vector<StatisticsLayer> statisticsLayersOf(const LayerCollection& layers,
                                                const QString& projectPath);

/// Opens the Statistics dialog for the map's layers and the project; it is deleted on close.
StatisticsDialog* openStatisticsDialog(QWidget* parent, const LayerCollection& layers,
                                       const QString& projectPath);

} // namespace agrimap
