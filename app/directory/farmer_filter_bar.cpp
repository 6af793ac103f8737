#include "farmer_filter_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace agrimap {

FarmerFilterBar::FarmerFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("farmerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: name (marks optional), citizen ID or phone"));
    m_search->setToolTip(tr("\"nguyen van a\" finds Nguyễn Văn A; words may be partial and in "
                            "any order. Digits find citizen IDs, phones and household IDs."));
    m_search->setMinimumWidth(220);
    layout->addWidget(m_search, 2);
    m_commune = addBox("communeFilter", tr("Households of this commune (new or old name)"));
    m_cooperative = addBox("cooperativeFilter", tr("Households of this cooperative"));
    m_crop = addBox("cropFilter", tr("Households growing this crop"));
    m_area = addBox("areaFilter", tr("Households linked to this growing area"));
    layout->addWidget(m_commune, 1);
    layout->addWidget(m_cooperative, 1);
    layout->addWidget(m_crop, 1);
    layout->addWidget(m_area, 1);
    setChoices({}, {});
    connect(m_search, &QLineEdit::textChanged, this, &FarmerFilterBar::searchChanged);
}

QComboBox* FarmerFilterBar::addBox(const char* name, const QString& tip) {
    auto* box = new QComboBox(this);
    box->setObjectName(QLatin1String(name));
    box->setToolTip(tip);
    // Long cooperative names must not widen the dock.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT filterChanged(filter());
    });
    return box;
}

void FarmerFilterBar::fill(QComboBox* box, const QString& all, const QStringList& values) {
    const QString chosen = box->currentIndex() > 0 ? box->currentText() : QString();
    box->clear();
    box->addItem(all);
    for (const QString& value : values)
        box->addItem(value, value);
    const int again = chosen.isEmpty() ? 0 : box->findData(chosen);
    box->setCurrentIndex(std::max(again, 0));
}

void FarmerFilterBar::setChoices(const FarmerChoices& choices,
                                 const std::vector<AreaChoice>& areas) {
    const FarmerFilter before = filter();
    m_filling = true;
    fill(m_commune, tr("All communes"), choices.communes);
    fill(m_cooperative, tr("All cooperatives"), choices.cooperatives);
    fill(m_crop, tr("All crops"), choices.crops);
    const QVariant chosenArea = m_area->currentData();
    m_area->clear();
    m_area->addItem(tr("All growing areas"));
    for (const auto& [fid, name] : areas)
        m_area->addItem(name, fid);
    m_area->setCurrentIndex(std::max(chosenArea.isValid() ? m_area->findData(chosenArea) : 0, 0));
    m_filling = false;
    if (filter() != before)
        Q_EMIT filterChanged(filter());
}

FarmerFilter FarmerFilterBar::filter() const {
    FarmerFilter filter;
    filter.commune = m_commune->currentData().toString();
    filter.cooperative = m_cooperative->currentData().toString();
    filter.crop = m_crop->currentData().toString();
    filter.areaFid = m_area->currentData().isValid() ? m_area->currentData().toLongLong() : -1;
    return filter;
}

void FarmerFilterBar::clear() {
    m_search->clear();
    m_filling = true;
    for (QComboBox* box : {m_commune, m_cooperative, m_crop, m_area})
        box->setCurrentIndex(0);
    m_filling = false;
    Q_EMIT filterChanged(filter());
}

} // namespace agrimap
