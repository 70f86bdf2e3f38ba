/* PDF reports through headless Chromium's print-to-PDF: see pdf.h. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "output.h"
#include "pdf.h"

#define PDF_MAX (256u * 1024u * 1024u)

const char *pdf_chromium(void)
{
    const char *p = getenv("STYR_CHROMIUM");
    return p && *p ? p : "/usr/bin/chromium";
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

/* The temporary folder: $TMPDIR when its name needs no escaping in a file: URL, else /tmp. */
static const char *tmp_root(void)
{
    const char *t = getenv("TMPDIR");
    if (t == NULL || t[0] != '/' || strlen(t) > 200)
        return "/tmp";
    for (const char *p = t; *p; p++)
        if (!(*p == '/' || *p == '.' || *p == '_' || *p == '-' || (*p >= '0' && *p <= '9') ||
              (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            return "/tmp";
    return t;
}

static int read_file(const char *path, char **out, size_t *outlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return -1;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
        (size_t)st.st_size > PDF_MAX) {
        close(fd);
        return -1;
    }
    size_t n = (size_t)st.st_size, got = 0;
    char *buf = malloc(n);
    if (buf == NULL) {
        close(fd);
        return -1;
    }
    while (got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    if (got != n) {
        free(buf);
        return -1;
    }
    *out = buf;
    *outlen = n;
    return 0;
}

/* Runs Chromium in its own process group; returns its wait status, or -1 on timeout (the group
 * killed) or when it could not start. */
static int run_chromium(const char *chromium, const char *dir, int timeout_s, int *timed_out)
{
    char profile[300], pdf_arg[320], url[320];
    snprintf(profile, sizeof profile, "--user-data-dir=%s/profile", dir);
    snprintf(pdf_arg, sizeof pdf_arg, "--print-to-pdf=%s/report.pdf", dir);
    snprintf(url, sizeof url, "file://%s/report.html", dir);
    *timed_out = 0;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        setpgid(0, 0);
        unsetenv("LD_PRELOAD"); /* a sanitizer build's preload is not for Chromium */
        int null = open("/dev/null", O_RDWR);
        if (null >= 0) {
            dup2(null, 0);
            dup2(null, 1);
            dup2(null, 2);
        }
        execl(chromium, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
              "--no-first-run", "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--disable-breakpad", "--disable-extensions",
              "--no-pdf-header-footer", "--generate-pdf-document-outline", profile, pdf_arg, url,
              (char *)NULL);
        _exit(127);
    }
    setpgid(pid, pid);
    struct timespec start, now, nap = {0, 20 * 1000 * 1000};
    clock_gettime(CLOCK_MONOTONIC, &start);
    int status = 0;
    for (;;) {
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid)
            break;
        if (w < 0 && errno != EINTR) {
            status = -1;
            break;
        }
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec >= timeout_s) {
            kill(-pid, SIGKILL);
            while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
                ;
            *timed_out = 1;
            return -1;
        }
        nanosleep(&nap, NULL);
    }
    kill(-pid, SIGKILL); /* helpers Chromium left behind */
    return status;
}

int pdf_from_html(const char *chromium, const char *html, size_t len, int timeout_s, char **out,
                  size_t *outlen, char *err, size_t errlen)
{
    *out = NULL;
    *outlen = 0;
    if (access(chromium, X_OK) != 0) {
        snprintf(err, errlen,
                 "Chromium (%s) is not installed: install the Debian package chromium "
                 "(apt-get install chromium) to write PDF reports, or leave \"pdf\" out of the "
                 "report's formats",
                 chromium);
        return -1;
    }
    char dir[256];
    snprintf(dir, sizeof dir, "%s/styr-pdf-XXXXXX", tmp_root());
    if (mkdtemp(dir) == NULL) {
        snprintf(err, errlen, "cannot make a temporary folder in %s: %s", tmp_root(),
                 strerror(errno));
        return -1;
    }
    int rc = -1;
    char page[300], pdf[300];
    snprintf(page, sizeof page, "%s/report.html", dir);
    snprintf(pdf, sizeof pdf, "%s/report.pdf", dir);
    int fd = open(page, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 || output_write_fd(fd, html, len) != 0) {
        snprintf(err, errlen, "cannot write %s: %s", page, strerror(errno));
        if (fd >= 0)
            close(fd);
        goto done;
    }
    close(fd);
    int timed_out;
    int status = run_chromium(chromium, dir, timeout_s, &timed_out);
    if (timed_out) {
        snprintf(err, errlen,
                 "Chromium did not finish the PDF within %d s; it was stopped (is the "
                 "machine overloaded? try again, or leave \"pdf\" out of the report's formats)",
                 timeout_s);
        goto done;
    }
    if (read_file(pdf, out, outlen) != 0 || *outlen < 5 || memcmp(*out, "%PDF-", 5) != 0) {
        free(*out);
        *out = NULL;
        *outlen = 0;
        snprintf(err, errlen,
                 "%s wrote no PDF (exit status %d); run it by hand with "
                 "--headless --print-to-pdf to see why",
                 chromium, status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        goto done;
    }
    rc = 0;
done:
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return rc;
}
