#include "import_source_page.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>

namespace agrimap {

ImportSourcePage::ImportSourcePage(FarmerImportState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_path(new QLineEdit(this))
    , m_sheets(new QComboBox(this))
    , m_sheetLabel(new QLabel(tr("Sheet:"), this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop reading"), this))
    , m_status(new QLabel(this)) {
    setTitle(tr("Households file"));
    setSubTitle(tr("A CSV file or an Excel workbook (.xlsx) whose first row names the columns. "
                   "Text typed with the old TCVN3 (.VnTime) or VNI fonts is recognised."));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_sheets->setObjectName(QStringLiteral("importSheet"));
    m_stop->setObjectName(QStringLiteral("importStopReading"));
    m_status->setObjectName(QStringLiteral("importSourceStatus"));
    m_status->setWordWrap(true);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowse"));

    auto* layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("File:"), this), 0, 0);
    layout->addWidget(m_path, 0, 1);
    layout->addWidget(browseButton, 0, 2);
    layout->addWidget(m_sheetLabel, 1, 0);
    layout->addWidget(m_sheets, 1, 1, 1, 2);
    layout->addWidget(m_progress, 2, 0, 1, 2);
    layout->addWidget(m_stop, 2, 2);
    layout->addWidget(m_status, 3, 0, 1, 3);
    layout->setRowStretch(4, 1);
    m_sheetLabel->hide();
    m_sheets->hide();
    m_progress->hide();
    m_stop->hide();

    connect(browseButton, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_reading)
            startReading();
    });
    connect(m_sheets, &QComboBox::activated, this,
            [this] { startReading(m_sheets->currentText()); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            *m_cancel = true;
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportSourcePage::finishReading);
}

ImportSourcePage::~ImportSourcePage() {
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void ImportSourcePage::setSourcePath(const QString& path) {
    m_path->setText(path);
    startReading();
}

bool ImportSourcePage::isComplete() const {
    return !m_readingShown && m_state.table && m_state.table->path() == m_path->text();
}

void ImportSourcePage::browse() {
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Import households"), QFileInfo(m_path->text()).path(),
        tr("Households tables (*.csv *.xlsx *.xlsm *.tsv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setSourcePath(chosen);
}

void ImportSourcePage::startReading(const QString& sheet) {
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished(); // the one before stops at its next 1024 rows
    m_state.table.reset();
    m_reading = m_path->text();
    if (sheet.isEmpty()) {
        m_sheets->clear();
        m_sheets->hide();
        m_sheetLabel->hide();
    }
    if (m_reading.isEmpty()) {
        m_status->clear();
        Q_EMIT completeChanged();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_readingShown = true;
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_status->setText(tr("Reading %1…").arg(QFileInfo(m_reading).fileName()));
    QPointer<QProgressBar> bar(m_progress);
    m_watcher.setFuture(QtConcurrent::run([path = m_reading, sheet, cancel = m_cancel, bar] {
        Read read;
        read.table = ImportTable::read(path, sheet, cancel.get(), [bar](int percent) {
            QMetaObject::invokeMethod(bar, "setValue", Qt::QueuedConnection, Q_ARG(int, percent));
        });
        if (read.table)
            read.detected = read.table->detectEncoding();
        return read;
    }));
    Q_EMIT completeChanged();
}

void ImportSourcePage::finishReading() {
    m_readingShown = false;
    m_progress->hide();
    m_stop->hide();
    Read read = m_watcher.result();
    if (!read.table) {
        m_status->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                              .arg(read.table.errorMessage().toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    auto table = std::make_shared<const ImportTable>(std::move(read.table).value());
    if (table->sheets().size() > 1 && m_sheets->count() == 0) {
        m_sheets->addItems(table->sheets());
        m_sheets->setCurrentText(table->sheet());
        m_sheets->show();
        m_sheetLabel->show();
    }
    QString text =
        tr("%n row(s), %1 column(s)", nullptr, int(table->rowCount())).arg(table->columnCount());
    if (table->emptyRowCount() > 0)
        text += QLatin1Char(' ') +
                tr("(%n empty row(s) will be skipped)", nullptr, int(table->emptyRowCount()));
    if (read.detected)
        text += QLatin1Char('\n') + tr("The text is in %1: it will be converted to Unicode.")
                                        .arg(textEncodingName(read.detected));
    m_status->setText(text);
    m_state.table = std::move(table);
    m_state.detected = read.detected;
    m_state.encoding = TextEncodingChoice::Auto;
    Q_EMIT completeChanged();
}

} // namespace agrimap
