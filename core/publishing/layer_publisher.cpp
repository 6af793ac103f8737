#include "layer_publisher.h"

#include "bounded_queue.h"
#include "thread_config_option.h"

#include <QCoreApplication>
#include <thread>

namespace agrimap {

namespace {

// Large enough that PROJ is called rarely, small enough that two batches in flight and one in
// each thread stay a few megabytes whatever the size of the layer.
constexpr size_t batchSize = 2048;
constexpr size_t batchesInFlight = 2;

// A batch, or why there is none (a plain string: GCC 12 misreads an optional Error here).
struct Delivery {
    FeatureBatch batch;
    QString error;
    bool failed = false;
};

// The reader thread: batches until the end, a refusal, or the writer closing the queue.
void readAll(const LayerPlan& plan, const QSet<QString>& personNames, BoundedQueue<Delivery>& queue,
             BoundedQueue<std::vector<OGRFeatureUniquePtr>>& spent) {
    const ThreadConfigOption cache("OGR_SQLITE_CACHE", sqliteCacheMegabytes);
    SourceLayerReader reader(plan, personNames, &spent);
    if (Status opened = reader.open(); !opened) {
        queue.push({{}, opened.errorMessage(), true});
    } else {
        while (true) {
            Result<FeatureBatch> batch = reader.next(batchSize);
            if (!batch) {
                queue.push({{}, batch.errorMessage(), true});
                break;
            }
            if (batch->features.empty() || !queue.push({std::move(batch.value()), {}, false}))
                break;
        }
    }
    queue.close();
}

} // namespace

Result<PublishedLayer> publishLayer(GDALDataset& package, OGRLayer& table, const LayerPlan& plan,
                                    const QSet<QString>& personNames, HilbertSorter& boxes,
                                    const std::function<bool(qint64 written)>& keepGoing) {
    BoundedQueue<Delivery> queue(batchesInFlight);
    // Written features go back to the reader to be filled again.
    BoundedQueue<std::vector<OGRFeatureUniquePtr>> spent(batchesInFlight);
    std::thread reader(readAll, std::cref(plan), std::cref(personNames), std::ref(queue),
                       std::ref(spent));
    PublishedLayer published;
    std::optional<Error> failure;
    const bool inTransaction = package.StartTransaction() == OGRERR_NONE;
    if (!inTransaction)
        failure = Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                    "Cannot write %1: %2 (is the disk full?)")
                            .arg(plan.layer.outputName, QString::fromUtf8(CPLGetLastErrorMsg()))};
    while (!failure) {
        std::optional<Delivery> delivery = queue.pop();
        if (!delivery)
            break;
        if (delivery->failed) {
            failure = Error{delivery->error};
            break;
        }
        for (OGRFeatureUniquePtr& feature : delivery->batch.features) {
            if (table.CreateFeature(feature.get()) != OGRERR_NONE) {
                failure =
                    Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                      "Cannot write %1: %2 (is the disk full?)")
                              .arg(plan.layer.outputName, QString::fromUtf8(CPLGetLastErrorMsg()))};
                break;
            }
            ++published.features;
        }
        published.extent.Merge(delivery->batch.extent);
        spent.tryPush(std::move(delivery->batch.features));
        for (const BoxEntry& box : delivery->batch.boxes) {
            if (Status kept = boxes.add(box); !kept) {
                failure = Error{kept.errorMessage()};
                break;
            }
        }
        if (!failure && keepGoing && !keepGoing(published.features))
            failure = Error{QCoreApplication::translate(
                "agrimap::OpenDataExporter", "The export was cancelled; no file was written")};
    }
    queue.close(); // a reader still at work stops at its next batch
    reader.join();
    if (failure) { // the caller deletes the package; this leaves it closed cleanly
        if (inTransaction)
            package.RollbackTransaction();
        return *failure;
    }
    if (package.CommitTransaction() != OGRERR_NONE)
        return Error{QCoreApplication::translate("agrimap::OpenDataExporter",
                                                 "Cannot write %1: %2 (is the disk full?)")
                         .arg(plan.layer.outputName, QString::fromUtf8(CPLGetLastErrorMsg()))};
    return published;
}

} // namespace agrimap
