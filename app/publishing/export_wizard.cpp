#include "export_wizard.h"

#include "data_source_info.h"
#include "publishing/data_dictionary.h"
#include "publishing/default_export_profile.h"
#include "publishing/directory_aggregates.h"
#include "publishing/export_profile_storage.h"
#include "publishing/personal_data.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace agrimap {

namespace {

enum Pages { ProfilePage, MetadataPage, RunPage };

// The layer's fields and feature count, read without loading it, for the preview.
std::pair<QStringList, qint64> fieldsOf(const ExportLayer& layer) {
    Result<DataSourceInfo> source = probeDataSource(layer.sourcePath);
    if (!source)
        return {layer.fields, -1};
    for (const SourceLayerInfo& info : source->layers) {
        if (info.name == layer.sourceLayer)
            return {info.fieldNames, info.featureCount};
    }
    return {layer.fields, -1};
}

} // namespace

ExportWizard::ExportWizard(QString projectPath, QWidget* parent)
    : QWizard(parent)
    , m_projectPath(std::move(projectPath))
    , m_marked(personal_data::markedFields(m_projectPath)) {
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("Publish open data"));
    setOption(QWizard::NoBackButtonOnLastPage);
    if (Result<ExportProfile> defaults = defaultExportProfile(m_projectPath))
        m_profiles.push_back(defaults.value());
    if (Result<std::vector<ExportProfile>> saved = loadExportProfiles(m_projectPath)) {
        for (const ExportProfile& profile : saved.value()) {
            if (profile.name == QLatin1String("default") && !m_profiles.empty())
                m_profiles.front() = profile; // a saved default replaces the built-in one
            else
                m_profiles.push_back(profile);
        }
    }
    createProfilePage();
    createMetadataPage();
    createRunPage();
    if (!m_profiles.empty())
        showProfile(m_profiles.front());
    connect(&m_watcher, &QFutureWatcherBase::finished, this,
            [this] { finish(m_watcher.result()); });
    resize(720, 560);
}

ExportWizard::~ExportWizard() {
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished(); // the export stops at its next step and removes its file
}

void ExportWizard::createProfilePage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("What to publish"));
    page->setSubTitle(tr("Layers and fields; personal data is locked and cannot be published."));
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout();
    m_profileBox = new QComboBox(page);
    for (const ExportProfile& profile : m_profiles)
        m_profileBox->addItem(profile.name);
    auto* save = new QPushButton(tr("Save profile as…"), page);
    row->addWidget(new QLabel(tr("Profile:"), page));
    row->addWidget(m_profileBox, 1);
    row->addWidget(save);
    layout->addLayout(row);
    m_tree = new QTreeWidget(page);
    m_tree->setObjectName(QStringLiteral("exportLayers"));
    m_tree->setHeaderLabels({tr("Layer / field"), tr("Note")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    auto* crsRow = new QFormLayout();
    m_crs = new QLineEdit(page);
    crsRow->addRow(tr("Coordinate reference system"), m_crs);
    layout->addLayout(crsRow);
    connect(m_profileBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < int(m_profiles.size()))
            showProfile(m_profiles[size_t(index)]);
    });
    connect(save, &QPushButton::clicked, this, &ExportWizard::saveProfile);
    setPage(ProfilePage, page);
}

