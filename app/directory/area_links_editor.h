#pragma once

#include "directory/farmer_record.h"

#include <QWidget>
#include <utility>
#include <vector>

class QComboBox;
class QListWidget;
class QPushButton;

namespace agrimap {

/// The growing areas a household belongs to, in its form: the list, and a box of the
/// project's areas to link one more.
class AreaLinksEditor : public QWidget {
    Q_OBJECT
public:
    /// A growing area: its id and how people know it (code — name).
    using AreaChoice = std::pair<qint64, QString>;

    AreaLinksEditor(std::vector<AreaChoice> areas, QWidget* parent = nullptr);

    void setLinks(const std::vector<FarmerArea>& links);
    std::vector<FarmerArea> links() const;
    void setReadOnly(bool readOnly);

    QListWidget* list() const { return m_list; }
    QComboBox* areaBox() const { return m_choices; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();

private:
    void append(const FarmerArea& link);
    QString nameOf(qint64 areaFid) const;

    std::vector<AreaChoice> m_areas;
    QListWidget* m_list;
    QComboBox* m_choices;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace agrimap
