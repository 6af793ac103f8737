#include "print_preview.h"

#include "print/print_writer.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace agrimap {

PrintPreview::PrintPreview(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(240, 240);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QImage image = m_watcher.result();
        if (image.isNull())
            return; // cancelled by a newer page
        m_image = image;
        m_problem.clear();
        m_drawing = false;
        update();
        Q_EMIT drawn();
    });
}

PrintPreview::~PrintPreview() {
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void PrintPreview::showPage(const print::PrintPage& page) {
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_drawing = true;
    // The resolution at which the sheet fills the widget (device pixels for a sharp image).
    const QSizeF sheetInches = page.layout.page / 25.4;
    const double ratio = devicePixelRatioF();
    const double dpi = std::max(20.0, std::min((width() - 8) * ratio / sheetInches.width(),
                                               (height() - 8) * ratio / sheetInches.height()));
    m_watcher.setFuture(QtConcurrent::run([page, dpi, cancel = m_cancel, ratio] {
        QImage image = print::renderPrintPage(page, dpi, *cancel);
        image.setDevicePixelRatio(ratio);
        return image;
    }));
}

void PrintPreview::showProblem(const QString& message) {
    if (m_cancel)
        *m_cancel = true;
    m_problem = message;
    m_image = {};
    m_drawing = false;
    update();
}

void PrintPreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(120, 120, 120));
    if (!m_problem.isEmpty() || m_image.isNull()) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_problem.isEmpty() ? tr("Drawing the preview…") : m_problem);
        return;
    }
    const QSizeF size = m_image.deviceIndependentSize().scaled(QSizeF(rect().size()) - QSizeF(8, 8),
                                                               Qt::KeepAspectRatio);
    QRectF target(QPointF(0, 0), size);
    target.moveCenter(QRectF(rect()).center());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(target, m_image);
}

} // namespace agrimap
