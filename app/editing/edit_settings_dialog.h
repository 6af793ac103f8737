#pragma once

#include "editing/edit_settings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace agrimap {

class EditController;

/// The project's editing rules and pick lists: overlap policy (forbid or clip), the code
/// pattern, tolerances, the minimum area per crop, the communes layer, and the values of the
/// crop, certification and status lists. Saved in the project on OK.
class EditSettingsDialog : public QDialog {
    Q_OBJECT
public:
    EditSettingsDialog(EditController* edits, QWidget* parent = nullptr);

    QComboBox* overlapPolicy() const { return m_policy; }
    QLineEdit* codePattern() const { return m_pattern; }
    QPlainTextEdit* cropList() const { return m_crops; }

    void accept() override;

private:
    EditController* m_edits;
    EditSettings m_settings;
    QComboBox* m_policy;
    QLineEdit* m_pattern;
    QDoubleSpinBox* m_overlapTolerance;
    QDoubleSpinBox* m_communeTolerance;
    QPlainTextEdit* m_minimumAreas;
    QLineEdit* m_communeSource;
    QLineEdit* m_communeLayer;
    QLineEdit* m_communeField;
    QPlainTextEdit* m_crops;
    QPlainTextEdit* m_certifications;
    QPlainTextEdit* m_statuses;
};

} // namespace agrimap
