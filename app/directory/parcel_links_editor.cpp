#include "parcel_links_editor.h"

#include "directory/farmer_columns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agrimap {

namespace {

enum Column { CommuneColumn, SheetColumn, ParcelColumn, AreaColumn, TenureColumn };
constexpr int LinkFidRole = Qt::UserRole + 1;

const QColor refusedBackground(255, 214, 214);
const QColor warnedBackground(255, 240, 200);

QString keyText(const ParcelKey& key) {
    return key.commune + QChar(0x1f) + key.sheet + QChar(0x1f) + key.parcel;
}

} // namespace

ParcelLinksEditor::ParcelLinksEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 5, this))
    , m_add(new QPushButton(tr("&Add parcel"), this))
    , m_remove(new QPushButton(tr("&Remove parcel"), this)) {
    auto* layout = new QVBoxLayout(this);
    m_table->setObjectName(QStringLiteral("parcelLinks"));
    m_table->setHorizontalHeaderLabels(
        {tr("Commune"), tr("Map sheet"), tr("Parcel"), tr("Farmed area (m²)"), tr("Tenure")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout();
    m_add->setObjectName(QStringLiteral("addParcelLink"));
    m_remove->setObjectName(QStringLiteral("removeParcelLink"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ParcelLinksEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ParcelLinksEditor::changed);
}

void ParcelLinksEditor::setLinks(const std::vector<FarmerParcel>& links) {
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(0);
    for (const FarmerParcel& link : links)
        appendRow(link);
}

void ParcelLinksEditor::appendRow(const FarmerParcel& link) {
    const QSignalBlocker quiet(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* commune = new QTableWidgetItem(link.parcel.commune);
    commune->setData(LinkFidRole, link.fid);
    m_table->setItem(row, CommuneColumn, commune);
    m_table->setItem(row, SheetColumn, new QTableWidgetItem(link.parcel.sheet));
    m_table->setItem(row, ParcelColumn, new QTableWidgetItem(link.parcel.parcel));
    m_table->setItem(row, AreaColumn,
                     new QTableWidgetItem(link.farmedAreaM2
                                              ? QLocale().toString(*link.farmedAreaM2, 'f', 0)
                                              : QString()));
    auto* tenure = new QComboBox(m_table);
    for (Tenure value : {Tenure::Owner, Tenure::Tenant, Tenure::Other})
        tenure->addItem(farmer_columns::tenureText(value), int(value));
    tenure->setCurrentIndex(tenure->findData(int(link.tenure)));
    connect(tenure, &QComboBox::currentIndexChanged, this, &ParcelLinksEditor::changed);
    m_table->setCellWidget(row, TenureColumn, tenure);
}

void ParcelLinksEditor::addRow() {
    FarmerParcel link;
    link.parcel.commune = m_defaultCommune;
    appendRow(link);
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, SheetColumn);
    m_table->editItem(m_table->item(row, SheetColumn));
    Q_EMIT changed();
}

std::vector<FarmerParcel> ParcelLinksEditor::links() const {
    std::vector<FarmerParcel> links;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        FarmerParcel link;
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        link.fid = m_table->item(row, CommuneColumn)->data(LinkFidRole).toLongLong();
        link.parcel = {text(CommuneColumn), text(SheetColumn), text(ParcelColumn)};
        // As the user's locale writes numbers ("2.500" in Vietnamese), or plainly.
        const QString areaText = text(AreaColumn);
        bool isNumber = false;
        double area = QLocale().toDouble(areaText, &isNumber);
        if (!isNumber)
            area = areaText.toDouble(&isNumber);
        if (isNumber)
            link.farmedAreaM2 = area;
        if (auto* tenure = qobject_cast<QComboBox*>(m_table->cellWidget(row, TenureColumn)))
            link.tenure = Tenure(tenure->currentData().toInt());
        links.push_back(link);
    }
    return links;
}

ParcelLinksEditor::ParcelCheck ParcelLinksEditor::checked(const ParcelKey& key) {
    if (!m_checker)
        return ParcelCheck::NoLayer;
    const QString text = keyText(key);
    const auto known = m_checked.constFind(text);
    if (known != m_checked.cend())
        return known.value();
    const ParcelCheck result = m_checker(key);
    m_checked.insert(text, result);
    return result;
}

QStringList ParcelLinksEditor::check(QStringList& warnings) {
    QStringList refusals;
    const std::vector<FarmerParcel> rows = links();
    const QSignalBlocker quiet(m_table);
    bool noLayerSaid = false;
    for (int row = 0; row < int(rows.size()); ++row) {
        const FarmerParcel& link = rows[size_t(row)];
        QString refusal;
        QString warning;
        const QString areaText = m_table->item(row, AreaColumn)->text().trimmed();
        if (link.parcel.commune.isEmpty() || link.parcel.sheet.isEmpty() ||
            link.parcel.parcel.isEmpty()) {
            refusal =
                tr("Parcel row %1: fill in the commune, map sheet and parcel number").arg(row + 1);
        } else if (!areaText.isEmpty() && (!link.farmedAreaM2 || *link.farmedAreaM2 < 0)) {
            refusal = tr("Parcel row %1: the farmed area %2 is not a number of m² (0 or more)")
                          .arg(row + 1)
                          .arg(areaText);
        } else if (std::any_of(rows.begin(), rows.begin() + row, [&](const FarmerParcel& other) {
                       return other.parcel == link.parcel;
                   })) {
            refusal = tr("Parcel row %1: %2/%3 in %4 is listed twice")
                          .arg(row + 1)
                          .arg(link.parcel.sheet, link.parcel.parcel, link.parcel.commune);
        } else {
            switch (checked(link.parcel)) {
            case ParcelCheck::Missing:
                refusal = tr("Parcel row %1: there is no parcel %2/%3 in %4 on the cadastral "
                             "layers of the map")
                              .arg(row + 1)
                              .arg(link.parcel.sheet, link.parcel.parcel, link.parcel.commune);
                break;
            case ParcelCheck::NoLayer:
                if (!noLayerSaid)
                    warning = tr("No cadastral layer is on the map: the parcels cannot be "
                                 "checked. Add the cadastral map to check them.");
                noLayerSaid = true;
                break;
            case ParcelCheck::Found:
                break;
            }
        }
        for (int column = CommuneColumn; column <= AreaColumn; ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            item->setBackground(!refusal.isEmpty()   ? QBrush(refusedBackground)
                                : !warning.isEmpty() ? QBrush(warnedBackground)
                                                     : QBrush());
            item->setToolTip(!refusal.isEmpty() ? refusal : warning);
        }
        if (!refusal.isEmpty())
            refusals << refusal;
        if (!warning.isEmpty())
            warnings << warning;
    }
    return refusals;
}

void ParcelLinksEditor::setReadOnly(bool readOnly) {
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget* tenure = m_table->cellWidget(row, TenureColumn))
            tenure->setEnabled(!readOnly);
    }
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

} // namespace agrimap
