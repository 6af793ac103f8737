#pragma once

#include "crs.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace agrimap {

/// Picks a CRS: the VN-2000 provincial systems of the Mekong delta first (EPSG:5897 and
/// 9210 on top), a filter, and a field for any EPSG code or WKT.
class CrsPickerDialog : public QDialog {
    Q_OBJECT
public:
    CrsPickerDialog(const QString& question, const Crs& current, QWidget* parent = nullptr);
    Crs selectedCrs() const { return m_selected; }
    QListWidget* list() const { return m_list; }
    QLineEdit* customField() const { return m_custom; }

private:
    void applyFilter(const QString& text);
    void updateSelection();

    QListWidget* m_list;
    QLineEdit* m_filter;
    QLineEdit* m_custom;
    QLabel* m_status;
    Crs m_selected;
};

} // namespace agrimap
