#pragma once

#include "farmer_import_state.h"

#include <QFutureWatcher>
#include <QUrl>
#include <QWizard>
#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace agrimap {

class FarmerEditCommand;
class FarmerSession;
class ImportColumnsPage;
class ImportSourcePage;

/// File ▸ Import households: choose a CSV or Excel file, check its text encoding and what each
/// column holds (with a preview), import on a worker thread with progress and stop, then read
/// the report (imported, updated, unchanged, rejected with reasons) and open the rejected rows
/// written beside the file. The import is one step on the project's undo stack.
class FarmerImportWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { SourcePage, ColumnsPage, RunPage, ReportPage };

    /// Imports into the directory of `session`, which must outlive the wizard.
    explicit FarmerImportWizard(FarmerSession& session, QWidget* parent = nullptr);
    ~FarmerImportWizard() override;

    ImportSourcePage* sourcePage() const { return m_sourcePage; }
    ImportColumnsPage* columnsPage() const { return m_columnsPage; }
    QProgressBar* progressBar() const { return m_progress; }
    QPlainTextEdit* reportView() const { return m_reportView; }
    QPushButton* openRejectsButton() const { return m_openRejects; }
    bool isRunning() const { return m_watcher.isRunning(); }
    const std::optional<FarmerImportReport>& report() const { return m_state.report; }
    /// How "Open rejects file" opens it (tests replace it; by default the desktop's program).
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_openUrl = std::move(opener); }

    /// Cancel: while the import runs it is stopped (nothing stored) and the wizard stays open.
    void reject() override;

protected:
    void initializePage(int id) override;

private:
    struct Outcome {
        Result<FarmerImportReport> report = Error{};
        /// Stored, to be put on the undo stack; owned by whoever takes the outcome (a future's
        /// result must be copyable, so not a unique_ptr).
        FarmerEditCommand* step = nullptr;
    };
    QWizardPage* createRunPage();
    QWizardPage* createReportPage();
    void start();
    void finish();

    FarmerSession& m_session;
    FarmerImportState m_state;
    ImportSourcePage* m_sourcePage;
    ImportColumnsPage* m_columnsPage;
    QWizardPage* m_runPage = nullptr;
    QLabel* m_runStatus = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    QPlainTextEdit* m_reportView = nullptr;
    QLabel* m_reportSummary = nullptr;
    QPushButton* m_openRejects = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_done = false;
    std::function<bool(const QUrl&)> m_openUrl;
};

} // namespace agrimap
