#pragma once

#include "directory/farmer_table_query.h"

#include <QWidget>
#include <utility>
#include <vector>

class QComboBox;
class QLineEdit;

namespace agrimap {

/// The directory panel's search box and its filters by commune, cooperative, crop and growing
/// area. Typing searches at once; each box's first entry is "all".
class FarmerFilterBar : public QWidget {
    Q_OBJECT
public:
    /// A growing area a filter can name: its id and how people know it (code — name).
    using AreaChoice = std::pair<qint64, QString>;

    explicit FarmerFilterBar(QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* communeBox() const { return m_commune; }
    QComboBox* cooperativeBox() const { return m_cooperative; }
    QComboBox* cropBox() const { return m_crop; }
    QComboBox* areaBox() const { return m_area; }

    /// Replaces what the boxes offer, keeping what is chosen when it is still offered.
    void setChoices(const FarmerChoices& choices, const std::vector<AreaChoice>& areas);
    FarmerFilter filter() const;
    /// Empties the search and sets every filter to "all".
    void clear();

Q_SIGNALS:
    void searchChanged(const QString& typed);
    void filterChanged(const agrimap::FarmerFilter& filter);

private:
    QComboBox* addBox(const char* name, const QString& tip);
    static void fill(QComboBox* box, const QString& all, const QStringList& values);

    QLineEdit* m_search;
    QComboBox* m_commune;
    QComboBox* m_cooperative;
    QComboBox* m_crop;
    QComboBox* m_area;
    bool m_filling = false;
};

} // namespace agrimap
