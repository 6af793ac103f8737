#pragma once

#include "analysis/area_statistics.h"
#include "analysis/statistics_table.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QProgressBar>
#include <QWidget>
#include <QtConcurrent>
#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QVBoxLayout;
class QPushButton;

namespace agrimap {

/// A tab of the Statistics dialog: it computes on a worker thread with a progress bar and a
/// Cancel button, shows the result, and offers its current table for export.
class StatisticsPage : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsPage(QWidget* parent = nullptr);
    /// Cancels what is running and waits for it: the worker never outlives the page.
    ~StatisticsPage() override;

    /// The table shown now (what Export writes); empty before the first result.
    virtual StatisticsTable currentTable() const = 0;
    /// Reads the data again (after edits in the map window).
    virtual void refresh() = 0;
    bool isComputing() const { return m_running > 0; }
    /// The last error or "cancelled" note, empty after a success.
    QString statusText() const;
    QPushButton* cancelButton() const { return m_cancelButton; }

Q_SIGNALS:
    void computingChanged(bool computing);
    void tableChanged();

protected:
    /// Runs `work(cancel, progress)` on a worker thread, then `done(result)` here, unless a
    /// newer run replaced it in between (the older one is cancelled).
    template <typename T, typename Work, typename Done> void run(Work work, Done done) {
        cancel();
        auto cancelFlag = std::make_shared<std::atomic_bool>(false);
        m_cancel = cancelFlag;
        const int generation = ++m_generation;
        auto result = std::make_shared<std::optional<Result<T>>>();
        auto* watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
            watcher->deleteLater();
            m_watchers.removeOne(watcher);
            finishRun();
            if (generation == m_generation && *result)
                done(std::move(**result));
        });
        startRun();
        QPointer<QProgressBar> bar = m_progress;
        const StatisticsProgress progress = [bar](int percent) {
            QMetaObject::invokeMethod(
                bar.data(), [bar, percent] { bar->setValue(percent); }, Qt::QueuedConnection);
        };
        m_watchers.append(watcher);
        watcher->setFuture(QtConcurrent::run([work, cancelFlag, progress, result] {
            result->emplace(work(*cancelFlag, progress));
        }));
    }
    /// Shows an error (or a cancelled run) in the page's status line.
    void showStatus(const QString& text);
    /// Cancels the running computation, if any.
    void cancel();

    QVBoxLayout* pageLayout() const { return m_layout; }

private:
    void startRun();
    void finishRun();

    QVBoxLayout* m_layout;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QLabel* m_status;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFutureWatcher<void>*> m_watchers;
    int m_generation = 0;
    int m_running = 0;
};

} // namespace agrimap
