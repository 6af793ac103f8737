#include "farmer_import_wizard.h"

#include "directory/farmer_session.h"
#include "directory/import/import_mapping_store.h"
#include "editing/project_store.h"
#include "import_columns_page.h"
#include "import_source_page.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace agrimap {

namespace {

/// The run page: complete once the import is done.
class ImportRunPage : public QWizardPage {
public:
    explicit ImportRunPage(const bool& done, QWidget* parent)
        : QWizardPage(parent)
        , m_done(done) {}
    bool isComplete() const override { return m_done; }

private:
    const bool& m_done;
};

} // namespace

FarmerImportWizard::FarmerImportWizard(FarmerSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_sourcePage(new ImportSourcePage(m_state, this))
    , m_columnsPage(new ImportColumnsPage(m_state, session.store().project(), this))
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); }) {
    setObjectName(QStringLiteral("FarmerImportWizard"));
    setWindowTitle(tr("Import households"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePage, m_sourcePage);
    setPage(ColumnsPage, m_columnsPage);
    // Once started, the import is not taken back by Back: it is undone with Edit ▸ Undo.
    m_columnsPage->setCommitPage(true);
    m_columnsPage->setButtonText(QWizard::CommitButton, tr("Import"));
    setPage(RunPage, createRunPage());
    setPage(ReportPage, createReportPage());
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FarmerImportWizard::finish);
    resize(860, 620);
}

FarmerImportWizard::~FarmerImportWizard() {
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
    // A step stored but never taken (the wizard closed before finish() ran) is the undo
    // stack's no more: it is dropped, its rows stay stored.
    if (m_watcher.future().isValid() && m_watcher.future().resultCount() > 0 && !m_done)
        delete m_watcher.result().step;
}

QWizardPage* FarmerImportWizard::createRunPage() {
    m_runPage = new ImportRunPage(m_done, this);
    m_runPage->setTitle(tr("Importing"));
    m_runStatus = new QLabel(m_runPage);
    m_runStatus->setObjectName(QStringLiteral("importRunStatus"));
    m_runStatus->setWordWrap(true);
    m_progress = new QProgressBar(m_runPage);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_stop = new QPushButton(tr("Stop"), m_runPage);
    m_stop->setObjectName(QStringLiteral("importStop"));
    m_stop->setToolTip(tr("Stops the import: nothing is stored"));
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            *m_cancel = true;
    });
    auto* layout = new QVBoxLayout(m_runPage);
    layout->addWidget(m_runStatus);
    layout->addWidget(m_progress);
    layout->addWidget(m_stop, 0, Qt::AlignRight);
    layout->addStretch(1);
    return m_runPage;
}

QWizardPage* FarmerImportWizard::createReportPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Import report"));
    page->setFinalPage(true);
    m_reportSummary = new QLabel(page);
    m_reportSummary->setObjectName(QStringLiteral("importSummary"));
    m_reportSummary->setWordWrap(true);
    m_reportView = new QPlainTextEdit(page);
    m_reportView->setObjectName(QStringLiteral("importReport"));
    m_reportView->setReadOnly(true);
    m_openRejects = new QPushButton(tr("Open rejects file"), page);
    m_openRejects->setObjectName(QStringLiteral("openRejects"));
    connect(m_openRejects, &QPushButton::clicked, this, [this] {
        if (m_state.report && !m_state.report->rejectsFile.isEmpty())
            m_openUrl(QUrl::fromLocalFile(m_state.report->rejectsFile));
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_reportSummary);
    layout->addWidget(m_reportView, 1);
    layout->addWidget(m_openRejects, 0, Qt::AlignLeft);
    return page;
}

void FarmerImportWizard::initializePage(int id) {
    QWizard::initializePage(id);
    if (id == RunPage)
        start();
    if (id == ReportPage && m_state.report) {
        const FarmerImportReport& report = *m_state.report;
        m_reportSummary->setText(
            tr("%1 imported, %2 updated, %3 unchanged, %4 rejected.")
                .arg(report.imported)
                .arg(report.updated)
                .arg(report.unchanged)
                .arg(report.rejected.size()) +
            (report.rejected.empty()
                 ? QString()
                 : QLatin1Char(' ') + tr("The rejected rows, each with its reason, are in %1: "
                                         "correct them there and import that file.")
                                          .arg(QFileInfo(report.rejectsFile).fileName())));
        m_reportView->setPlainText(farmerImportReportText(report));
        m_openRejects->setVisible(!report.rejectsFile.isEmpty());
    }
}

void FarmerImportWizard::start() {
    m_done = false;
    m_progress->setValue(0);
    m_stop->setEnabled(true);
    m_runStatus->setText(
        tr("Checking and storing %n row(s)…", nullptr, int(m_state.table->rowCount())));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QString stepText =
        tr("Import households from %1").arg(QFileInfo(m_state.table->path()).fileName());
    QPointer<QProgressBar> bar(m_progress);
    FarmerSession* session = &m_session;
    // On the worker: planning and one transaction on the project's connection. The wizard is
    // modal, so nothing else uses that connection meanwhile; the directory's change signal
    // reaches the GUI thread queued, after the transaction, and the step is put on the undo
    // stack there (finish()).
    m_watcher.setFuture(QtConcurrent::run([table = m_state.table, mapping = m_state.mapping,
                                           encoding = m_state.resolvedEncoding(), session, stepText,
                                           cancel = m_cancel, bar] {
        Outcome outcome;
        FarmerImportOptions options;
        options.rememberMapping = false; // on the GUI thread, in finish()
        const FarmerImportApply apply = [&](std::vector<DirectoryChange>& changes,
                                            const FarmerStore::Progress& progress) -> Status {
            std::unique_ptr<FarmerEditCommand> step = session->makeStep(changes, stepText);
            step->setProgress(progress);
            if (Status stored = step->forward(); !stored)
                return stored;
            outcome.step = step.release();
            return {};
        };
        outcome.report =
            runFarmerImport(*table, mapping, encoding, session->store(), options, apply,
                            cancel.get(), [bar](int percent) {
                                QMetaObject::invokeMethod(bar, "setValue", Qt::QueuedConnection,
                                                          Q_ARG(int, percent));
                            });
        return outcome;
    }));
}

void FarmerImportWizard::finish() {
    Outcome outcome = m_watcher.result();
    m_stop->setEnabled(false);
    if (!outcome.report) {
        m_runStatus->setText(tr("Nothing was imported: %1").arg(outcome.report.errorMessage()));
        return; // the page stays incomplete: the wizard can only be closed
    }
    if (outcome.step) {
        // The step's rows are stored: pushing it runs nothing again (see FarmerSession).
        if (Status pushed = m_session.pushStep(std::unique_ptr<FarmerEditCommand>(outcome.step));
            !pushed)
            m_runStatus->setText(pushed.errorMessage());
    }
    if (Status remembered = ImportMappingStore(m_session.store().project()).save(m_state.mapping);
        !remembered)
        qWarning("%s", qPrintable(remembered.errorMessage()));
    m_state.report = std::move(outcome.report).value();
    m_done = true;
    m_progress->setValue(100);
    Q_EMIT m_runPage->completeChanged();
    next();
}

void FarmerImportWizard::reject() {
    if (m_watcher.isRunning()) {
        *m_cancel = true; // rolled back; the page then says nothing was imported
        return;
    }
    QWizard::reject();
}

} // namespace agrimap
