#include "area_links_editor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace agrimap {

namespace {
constexpr int LinkFidRole = Qt::UserRole + 1;
constexpr int AreaFidRole = Qt::UserRole + 2;
} // namespace

AreaLinksEditor::AreaLinksEditor(std::vector<AreaChoice> areas, QWidget* parent)
    : QWidget(parent)
    , m_areas(std::move(areas))
    , m_list(new QListWidget(this))
    , m_choices(new QComboBox(this))
    , m_add(new QPushButton(tr("&Link"), this))
    , m_remove(new QPushButton(tr("&Remove"), this)) {
    auto* layout = new QVBoxLayout(this);
    m_list->setObjectName(QStringLiteral("areaLinks"));
    layout->addWidget(m_list);
    auto* row = new QHBoxLayout();
    m_choices->setObjectName(QStringLiteral("areaChoice"));
    for (const auto& [fid, name] : m_areas)
        m_choices->addItem(name, fid);
    m_add->setObjectName(QStringLiteral("addAreaLink"));
    m_remove->setObjectName(QStringLiteral("removeAreaLink"));
    row->addWidget(m_choices, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);
    m_add->setEnabled(!m_areas.empty());
    connect(m_add, &QPushButton::clicked, this, [this] {
        const qint64 area = m_choices->currentData().toLongLong();
        for (const FarmerArea& link : links()) {
            if (link.areaFid == area)
                return; // already there: nothing to add
        }
        append({-1, -1, area});
        Q_EMIT changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        Q_EMIT changed();
    });
}

QString AreaLinksEditor::nameOf(qint64 areaFid) const {
    for (const auto& [fid, name] : m_areas) {
        if (fid == areaFid)
            return name;
    }
    return tr("Growing area %1").arg(areaFid);
}

void AreaLinksEditor::append(const FarmerArea& link) {
    auto* item = new QListWidgetItem(nameOf(link.areaFid), m_list);
    item->setData(LinkFidRole, link.fid);
    item->setData(AreaFidRole, link.areaFid);
}

void AreaLinksEditor::setLinks(const std::vector<FarmerArea>& links) {
    m_list->clear();
    for (const FarmerArea& link : links)
        append(link);
}

std::vector<FarmerArea> AreaLinksEditor::links() const {
    std::vector<FarmerArea> links;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        links.push_back(
            {item->data(LinkFidRole).toLongLong(), -1, item->data(AreaFidRole).toLongLong()});
    }
    return links;
}

void AreaLinksEditor::setReadOnly(bool readOnly) {
    m_choices->setVisible(!readOnly);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

} // namespace agrimap
