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
#include <git2/sys/diff.h>
#include <git2/sys/repository.h>

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
static inline int backstop_git_checkout_options_init(git_checkout_options *opts, unsigned int version) { BACKSTOP_RESOLVE(git_checkout_options_init); return function(opts, version); }
static inline int backstop_git_checkout_tree(git_repository *repo, const git_object *treeish, const git_checkout_options *opts) { BACKSTOP_RESOLVE(git_checkout_tree); return function(repo, treeish, opts); }
static inline void backstop_git_config_free(git_config *config) { BACKSTOP_RESOLVE(git_config_free); function(config); }
static inline int backstop_git_config_get_string(const char **out, const git_config *config, const char *name) { BACKSTOP_RESOLVE(git_config_get_string); return function(out, config, name); }
static inline const git_signature * backstop_git_commit_author(const git_commit *commit) { BACKSTOP_RESOLVE(git_commit_author); return function(commit); }
static inline const git_signature * backstop_git_commit_committer(const git_commit *commit) { BACKSTOP_RESOLVE(git_commit_committer); return function(commit); }
static inline int backstop_git_commit_create(git_oid *id, git_repository *repo, const char *update_ref, const git_signature *author, const git_signature *committer, const char *message_encoding, const char *message, const git_tree *tree, size_t parent_count, const git_commit *parents[]) { BACKSTOP_RESOLVE(git_commit_create); return function(id, repo, update_ref, author, committer, message_encoding, message, tree, parent_count, parents); }
static inline void backstop_git_commit_free(git_commit *commit) { BACKSTOP_RESOLVE(git_commit_free); function(commit); }
static inline const git_oid * backstop_git_commit_id(const git_commit *commit) { BACKSTOP_RESOLVE(git_commit_id); return function(commit); }
static inline int backstop_git_commit_lookup(git_commit **commit, git_repository *repo, const git_oid *id) { BACKSTOP_RESOLVE(git_commit_lookup); return function(commit, repo, id); }
static inline const char * backstop_git_commit_message(const git_commit *commit) { BACKSTOP_RESOLVE(git_commit_message); return function(commit); }
static inline int backstop_git_commit_parent(git_commit **out, const git_commit *commit, unsigned int n) { BACKSTOP_RESOLVE(git_commit_parent); return function(out, commit, n); }
static inline const git_oid * backstop_git_commit_parent_id(const git_commit *commit, unsigned int n) { BACKSTOP_RESOLVE(git_commit_parent_id); return function(commit, n); }
static inline unsigned int backstop_git_commit_parentcount(const git_commit *commit) { BACKSTOP_RESOLVE(git_commit_parentcount); return function(commit); }
static inline git_time_t backstop_git_commit_time(const git_commit *commit) { BACKSTOP_RESOLVE(git_commit_time); return function(commit); }
static inline int backstop_git_commit_tree(git_tree **tree_out, const git_commit *commit) { BACKSTOP_RESOLVE(git_commit_tree); return function(tree_out, commit); }
static inline const git_oid * backstop_git_commit_tree_id(const git_commit *commit) { BACKSTOP_RESOLVE(git_commit_tree_id); return function(commit); }
static inline void backstop_git_diff_free(git_diff *diff) { BACKSTOP_RESOLVE(git_diff_free); function(diff); }
static inline const git_diff_delta * backstop_git_diff_get_delta(const git_diff *diff, size_t idx) { BACKSTOP_RESOLVE(git_diff_get_delta); return function(diff, idx); }
static inline int backstop_git_diff_get_perfdata(git_diff_perfdata *out, const git_diff *diff) { BACKSTOP_RESOLVE(git_diff_get_perfdata); return function(out, diff); }
static inline int backstop_git_diff_index_to_workdir(git_diff **diff, git_repository *repo, git_index *index, const git_diff_options *opts) { BACKSTOP_RESOLVE(git_diff_index_to_workdir); return function(diff, repo, index, opts); }
static inline size_t backstop_git_diff_num_deltas(const git_diff *diff) { BACKSTOP_RESOLVE(git_diff_num_deltas); return function(diff); }
static inline int backstop_git_diff_options_init(git_diff_options *opts, unsigned int version) { BACKSTOP_RESOLVE(git_diff_options_init); return function(opts, version); }
static inline const git_error * backstop_git_error_last(void) { BACKSTOP_RESOLVE(git_error_last); return function(); }
static inline int backstop_git_ignore_path_is_ignored(int *ignored, git_repository *repo, const char *path) { BACKSTOP_RESOLVE(git_ignore_path_is_ignored); return function(ignored, repo, path); }
static inline int backstop_git_index_add(git_index *index, const git_index_entry *source_entry) { BACKSTOP_RESOLVE(git_index_add); return function(index, source_entry); }
static inline int backstop_git_index_add_bypath(git_index *index, const char *path) { BACKSTOP_RESOLVE(git_index_add_bypath); return function(index, path); }
static inline const git_oid * backstop_git_index_checksum(git_index *index) { BACKSTOP_RESOLVE(git_index_checksum); return function(index); }
static inline int backstop_git_index_clear(git_index *index) { BACKSTOP_RESOLVE(git_index_clear); return function(index); }
static inline int backstop_git_index_conflict_cleanup(git_index *index) { BACKSTOP_RESOLVE(git_index_conflict_cleanup); return function(index); }
static inline int backstop_git_index_entry_stage(const git_index_entry *entry) { BACKSTOP_RESOLVE(git_index_entry_stage); return function(entry); }
static inline size_t backstop_git_index_entrycount(const git_index *index) { BACKSTOP_RESOLVE(git_index_entrycount); return function(index); }
static inline int backstop_git_index_find(size_t *at_pos, git_index *index, const char *path) { BACKSTOP_RESOLVE(git_index_find); return function(at_pos, index, path); }
static inline void backstop_git_index_free(git_index *index) { BACKSTOP_RESOLVE(git_index_free); function(index); }
static inline const git_index_entry * backstop_git_index_get_byindex(git_index *index, size_t n) { BACKSTOP_RESOLVE(git_index_get_byindex); return function(index, n); }
static inline const git_index_entry * backstop_git_index_get_bypath(git_index *index, const char *path, int stage) { BACKSTOP_RESOLVE(git_index_get_bypath); return function(index, path, stage); }
static inline int backstop_git_index_has_conflicts(const git_index *index) { BACKSTOP_RESOLVE(git_index_has_conflicts); return function(index); }
static inline int backstop_git_index_open(git_index **out, const char *index_path) { BACKSTOP_RESOLVE(git_index_open); return function(out, index_path); }
static inline int backstop_git_index_read(git_index *index, int force) { BACKSTOP_RESOLVE(git_index_read); return function(index, force); }
static inline int backstop_git_index_remove_bypath(git_index *index, const char *path) { BACKSTOP_RESOLVE(git_index_remove_bypath); return function(index, path); }
static inline int backstop_git_index_write(git_index *index) { BACKSTOP_RESOLVE(git_index_write); return function(index); }
static inline int backstop_git_index_write_tree(git_oid *out, git_index *index) { BACKSTOP_RESOLVE(git_index_write_tree); return function(out, index); }
static inline int backstop_git_libgit2_init(void) { BACKSTOP_RESOLVE(git_libgit2_init); return function(); }
static inline void backstop_git_object_free(git_object *object) { BACKSTOP_RESOLVE(git_object_free); function(object); }
static inline const git_oid * backstop_git_object_id(const git_object *obj) { BACKSTOP_RESOLVE(git_object_id); return function(obj); }
static inline int backstop_git_object_lookup(git_object **object, git_repository *repo, const git_oid *id, git_object_t type) { BACKSTOP_RESOLVE(git_object_lookup); return function(object, repo, id, type); }
static inline int backstop_git_object_peel(git_object **peeled, const git_object *object, git_object_t target_type) { BACKSTOP_RESOLVE(git_object_peel); return function(peeled, object, target_type); }
static inline void backstop_git_odb_free(git_odb *db) { BACKSTOP_RESOLVE(git_odb_free); function(db); }
static inline int backstop_git_odb_hash(git_oid *out, const void *data, size_t len, git_object_t type) { BACKSTOP_RESOLVE(git_odb_hash); return function(out, data, len, type); }
static inline int backstop_git_odb_hashfile(git_oid *out, const char *path, git_object_t type) { BACKSTOP_RESOLVE(git_odb_hashfile); return function(out, path, type); }
static inline int backstop_git_odb_read_header(size_t *len_out, git_object_t *type_out, git_odb *db, const git_oid *id) { BACKSTOP_RESOLVE(git_odb_read_header); return function(len_out, type_out, db, id); }
static inline int backstop_git_odb_exists(git_odb *db, const git_oid *id) { BACKSTOP_RESOLVE(git_odb_exists); return function(db, id); }
static inline int backstop_git_odb_refresh(git_odb *db) { BACKSTOP_RESOLVE(git_odb_refresh); return function(db); }
static inline int backstop_git_graph_descendant_of(git_repository *repo, const git_oid *commit, const git_oid *ancestor) { BACKSTOP_RESOLVE(git_graph_descendant_of); return function(repo, commit, ancestor); }
static inline int backstop_git_oid_equal(const git_oid *a, const git_oid *b) { BACKSTOP_RESOLVE(git_oid_equal); return function(a, b); }
static inline int backstop_git_oid_fromstrn(git_oid *out, const char *str, size_t length) { BACKSTOP_RESOLVE(git_oid_fromstrn); return function(out, str, length); }
static inline char * backstop_git_oid_tostr(char *out, size_t n, const git_oid *id) { BACKSTOP_RESOLVE(git_oid_tostr); return function(out, n, id); }
static inline int backstop_git_reference_create(git_reference **out, git_repository *repo, const char *name, const git_oid *id, int force, const char *log_message) { BACKSTOP_RESOLVE(git_reference_create); return function(out, repo, name, id, force, log_message); }
static inline int backstop_git_reference_create_matching(git_reference **out, git_repository *repo, const char *name, const git_oid *id, int force, const git_oid *current_id, const char *log_message) { BACKSTOP_RESOLVE(git_reference_create_matching); return function(out, repo, name, id, force, current_id, log_message); }
static inline int backstop_git_reference_delete(git_reference *ref) { BACKSTOP_RESOLVE(git_reference_delete); return function(ref); }
static inline void backstop_git_reference_free(git_reference *ref) { BACKSTOP_RESOLVE(git_reference_free); function(ref); }
static inline void backstop_git_reference_iterator_free(git_reference_iterator *iter) { BACKSTOP_RESOLVE(git_reference_iterator_free); function(iter); }
static inline int backstop_git_reference_iterator_new(git_reference_iterator **out, git_repository *repo) { BACKSTOP_RESOLVE(git_reference_iterator_new); return function(out, repo); }
static inline int backstop_git_reference_lookup(git_reference **out, git_repository *repo, const char *name) { BACKSTOP_RESOLVE(git_reference_lookup); return function(out, repo, name); }
static inline int backstop_git_reference_name_to_id(git_oid *out, git_repository *repo, const char *name) { BACKSTOP_RESOLVE(git_reference_name_to_id); return function(out, repo, name); }
static inline int backstop_git_reference_next_name(const char **out, git_reference_iterator *iter) { BACKSTOP_RESOLVE(git_reference_next_name); return function(out, iter); }
static inline const git_oid * backstop_git_reference_target(const git_reference *ref) { BACKSTOP_RESOLVE(git_reference_target); return function(ref); }
static inline int backstop_git_repository_config_snapshot(git_config **out, git_repository *repo) { BACKSTOP_RESOLVE(git_repository_config_snapshot); return function(out, repo); }
static inline void backstop_git_repository_free(git_repository *repo) { BACKSTOP_RESOLVE(git_repository_free); function(repo); }
static inline int backstop_git_repository_hashfile(git_oid *out, git_repository *repo, const char *path, git_object_t type, const char *as_path) { BACKSTOP_RESOLVE(git_repository_hashfile); return function(out, repo, path, type, as_path); }
static inline int backstop_git_repository_head_unborn(git_repository *repo) { BACKSTOP_RESOLVE(git_repository_head_unborn); return function(repo); }
static inline int backstop_git_repository_index(git_index **out, git_repository *repo) { BACKSTOP_RESOLVE(git_repository_index); return function(out, repo); }
static inline int backstop_git_repository_odb(git_odb **out, git_repository *repo) { BACKSTOP_RESOLVE(git_repository_odb); return function(out, repo); }
static inline int backstop_git_repository_open(git_repository **out, const char *path) { BACKSTOP_RESOLVE(git_repository_open); return function(out, path); }
static inline int backstop_git_repository_open_ext(git_repository **out, const char *path, unsigned int flags, const char *ceiling_dirs) { BACKSTOP_RESOLVE(git_repository_open_ext); return function(out, path, flags, ceiling_dirs); }
static inline int backstop_git_repository_set_index(git_repository *repo, git_index *index) { BACKSTOP_RESOLVE(git_repository_set_index); return function(repo, index); }
static inline const char * backstop_git_repository_workdir(const git_repository *repo) { BACKSTOP_RESOLVE(git_repository_workdir); return function(repo); }
static inline int backstop_git_revparse(git_revspec *revspec, git_repository *repo, const char *spec) { BACKSTOP_RESOLVE(git_revparse); return function(revspec, repo, spec); }
static inline int backstop_git_revparse_single(git_object **out, git_repository *repo, const char *spec) { BACKSTOP_RESOLVE(git_revparse_single); return function(out, repo, spec); }
static inline void backstop_git_revwalk_free(git_revwalk *walk) { BACKSTOP_RESOLVE(git_revwalk_free); function(walk); }
static inline int backstop_git_revwalk_hide(git_revwalk *walk, const git_oid *commit_id) { BACKSTOP_RESOLVE(git_revwalk_hide); return function(walk, commit_id); }
static inline int backstop_git_revwalk_new(git_revwalk **out, git_repository *repo) { BACKSTOP_RESOLVE(git_revwalk_new); return function(out, repo); }
static inline int backstop_git_revwalk_next(git_oid *out, git_revwalk *walk) { BACKSTOP_RESOLVE(git_revwalk_next); return function(out, walk); }
static inline int backstop_git_revwalk_push(git_revwalk *walk, const git_oid *id) { BACKSTOP_RESOLVE(git_revwalk_push); return function(walk, id); }
static inline int backstop_git_revwalk_sorting(git_revwalk *walk, unsigned int sort_mode) { BACKSTOP_RESOLVE(git_revwalk_sorting); return function(walk, sort_mode); }
static inline void backstop_git_signature_free(git_signature *sig) { BACKSTOP_RESOLVE(git_signature_free); function(sig); }
static inline int backstop_git_signature_new(git_signature **out, const char *name, const char *email, git_time_t time, int offset) { BACKSTOP_RESOLVE(git_signature_new); return function(out, name, email, time, offset); }
static inline const git_tree_entry * backstop_git_tree_entry_byindex(const git_tree *tree, size_t idx) { BACKSTOP_RESOLVE(git_tree_entry_byindex); return function(tree, idx); }
static inline const git_tree_entry * backstop_git_tree_entry_byname(const git_tree *tree, const char *filename) { BACKSTOP_RESOLVE(git_tree_entry_byname); return function(tree, filename); }
static inline int backstop_git_tree_entry_bypath(git_tree_entry **out, const git_tree *root, const char *path) { BACKSTOP_RESOLVE(git_tree_entry_bypath); return function(out, root, path); }
static inline git_filemode_t backstop_git_tree_entry_filemode(const git_tree_entry *entry) { BACKSTOP_RESOLVE(git_tree_entry_filemode); return function(entry); }
static inline void backstop_git_tree_entry_free(git_tree_entry *entry) { BACKSTOP_RESOLVE(git_tree_entry_free); function(entry); }
static inline const git_oid * backstop_git_tree_entry_id(const git_tree_entry *entry) { BACKSTOP_RESOLVE(git_tree_entry_id); return function(entry); }
static inline const char * backstop_git_tree_entry_name(const git_tree_entry *entry) { BACKSTOP_RESOLVE(git_tree_entry_name); return function(entry); }
static inline git_object_t backstop_git_tree_entry_type(const git_tree_entry *entry) { BACKSTOP_RESOLVE(git_tree_entry_type); return function(entry); }
static inline size_t backstop_git_tree_entrycount(const git_tree *tree) { BACKSTOP_RESOLVE(git_tree_entrycount); return function(tree); }
static inline void backstop_git_tree_free(git_tree *tree) { BACKSTOP_RESOLVE(git_tree_free); function(tree); }
static inline const git_oid * backstop_git_tree_id(const git_tree *tree) { BACKSTOP_RESOLVE(git_tree_id); return function(tree); }
static inline int backstop_git_tree_lookup(git_tree **out, git_repository *repo, const git_oid *id) { BACKSTOP_RESOLVE(git_tree_lookup); return function(out, repo, id); }

#endif
