#include "print_dialog.h"

#include "layer_collection.h"
#include "print/print_writer.h"
#include "print_options_form.h"
#include "print_preview.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace agrimap {

namespace {

QString groundSize(const QRectF& extent, double metresPerUnit) {
    const double width = extent.width() * metresPerUnit;
    const double height = extent.height() * metresPerUnit;
    if (std::max(width, height) >= 2000)
        return QStringLiteral("%1 × %2 km")
            .arg(width / 1000, 0, 'f', 1)
            .arg(height / 1000, 0, 'f', 1);
    return QStringLiteral("%1 × %2 m").arg(qRound(width)).arg(qRound(height));
}

} // namespace

PrintDialog::PrintDialog(const LayerCollection* layers, const QRectF& currentView,
                         const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_layers(layers)
    , m_form(new PrintOptionsForm(currentView, title, this))
    , m_preview(new PrintPreview(this))
    , m_scaleText(new QLabel(this))
    , m_output(new QLineEdit(this))
    , m_dpi(new QSpinBox(this))
    , m_print(new QPushButton(tr("&Print"), this))
    , m_cancel(new QPushButton(tr("Cancel printing"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("PrintDialog"));
    setWindowTitle(tr("Print map"));
    m_dpi->setRange(int(print::minimumPngDpi), int(print::maximumPngDpi));
    m_dpi->setValue(200);
    m_dpi->setSuffix(tr(" dpi"));
    m_print->setDefault(true);
    m_progress->setRange(0, 0); // busy: a PDF has no meaningful percentage
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* left = new QVBoxLayout;
    left->addWidget(m_form);
    left->addWidget(createOutputRow());
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(m_scaleText);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 0);
    columns->addLayout(right, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_cancel);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    resize(980, 640);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250);
    connect(&m_previewTimer, &QTimer::timeout, this, &PrintDialog::updatePreview);
    connect(m_form, &PrintOptionsForm::changed, &m_previewTimer, qOverload<>(&QTimer::start));
    // A layer that finishes loading (or is hidden) shows in the preview too.
    connect(layers, &LayerCollection::mapChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(buttons, &QDialogButtonBox::rejected, this, &PrintDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &PrintDialog::startPrint);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            *m_cancelFlag = true;
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this,
            [this] { finishPrint(m_watcher.result()); });
    connect(m_output, &QLineEdit::textChanged, this, &PrintDialog::updateOutputControls);
    updateOutputControls();
    m_previewTimer.start();
}

PrintDialog::~PrintDialog() {
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_watcher.waitForFinished();
}

bool PrintDialog::isPreviewPending() const {
    return m_previewTimer.isActive() || m_preview->isDrawing();
}

QWidget* PrintDialog::createOutputRow() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_output->setPlaceholderText(tr("map.pdf or map.png"));
    auto* browse = new QPushButton(tr("Save as…"), row);
    auto* label = new QLabel(tr("&File:"), row);
    label->setBuddy(m_output);
    layout->addWidget(label);
    layout->addWidget(m_output, 1);
    layout->addWidget(browse);
    layout->addWidget(m_dpi);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start =
            m_output->text().isEmpty() ? QDir::homePath() : QFileInfo(m_output->text()).path();
        QString selected;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Print the map to"), start, tr("PDF (*.pdf);;PNG image (*.png)"), &selected);
        if (path.isEmpty())
            return;
        // A name typed without a suffix takes the chosen filter's.
        if (!print::printFormatFor(path))
            m_output->setText(path + (selected.contains(QLatin1String("png"))
                                          ? QStringLiteral(".png")
                                          : QStringLiteral(".pdf")));
        else
            m_output->setText(path);
    });
    return row;
}

void PrintDialog::updateOutputControls() {
    const std::optional<print::PrintFormat> format = print::printFormatFor(m_output->text());
    m_dpi->setEnabled(format == print::PrintFormat::Png);
    m_print->setEnabled(format.has_value() && !isPrinting());
}

void PrintDialog::updatePreview() {
    QString problem;
    const print::PrintOptions options = m_form->options(&problem);
    const Result<print::PrintPage> page = print::preparePrintPage(*m_layers, options);
    if (!page) {
        m_preview->showProblem(page.errorMessage());
        m_scaleText->clear();
        return;
    }
    m_preview->showPage(page.value());
    m_scaleText->setText(
        QStringLiteral("%1 · %2").arg(print::scaleText(page->frame.denominator),
                                      groundSize(page->frame.extent, page->crs.metresPerUnit())));
    m_status->setText(problem);
}

void PrintDialog::startPrint() {
    if (isPrinting())
        return;
    const QString path = m_output->text().trimmed();
    QString problem;
    const print::PrintOptions options = m_form->options(&problem);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    Result<print::PrintPage> page = print::preparePrintPage(*m_layers, options);
    if (!page) {
        m_status->setText(page.errorMessage());
        return;
    }
    m_form->rememberChoices();
    m_printingPath = path;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_status->setText(tr("Printing %1…").arg(QDir::toNativeSeparators(path)));
    m_progress->show();
    m_cancel->show();
    m_print->setEnabled(false);
    const double dpi = m_dpi->value();
    m_watcher.setFuture(
        QtConcurrent::run([page = std::move(page).value(), path, dpi, cancel = m_cancelFlag] {
            return print::writePrintFile(page, path, dpi, *cancel);
        }));
}

void PrintDialog::finishPrint(const Status& status) {
    m_progress->hide();
    m_cancel->hide();
    updateOutputControls();
    m_status->setText(status ? tr("Written: %1").arg(QDir::toNativeSeparators(m_printingPath))
                             : status.errorMessage());
    Q_EMIT printFinished(status.ok());
}

void PrintDialog::reject() {
    // Closing while a file is written cancels it; no half file is left (the writer commits
    // only when done).
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_watcher.waitForFinished();
    QDialog::reject();
}

} // namespace agrimap
