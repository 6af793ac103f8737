// Farmer Directory panel benchmark (issue "The Farmer Directory"): 200k generated households
// (AGRIMAP_BENCH_FARMERS to change) in a project opened in the map window, then
//  (a) opening the directory panel (View ▸ Farmer Directory) to its first rows painted,
//      target <= 0.5 s;
//  (b) a keystroke in the search box to the table updated — the model reset and the first
//      rows painted, which reads their values — for every prefix of real names typed without
//      marks, with marks and as partial words, target <= 30 ms;
// and, as figures without a target, the same keystrokes with a commune filter and a sorted
// column, and the time to fill the filter boxes after the first rows are shown.
#include "benchmark_figures.h"
#include "directory/directory_controller.h"
#include "directory/farmer_directory_panel.h"
#include "directory/farmer_filter_bar.h"
#include "directory/farmer_session.h"
#include "directory/farmer_table_model.h"
#include "directory/vietnamese_search_key.h"
#include "editing/edit_controller.h"
#include "editing/project_store.h"
#include "gdal_environment.h"
#include "project_file.h"
#include "vietnamese_households.h"
#include "window/main_window.h"
#include "window/message_reporter.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace agrimap;
using namespace agrimap::benchmarks;

namespace {

constexpr double openTargetMs = 500;
constexpr double keystrokeTargetMs = 30;

/// CPU time of this thread: on a machine shared with other work, the wall time of a few
/// milliseconds swings with scheduling, this does not.
double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// Notes when the table's viewport receives a paint event while it has rows to paint.
class PaintWatcher : public QObject {
public:
    PaintWatcher(QTableView* table)
        : m_table(table) {
        table->viewport()->installEventFilter(this);
    }
    bool paintedRows = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint && m_table->model()->rowCount() > 0)
            paintedRows = true; // painted once the event is handled, before processEvents returns
        return false;
    }

private:
    QTableView* m_table;
};

QString partialWords(const QString& name) {
    QStringList words;
    for (const QString& word : vietnameseSearchKey(name).split(u' '))
        words << word.left(3);
    return words.join(u' ');
}

struct Keystrokes {
    std::vector<double> ms;
    std::vector<double> cpuMs;
    QString slowest;
    double slowestMs = 0;
    int mostRows = 0;

    void print(const char* label, bool judged) const {
        const double worst = ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end());
        std::printf("%-44s %4zu keys: median %6.2f ms, p95 %6.2f ms, max %6.2f ms (\"%s\"; up to "
                    "%d rows)",
                    label, ms.size(), median(ms), percentile(ms, 0.95), worst, qPrintable(slowest),
                    mostRows);
        if (judged)
            std::printf("  target <= %.0f ms: %s", keystrokeTargetMs,
                        qPrintable(verdict(worst <= keystrokeTargetMs)));
        std::printf("\n%-44s            CPU time: median %6.2f ms, p95 %6.2f ms, max %6.2f ms\n",
                    "", median(cpuMs), percentile(cpuMs, 0.95),
                    cpuMs.empty() ? 0 : *std::max_element(cpuMs.begin(), cpuMs.end()));
    }
};

/// Types `text` into the search box one character at a time, timing each key from its event
/// to the table repainted with the rows it found.
void typeTimed(FarmerDirectoryPanel& panel, const QString& text, Keystrokes& timings) {
    QLineEdit* box = panel.filterBar()->searchBox();
    box->clear();
    QApplication::processEvents();
    for (const QChar character : text) {
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = threadCpuMs();
        QTest::sendKeyEvent(QTest::Click, box, Qt::Key_unknown, QString(character), Qt::NoModifier);
        panel.table()->viewport()->repaint(); // reads the values of the rows on screen
        const double spent = elapsedMs(clock);
        timings.ms.push_back(spent);
        timings.cpuMs.push_back(threadCpuMs() - cpuStart);
        timings.mostRows = std::max(timings.mostRows, panel.model()->rowCount());
        if (spent > timings.slowestMs) {
            timings.slowestMs = spent;
            timings.slowest = box->text();
        }
    }
}

QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QStringLiteral("unknown");
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication application(argc, argv);
    ensureGdalReady();
    QStandardPaths::setTestModeEnabled(true);
    const int count = benchmarkHouseholdCount();
    std::printf("AgriMap Farmer Directory panel benchmark, %d generated households\n", count);
    const std::vector<FarmerRecord> households = generateHouseholds(count);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("farmers.agrimap.gpkg"));
    QElapsedTimer clock;
    clock.start();
    if (const Status stored = storeHouseholds(path, households); !stored) {
        std::printf("cannot store the households: %s\n", qPrintable(stored.errorMessage()));
        return 2;
    }
    std::printf("store %d households (setup, checked and audited):       %.0f ms\n", count,
                elapsedMs(clock));

    // A project the map window opens as one (its layer list: the growing areas are added).
    ProjectDocument document;
    document.title = QStringLiteral("farmers");
    document.mapCrs = Crs::fromEpsg(5897).definition();
    if (Status written = project_file::write(path, document); !written) {
        std::printf("cannot write the project's layer list: %s\n",
                    qPrintable(written.errorMessage()));
        return 2;
    }

    MainWindow window;
    window.messages()->setShowsBoxes(false);
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    clock.restart();
    window.openFiles({path});
    if (!window.edits()->farmers()) {
        std::printf("the project did not open for editing: %s\n",
                    qPrintable(window.messages()->errors().join(QLatin1Char('\n'))));
        return 2;
    }
    std::printf("open the project for editing, with the directory's search: %.0f ms (not the "
                "panel)\n",
                elapsedMs(clock));
    QTest::qWait(200); // the window settles: layers, title

    // (a) View ▸ Farmer Directory to the first rows painted.
    FarmerDirectoryPanel& panel = *window.directory()->panel();
    PaintWatcher watcher(panel.table());
    clock.restart();
    window.directory()->panelAction()->trigger();
    while (!watcher.paintedRows && clock.elapsed() < 30000)
        QApplication::processEvents();
    const double openMs = elapsedMs(clock);
    std::printf("(a) open the panel to the first rows painted:             %.0f ms (%d rows, %d "
                "page(s) of %d read)  target <= %.0f ms: %s\n",
                openMs, panel.model()->rowCount(), panel.model()->cachedPageCount(),
                FarmerTableModel::pageSize, openTargetMs,
                qPrintable(verdict(openMs <= openTargetMs)));
    clock.restart();
    while (panel.filterBar()->communeBox()->count() <= 1 && clock.elapsed() < 30000)
        QApplication::processEvents();
    std::printf(
        "    then the filter boxes and place search filled:         %.0f ms (%d communes)\n",
        elapsedMs(clock), panel.filterBar()->communeBox()->count() - 1);

    // (b) Keystrokes: forty names of the directory, typed three ways.
    QRandomGenerator random(11);
    QStringList names;
    for (int i = 0; i < 40; ++i)
        names << households[size_t(random.bounded(count))].fullName;
    Keystrokes plain;
    Keystrokes marked;
    Keystrokes partial;
    for (const QString& name : names) {
        typeTimed(panel, vietnameseSearchKey(name), plain);
        typeTimed(panel, name, marked);
        typeTimed(panel, partialWords(name), partial);
    }
    std::printf("(b) keystroke to the table updated and repainted\n");
    plain.print("    typed without marks: nguyen van hung", false);
    marked.print("    typed with marks (as written)", false);
    partial.print("    partial words: ngu van hun", false);
    Keystrokes all;
    for (const Keystrokes* part : {&plain, &marked, &partial}) {
        all.ms.insert(all.ms.end(), part->ms.begin(), part->ms.end());
        all.cpuMs.insert(all.cpuMs.end(), part->cpuMs.begin(), part->cpuMs.end());
        if (part->slowestMs > all.slowestMs) {
            all.slowestMs = part->slowestMs;
            all.slowest = part->slowest;
        }
        all.mostRows = std::max(all.mostRows, part->mostRows);
    }
    all.print("    every keystroke", true);

    // Figures without a target: a filter chosen, then a column sorted, while typing.
    QComboBox* communes = panel.filterBar()->communeBox();
    panel.filterBar()->searchBox()->clear();
    clock.restart();
    communes->setCurrentIndex(1);
    panel.table()->viewport()->repaint();
    std::printf("    choose a commune filter (%s):                     %.0f ms (%d rows)\n",
                qPrintable(communes->currentText()), elapsedMs(clock), panel.model()->rowCount());
    Keystrokes filtered;
    for (const QString& name : names.mid(0, 10))
        typeTimed(panel, vietnameseSearchKey(name), filtered);
    filtered.print("    keystrokes with the commune filter", false);
    communes->setCurrentIndex(0);
    panel.filterBar()->searchBox()->clear();
    clock.restart();
    panel.table()->sortByColumn(3, Qt::AscendingOrder); // birth year
    panel.table()->viewport()->repaint();
    std::printf("    sort all by birth year (first time, read once):       %.0f ms\n",
                elapsedMs(clock));
    Keystrokes sorted;
    for (const QString& name : names.mid(0, 10))
        typeTimed(panel, vietnameseSearchKey(name), sorted);
    sorted.print("    keystrokes sorted by birth year", false);
    std::printf("peak memory: %.0f MB\n", peakResidentMb());

    const double worst = *std::max_element(all.ms.begin(), all.ms.end());
    const bool met = openMs <= openTargetMs && worst <= keystrokeTargetMs;
    std::printf("panel open %.0f ms (target <= %.0f), keystroke max %.2f ms / p95 %.2f ms (target "
                "<= %.0f): %s; load average while measured: %s\n",
                openMs, openTargetMs, worst, percentile(all.ms, 0.95), keystrokeTargetMs,
                qPrintable(verdict(met)), qPrintable(loadAverage()));
    return met ? 0 : 1;
}
