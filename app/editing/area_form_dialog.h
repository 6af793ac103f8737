#pragma once

#include "editing/growing_area.h"
#include "error.h"
#include "validation/area_violation.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace agrimap {

class EditSession;

/// The attributes of a new or identified growing area: text fields, pick lists kept in the
/// project (crop, certification, status), the area (read-only, from the boundary) and the
/// member parcels. The rules run at every change and their messages stand next to the
/// fields; OK saves through the session and stays open, with the reason, when refused.
class AreaFormDialog : public QDialog {
    Q_OBJECT
public:
    using Saver = std::function<Status(const GrowingArea&)>;

    AreaFormDialog(EditSession& session, GrowingArea area, Saver saver, QWidget* parent = nullptr);

    /// The area as the fields describe it now.
    GrowingArea area() const;
    QLineEdit* codeEdit() const { return m_code; }
    QComboBox* statusBox() const { return m_status; }
    QLabel* messages() const { return m_messages; }

    void accept() override;

Q_SIGNALS:
    /// The rules the area breaks now (after each change of the fields).
    void problemsFound(const std::vector<AreaViolation>& violations);

private:
    QLineEdit* addLine(const char* field, const QString& label);
    QComboBox* addPickList(const char* field, const QString& label, const QString& list);
    void checkRules();

    EditSession& m_session;
    GrowingArea m_area;
    Saver m_saver;
    QHash<QString, QWidget*> m_fields;
    QLineEdit* m_code = nullptr;
    QComboBox* m_status = nullptr;
    QSpinBox* m_households = nullptr;
    QLineEdit* m_validFrom = nullptr;
    QLineEdit* m_validTo = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QListWidget* m_members = nullptr;
    QLabel* m_messages = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace agrimap
