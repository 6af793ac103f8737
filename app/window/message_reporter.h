#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace agrimap {

/// Where errors and notices go: a non-blocking message box for people, a record that tests
/// read. Nothing in the app shows a modal box directly, so no test ever hangs on one.
class MessageReporter : public QObject {
    Q_OBJECT
public:
    explicit MessageReporter(QWidget* window);

    /// Tests turn boxes off and read errors() instead.
    void setShowsBoxes(bool shows) { m_showsBoxes = shows; }
    void error(const QString& title, const QString& text);
    void notice(const QString& title, const QString& text);
    QStringList errors() const { return m_errors; }
    QStringList notices() const { return m_notices; }

Q_SIGNALS:
    void errorReported(const QString& text);

private:
    QWidget* m_window;
    QStringList m_errors;
    QStringList m_notices;
    bool m_showsBoxes = true;
};

} // namespace agrimap
