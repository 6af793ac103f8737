#pragma once

#include "print/print_page.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>
#include <atomic>
#include <memory>

namespace agrimap {

/// The sheet as it will print, drawn on a worker thread at the widget's size. A newer page
/// cancels the drawing of an older one.
class PrintPreview : public QWidget {
    Q_OBJECT
public:
    explicit PrintPreview(QWidget* parent = nullptr);
    ~PrintPreview() override;

    void showPage(const print::PrintPage& page);
    /// Shown instead of the sheet when the options cannot be printed.
    void showProblem(const QString& message);
    const QImage& image() const { return m_image; }
    QString problem() const { return m_problem; }
    /// From showPage() until its sheet is shown.
    bool isDrawing() const { return m_drawing; }
    QSize sizeHint() const override { return {420, 420}; }

Q_SIGNALS:
    void drawn();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QString m_problem;
    bool m_drawing = false;
    QFutureWatcher<QImage> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace agrimap
