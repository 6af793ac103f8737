#include "directory_page.h"

#include "land_use_charts.h"
#include "statistics_table_model.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QTableView>

namespace agrimap {

DirectoryPage::DirectoryPage(QString projectPath, QWidget* parent)
    : StatisticsPage(parent)
    , m_projectPath(std::move(projectPath))
    , m_viewBox(new QComboBox(this))
    , m_communeBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new StatisticsTableModel(this)) {
    setObjectName(QStringLiteral("DirectoryPage"));
    auto* choices = new QFormLayout;
    choices->addRow(tr("&Show:"), m_viewBox);
    choices->addRow(tr("Co&mmune:"), m_communeBox);
    pageLayout()->insertLayout(0, choices);
    pageLayout()->addWidget(m_table, 1);
    m_viewBox->addItem(tr("Per growing area"));
    m_viewBox->addItem(tr("Per commune"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    for (QComboBox* box : {m_viewBox, m_communeBox})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                showStatistics();
        });
    refresh();
}

void DirectoryPage::refresh() {
    if (m_projectPath.isEmpty()) {
        showStatus(tr("The Farmer Directory belongs to a project: open or save a project first."));
        return;
    }
    run<DirectoryStatistics>(
        [path = m_projectPath](const std::atomic_bool&, const StatisticsProgress&) {
            return computeDirectoryStatistics(path);
        },
        [this](Result<DirectoryStatistics> result) { showResult(std::move(result)); });
}

void DirectoryPage::showResult(Result<DirectoryStatistics> result) {
    m_filling = true;
    m_communeBox->clear();
    m_communeBox->addItem(tr("All communes"));
    if (result) {
        m_statistics = std::move(result).value();
        for (const QString& commune : m_statistics->communeNames())
            m_communeBox->addItem(communeTitle(commune), commune);
        if (!m_statistics->hasDirectory)
            showStatus(tr("This project has no Farmer Directory yet."));
    } else {
        m_statistics.reset();
        showStatus(result.errorMessage());
    }
    m_filling = false;
    showStatistics();
}

StatisticsTable DirectoryPage::currentTable() const {
    return m_model->table();
}

void DirectoryPage::showStatistics() {
    // The commune table lists every commune; the filter applies to the growing areas.
    const bool perArea = m_viewBox->currentIndex() == 0;
    m_communeBox->setEnabled(perArea);
    if (!m_statistics) {
        m_model->setTable({});
    } else if (perArea) {
        const std::optional<QString> commune =
            m_communeBox->currentIndex() > 0
                ? std::optional<QString>(m_communeBox->currentData().toString())
                : std::nullopt;
        m_model->setTable(m_statistics->areaTable(commune));
    } else {
        m_model->setTable(m_statistics->communeTable());
    }
    Q_EMIT tableChanged();
}

} // namespace agrimap
