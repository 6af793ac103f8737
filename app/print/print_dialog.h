#pragma once

#include "error.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace agrimap {

class LayerCollection;
class PrintOptionsForm;
class PrintPreview;

/// File ▸ Print map: the options of a printed map beside a live preview, and the output file
/// (PDF, or PNG at a chosen resolution). The file is written on a worker thread with a
/// cancel button; the window stays usable.
class PrintDialog : public QDialog {
    Q_OBJECT
public:
    /// `currentView`: the canvas's extent, the default area; `title`: the default title.
    PrintDialog(const LayerCollection* layers, const QRectF& currentView, const QString& title,
                QWidget* parent = nullptr);
    ~PrintDialog() override;

    PrintOptionsForm* form() const { return m_form; }
    PrintPreview* preview() const { return m_preview; }
    QLineEdit* outputEdit() const { return m_output; }
    QSpinBox* dpiBox() const { return m_dpi; }
    QPushButton* printButton() const { return m_print; }
    QLabel* statusLabel() const { return m_status; }
    /// The scale and ground size the preview shows, e.g. "1:10 000 · 3.9 × 2.6 km".
    QLabel* scaleLabel() const { return m_scaleText; }
    bool isPrinting() const { return m_watcher.isRunning(); }
    /// True from an option's change until the preview shows it.
    bool isPreviewPending() const;

Q_SIGNALS:
    /// A print ended: written (ok) or failed or cancelled (the status says which).
    void printFinished(bool written);

protected:
    void reject() override;

private:
    QWidget* createOutputRow();
    void updatePreview();
    void updateOutputControls();
    void startPrint();
    void finishPrint(const Status& status);

    const LayerCollection* m_layers;
    PrintOptionsForm* m_form;
    PrintPreview* m_preview;
    QLabel* m_scaleText;
    QLineEdit* m_output;
    QSpinBox* m_dpi;
    QPushButton* m_print;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTimer m_previewTimer;
    QString m_printingPath;
    QFutureWatcher<Status> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
};

} // namespace agrimap
