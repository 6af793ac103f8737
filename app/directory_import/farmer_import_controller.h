#pragma once

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QWidget;

namespace agrimap {

class EditController;
class EditSession;
class FarmerSession;

/// File ▸ Import households: opens the import wizard on the open project's Farmer Directory.
/// The directory's FarmerSession comes from the provider (the Farmer Directory panel's, so
/// that its search follows the import); without one, the controller keeps a session of its
/// own for the project being edited.
class FarmerImportController : public QObject {
    Q_OBJECT
public:
    FarmerImportController(QWidget* window, EditController* edits);
    ~FarmerImportController() override;

    /// The controller of `window`, made on first use (so the main window needs no member).
    static FarmerImportController* of(QWidget* window, EditController* edits);

    /// Where the directory of the open project is; a null result means none.
    void setSessionProvider(std::function<FarmerSession*()> provider) {
        m_provider = std::move(provider);
    }
    /// The directory imports go into now; null without a project open for editing.
    FarmerSession* session();

    /// Opens the wizard (modal); says why not when no project is open for editing.
    void importHouseholds();

private:
    QWidget* m_window;
    QPointer<EditController> m_edits;
    std::function<FarmerSession*()> m_provider;
    std::unique_ptr<FarmerSession> m_own;
    EditSession* m_ownFor = nullptr;
};

} // namespace agrimap
