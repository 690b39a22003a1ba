#ifndef BACKSTOP_CLIBGIT2_LAZY_H
#define BACKSTOP_CLIBGIT2_LAZY_H

/* The libgit2 functions Backstop calls, each resolved on first use from a libgit2 loaded with dlopen.
 * Linking libgit2 would make every process, the 20 ms hooks included, load its dependency chain
 * (libssh2, OpenSSL, krb5, mbedtls: about 3 ms of symbol binding) although only the history scan
 * calls it. One wrapper per function, with the prototype of libgit2 1.5; add a line when Swift code
 * needs another function. */

#include <dlfcn.h>
#include <stddef.h>
#include <git2.h>

/* The library, opened once; NULL when libgit2 1.5 is not installed. */
static inline void *backstop_libgit2(void) {
    static void *library;
    if (library == NULL) library = dlopen("libgit2.so.1.5", RTLD_NOW | RTLD_LOCAL);
    return library;
}

static inline void *backstop_libgit2_symbol(const char *name) {
    void *library = backstop_libgit2();
    return library == NULL ? NULL : dlsym(library, name);
}

/* Swift checks this before any other call, so the wrappers below never call through NULL. */
static inline int backstop_libgit2_available(void) {
    return backstop_libgit2_symbol("git_libgit2_init") != NULL;
}

