#pragma once

#include "area_links_editor.h"
#include "directory/farmer_record.h"
#include "error.h"
#include "parcel_links_editor.h"

#include <QDialog>
#include <QHash>
#include <functional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace agrimap {

class FarmerStore;

/// A household's form: every field of FarmerRecord, its parcels and its growing areas. The
/// rules run as the user types and their messages stand under the fields they are about;
/// OK stays disabled while a rule refuses. OK saves the household and its links as one undo
/// step (through the Saver) and stays open, with the reason, when the save is refused. Without
/// a Saver the form only shows (a read-only project).
class FarmerFormDialog : public QDialog {
    Q_OBJECT
public:
    /// Stores the household with its whole lists of links; returns the farmer's id.
    using Saver = std::function<Result<qint64>(const FarmerRecord&, std::vector<FarmerParcel>,
                                               std::vector<FarmerArea>)>;

    FarmerFormDialog(const FarmerStore& store, FarmerRecord farmer,
                     std::vector<AreaLinksEditor::AreaChoice> areas, Saver saver,
                     QWidget* parent = nullptr);

    void setParcelChecker(ParcelLinksEditor::ParcelChecker checker);

    /// The household as the fields describe it now (fields that do not parse are left empty).
    FarmerRecord farmer() const;
    /// The id the household was saved under, -1 until saved.
    qint64 savedFid() const { return m_savedFid; }

    /// A field by its column name ("full_name", "cccd" …) and the message under it.
    QWidget* field(const char* column) const { return m_fields.value(QLatin1String(column)); }
    QLabel* messageOf(const char* column) const { return m_messages.value(QLatin1String(column)); }
    QLabel* summary() const { return m_summary; }
    QPushButton* okButton() const;
    QTabWidget* tabs() const { return m_tabs; }
    ParcelLinksEditor* parcels() const { return m_parcels; }
    AreaLinksEditor* areas() const { return m_areas; }

    void accept() override;

private:
    QLineEdit* addLine(const char* column, const QString& label, const QString& text,
                       const QString& placeholder = {});
    void addRow(const char* column, const QString& label, QWidget* widget);
    QComboBox* makeCooperativeBox();
    void check();
    void setMessage(const QString& column, const QString& text, bool refusing);

    const FarmerStore& m_store;
    FarmerRecord m_farmer;
    Saver m_saver;
    qint64 m_savedFid = -1;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_messages;
    QTabWidget* m_tabs;
    QFormLayout* m_form = nullptr;
    QComboBox* m_gender = nullptr;
    QComboBox* m_cooperative = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ParcelLinksEditor* m_parcels;
    AreaLinksEditor* m_areas;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
};

} // namespace agrimap
