#pragma once

#include "farmer_import_state.h"

#include <QFutureWatcher>
#include <QWizardPage>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace agrimap {

/// The first page of the import wizard: the CSV or Excel file (and the sheet of a workbook
/// with several), read on a worker thread with progress and a stop button. Complete once the
/// file is read; its text encoding is detected at the same time.
class ImportSourcePage : public QWizardPage {
    Q_OBJECT
public:
    ImportSourcePage(FarmerImportState& state, QWidget* parent = nullptr);
    ~ImportSourcePage() override;

    /// Reads `path` (as if chosen with Browse).
    void setSourcePath(const QString& path);
    /// From the start of a reading until its result is shown.
    bool isReading() const { return m_readingShown; }
    bool isComplete() const override;

private:
    struct Read {
        Result<ImportTable> table = Error{};
        std::optional<LegacyEncoding> detected;
    };
    void browse();
    void startReading(const QString& sheet = {});
    void finishReading();

    FarmerImportState& m_state;
    QLineEdit* m_path;
    QComboBox* m_sheets;
    QLabel* m_sheetLabel;
    QProgressBar* m_progress;
    QPushButton* m_stop;
    QLabel* m_status;
    QFutureWatcher<Read> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_reading; ///< the path being read
    bool m_readingShown = false;
};

} // namespace agrimap
