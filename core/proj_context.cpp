#include "proj_context.h"

namespace agrimap::detail {

namespace {
struct ThreadContext {
    PJ_CONTEXT* context = proj_context_create();
    ThreadContext() { proj_log_level(context, PJ_LOG_NONE); }
    ~ThreadContext() { proj_context_destroy(context); }
    ThreadContext(const ThreadContext&) = delete;
    ThreadContext& operator=(const ThreadContext&) = delete;
};
} // namespace

PJ_CONTEXT* threadProjContext() {
    thread_local ThreadContext threadContext;
    return threadContext.context;
}

} // namespace agrimap::detail
