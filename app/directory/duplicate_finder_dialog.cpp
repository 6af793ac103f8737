#include "duplicate_finder_dialog.h"

#include "directory/farmer_session.h"
#include "directory/farmer_store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace agrimap {

namespace {
constexpr int FidRole = Qt::UserRole + 1;
enum Column { NameColumn, BirthColumn, CommuneColumn, CccdColumn, PhoneColumn, LinksColumn };
} // namespace

DuplicateFinderDialog::DuplicateFinderDialog(const FarmerStore& store, FarmerSession* session,
                                             QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_merge(new QPushButton(tr("&Keep the chosen household, merge the others into it"), this)) {
    setObjectName(QStringLiteral("duplicateFinderDialog"));
    setWindowTitle(tr("Households entered twice"));
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("Households with the same citizen ID, or the same name, birth "
                               "year and commune. Choose the one to keep: the others' parcels "
                               "and growing areas move to it and they are deleted. Ctrl+Z "
                               "undoes a merge."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_tree->setObjectName(QStringLiteral("duplicateGroups"));
    m_tree->setHeaderLabels({tr("Household"), tr("Birth year"), tr("Commune"), tr("Citizen ID"),
                             tr("Phone"), tr("Parcels / areas")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    m_status->setObjectName(QStringLiteral("duplicateStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge->setObjectName(QStringLiteral("mergeDuplicates"));
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    m_merge->setVisible(m_session != nullptr);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &DuplicateFinderDialog::mergeIntoCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DuplicateFinderDialog::updateButton);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (item->parent())
            Q_EMIT farmerActivated(item->data(0, FidRole).toLongLong());
    });
    resize(780, 420);
    reload();
}

void DuplicateFinderDialog::reload() {
    m_tree->clear();
    Result<std::vector<DuplicateGroup>> found = duplicates();
    if (!found) {
        m_status->setText(found.errorMessage());
        return;
    }
    const std::vector<DuplicateGroup>& groups = found.value();
    for (const DuplicateGroup& group : groups) {
        auto* item = new QTreeWidgetItem(m_tree);
        const Result<FarmerRecord> first = m_store.farmer(group.fids.front());
        if (group.reason == DuplicateGroup::Reason::SameCccd)
            item->setText(0, tr("Same citizen ID %1").arg(first ? first->cccd : QString()));
        else
            item->setText(0, tr("Same name, birth year and commune: %1")
                                 .arg(first ? first->fullName : QString()));
        item->setFirstColumnSpanned(true);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (qint64 fid : group.fids)
            addFarmer(item, fid);
        item->setExpanded(true);
    }
    m_status->setText(groups.empty() ? tr("No household seems to be entered twice.")
                                     : tr("%n group(s) of households that may be one.", nullptr,
                                          int(groups.size())));
    updateButton();
}

Result<std::vector<DuplicateGroup>> DuplicateFinderDialog::duplicates() const {
    if (m_session)
        return m_session->duplicates();
    // A read-only project has no session: the same search over the table read here.
    Result<std::vector<FarmerRecord>> farmers = m_store.farmers();
    if (!farmers)
        return farmers.error();
    return findDuplicates(farmers.value());
}

void DuplicateFinderDialog::addFarmer(QTreeWidgetItem* group, qint64 fid) {
    const Result<FarmerRecord> farmer = m_store.farmer(fid);
    if (!farmer)
        return;
    auto* item = new QTreeWidgetItem(group);
    item->setData(0, FidRole, fid);
    item->setText(NameColumn, farmer->householdId.isEmpty()
                                  ? farmer->fullName
                                  : tr("%1 (%2)").arg(farmer->fullName, farmer->householdId));
    item->setText(BirthColumn, farmer->birthYear ? QString::number(*farmer->birthYear) : QString());
    item->setText(CommuneColumn, farmer->commune);
    item->setText(CccdColumn, farmer->cccd);
    item->setText(PhoneColumn, farmer->phone);
    item->setText(
        LinksColumn,
        tr("%1 / %2").arg(m_store.parcelsOf(fid).size()).arg(m_store.areasOf(fid).size()));
}

void DuplicateFinderDialog::updateButton() {
    const QTreeWidgetItem* current = m_tree->currentItem();
    m_merge->setEnabled(m_session && current && current->parent());
}

void DuplicateFinderDialog::mergeIntoCurrent() {
    QTreeWidgetItem* current = m_tree->currentItem();
    if (!m_session || !current || !current->parent())
        return;
    const qint64 keep = current->data(0, FidRole).toLongLong();
    QTreeWidgetItem* group = current->parent();
    std::vector<qint64> others;
    for (int i = 0; i < group->childCount(); ++i) {
        const qint64 fid = group->child(i)->data(0, FidRole).toLongLong();
        if (fid != keep)
            others.push_back(fid);
    }
    QString name = current->text(NameColumn);
    for (qint64 other : others) {
        if (Status merged = m_session->mergeFarmers(keep, other); !merged) {
            reload();
            m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
            m_status->setText(merged.errorMessage());
            return;
        }
    }
    reload();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Merged %n household(s) into %1.", nullptr, int(others.size())).arg(name));
}

} // namespace agrimap
