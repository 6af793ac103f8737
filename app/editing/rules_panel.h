#pragma once

#include "validation/area_violation.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <vector>

class QLabel;
class QTreeWidget;

namespace agrimap {

class EditController;

/// The "Rules" dock: every rule the project's growing areas break, checked again after each
/// change on a worker thread; double-click (or Enter) zooms the map to the offending place.
class RulesPanel : public QDockWidget {
    Q_OBJECT
public:
    RulesPanel(EditController* edits, QWidget* parent);

    QTreeWidget* list() const { return m_list; }
    const std::vector<AreaViolation>& violations() const { return m_violations; }
    bool isChecking() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    void recheck();

Q_SIGNALS:
    /// Asks the map to show `extent`, given in the growing-area layer's CRS.
    void zoomRequested(const QRectF& layerExtent);
    void checked(int count);

private:
    void showViolations(std::vector<AreaViolation> violations);

    EditController* m_edits;
    QTreeWidget* m_list;
    QLabel* m_summary;
    std::vector<AreaViolation> m_violations;
    QFutureWatcher<std::vector<AreaViolation>> m_watcher;
    bool m_again = false;
};

} // namespace agrimap
