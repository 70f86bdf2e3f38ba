/* Unit tests of core/formats/output.c: output file names, and the atomic batch write (temporary file,
 * then rename) that leaves the earlier files intact and no temporary file behind on failure. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "lua/modules.h"
#include "formats/output.h"

/* ---- helpers ------------------------------------------------------------------------------- */

typedef struct fixture {
    char root[256]; /* mkdtemp folder, removed by the teardown */
} fixture;

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    if (fx == NULL)
        return -1;
    if (test_make_tmpdir(fx->root, sizeof fx->root, "output") == NULL) {
        free(fx);
        return -1;
    }
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    test_remove_tree_at(AT_FDCWD, fx->root);
    struct stat st;
    int gone = stat(fx->root, &st) != 0 && errno == ENOENT;
    free(fx);
    return gone ? 0 : -1;
}

/* root/rel into buf. */
static const char *at(const fixture *fx, const char *rel, char *buf, size_t len)
{
    snprintf(buf, len, "%s/%s", fx->root, rel);
    return buf;
}

static void write_file(const char *path, const char *data)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, strlen(data), f), strlen(data));
    assert_int_equal(fclose(f), 0);
}

/* The whole file, NUL-terminated; *len gets its size. The caller frees it. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 64, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf != NULL && (r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n - 1 == 0) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL)
                free(buf);
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf != NULL)
        buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

/* Fails the test unless path holds exactly the text expect. */
static void assert_file_is(const char *path, const char *expect)
{
    size_t len = 0;
    char *got = slurp(path, &len);
    if (got == NULL)
        fail_msg("%s: cannot read: %s", path, strerror(errno));
    int same = len == strlen(expect) && memcmp(got, expect, len) == 0;
    if (!same) {
        char copy[200];
        snprintf(copy, sizeof copy, "%s", got);
        free(got);
        fail_msg("%s: holds '%s', expected '%s'", path, copy, expect);
    }
    free(got);
}

static int exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

/* Number of entries in dir; fails the test when one of them is a temporary file of output.c
 * (".NAME.tmp-PID") other than `allowed`. */
static int entries_without_temporaries(const char *dir, const char *allowed)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        fail_msg("%s: cannot list: %s", dir, strerror(errno));
    int n = 0;
    char stray[300] = "";
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        n++;
        if (strstr(e->d_name, ".tmp-") && !(allowed && strcmp(e->d_name, allowed) == 0))
            snprintf(stray, sizeof stray, "%s", e->d_name);
    }
    closedir(d);
    if (stray[0] != '\0')
        fail_msg("%s: a temporary file was left behind: %s", dir, stray);
    return n;
}

/* ---- output_name_ok ------------------------------------------------------------------------ */

static int name_ok(const char *name)
{
    return output_name_ok(name, strlen(name));
}

static void test_name_ok(void **state)
{
    (void)state;
    assert_true(name_ok("uppfoljning.html"));
    assert_true(name_ok("data.csv"));
    assert_true(name_ok("a"));
    assert_true(name_ok("name with spaces.html"));
    assert_true(name_ok("årsrapport-ö.html")); /* UTF-8 bytes are plain bytes */
    assert_true(name_ok("a..b"));

    assert_false(output_name_ok(NULL, 0));
    assert_false(name_ok(""));
    assert_false(name_ok("."));
    assert_false(name_ok(".."));
    assert_false(name_ok(".hidden"));
    assert_false(name_ok("../escape.html"));
    assert_false(name_ok("sub/file.html"));
    assert_false(name_ok("/etc/passwd"));
    assert_false(name_ok("dir\\file"));
    assert_false(name_ok("line\nbreak"));
    assert_false(name_ok("tab\there"));
    assert_false(name_ok("del\x7f"));
    assert_false(name_ok("esc\x1b[0m"));
    /* an embedded NUL: the length the caller gives is not the C string's length */
    assert_false(output_name_ok("a\0b", 3));
    assert_false(output_name_ok("abc", 2));

    char long_name[202];
    memset(long_name, 'x', sizeof long_name);
    long_name[200] = '\0';
    assert_true(name_ok(long_name)); /* 200 bytes: the longest accepted */
    long_name[200] = 'x';
    long_name[201] = '\0';
    assert_false(name_ok(long_name));
}

