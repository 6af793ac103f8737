#include "rules_panel.h"

#include "edit_controller.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace agrimap {

namespace {
enum { ViolationIndexRole = Qt::UserRole };
}

RulesPanel::RulesPanel(EditController* edits, QWidget* parent)
    : QDockWidget(tr("Rules"), parent)
    , m_edits(edits)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this)) {
    setObjectName(QStringLiteral("RulesPanel"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    setWidget(body);
    m_list->setObjectName(QStringLiteral("violationList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Rule"), tr("Area"), tr("What is wrong")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const auto zoomTo = [this](QTreeWidgetItem* item) {
        const int index = item ? item->data(0, ViolationIndexRole).toInt() : -1;
        if (index >= 0 && index < int(m_violations.size()))
            Q_EMIT zoomRequested(m_violations[size_t(index)].where);
    };
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, zoomTo);
    connect(m_list, &QTreeWidget::itemActivated, this, zoomTo);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        showViolations(m_watcher.result());
        if (m_again) {
            m_again = false;
            recheck();
        }
    });
    connect(edits, &EditController::stateChanged, this, &RulesPanel::recheck);
    connect(edits, &EditController::areasChanged, this, &RulesPanel::recheck);
    recheck();
}

void RulesPanel::recheck() {
    EditSession* session = m_edits->session();
    if (!session) {
        showViolations({});
        m_summary->setText(m_edits->store() ? tr("The project is open read-only.")
                                            : tr("Open a project to check its growing areas."));
        return;
    }
    if (m_watcher.isRunning()) {
        m_again = true; // one more pass once this one ends, with the newest areas
        return;
    }
    m_summary->setText(tr("Checking…"));
    // The worker gets its own copies: the session keeps changing on the GUI thread.
    m_watcher.setFuture(QtConcurrent::run(
        [rules = session->rules(), areas = session->allAreas()] { return rules.checkAll(areas); }));
}

void RulesPanel::showViolations(std::vector<AreaViolation> violations) {
    m_violations = std::move(violations);
    m_list->clear();
    QList<QTreeWidgetItem*> items;
    for (size_t i = 0; i < m_violations.size(); ++i) {
        const AreaViolation& violation = m_violations[i];
        auto* item = new QTreeWidgetItem(
            {violation.rule,
             violation.code.isEmpty() ? QString::number(violation.fid) : violation.code,
             violation.message});
        item->setData(0, ViolationIndexRole, int(i));
        item->setToolTip(2, violation.message);
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_summary->setText(m_violations.empty()
                           ? tr("No rule is broken.")
                           : tr("%n problem(s): double-click one to see it on the map.", nullptr,
                                int(m_violations.size())));
    Q_EMIT checked(int(m_violations.size()));
}

} // namespace agrimap
