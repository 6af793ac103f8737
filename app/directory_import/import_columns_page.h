#pragma once

#include "farmer_import_state.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace agrimap {

class ProjectStore;

/// The second page of the import wizard: the text encoding (the detected one shown, any other
/// can be chosen), what each column holds (a list per column, starting from the mapping the
/// project remembers for files with these headers, or one guessed from the names), and the
/// first rows as they will be read. Complete when the mapping can be used.
class ImportColumnsPage : public QWizardPage {
    Q_OBJECT
public:
    ImportColumnsPage(FarmerImportState& state, ProjectStore& project, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QComboBox* encodingBox() const { return m_encoding; }
    QTableWidget* mappingTable() const { return m_mapping; }
    QTableWidget* previewTable() const { return m_preview; }
    /// The list choosing what column `column` holds.
    QComboBox* fieldBox(int column) const;

private:
    void encodingChosen();
    /// Fills the mapping table from m_state.mapping.
    void showMapping();
    void showPreview();
    void fieldChosen();

    FarmerImportState& m_state;
    ProjectStore& m_project;
    QComboBox* m_encoding;
    QLabel* m_origin;
    QTableWidget* m_mapping;
    QTableWidget* m_preview;
    QLabel* m_problems;
};

} // namespace agrimap