/* ---- output_write_all: success ------------------------------------------------------------- */

static void test_write_creates_folders_and_files(void **state)
{
    fixture *fx = *state;
    char dir[300], path[400];
    at(fx, "out/nested/deeper", dir, sizeof dir);
    static const char bin[] = {'a', '\0', 'b', '\n', '\xff'};
    const output_file files[] = {
        {"index.html", "<p>hej</p>\n", 11},
        {"data.csv", bin, sizeof bin},
        {"empty.txt", "", 0},
    };
    char err[512] = "";
    assert_int_equal(output_write_all(dir, files, 3, err, sizeof err), 0);
    assert_string_equal(err, "");

    snprintf(path, sizeof path, "%s/index.html", dir);
    assert_file_is(path, "<p>hej</p>\n");
    snprintf(path, sizeof path, "%s/data.csv", dir);
    size_t len = 0;
    char *got = slurp(path, &len);
    assert_non_null(got);
    assert_int_equal(len, sizeof bin);
    assert_memory_equal(got, bin, sizeof bin);
    free(got);
    snprintf(path, sizeof path, "%s/empty.txt", dir);
    assert_file_is(path, "");
    assert_int_equal(entries_without_temporaries(dir, NULL), 3);
}

static void test_write_into_existing_folder_with_trailing_slash(void **state)
{
    fixture *fx = *state;
    char dir[300], path[400];
    snprintf(dir, sizeof dir, "%s/", fx->root);
    write_file(at(fx, "other.txt", path, sizeof path), "not ours");
    const output_file files[] = {{"r.html", "new", 3}};
    char err[512];
    assert_int_equal(output_write_all(dir, files, 1, err, sizeof err), 0);
    assert_file_is(at(fx, "r.html", path, sizeof path), "new");
    assert_file_is(at(fx, "other.txt", path, sizeof path), "not ours");
    assert_int_equal(entries_without_temporaries(fx->root, NULL), 2);
}

