#ifndef BACKSTOP_CLIBGIT2_SHIM_H
#define BACKSTOP_CLIBGIT2_SHIM_H

#include <git2.h>
#include <git2/sys/repository.h>
#include "lazy.h"

/// git_libgit2_opts is variadic, which Swift cannot call; each option Backstop needs gets a wrapper.
/// Git has already checked safe.directory before it runs a hook, and libgit2 1.5 only accepts exact
/// paths there, so Backstop turns libgit2's own owner check off.
static inline int backstop_disable_owner_validation(void) {
    BACKSTOP_RESOLVE(git_libgit2_opts);
    return function(GIT_OPT_SET_OWNER_VALIDATION, 0);
}

/// A long-lived process (the watcher) keeps libgit2's caches small: by default libgit2 keeps up to
/// 256 MiB of objects and maps up to 8 GiB of pack files, which stay resident after a large restore.
static inline int backstop_limit_memory(size_t mapped_bytes, ssize_t cached_bytes) {
    BACKSTOP_RESOLVE(git_libgit2_opts);
    int code = function(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, mapped_bytes);
    return code < 0 ? code : function(GIT_OPT_SET_CACHE_MAX_SIZE, cached_bytes);
}

#endif
