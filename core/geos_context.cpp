#include "geos_context.h"

namespace agrimap {

namespace {

struct ThreadGeos {
    GEOSContextHandle_t handle = GEOS_init_r();
    ThreadGeos() = default;
    ~ThreadGeos() { GEOS_finish_r(handle); }
    ThreadGeos(const ThreadGeos&) = delete;
    ThreadGeos& operator=(const ThreadGeos&) = delete;
};

} // namespace

GEOSContextHandle_t geosContext() {
    thread_local ThreadGeos context;
    return context.handle;
}

} // namespace agrimap
