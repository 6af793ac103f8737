#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace agrimap {

class MessageReporter;

/// Exporting the Farmer Directory as an official does it: first the warning that the file
/// holds personal data (Decree 13/2023/NĐ-CP) with the choice of the households shown or all
/// of them, then the file, then FarmerTableExport on a worker thread with progress and cancel.
/// Nothing blocks: the warning and progress are window-modal and answered later.
class FarmerExportFlow : public QObject {
    Q_OBJECT
public:
    /// Asks where to write; empty cancels. Tests replace the file dialog.
    using PathChooser = std::function<QString(const QString& suggested)>;

    FarmerExportFlow(QWidget* window, MessageReporter* messages);
    ~FarmerExportFlow() override;

    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    /// Starts with the warning. `shown` are the table's rows in its order; `all` gives the whole
    /// directory's when chosen.
    void start(const QString& projectPath, std::vector<qint64> shown, qint64 total,
               std::function<std::vector<qint64>()> all);
    /// The warning while it is open (for tests).
    QMessageBox* warning() const { return m_warning; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// The file is written (or the export failed or was cancelled: `count` -1).
    void finished(const QString& path, qint64 count);

private:
    void chooseFile(std::vector<qint64> fids);
    void run(const QString& path, std::vector<qint64> fids);

    QWidget* m_window;
    MessageReporter* m_messages;
    PathChooser m_chooser;
    QString m_projectPath;
    QPointer<QMessageBox> m_warning;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace agrimap
