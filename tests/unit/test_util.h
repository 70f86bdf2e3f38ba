/* Helpers shared by styr's C unit tests: temporary folders that the teardown removes whole. */
#ifndef STYR_TEST_UTIL_H
#define STYR_TEST_UTIL_H

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Removes name (below the folder parent, or AT_FDCWD) and everything in it, without following
 * symlinks; folders a test made read-only are made writable first. */
static inline void test_remove_tree_at(int parent, const char *name)
{
    int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        (void)fchmod(fd, 0700);
        DIR *d = fdopendir(fd);
        if (d != NULL) {
            struct dirent *e;
            while ((e = readdir(d)) != NULL)
                if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
                    test_remove_tree_at(dirfd(d), e->d_name);
            closedir(d);
        } else {
            close(fd);
        }
        unlinkat(parent, name, AT_REMOVEDIR);
    } else {
        unlinkat(parent, name, 0);
    }
}

/* Makes a new folder $TMPDIR/styr-test-TAG-XXXXXX (or under /tmp) into buf; returns buf, or NULL
 * when mkdtemp failed. */
static inline char *test_make_tmpdir(char *buf, size_t size, const char *tag)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(buf, size, "%s/styr-test-%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", tag);
    return mkdtemp(buf);
}

#endif
