#include "farmer_directory_panel.h"

#include "farmer_filter_bar.h"
#include "farmer_table_model.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace agrimap {

namespace {

// The keys the table takes for itself, before the main window's shortcuts (F2 there edits a
// growing area).
bool isTableKey(int key) {
    return key == Qt::Key_F2 || key == Qt::Key_Return || key == Qt::Key_Enter ||
           key == Qt::Key_Insert || key == Qt::Key_Delete;
}

} // namespace

FarmerDirectoryPanel::FarmerDirectoryPanel(QWidget* parent)
    : QDockWidget(tr("Farmer Directory"), parent)
    , m_model(new FarmerTableModel(this))
    , m_filters(new FarmerFilterBar(this))
    , m_table(new QTableView(this))
    , m_actions(new QToolBar(this))
    , m_notice(new QLabel(this))
    , m_count(new QLabel(this)) {
    setObjectName(QStringLiteral("FarmerDirectoryPanel"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filters);
    m_notice->setObjectName(QStringLiteral("directoryNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    m_notice->hide();
    layout->addWidget(m_notice);

    m_table->setObjectName(QStringLiteral("farmerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 200k rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->resizeSection(0, 190);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // No sort until a header is clicked: the rows come in the search's order.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout();
    m_actions->setObjectName(QStringLiteral("directoryActions"));
    m_actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = makeAction(tr("&Add…"), "addFarmer", tr("A new household (Insert)"));
    m_edit = makeAction(tr("&Edit…"), "editFarmer", tr("The chosen household's form (Enter, F2)"));
    m_delete = makeAction(tr("&Delete"), "deleteFarmer",
                          tr("Delete the chosen household with its links (Delete); Ctrl+Z "
                             "brings it back"));
    m_actions->addSeparator();
    m_link = makeAction(tr("&Link parcels on map"), "linkParcels",
                        tr("Click cadastral parcels on the map to link them to the chosen "
                           "household, one undo step each (L)"));
    m_duplicates = makeAction(tr("D&uplicates…"), "findDuplicates",
                              tr("Households entered twice: same citizen ID, or same name, birth "
                                 "year and commune"));
    m_export = makeAction(tr("E&xport…"), "exportFarmers",
                          tr("The households shown, or all, to Excel (.xlsx) or CSV"));
    bottom->addWidget(m_actions, 1);
    m_count->setObjectName(QStringLiteral("farmerCount"));
    bottom->addWidget(m_count);
    layout->addLayout(bottom);
    setWidget(content);

    connect(m_add, &QAction::triggered, this, &FarmerDirectoryPanel::addRequested);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (currentFid() >= 0)
            Q_EMIT editRequested(currentFid());
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (currentFid() >= 0)
            Q_EMIT deleteRequested(currentFid());
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT editRequested(m_model->fidAt(index.row()));
    });
    connect(m_filters, &FarmerFilterBar::searchChanged, m_model, &FarmerTableModel::setSearchText);
    connect(m_filters, &FarmerFilterBar::filterChanged, m_model, &FarmerTableModel::setFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const qint64 fid = current.isValid() ? m_model->fidAt(current.row()) : -1;
                if (fid == m_current)
                    return;
                m_current = fid;
                updateActions();
                Q_EMIT currentFarmerChanged(fid);
            });
    connect(m_model, &FarmerTableModel::rowsReplaced, this, [this] {
        updateCount();
        updateActions();
        // The household chosen stays chosen while it is among the rows.
        const int row = m_model->rowOf(m_current);
        if (row >= 0) {
            const QSignalBlocker quiet(m_table->selectionModel());
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        } else if (m_current >= 0) {
            m_current = -1;
            updateActions();
            Q_EMIT currentFarmerChanged(-1);
        }
    });
    updateCount();
    updateActions();
}

QAction* FarmerDirectoryPanel::makeAction(const QString& text, const char* name,
                                          const QString& tip) {
    QAction* action = m_actions->addAction(text);
    action->setObjectName(QLatin1String(name));
    action->setToolTip(tip);
    return action;
}

qint64 FarmerDirectoryPanel::currentFid() const {
    return m_current;
}

bool FarmerDirectoryPanel::selectFarmer(qint64 fid) {
    const int row = m_model->rowOf(fid);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void FarmerDirectoryPanel::setEditable(bool editable) {
    m_editable = editable;
    updateActions();
}

void FarmerDirectoryPanel::setNotice(const QString& text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void FarmerDirectoryPanel::updateCount() {
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    const qint64 shown = m_model->rowCount();
    m_count->setText(
        shown == total
            ? tr("%1 households").arg(locale.toString(total))
            : tr("%1 of %2 households").arg(locale.toString(shown), locale.toString(total)));
    m_export->setEnabled(m_model->hasDirectory() && total > 0);
}

void FarmerDirectoryPanel::updateActions() {
    const bool chosen = m_current >= 0;
    m_add->setEnabled(m_editable);
    m_edit->setEnabled(chosen); // read-only projects open the form to look
    m_edit->setText(m_editable ? tr("&Edit…") : tr("&View…"));
    m_delete->setEnabled(m_editable && chosen);
    m_link->setEnabled(m_editable && chosen);
    m_duplicates->setEnabled(m_model->hasDirectory());
}

bool FarmerDirectoryPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_table)
        return QDockWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && isTableKey(key->key())) {
            event->accept(); // comes back as a key press
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
            return false;
        switch (key->key()) {
        case Qt::Key_F2:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_edit->trigger();
            return true;
        case Qt::Key_Insert:
            if (m_add->isEnabled())
                m_add->trigger();
            return true;
        case Qt::Key_Delete:
            if (m_delete->isEnabled())
                m_delete->trigger();
            return true;
        default:
            break;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace agrimap
