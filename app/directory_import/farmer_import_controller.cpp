#include "farmer_import_controller.h"

#include "directory/farmer_session.h"
#include "editing/edit_controller.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"
#include "farmer_import_wizard.h"

#include <QMessageBox>
#include <QWidget>

namespace agrimap {

FarmerImportController::FarmerImportController(QWidget* window, EditController* edits)
    : QObject(window)
    , m_window(window)
    , m_edits(edits) {
    setObjectName(QStringLiteral("FarmerImportController"));
    // A session of its own belongs to one EditSession: dropped when the project changes.
    connect(edits, &EditController::stateChanged, this, [this] {
        if (!m_edits || m_edits->session() != m_ownFor) {
            m_own.reset();
            m_ownFor = nullptr;
        }
    });
}

FarmerImportController::~FarmerImportController() = default;

FarmerImportController* FarmerImportController::of(QWidget* window, EditController* edits) {
    if (auto* existing = window->findChild<FarmerImportController*>(
            QStringLiteral("FarmerImportController"), Qt::FindDirectChildrenOnly))
        return existing;
    return new FarmerImportController(window, edits);
}

FarmerSession* FarmerImportController::session() {
    if (m_provider)
        return m_provider();
    EditSession* editing = m_edits ? m_edits->session() : nullptr;
    if (!editing || m_edits->isReadOnly())
        return nullptr;
    if (!m_own || m_ownFor != editing) {
        Result<std::unique_ptr<FarmerSession>> started = FarmerSession::start(*editing);
        if (!started)
            return nullptr;
        m_own = std::move(started).value();
        m_ownFor = editing;
    }
    return m_own.get();
}

void FarmerImportController::importHouseholds() {
    FarmerSession* farmers = session();
    if (!farmers) {
        QMessageBox::information(
            m_window, tr("Import households"),
            m_edits && m_edits->isReadOnly()
                ? tr("The project is open read-only (%1), so households cannot be imported "
                     "into it.")
                      .arg(m_edits->stateText())
                : tr("Households are imported into the Farmer Directory of a project: open or "
                     "create a project (File ▸ Open) first."));
        return;
    }
    FarmerImportWizard wizard(*farmers, m_window);
    wizard.exec();
}

} // namespace agrimap
