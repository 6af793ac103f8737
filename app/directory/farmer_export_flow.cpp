#include "farmer_export_flow.h"

#include "directory/farmer_table_export.h"
#include "window/message_reporter.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace agrimap {

FarmerExportFlow::FarmerExportFlow(QWidget* window, MessageReporter* messages)
    : QObject(window)
    , m_window(window)
    , m_messages(messages) {
    m_chooser = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(
            m_window, tr("Export the Farmer Directory"), suggested,
            tr("Excel workbook (*.xlsx);;CSV, UTF-8 for Excel (*.csv)"));
    };
}

FarmerExportFlow::~FarmerExportFlow() {
    if (m_cancel)
        *m_cancel = true;
}

void FarmerExportFlow::start(const QString& projectPath, std::vector<qint64> shown, qint64 total,
                             std::function<std::vector<qint64>()> all) {
    if (m_running || m_warning)
        return;
    m_projectPath = projectPath;
    const QLocale locale;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Personal data"),
                                tr("The file will hold personal data: names, citizen ID numbers, "
                                   "phone numbers, birth years and addresses of households."),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("personalDataWarning"));
    box->setInformativeText(
        tr("Decree 13/2023/NĐ-CP on personal data protection applies: use the file only for "
           "the work it is made for, keep it where only the officials concerned can open it, "
           "do not send or publish it, and delete it when it is no longer needed. Open data "
           "is published with File ▸ Publish open data, which leaves personal data out."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* shownButton = nullptr;
    if (qint64(shown.size()) < total)
        shownButton = box->addButton(
            tr("Export the %1 households shown").arg(locale.toString(qint64(shown.size()))),
            QMessageBox::AcceptRole);
    QPushButton* allButton = box->addButton(
        tr("Export all %1 households").arg(locale.toString(total)), QMessageBox::AcceptRole);
    if (shownButton)
        shownButton->setObjectName(QStringLiteral("exportShown"));
    allButton->setObjectName(QStringLiteral("exportAll"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this,
            [this, box, shownButton, allButton, shown = std::move(shown), all = std::move(all)] {
                QAbstractButton* clicked = box->clickedButton();
                if (clicked && clicked == shownButton)
                    chooseFile(shown);
                else if (clicked && clicked == allButton)
                    chooseFile(all());
            });
    m_warning = box;
    box->open();
}

void FarmerExportFlow::chooseFile(std::vector<qint64> fids) {
    const QString suggested =
        QFileInfo(m_projectPath)
            .absoluteDir()
            .filePath(tr("farmers-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString path = m_chooser ? m_chooser(suggested) : QString();
    if (path.isEmpty())
        return;
    if (!farmerTableFormatFor(path))
        path += QStringLiteral(".xlsx");
    run(path, std::move(fids));
}

void FarmerExportFlow::run(const QString& path, std::vector<qint64> fids) {
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto* progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()),
                                         tr("Cancel"), 0, 100, m_window);
    progress->setObjectName(QStringLiteral("farmerExportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { *cancel = true; });
    m_progress = progress;

    using Outcome = Result<qint64>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_running = false;
        if (m_progress)
            m_progress->close();
        const Outcome outcome = watcher->result();
        if (!outcome) {
            if (!*m_cancel)
                m_messages->error(tr("Cannot export the Farmer Directory"), outcome.errorMessage());
            Q_EMIT finished(path, -1);
            return;
        }
        m_messages->notice(tr("Farmer Directory exported"),
                           tr("%n household(s) written to %1. The file holds personal data: "
                              "keep it for internal use.",
                              nullptr, int(outcome.value()))
                               .arg(QDir::toNativeSeparators(path)));
        Q_EMIT finished(path, outcome.value());
    });
    QObject* flow = this; // lives on the GUI thread, as long as the window
    watcher->setFuture(QtConcurrent::run([projectPath = m_projectPath, fids = std::move(fids), path,
                                          cancel = m_cancel, flow]() -> Outcome {
        return FarmerTableExport(projectPath, fids).writeTo(path, [&](int percent) {
            QMetaObject::invokeMethod(
                flow,
                [flow, percent] {
                    auto* self = static_cast<FarmerExportFlow*>(flow);
                    if (self->m_progress)
                        self->m_progress->setValue(percent);
                },
                Qt::QueuedConnection);
            return !*cancel;
        });
    }));
}

} // namespace agrimap
