#pragma once

// Private to agrimap_core: PROJ handles never leave the library.
#include <proj.h>

namespace agrimap::detail {

/// PROJ contexts are not thread-safe; every thread gets its own, freed when the thread ends.
PJ_CONTEXT* threadProjContext();

struct PjDeleter {
    void operator()(PJ* pj) const { proj_destroy(pj); }
};

} // namespace agrimap::detail
