#pragma once

// Private to agrimap_core's publishing code.

#include <QByteArray>
#include <cpl_conv.h>

namespace agrimap {

/// SQLite page cache (megabytes) of each GeoPackage the export opens. Left alone, GDAL lets it
/// grow with every page read or written: hundreds of megabytes on a million features, where
/// a reader or a writer that goes through a table once needs only a few.
inline constexpr const char* sqliteCacheMegabytes = "16";

/// A GDAL configuration option for this thread only (the export runs on worker threads beside
/// the map's own readers), restored when it goes out of scope. GDAL reads the OGR_SQLITE_*
/// options when a dataset is opened or created.
class ThreadConfigOption {
public:
    ThreadConfigOption(const char* key, const QByteArray& value)
        : m_key(key)
        , m_previous(CPLGetThreadLocalConfigOption(key, nullptr)) {
        CPLSetThreadLocalConfigOption(key, value.isNull() ? nullptr : value.constData());
    }
    ~ThreadConfigOption() {
        CPLSetThreadLocalConfigOption(m_key,
                                      m_previous.isNull() ? nullptr : m_previous.constData());
    }
    ThreadConfigOption(const ThreadConfigOption&) = delete;
    ThreadConfigOption& operator=(const ThreadConfigOption&) = delete;

private:
    const char* m_key;
    QByteArray m_previous; ///< null when the option was not set on this thread
};

} // namespace agrimap
