/* Output files: every file of one rendering is written to a temporary name in the output folder,
 * flushed to disk, and only then renamed over its target, so a failure (full disk, killed process)
 * leaves the earlier files intact and no temporary file behind. File names are confined to the
 * output folder. */
#ifndef STYR_OUTPUT_H
#define STYR_OUTPUT_H

#include <stddef.h>

typedef struct output_file {
    const char *name; /* a plain file name: no '/', not starting with '.' */
    const char *data;
    size_t len;
} output_file;

/* Writes all len bytes of data to fd, retrying short writes and EINTR. Returns 0, or -1 with
 * errno set. */
int output_write_fd(int fd, const char *data, size_t len);

/* Returns 1 when name is acceptable as an output file name. */
int output_name_ok(const char *name, size_t len);

/* Creates dir (and its parents) when missing, then writes all files atomically as a batch.
 * Temporary files that a process no longer running left there (".NAME.tmp-PID": killed while it
 * wrote) are removed first. Returns 0, or -1 with err filled; on failure no target file was
 * changed. */
int output_write_all(const char *dir, const output_file *files, size_t n, char *err, size_t errlen);

/* The same, into the open folder `at` (dir only names it in messages). */
int output_write_at(int at, const char *dir, const output_file *files, size_t n, char *err,
                    size_t errlen);

/* Opens folder rel (relative, '/'-separated) inside folder root, creating what is missing, and
 * never leaving root: no "..", and a symbolic link is followed only when it leads to a place
 * inside root. Returns an open descriptor of the folder, or -1 with err filled. */
int output_open_inside(const char *root, const char *rel, char *err, size_t errlen);

/* Removes from open folder dfd the temporary files of processes that no longer run. Returns how
 * many it removed, or -1 when the folder cannot be read. */
int output_remove_stale(int dfd);

#endif
