/* Atomic, confined writing of report files. */
#include "formats/output.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int output_name_ok(const char *name, size_t len)
{
    if (name == NULL || len == 0 || len > 200 || strlen(name) != len || name[0] == '.')
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f)
            return 0;
    }
    return 1;
}

/* mkdir -p: creates each missing component. Returns 0 or -1 with errno set. */
static int make_dirs(const char *dir)
{
    char path[PATH_MAX];
    size_t len = strlen(dir);
    if (len == 0 || len >= sizeof path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(path, dir, len + 1);
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(path, 0755) != 0 && errno != EEXIST)
            return -1;
        *p = '/';
    }
    if (mkdir(path, 0755) != 0 && errno != EEXIST)
        return -1;
    return 0;
}

int output_write_fd(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += w;
        len -= (size_t)w;
    }
    return 0;
}

/* The process id in a temporary name ".NAME.tmp-PID" of ours, or 0 when name is not one. */
static long temp_owner(const char *name)
{
    const char *t = strstr(name, ".tmp-");
    if (name[0] != '.' || t == NULL || t == name + 1)
        return 0;
    const char *last;
    while ((last = strstr(t + 1, ".tmp-")) != NULL)
        t = last;
    char *end;
    errno = 0;
    long pid = strtol(t + 5, &end, 10);
    size_t len = (size_t)(t - name - 1);
    char base[256];
    if (errno != 0 || end == t + 5 || *end != '\0' || pid <= 0 || len >= sizeof base)
        return 0;
    memcpy(base, name + 1, len);
    base[len] = '\0';
    return output_name_ok(base, len) ? pid : 0;
}

int output_remove_stale(int dfd)
{
    int dup = fcntl(dfd, F_DUPFD_CLOEXEC, 0);
    if (dup < 0)
        return -1;
    DIR *d = fdopendir(dup);
    if (d == NULL) {
        close(dup);
        return -1;
    }
    int removed = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        long pid = temp_owner(e->d_name);
        /* A process that no longer exists left it (kill -9, power loss); a live one is writing. */
        if (pid <= 0 || pid == (long)getpid() || kill((pid_t)pid, 0) == 0 || errno != ESRCH)
            continue;
        struct stat st;
        if (fstatat(dfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
            unlinkat(dfd, e->d_name, 0) == 0)
            removed++;
    }
    closedir(d);
    return removed;
}

int output_open_inside(const char *root, const char *rel, char *err, size_t errlen)
{
    char real_root[PATH_MAX], path[PATH_MAX], real[PATH_MAX];
    if (realpath(root, real_root) == NULL) {
        snprintf(err, errlen, "%s: %s", root, strerror(errno));
        return -1;
    }
    int dfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0) {
        snprintf(err, errlen, "%s: cannot open: %s", root, strerror(errno));
        return -1;
    }
    size_t rl = strlen(real_root);
    snprintf(path, sizeof path, "%s", root);
    const char *p = rel;
    while (*p) {
        while (*p == '/')
            p++;
        size_t len = strcspn(p, "/");
        if (len == 0)
            break;
        char part[NAME_MAX + 1];
        if (len > NAME_MAX || strlen(path) + 1 + len >= sizeof path) {
            snprintf(err, errlen, "%s: the folder name is too long", rel);
            goto fail;
        }
        memcpy(part, p, len);
        part[len] = '\0';
        p += len;
        strcat(path, "/");
        strcat(path, part);
        if (strcmp(part, ".") == 0)
            continue;
        if (strcmp(part, "..") == 0) {
            snprintf(err, errlen, "%s: leads outside %s (no '..'); refused", path, root);
            goto fail;
        }
        struct stat st;
        int is_link = 0;
        if (fstatat(dfd, part, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno != ENOENT || (mkdirat(dfd, part, 0755) != 0 && errno != EEXIST)) {
                snprintf(err, errlen, "%s: cannot create the output folder: %s", path,
                         strerror(errno));
                goto fail;
            }
        } else if (S_ISLNK(st.st_mode)) {
            is_link = 1;
            /* A link is followed only when it leads to a folder inside the root, as include
             * and analysis files are. */
            if (realpath(path, real) == NULL) {
                snprintf(err, errlen, "%s: %s", path, strerror(errno));
                goto fail;
            }
            if (strncmp(real, real_root, rl) != 0 || (real[rl] != '/' && real[rl] != '\0')) {
                snprintf(err, errlen, "%s: leads outside %s (a symbolic link to %s); refused", path,
                         root, real);
                goto fail;
            }
        }
        int next =
            openat(dfd, part, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (is_link ? 0 : O_NOFOLLOW));
        if (next < 0) {
            snprintf(err, errlen, "%s: cannot open the output folder: %s", path, strerror(errno));
            goto fail;
        }
        close(dfd);
        dfd = next;
    }
    return dfd;
