#pragma once

#include "error.h"
#include "map_layer.h"
#include "planning/parcel_code_check.h"
#include "planning_tasks.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QPointer>
#include <QTemporaryDir>
#include <array>
#include <atomic>
#include <memory>

class QDoubleSpinBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace agrimap {

class EditController;
class FindingTableModel;
class LayerCollection;
class LayerFieldPicker;
class MapCanvas;
class TransitionMatrixModel;

/// Analysis ▸ Planning checks: growing areas on non-agricultural land, parcel codes against
/// the land-use map, and two land-use layers compared. Each check runs on a worker thread
/// with progress and cancel, lists what it found (double-click zooms the map to it) and
/// adds a hatched layer of the offending pieces to the map.
class PlanningDock : public QDockWidget {
    Q_OBJECT
public:
    enum Check { NonAgricultural, ParcelCodes, Comparison };

    PlanningDock(LayerCollection* layers, MapCanvas* canvas, EditController* edits,
                 QWidget* parent);
    ~PlanningDock() override;

    QTabWidget* tabs() const { return m_tabs; }
    /// The layer choices of a check: 0 the checked layer (areas, parcels, the first land
    /// use), 1 the land-use layer it is checked against (or the second land use).
    LayerFieldPicker* picker(Check check, int which) const;
    QPushButton* runButton(Check check) const { return m_pages[check].run; }
    QTableView* findingsView(Check check) const { return m_pages[check].list; }
    FindingTableModel* findings(Check check) const { return m_pages[check].model; }
    QLabel* summary(Check check) const { return m_pages[check].summary; }
    QTableView* matrixView() const { return m_matrixView; }
    TransitionMatrixModel* matrix() const { return m_matrix; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QProgressBar* progressBar() const { return m_progress; }
    /// The layer of the last run's findings on the map, if any.
    MapLayer* resultLayer(Check check) const { return m_pages[check].resultLayer; }
    bool isRunning() const { return m_watcher.isRunning(); }

    QStringList agriculturalCodes() const { return m_agriculturalCodes; }
    /// Uses `codes` from now on and saves them in the open project (when it is editable).
    void setAgriculturalCodes(const QStringList& codes);
    void setThreshold(double value, planning::ParcelCodeParameters::Unit unit);
    /// Copies the last run's findings layer (a GeoPackage) to `path`.
    Status copyFindings(Check check, const QString& path) const;
    /// Writes the last comparison's matrix as CSV.
    Status exportMatrix(const QString& path) const;

public Q_SLOTS:
    void showAndRaise();
    void run(agrimap::PlanningDock::Check check);
    void cancel();

Q_SIGNALS:
    /// A run ended: finished, failed or cancelled.
    void finished(agrimap::PlanningDock::Check check, bool ok);

private:
    struct Page {
        QWidget* widget = nullptr;
        LayerFieldPicker* first = nullptr;
        LayerFieldPicker* second = nullptr;
        QPushButton* run = nullptr;
        QPushButton* save = nullptr; ///< keeps the findings layer beyond this session
        QString layerPath;
        QLabel* summary = nullptr;
        QTableView* list = nullptr;
        FindingTableModel* model = nullptr;
        QPointer<MapLayer> resultLayer;
    };

    QWidget* createNonAgriculturalPage();
    QWidget* createParcelCodesPage();
    QWidget* createComparisonPage();
    void setUpPage(Check check, const QString& firstLabel, const QString& secondLabel);
    QLayout* buttonRow(Check check);
    void saveFindings(Check check);
    void loadProjectSettings();
    void chooseAgriculturalCodes();
    void showCodes();
    void accept(Check check, PlanningOutcome outcome);
    void showResultLayer(Check check, const PlanningOutcome& outcome);
    void zoomTo(Check check, int row);
    void updateButtons();

    LayerCollection* m_layers;
    MapCanvas* m_canvas;
    EditController* m_edits;
    QTabWidget* m_tabs;
    std::array<Page, 3> m_pages;
    QLabel* m_codesLabel = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QComboBox* m_thresholdUnit = nullptr;
    QTableView* m_matrixView = nullptr;
    TransitionMatrixModel* m_matrix = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QStringList m_agriculturalCodes;
    QFutureWatcher<PlanningOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Check m_running = NonAgricultural;
    QTemporaryDir m_resultsDir; ///< the findings layers of this session
    int m_runNumber = 0;
};

} // namespace agrimap