static void test_empty_batch_creates_the_folder(void **state)
{
    fixture *fx = *state;
    char dir[300];
    at(fx, "empty/out", dir, sizeof dir);
    char err[512];
    assert_int_equal(output_write_all(dir, NULL, 0, err, sizeof err), 0);
    struct stat st;
    assert_int_equal(stat(dir, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    assert_int_equal(entries_without_temporaries(dir, NULL), 0);
}

/* The new content arrives by renaming a new file over the old one, never by rewriting the old
 * file in place: a hard link to the old file still sees the old content, and the inode changed. */
static void test_replace_renames_a_new_file(void **state)
{
    fixture *fx = *state;
    char target[300], link_path[300];
    at(fx, "report.html", target, sizeof target);
    at(fx, "old-report-link", link_path, sizeof link_path);
    write_file(target, "old report, a longer text than the new one");
    assert_int_equal(link(target, link_path), 0);
    struct stat before, after;
    assert_int_equal(stat(target, &before), 0);

    const output_file files[] = {{"report.html", "new report", 10}};
    char err[512];
    assert_int_equal(output_write_all(fx->root, files, 1, err, sizeof err), 0);

    assert_file_is(target, "new report");
    assert_file_is(link_path, "old report, a longer text than the new one");
    assert_int_equal(stat(target, &after), 0);
    assert_int_not_equal(before.st_ino, after.st_ino);
    assert_int_equal(after.st_nlink, 1);
    assert_int_equal(entries_without_temporaries(fx->root, NULL), 2);
}

/* A symbolic link named like an output file is replaced, not followed out of the folder. */
static void test_symlink_target_is_replaced_not_followed(void **state)
{
    fixture *fx = *state;
    char outside[300], out[300], link_path[400];
    at(fx, "outside.txt", outside, sizeof outside);
    at(fx, "out", out, sizeof out);
    write_file(outside, "outside the output folder");
    assert_int_equal(mkdir(out, 0755), 0);
    snprintf(link_path, sizeof link_path, "%s/r.html", out);
    assert_int_equal(symlink(outside, link_path), 0);

    const output_file files[] = {{"r.html", "report", 6}};
    char err[512];
    assert_int_equal(output_write_all(out, files, 1, err, sizeof err), 0);
    assert_file_is(outside, "outside the output folder");
    struct stat st;
    assert_int_equal(lstat(link_path, &st), 0);
    assert_true(S_ISREG(st.st_mode));
    assert_file_is(link_path, "report");
}

/* ---- output_write_all: refusals and failures ----------------------------------------------- */

static void test_bad_name_writes_nothing(void **state)
{
    fixture *fx = *state;
    char path[300], fresh[300];
    write_file(at(fx, "ok.html", path, sizeof path), "old");
    static const char *const bad[] = {"../escape.html", "sub/x.html", ".hidden", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const output_file files[] = {{"ok.html", "new", 3}, {bad[i], "x", 1}};
        char err[512] = "";
        assert_int_equal(output_write_all(fx->root, files, 2, err, sizeof err), -1);
        assert_non_null(strstr(err, "refusing output file name"));
        assert_file_is(path, "old");
        assert_int_equal(entries_without_temporaries(fx->root, NULL), 1);
    }
    assert_false(exists(at(fx, "escape.html", path, sizeof path)));

    /* The names are checked before the folder is created. */
    at(fx, "fresh", fresh, sizeof fresh);
    const output_file files[] = {{"a/b", "x", 1}};
    char err[512];
    assert_int_equal(output_write_all(fresh, files, 1, err, sizeof err), -1);
    assert_false(exists(fresh));
}

/* The output folder cannot be created because a regular file sits where a folder should be. */
static void test_folder_below_a_file_fails(void **state)
{
    fixture *fx = *state;
    char file[300], dir[300];
    at(fx, "plain", file, sizeof file);
    at(fx, "plain/out", dir, sizeof dir);
    write_file(file, "a file, not a folder");
    const output_file files[] = {{"r.html", "x", 1}};
    char err[512] = "";
    assert_int_equal(output_write_all(dir, files, 1, err, sizeof err), -1);
    assert_non_null(strstr(err, "cannot create the output folder"));
    assert_non_null(strstr(err, strerror(ENOTDIR)));
    assert_file_is(file, "a file, not a folder");
    assert_int_equal(entries_without_temporaries(fx->root, NULL), 1);
}

static void test_folder_that_is_a_file_fails(void **state)
{
    fixture *fx = *state;
    char file[300];
    at(fx, "plain", file, sizeof file);
    write_file(file, "a file, not a folder");
    const output_file files[] = {{"r.html", "x", 1}};
    char err[512] = "";
    assert_int_equal(output_write_all(file, files, 1, err, sizeof err), -1);
    assert_non_null(strstr(err, "cannot open the output folder"));
    assert_file_is(file, "a file, not a folder");
}

/* A failure on the second file of a batch: the first file's temporary is removed and neither
 * target changes. The failure is forced by a folder that occupies the second temporary name. */
static void test_failure_in_batch_removes_temporaries(void **state)
{
    fixture *fx = *state;
    char a[300], b[300], blocker_name[100], blocker[400];
    at(fx, "a.txt", a, sizeof a);
    at(fx, "b.txt", b, sizeof b);
    write_file(a, "old a");
    write_file(b, "old b");
    snprintf(blocker_name, sizeof blocker_name, ".b.txt.tmp-%ld", (long)getpid());
    at(fx, blocker_name, blocker, sizeof blocker);
    assert_int_equal(mkdir(blocker, 0755), 0);

    const output_file files[] = {{"a.txt", "new a", 5}, {"b.txt", "new b", 5}, {"c.txt", "c", 1}};
    char err[512] = "";
    assert_int_equal(output_write_all(fx->root, files, 3, err, sizeof err), -1);
    assert_non_null(strstr(err, "/b.txt: cannot write"));
    assert_file_is(a, "old a");
    assert_file_is(b, "old b");
    assert_false(exists(at(fx, "c.txt", a, sizeof a)));
    /* a.txt, b.txt and the blocking folder; the temporary of a.txt is gone */
    assert_int_equal(entries_without_temporaries(fx->root, blocker_name), 3);
}

/* A write error (here: the file size limit, as a full disk would) keeps the earlier file and
 * removes the partly written temporary. Run in a child so the limit does not hit the test log. */
static void test_write_error_keeps_earlier_file(void **state)
{
    fixture *fx = *state;
    char a[300], b[300];
    at(fx, "a.txt", a, sizeof a);
    at(fx, "b.txt", b, sizeof b);
    write_file(a, "old a");
    write_file(b, "old b");
    static char big[4096];
    memset(big, 'B', sizeof big);

    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = {.rlim_cur = 100, .rlim_max = 100};
        if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
            _exit(10);
        const output_file files[] = {{"a.txt", "new a", 5}, {"b.txt", big, sizeof big}};
        char err[512] = "";
        int rc = output_write_all(fx->root, files, 2, err, sizeof err);
        if (rc != -1)
            _exit(11);
        if (strstr(err, "/b.txt: cannot write") == NULL || strstr(err, strerror(EFBIG)) == NULL ||
            strstr(err, "the earlier file was left as it was") == NULL)
            _exit(12);
        _exit(0);
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    assert_file_is(a, "old a");
    assert_file_is(b, "old b");
    assert_int_equal(entries_without_temporaries(fx->root, NULL), 2);
}

/* A folder the user may not write to: the earlier file stays, no temporary is left. As root the
 * child drops to an unprivileged user id first, since permissions do not bind root. */
static void test_unwritable_folder_keeps_earlier_file(void **state)
{
    fixture *fx = *state;
    char out[300], target[400];
    at(fx, "out", out, sizeof out);
    assert_int_equal(mkdir(out, 0755), 0);
    snprintf(target, sizeof target, "%s/r.html", out);
    write_file(target, "old report");
    assert_int_equal(chmod(fx->root, 0755), 0);
    assert_int_equal(chmod(out, 0555), 0);

    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(10);
        const output_file files[] = {{"r.html", "new report", 10}};
        char err[512] = "";
        if (output_write_all(out, files, 1, err, sizeof err) != -1)
            _exit(11);
        if (strstr(err, "/r.html: cannot write") == NULL || strstr(err, strerror(EACCES)) == NULL)
            _exit(12);
        /* A folder that cannot be created there either. */
        char sub[400];
        snprintf(sub, sizeof sub, "%s/sub", out);
        if (output_write_all(sub, files, 1, err, sizeof err) != -1)
            _exit(13);
        if (strstr(err, "cannot create the output folder") == NULL)
            _exit(14);
        _exit(0);
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    assert_file_is(target, "old report");
    assert_int_equal(entries_without_temporaries(out, NULL), 1);
}

/* A folder sitting where an output file should go: the rename could not replace it, so the batch
 * is refused before any file is changed. */
static void test_target_that_is_a_folder_changes_nothing(void **state)
{
    fixture *fx = *state;
    char a[300], b[300];
    at(fx, "a.txt", a, sizeof a);
    at(fx, "b.txt", b, sizeof b);
    write_file(a, "old a");
    assert_int_equal(mkdir(b, 0755), 0);

    const output_file files[] = {{"a.txt", "new a", 5}, {"b.txt", "new b", 5}};
    char err[512] = "";
    assert_int_equal(output_write_all(fx->root, files, 2, err, sizeof err), -1);
    assert_non_null(strstr(err, "b.txt"));
    assert_file_is(a, "old a");
    struct stat st;
    assert_int_equal(stat(b, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    assert_int_equal(entries_without_temporaries(fx->root, NULL), 2);
}

/* The same name twice in one batch is a caller error: refused before anything is written. */
static void test_duplicate_names_change_nothing(void **state)
{
    fixture *fx = *state;
    char x[300];
    at(fx, "x.txt", x, sizeof x);
    write_file(x, "old x");
    const output_file files[] = {{"x.txt", "first", 5}, {"y.txt", "y", 1}, {"x.txt", "second", 6}};
    char err[512] = "";
    assert_int_equal(output_write_all(fx->root, files, 3, err, sizeof err), -1);
    assert_non_null(strstr(err, "x.txt"));
    assert_file_is(x, "old x");
    assert_false(exists(at(fx, "y.txt", x, sizeof x)));
    assert_int_equal(entries_without_temporaries(fx->root, NULL), 1);
}

/* ---- the Lua binding (styr.output.write_all) ------------------------------------------------ */

/* Runs src in a plain Lua state with `output` = styr.output and DIR set; returns its string
 * result in buf. */
static const char *run_binding(const char *dir, const char *src, char *buf, size_t len)
{
    lua_State *L = luaL_newstate();
    assert_non_null(L);
    luaL_openlibs(L);
    luaL_requiref(L, "styr.output", luaopen_styr_output, 0);
    lua_setglobal(L, "output");
    lua_pushstring(L, dir);
    lua_setglobal(L, "DIR");
    int rc = luaL_loadstring(L, src);
    if (rc == LUA_OK)
        rc = lua_pcall(L, 0, 1, 0);
    snprintf(buf, len, "%s%s", rc == LUA_OK ? "" : "error: ",
             lua_tostring(L, -1) ? lua_tostring(L, -1) : "(not a string)");
    lua_close(L);
    return buf;
}

static void test_binding_writes_strings(void **state)
{
    fixture *fx = *state;
    char out[300], path[400], buf[512];
    at(fx, "out", out, sizeof out);
    assert_string_equal(
        run_binding(out,
                    "local ok, e = output.write_all(DIR, {{ name = 'a.txt', data = 'A\\0B' }, "
                    "{ name = 'b.txt', data = '' }})\n"
                    "return tostring(ok) .. ' ' .. tostring(e)",
                    buf, sizeof buf),
        "true nil");
    snprintf(path, sizeof path, "%s/a.txt", out);
    size_t len = 0;
    char *got = slurp(path, &len);
    assert_non_null(got);
    assert_int_equal(len, 3);
    assert_memory_equal(got, "A\0B", 3);
    free(got);
    assert_int_equal(entries_without_temporaries(out, NULL), 2);
    /* A bad name is a fail, message pair, not an error. */
    run_binding(out,
                "local ok, e = output.write_all(DIR, {{ name = '../x', data = 'x' }})\n"
                "return tostring(ok) .. ' ' .. tostring(e)",
                buf, sizeof buf);
    assert_true(strncmp(buf, "nil ", 4) == 0);
    assert_non_null(strstr(buf, "refusing output file name '../x'"));
}

/* Numbers as name or data used to be converted in a stack slot that was popped at once, so the
 * text could be collected before it was written (a use after free under AddressSanitizer). They
 * are refused now, before anything is written. */
static void test_binding_refuses_numbers(void **state)
{
    fixture *fx = *state;
    char out[300], buf[512];
    at(fx, "out", out, sizeof out);
    run_binding(out,
                "local files = {}\n"
                "for i = 1, 2000 do\n"
                "  files[i] = { name = 'f' .. i .. '.txt', data = i * 1000003 + 0.5 }\n"
                "end\n"
                "local ok, e = pcall(output.write_all, DIR, files)\n"
                "return tostring(ok) .. ' ' .. tostring(e)",
                buf, sizeof buf);
    if (strstr(buf, "false ") != buf ||
        strstr(buf, "output.write_all file 1: field 'data' must be a string, not a number") == NULL)
        fail_msg("got '%s'", buf);
    run_binding(out,
                "local ok, e = pcall(output.write_all, DIR, {{ name = 'a.txt', data = 'x' }, "
                "{ name = 2019, data = 'x' }})\n"
                "return tostring(ok) .. ' ' .. tostring(e)",
                buf, sizeof buf);
    if (strstr(buf, "false ") != buf ||
        strstr(buf, "output.write_all file 2: field 'name' must be a string, not a number") == NULL)
        fail_msg("got '%s'", buf);
    assert_false(exists(out));
}

/* ---- confined folders and leftovers --------------------------------------------------------- */

/* A folder inside the root is created and written; a symbolic link out of the root and '..' are
 * refused before anything is created or written; a link to a folder inside the root is
 * followed, as include follows one. */
static void test_open_inside_refuses_links_out(void **state)
{
    fixture *fx = *state;
    char cfg[300], elsewhere[300], link_path[400], inner[400], err[512];
    at(fx, "cfg", cfg, sizeof cfg);
    at(fx, "elsewhere", elsewhere, sizeof elsewhere);
    assert_int_equal(mkdir(cfg, 0755), 0);
    assert_int_equal(mkdir(elsewhere, 0755), 0);
    snprintf(link_path, sizeof link_path, "%s/rap", cfg);
    assert_int_equal(symlink(elsewhere, link_path), 0);

    assert_int_equal(output_open_inside(cfg, "rap", err, sizeof err), -1);
    assert_non_null(strstr(err, "rap: leads outside"));
    assert_non_null(strstr(err, "refused"));
    assert_int_equal(output_open_inside(cfg, "rap/sub", err, sizeof err), -1);
    assert_int_equal(output_open_inside(cfg, "ok/../../x", err, sizeof err), -1);
    assert_non_null(strstr(err, "no '..'"));
    assert_int_equal(entries_without_temporaries(elsewhere, NULL), 0);

    int dfd = output_open_inside(cfg, "reports/2019", err, sizeof err);
    assert_true(dfd >= 0);
    const output_file files[] = {{"r.csv", "a,b", 3}};
    assert_int_equal(output_write_at(dfd, "reports/2019", files, 1, err, sizeof err), 0);
    close(dfd);
    snprintf(inner, sizeof inner, "%s/reports/2019/r.csv", cfg);
    assert_file_is(inner, "a,b");

    assert_int_equal(unlink(link_path), 0);
    assert_int_equal(symlink("reports", link_path), 0);
    dfd = output_open_inside(cfg, "rap/2019", err, sizeof err);
    assert_true(dfd >= 0);
    close(dfd);
}

/* ".NAME.tmp-PID" files of a process that no longer runs (killed while it wrote) are removed
 * when the folder is written next; a live process's and other hidden files stay. */
static void test_stale_temporaries_are_removed(void **state)
{
    fixture *fx = *state;
    pid_t dead = fork();
    assert_true(dead >= 0);
    if (dead == 0)
        _exit(0);
    assert_int_equal(waitpid(dead, NULL, 0), dead);
    char path[400], err[512];
    snprintf(path, sizeof path, "%s/.r.html.tmp-%ld", fx->root, (long)dead);
    write_file(path, "half a report");
    snprintf(path, sizeof path, "%s/.r.csv.tmp-%ld", fx->root, (long)getppid());
    write_file(path, "a live process is writing this");
    snprintf(path, sizeof path, "%s/.keep", fx->root);
    write_file(path, "not ours");

    const output_file files[] = {{"r.html", "report", 6}};
    assert_int_equal(output_write_all(fx->root, files, 1, err, sizeof err), 0);
    snprintf(path, sizeof path, "%s/.r.html.tmp-%ld", fx->root, (long)dead);
    assert_false(exists(path));
    snprintf(path, sizeof path, "%s/.r.csv.tmp-%ld", fx->root, (long)getppid());
    assert_true(exists(path));
    snprintf(path, sizeof path, "%s/.keep", fx->root);
    assert_true(exists(path));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_ok),
        cmocka_unit_test_setup_teardown(test_write_creates_folders_and_files, setup, teardown),
        cmocka_unit_test_setup_teardown(test_write_into_existing_folder_with_trailing_slash, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_empty_batch_creates_the_folder, setup, teardown),
        cmocka_unit_test_setup_teardown(test_replace_renames_a_new_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_symlink_target_is_replaced_not_followed, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_bad_name_writes_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_folder_below_a_file_fails, setup, teardown),
        cmocka_unit_test_setup_teardown(test_folder_that_is_a_file_fails, setup, teardown),
        cmocka_unit_test_setup_teardown(test_failure_in_batch_removes_temporaries, setup, teardown),
        cmocka_unit_test_setup_teardown(test_write_error_keeps_earlier_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unwritable_folder_keeps_earlier_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_target_that_is_a_folder_changes_nothing, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_duplicate_names_change_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_binding_writes_strings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_binding_refuses_numbers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_inside_refuses_links_out, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stale_temporaries_are_removed, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
