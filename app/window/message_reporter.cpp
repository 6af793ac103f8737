#include "message_reporter.h"

#include <QMessageBox>

namespace agrimap {

MessageReporter::MessageReporter(QWidget* window)
    : QObject(window)
    , m_window(window) {}

void MessageReporter::error(const QString& title, const QString& text) {
    m_errors << text;
    Q_EMIT errorReported(text);
    if (!m_showsBoxes)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MessageReporter::notice(const QString& title, const QString& text) {
    m_notices << text;
    if (!m_showsBoxes)
        return;
    auto* box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace agrimap
