#pragma once

#include "directory/farmer_record.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace agrimap {

/// The cadastral parcels of a household in its form: commune, map sheet, parcel number, the
/// area farmed and the tenure, typed in place, with what is wrong marked on the row.
class ParcelLinksEditor : public QWidget {
    Q_OBJECT
public:
    /// Whether a parcel is on the map's cadastral layers.
    enum class ParcelCheck { Found, Missing, NoLayer };
    using ParcelChecker = std::function<ParcelCheck(const ParcelKey&)>;

    explicit ParcelLinksEditor(QWidget* parent = nullptr);

    void setLinks(const std::vector<FarmerParcel>& links);
    /// The rows as links (stored ones keep their id; the farmed area empty when not a number).
    std::vector<FarmerParcel> links() const;
    void setParcelChecker(ParcelChecker checker) { m_checker = std::move(checker); }
    /// The commune a new row starts with (the household's).
    void setDefaultCommune(const QString& commune) { m_defaultCommune = commune; }
    void setReadOnly(bool readOnly);

    /// Checks every row; returns the refusals and fills `warnings`.
    QStringList check(QStringList& warnings);
    /// Adds an empty row and puts the cursor in its sheet number.
    void addRow();

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();

private:
    void appendRow(const FarmerParcel& link);
    ParcelCheck checked(const ParcelKey& key);

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    ParcelChecker m_checker;
    QHash<QString, ParcelCheck> m_checked; ///< by key: each parcel is looked up once
    QString m_defaultCommune;
};

} // namespace agrimap