fail:
    close(dfd);
    return -1;
}

int output_write_all(const char *dir, const output_file *files, size_t n, char *err, size_t errlen)
{
    return output_write_at(-1, dir, files, n, err, errlen);
}

int output_write_at(int at, const char *dir, const output_file *files, size_t n, char *err,
                    size_t errlen)
{
    char(*tmp)[256] = calloc(n ? n : 1, sizeof *tmp);
    int dfd = -1, rc = -1;
    size_t made = 0;
    if (tmp == NULL) {
        snprintf(err, errlen, "%s: out of memory", dir);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (!output_name_ok(files[i].name, strlen(files[i].name))) {
            snprintf(err, errlen,
                     "%s: refusing output file name '%s' (it must be a plain file name "
                     "inside the output folder)",
                     dir, files[i].name);
            goto done;
        }
        for (size_t j = 0; j < i; j++) {
            if (strcmp(files[j].name, files[i].name) == 0) {
                /* Both would share one temporary name, and the second rename would fail after
                 * the first had replaced its target. */
                snprintf(err, errlen, "%s: the output file name '%s' occurs twice in one batch",
                         dir, files[i].name);
                goto done;
            }
        }
    }
    if (at >= 0) {
        dfd = fcntl(at, F_DUPFD_CLOEXEC, 0);
        if (dfd < 0) {
            snprintf(err, errlen, "%s: cannot open the output folder: %s", dir, strerror(errno));
            goto done;
        }
    } else {
        if (make_dirs(dir) != 0) {
            snprintf(err, errlen, "%s: cannot create the output folder: %s", dir, strerror(errno));
            goto done;
        }
        dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd < 0) {
            snprintf(err, errlen, "%s: cannot open the output folder: %s", dir, strerror(errno));
            goto done;
        }
    }
    /* What an earlier run killed mid-write left behind goes first. */
    output_remove_stale(dfd);
    /* A folder in a target's place cannot be renamed over; find it before any target changes. */
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (fstatat(dfd, files[i].name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode)) {
            snprintf(err, errlen, "%s/%s: cannot replace: %s", dir, files[i].name,
                     strerror(EISDIR));
            goto done;
        }
    }
    for (made = 0; made < n; made++) {
        snprintf(tmp[made], sizeof tmp[made], ".%s.tmp-%ld", files[made].name, (long)getpid());
        int fd =
            openat(dfd, tmp[made], O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd < 0) {
            snprintf(err, errlen, "%s/%s: cannot write: %s", dir, files[made].name,
                     strerror(errno));
            goto done;
        }
        int werr = output_write_fd(fd, files[made].data, files[made].len) != 0 ? errno
            : fsync(fd) != 0                                                   ? errno
                                                                               : 0;
        if (close(fd) != 0 && werr == 0)
            werr = errno;
        if (werr != 0) {
            made++; /* the temporary file exists and must be removed */
            snprintf(err, errlen, "%s/%s: cannot write: %s; the earlier file was left as it was",
                     dir, files[made - 1].name, strerror(werr));
            goto done;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (renameat(dfd, tmp[i], dfd, files[i].name) != 0) {
            snprintf(err, errlen, "%s/%s: cannot replace: %s", dir, files[i].name, strerror(errno));
            goto done;
        }
        tmp[i][0] = '\0';
    }
    if (fsync(dfd) != 0 && errno != EINVAL) {
        snprintf(err, errlen, "%s: cannot flush the output folder: %s", dir, strerror(errno));
        goto done;
    }
    rc = 0;
done:
    for (size_t i = 0; i < made; i++)
        if (tmp[i][0] != '\0')
            unlinkat(dfd, tmp[i], 0);
    if (dfd >= 0)
        close(dfd);
    free(tmp);
    return rc;
}