void ExportWizard::createMetadataPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("About the publication"));
    page->setSubTitle(tr("Written into the package as ISO 19115 metadata."));
    auto* form = new QFormLayout(page);
    m_title = new QLineEdit(page);
    m_abstract = new QPlainTextEdit(page);
    m_abstract->setFixedHeight(80);
    m_publisher = new QLineEdit(page);
    m_contact = new QLineEdit(page);
    m_licence = new QLineEdit(page);
    m_output = new QLineEdit(page);
    m_output->setObjectName(QStringLiteral("exportOutput"));
    auto* browse = new QPushButton(tr("Browse…"), page);
    auto* outputRow = new QHBoxLayout();
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    m_geojson = new QCheckBox(tr("Also each layer as GeoJSON (EPSG:4326)"), page);
    m_csv = new QCheckBox(tr("Also each layer as CSV"), page);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Abstract"), m_abstract);
    form->addRow(tr("Publisher"), m_publisher);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Licence"), m_licence);
    form->addRow(tr("Output file"), outputRow);
    form->addRow(QString(), m_geojson);
    form->addRow(QString(), m_csv);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Publish to"), m_output->text(),
                                                          tr("GeoPackage (*.gpkg)"));
        if (!path.isEmpty())
            m_output->setText(path);
    });
    m_output->setText(
        QFileInfo(m_projectPath)
            .absoluteDir()
            .filePath(QFileInfo(m_projectPath).fileName().section(QLatin1Char('.'), 0, 0) +
                      QStringLiteral("-opendata.gpkg")));
    setPage(MetadataPage, page);
}

void ExportWizard::createRunPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Publishing"));
    auto* layout = new QVBoxLayout(page);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 100);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    m_openFolder = new QPushButton(tr("Open folder"), page);
    m_openFolder->setEnabled(false);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_openFolder, 0, Qt::AlignLeft);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_output->text()).absolutePath()));
    });
    setPage(RunPage, page);
}

void ExportWizard::showProfile(const ExportProfile& profile) {
    m_shown = profile;
    m_tree->clear();
    for (const ExportLayer& layer : profile.layers) {
        const auto [fields, count] = fieldsOf(layer);
        auto* layerItem = new QTreeWidgetItem(
            m_tree, {layer.outputName,
                     count < 0 ? layer.titleVi
                               : tr("%1 — %n feature(s)", nullptr, int(count)).arg(layer.titleVi)});
        layerItem->setFlags(layerItem->flags() | Qt::ItemIsUserCheckable);
        layerItem->setCheckState(0, Qt::Checked);
        for (const QString& field : fields) {
            auto* fieldItem = new QTreeWidgetItem(layerItem, {field});
            const QString reason = personal_data::reasonFor(layer.sourceLayer, field, m_marked);
            if (!reason.isEmpty()) {
                // Shown, so the user sees it is left out on purpose, but never selectable.
                fieldItem->setFlags(fieldItem->flags() & ~Qt::ItemIsEnabled &
                                    ~Qt::ItemIsUserCheckable);
                fieldItem->setCheckState(0, Qt::Unchecked);
                fieldItem->setText(1, tr("🔒 personal data: %1").arg(reason));
                fieldItem->setToolTip(1, fieldItem->text(1));
                continue;
            }
            fieldItem->setFlags(fieldItem->flags() | Qt::ItemIsUserCheckable);
            fieldItem->setCheckState(0, layer.fields.contains(field) ? Qt::Checked : Qt::Unchecked);
        }
        // In place of the persons behind the locked fields: counts and sums, selectable.
        for (const QString& aggregate : directory_aggregates::availableFor(m_projectPath, layer)) {
            auto* item = new QTreeWidgetItem(layerItem, {aggregate});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, layer.fields.contains(aggregate) ? Qt::Checked : Qt::Unchecked);
            item->setText(1, tr("Σ aggregate from the Farmer Directory, no personal data"));
            const FieldMeaning meaning = meaningOfField(aggregate);
            item->setToolTip(1, meaning.meaningVi + QLatin1Char('\n') + meaning.meaningEn);
        }
        layerItem->setExpanded(true);
    }
    m_crs->setText(profile.targetCrs);
    if (m_title) {
        m_title->setText(profile.title);
        m_abstract->setPlainText(profile.abstract);
        m_publisher->setText(profile.publisher);
        m_contact->setText(profile.contact);
        m_licence->setText(profile.licence);
    }
}

