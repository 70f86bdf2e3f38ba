/* Unit tests of core/formats/pdf.c: the PDF format's run of headless Chromium. A missing Chromium
 * is named with its Debian package; a Chromium that hangs is stopped at the deadline with every
 * process it started; one that writes no PDF is reported; the real Chromium prints a PDF. The
 * hanging and failing ones are small shell scripts standing in for Chromium, since the real one
 * cannot be made to hang on purpose. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "formats/pdf.h"

static const char PAGE[] = "<!DOCTYPE html><html lang=\"sv\"><title>t</title><p>Hushåll 3 130</p>";

/* Writes an executable script with body into folder dir; returns its path (static buffer). */
static const char *script(const char *dir, const char *name, const char *body)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "#!/bin/sh\n%s\n", body);
    fclose(f);
    assert_int_equal(chmod(path, 0700), 0);
    return path;
}

static void test_missing_chromium_names_the_package(void **state)
{
    (void)state;
    char *out = NULL, err[1024];
    size_t n = 0;
    assert_int_equal(
        pdf_from_html("/nonexistent/chromium", PAGE, sizeof PAGE - 1, 5, &out, &n, err, sizeof err),
        -1);
    assert_null(out);
    assert_non_null(strstr(err, "/nonexistent/chromium"));
    assert_non_null(strstr(err, "apt-get install chromium"));
}

static void test_hanging_chromium_is_stopped_at_the_deadline(void **state)
{
    (void)state;
    char dir[] = "/tmp/styr-test-pdf-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char body[600];
    /* The stand-in starts a child of its own, as Chromium does, and both would sleep on. */
    snprintf(body, sizeof body, "sleep 30 & echo $! > %s/child\nexec sleep 30", dir);
    const char *fake = script(dir, "chromium", body);
    char *out = NULL, err[1024];
    size_t n = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    assert_int_equal(pdf_from_html(fake, PAGE, sizeof PAGE - 1, 1, &out, &n, err, sizeof err), -1);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    assert_true(t1.tv_sec - t0.tv_sec < 5);
    assert_non_null(strstr(err, "did not finish the PDF within 1 s"));
    char path[600];
    snprintf(path, sizeof path, "%s/child", dir);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    int child = 0;
    assert_int_equal(fscanf(f, "%d", &child), 1);
    fclose(f);
    /* The child was killed with the group (it may linger as a zombie of init for a moment). */
    int gone = 0;
    for (int i = 0; i < 100 && !gone; i++) {
        char stat[64], st = 0;
        snprintf(stat, sizeof stat, "/proc/%d/stat", child);
        FILE *s = fopen(stat, "r");
        if (s == NULL)
            gone = 1;
        else {
            gone = fscanf(s, "%*d %*s %c", &st) == 1 && st == 'Z';
            fclose(s);
        }
        if (!gone)
            usleep(20000);
    }
    assert_true(gone);
    remove(path);
    remove(fake);
    rmdir(dir);
}

static void test_chromium_without_pdf_is_reported(void **state)
{
    (void)state;
    char dir[] = "/tmp/styr-test-pdf-XXXXXX";
    assert_non_null(mkdtemp(dir));
    const char *fake = script(dir, "chromium", "exit 3");
    char *out = NULL, err[1024];
    size_t n = 0;
    assert_int_equal(pdf_from_html(fake, PAGE, sizeof PAGE - 1, 10, &out, &n, err, sizeof err), -1);
    assert_non_null(strstr(err, "wrote no PDF (exit status 3)"));
    remove(fake);
    rmdir(dir);
}

static void test_real_chromium_prints_a_pdf(void **state)
{
    (void)state;
    if (access("/usr/bin/chromium", X_OK) != 0)
        skip();
    char *out = NULL, err[1024] = "";
    size_t n = 0;
    int rc =
        pdf_from_html("/usr/bin/chromium", PAGE, sizeof PAGE - 1, 120, &out, &n, err, sizeof err);
    if (rc != 0)
        fail_msg("%s", err);
    assert_true(n > 100);
    assert_memory_equal(out, "%PDF-", 5);
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_missing_chromium_names_the_package),
        cmocka_unit_test(test_hanging_chromium_is_stopped_at_the_deadline),
        cmocka_unit_test(test_chromium_without_pdf_is_reported),
        cmocka_unit_test(test_real_chromium_prints_a_pdf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
