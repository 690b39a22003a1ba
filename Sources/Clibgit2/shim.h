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

#endif