#define BACKSTOP_RESOLVE(name) \
    static __typeof__(&name) function; \
    if (function == NULL) function = (__typeof__(&name))backstop_libgit2_symbol(#name)

static inline void backstop_git_blob_free(git_blob *blob) { BACKSTOP_RESOLVE(git_blob_free); function(blob); }
static inline int backstop_git_blob_is_binary(const git_blob *blob) { BACKSTOP_RESOLVE(git_blob_is_binary); return function(blob); }
static inline int backstop_git_blob_lookup(git_blob **blob, git_repository *repo, const git_oid *id) { BACKSTOP_RESOLVE(git_blob_lookup); return function(blob, repo, id); }
static inline const void * backstop_git_blob_rawcontent(const git_blob *blob) { BACKSTOP_RESOLVE(git_blob_rawcontent); return function(blob); }
static inline git_object_size_t backstop_git_blob_rawsize(const git_blob *blob) { BACKSTOP_RESOLVE(git_blob_rawsize); return function(blob); }
static inline void backstop_git_commit_free(git_commit *commit) { BACKSTOP_RESOLVE(git_commit_free); function(commit); }
static inline int backstop_git_commit_lookup(git_commit **commit, git_repository *repo, const git_oid *id) { BACKSTOP_RESOLVE(git_commit_lookup); return function(commit, repo, id); }
static inline int backstop_git_commit_parent(git_commit **out, const git_commit *commit, unsigned int n) { BACKSTOP_RESOLVE(git_commit_parent); return function(out, commit, n); }
static inline unsigned int backstop_git_commit_parentcount(const git_commit *commit) { BACKSTOP_RESOLVE(git_commit_parentcount); return function(commit); }
static inline int backstop_git_commit_tree(git_tree **tree_out, const git_commit *commit) { BACKSTOP_RESOLVE(git_commit_tree); return function(tree_out, commit); }
static inline const git_error * backstop_git_error_last(void) { BACKSTOP_RESOLVE(git_error_last); return function(); }
static inline int backstop_git_libgit2_init(void) { BACKSTOP_RESOLVE(git_libgit2_init); return function(); }
static inline void backstop_git_object_free(git_object *object) { BACKSTOP_RESOLVE(git_object_free); function(object); }
static inline const git_oid * backstop_git_object_id(const git_object *obj) { BACKSTOP_RESOLVE(git_object_id); return function(obj); }
static inline int backstop_git_object_lookup(git_object **object, git_repository *repo, const git_oid *id, git_object_t type) { BACKSTOP_RESOLVE(git_object_lookup); return function(object, repo, id, type); }
static inline int backstop_git_object_peel(git_object **peeled, const git_object *object, git_object_t target_type) { BACKSTOP_RESOLVE(git_object_peel); return function(peeled, object, target_type); }
static inline void backstop_git_odb_free(git_odb *db) { BACKSTOP_RESOLVE(git_odb_free); function(db); }
static inline int backstop_git_odb_read_header(size_t *len_out, git_object_t *type_out, git_odb *db, const git_oid *id) { BACKSTOP_RESOLVE(git_odb_read_header); return function(len_out, type_out, db, id); }
static inline int backstop_git_oid_equal(const git_oid *a, const git_oid *b) { BACKSTOP_RESOLVE(git_oid_equal); return function(a, b); }
static inline void backstop_git_reference_iterator_free(git_reference_iterator *iter) { BACKSTOP_RESOLVE(git_reference_iterator_free); function(iter); }
static inline int backstop_git_reference_iterator_new(git_reference_iterator **out, git_repository *repo) { BACKSTOP_RESOLVE(git_reference_iterator_new); return function(out, repo); }
static inline int backstop_git_reference_name_to_id(git_oid *out, git_repository *repo, const char *name) { BACKSTOP_RESOLVE(git_reference_name_to_id); return function(out, repo, name); }
static inline int backstop_git_reference_next_name(const char **out, git_reference_iterator *iter) { BACKSTOP_RESOLVE(git_reference_next_name); return function(out, iter); }
static inline void backstop_git_repository_free(git_repository *repo) { BACKSTOP_RESOLVE(git_repository_free); function(repo); }
static inline int backstop_git_repository_odb(git_odb **out, git_repository *repo) { BACKSTOP_RESOLVE(git_repository_odb); return function(out, repo); }
static inline int backstop_git_repository_open_ext(git_repository **out, const char *path, unsigned int flags, const char *ceiling_dirs) { BACKSTOP_RESOLVE(git_repository_open_ext); return function(out, path, flags, ceiling_dirs); }
static inline int backstop_git_revparse(git_revspec *revspec, git_repository *repo, const char *spec) { BACKSTOP_RESOLVE(git_revparse); return function(revspec, repo, spec); }
static inline void backstop_git_revwalk_free(git_revwalk *walk) { BACKSTOP_RESOLVE(git_revwalk_free); function(walk); }
static inline int backstop_git_revwalk_hide(git_revwalk *walk, const git_oid *commit_id) { BACKSTOP_RESOLVE(git_revwalk_hide); return function(walk, commit_id); }
static inline int backstop_git_revwalk_new(git_revwalk **out, git_repository *repo) { BACKSTOP_RESOLVE(git_revwalk_new); return function(out, repo); }
static inline int backstop_git_revwalk_next(git_oid *out, git_revwalk *walk) { BACKSTOP_RESOLVE(git_revwalk_next); return function(out, walk); }
static inline int backstop_git_revwalk_push(git_revwalk *walk, const git_oid *id) { BACKSTOP_RESOLVE(git_revwalk_push); return function(walk, id); }
static inline int backstop_git_revwalk_sorting(git_revwalk *walk, unsigned int sort_mode) { BACKSTOP_RESOLVE(git_revwalk_sorting); return function(walk, sort_mode); }
static inline const git_tree_entry * backstop_git_tree_entry_byindex(const git_tree *tree, size_t idx) { BACKSTOP_RESOLVE(git_tree_entry_byindex); return function(tree, idx); }
static inline const git_tree_entry * backstop_git_tree_entry_byname(const git_tree *tree, const char *filename) { BACKSTOP_RESOLVE(git_tree_entry_byname); return function(tree, filename); }
static inline const git_oid * backstop_git_tree_entry_id(const git_tree_entry *entry) { BACKSTOP_RESOLVE(git_tree_entry_id); return function(entry); }
static inline const char * backstop_git_tree_entry_name(const git_tree_entry *entry) { BACKSTOP_RESOLVE(git_tree_entry_name); return function(entry); }
static inline git_object_t backstop_git_tree_entry_type(const git_tree_entry *entry) { BACKSTOP_RESOLVE(git_tree_entry_type); return function(entry); }
static inline size_t backstop_git_tree_entrycount(const git_tree *tree) { BACKSTOP_RESOLVE(git_tree_entrycount); return function(tree); }
static inline void backstop_git_tree_free(git_tree *tree) { BACKSTOP_RESOLVE(git_tree_free); function(tree); }
static inline const git_oid * backstop_git_tree_id(const git_tree *tree) { BACKSTOP_RESOLVE(git_tree_id); return function(tree); }
static inline int backstop_git_tree_lookup(git_tree **out, git_repository *repo, const git_oid *id) { BACKSTOP_RESOLVE(git_tree_lookup); return function(out, repo, id); }

#endif