ExportProfile ExportWizard::profile() const {
    ExportProfile profile = m_shown;
    profile.layers.clear();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* layerItem = m_tree->topLevelItem(i);
        if (layerItem->checkState(0) != Qt::Checked || i >= int(m_shown.layers.size()))
            continue;
        ExportLayer layer = m_shown.layers[size_t(i)];
        layer.fields.clear();
        for (int f = 0; f < layerItem->childCount(); ++f) {
            const QTreeWidgetItem* field = layerItem->child(f);
            if ((field->flags() & Qt::ItemIsEnabled) && field->checkState(0) == Qt::Checked)
                layer.fields << field->text(0);
        }
        profile.layers.push_back(layer);
    }
    profile.targetCrs = m_crs->text().trimmed();
    profile.title = m_title->text();
    profile.abstract = m_abstract->toPlainText();
    profile.publisher = m_publisher->text();
    profile.contact = m_contact->text();
    profile.licence = m_licence->text();
    return profile;
}

void ExportWizard::saveProfile() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save profile"), tr("Profile name:"),
                                               QLineEdit::Normal, m_shown.name, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    ExportProfile saved = profile();
    saved.name = name.trimmed();
    if (Status status = saveExportProfile(m_projectPath, saved); !status) {
        m_summary->setText(status.errorMessage());
        return;
    }
    m_profiles.push_back(saved);
    m_profileBox->addItem(saved.name);
}

bool ExportWizard::validateCurrentPage() {
    if (currentId() == ProfilePage) {
        const Status checked = OpenDataExporter(profile(), m_projectPath).check();
        if (!checked) {
            setSubTitleFormat(Qt::PlainText);
            currentPage()->setSubTitle(checked.errorMessage());
            return false;
        }
    }
    if (currentId() == MetadataPage && m_output->text().trimmed().isEmpty())
        return false;
    if (currentId() == RunPage)
        return m_done;
    return true;
}

void ExportWizard::initializePage(int id) {
    QWizard::initializePage(id);
    if (id == RunPage)
        start();
}

void ExportWizard::start() {
    m_done = false;
    m_openFolder->setEnabled(false);
    m_progress->setValue(0);
    m_summary->setText(tr("Writing %1…").arg(m_output->text()));
    button(QWizard::FinishButton)->setEnabled(false);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const ExportProfile chosen = profile();
    const CompanionOptions companions{m_geojson->isChecked(), m_csv->isChecked(), true};
    QPointer<QProgressBar> bar(m_progress);
    m_watcher.setFuture(
        QtConcurrent::run([chosen, project = m_projectPath, output = m_output->text(), companions,
                           cancel = m_cancel, bar]() {
            Outcome outcome;
            outcome.report =
                OpenDataExporter(chosen, project).exportTo(output, [cancel, bar](int percent) {
                    QMetaObject::invokeMethod(bar, "setValue", Qt::QueuedConnection,
                                              Q_ARG(int, percent));
                    return !cancel->load();
                });
            if (outcome.report)
                outcome.files = writeCompanionFiles(output, companions);
            return outcome;
        }));
}

void ExportWizard::finish(const Outcome& outcome) {
    m_done = true;
    button(QWizard::FinishButton)->setEnabled(true);
    if (!outcome.report) {
        m_summary->setText(tr("Not published: %1").arg(outcome.report.errorMessage()));
        return;
    }
    QStringList lines;
    for (const ExportReport::Layer& layer : outcome.report->layers)
        lines << tr("%1: %n feature(s)", nullptr, int(layer.features)).arg(layer.name);
    if (outcome.files)
        lines << tr("Files: %1").arg(outcome.files->join(QLatin1String(", ")));
    else
        lines << tr("The package is written, but not the files beside it: %1")
                     .arg(outcome.files.errorMessage());
    m_progress->setValue(100);
    m_summary->setText(tr("Published in %1 ms.").arg(outcome.report->milliseconds) +
                       QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_openFolder->setEnabled(true);
}

void ExportWizard::reject() {
    if (m_watcher.isRunning()) {
        *m_cancel = true; // the export removes its partial file and reports "cancelled"
        return;
    }
    QWizard::reject();
}

} // namespace agrimap
