#pragma once

#include "error.h"
#include "publishing/companion_files.h"
#include "publishing/export_profile.h"
#include "publishing/open_data_exporter.h"

#include <QFutureWatcher>
#include <QWizard>
#include <atomic>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace agrimap {

/// Publish open data: pick or edit a profile (layers and fields; personal fields shown locked
/// with the reason), fill in the metadata, choose the output, then run with a progress bar and
/// cancel, ending with a summary and "Open folder".
class ExportWizard : public QWizard {
    Q_OBJECT
public:
    ExportWizard(QString projectPath, QWidget* parent = nullptr);
    ~ExportWizard() override;

    QTreeWidget* layerTree() const { return m_tree; }
    QLineEdit* outputEdit() const { return m_output; }
    QCheckBox* geojsonBox() const { return m_geojson; }
    QLabel* summary() const { return m_summary; }
    bool isRunning() const { return m_watcher.isRunning(); }
    /// The profile as the pages describe it now.
    ExportProfile profile() const;

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    struct Outcome {
        Result<ExportReport> report = Error{};
        Result<QStringList> files = Error{};
    };
    void createProfilePage();
    void createMetadataPage();
    void createRunPage();
    void showProfile(const ExportProfile& profile);
    void saveProfile();
    void start();
    void finish(const Outcome& outcome);

    QString m_projectPath;
    std::vector<ExportProfile> m_profiles;
    ExportProfile m_shown;
    QSet<QString> m_marked;
    QComboBox* m_profileBox = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLineEdit* m_crs = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_abstract = nullptr;
    QLineEdit* m_publisher = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_licence = nullptr;
    QLineEdit* m_output = nullptr;
    QCheckBox* m_geojson = nullptr;
    QCheckBox* m_csv = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_openFolder = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_done = false;
};

} // namespace agrimap
