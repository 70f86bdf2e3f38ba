/* Benchmark of the streaming JSON-stat reader (core/jsonstat.c) on a generated JSON-stat 2.0
 * response of about 200 MB: 3 dimensions (290 municipalities × 100 ages × 700 months, 20.3
 * million cells, values like 1234567.8 and a null now and then), written to a temporary folder
 * that is removed afterwards. Run by `make bench`.
 *
 * Each measurement runs in a child process of its own, so that its peak RSS (ru_maxrss from
 * wait4) is its own. Measured in the same run, on the same file, page cache warm:
 *   cat      `cat FILE > /dev/null`: reading the bytes, the floor for any reader;
 *   yajl     yajl tokenising the file with no callbacks: the floor for a reader built on yajl;
 *   styr     jsonstat_read_file: the cube (the sum of its values is checked against the sum
 *            written, so the reader is known to have read every value); again on the same
 *            response written with "value" before the dimensions, where the reader cannot size
 *            the array in advance;
 *   python   Python's json.load of the same file (a reader that builds the whole tree), when
 *            the machine has the memory for it (MemAvailable over 6 GB).
 * Printed: wall time and peak RSS of each, and the ratios: styr's peak RSS against the file size
 * and against the 8 bytes a cell's double needs, styr's time against cat and yajl.
 *
 * BENCH_CELLS_MONTHS=N changes the month count (and so the size): 700 gives ~200 MB. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <yajl/yajl_parse.h>

#include "formats/jsonstat.h"
#include "time/clock.h"

enum { REGIONS = 290, AGES = 100 };

static double now(void)
{
    return (double)clock_monotonic_ns() / 1e9;
}

/* Writes the values array (n of them, a null now and then); returns their sum. */
static double write_values(FILE *f, uint64_t n)
{
    uint32_t seed = 2019;
    double sum = 0;
    fprintf(f, "\"value\":[");
    for (uint64_t i = 0; i < n; i++) {
        seed = seed * 1664525u + 1013904223u;
        const char *sep = i ? "," : "";
        if ((seed >> 8) % 97 == 0) {
            fprintf(f, "%snull", sep);
        } else {
            unsigned whole = (seed >> 9) % 5000000, frac = (seed >> 3) % 10;
            fprintf(f, "%s%u.%u", sep, whole, frac);
            sum += whole + frac / 10.0;
        }
        if (i % 16 == 15)
            fputc('\n', f);
    }
    fprintf(f, "]");
    return sum;
}

/* Writes the response, with "value" last or (value_first) first, where the reader cannot know
 * the cell count yet; returns the sum of its values (nulls left out) and sets *cells. */
static double generate(const char *path, int months, int value_first, uint64_t *cells)
{
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        fprintf(stderr, "bench: cannot create %s: %s\n", path, strerror(errno));
        exit(2);
    }
    static char buf[1 << 20];
    setvbuf(f, buf, _IOFBF, sizeof buf);
    uint64_t n = (uint64_t)REGIONS * AGES * (uint64_t)months;
    double sum = 0;
    fprintf(f, "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"styr benchmark\",");
    if (value_first) {
        sum = write_values(f, n);
        fprintf(f, ",\n");
    }
    fprintf(f,
            "\"id\":[\"Region\",\"Alder\",\"Tid\"],\"size\":[%d,%d,%d],"
            "\"role\":{\"geo\":[\"Region\"],\"time\":[\"Tid\"]},\"dimension\":{",
            REGIONS, AGES, months);
    fprintf(f, "\"Region\":{\"label\":\"region\",\"category\":{\"index\":{");
    for (int i = 0; i < REGIONS; i++)
        fprintf(f, "%s\"%04d\":%d", i ? "," : "", 100 + i, i);
    fprintf(f, "},\"label\":{");
    for (int i = 0; i < REGIONS; i++)
        fprintf(f, "%s\"%04d\":\"Kommun %d\"", i ? "," : "", 100 + i, i);
    fprintf(f, "}}},\"Alder\":{\"label\":\"ålder\",\"category\":{\"index\":[");
    for (int i = 0; i < AGES; i++)
        fprintf(f, "%s\"%d\"", i ? "," : "", i);
    fprintf(f, "]}},\"Tid\":{\"label\":\"månad\",\"category\":{\"index\":[");
    for (int i = 0; i < months; i++)
        fprintf(f, "%s\"%dM%02d\"", i ? "," : "", 1970 + i / 12, i % 12 + 1);
    fprintf(f, "]}}}");
    if (!value_first) {
        fprintf(f, ",\n");
        sum = write_values(f, n);
    }
    fprintf(f, "}\n");
    if (fclose(f) != 0) {
        fprintf(stderr, "bench: cannot write %s: %s\n", path, strerror(errno));
        exit(2);
    }
    *cells = n;
    return sum;
}

typedef struct result {
    double seconds;
    long maxrss_kb;
    int ok;
} result;

/* Runs fn(arg) in a child; its wall time and peak RSS. fn's exit status 0 is success. */
static result measure(int (*fn)(const void *), const void *arg)
{
    result r = {0, 0, 0};
    fflush(NULL);
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("bench: fork");
        exit(2);
    }
    if (pid == 0)
        _exit(fn(arg));
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) != pid) {
        perror("bench: wait4");
        exit(2);
    }
    r.seconds = now() - t0;
    r.maxrss_kb = ru.ru_maxrss;
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return r;
}

typedef struct job {
    const char *path;
    double sum;
    uint64_t cells;
} job;

static int run_cat(const void *arg)
{
    const job *j = arg;
    execlp("sh", "sh", "-c", "cat \"$1\" > /dev/null", "sh", j->path, (char *)NULL);
    return 127;
}

static int run_python(const void *arg)
{
    const job *j = arg;
    execlp("python3", "python3", "-c",
           "import json, sys\nd = json.load(open(sys.argv[1], 'rb'))\n"
           "assert len(d['value']) > 0\n",
           j->path, (char *)NULL);
    return 127;
}

static int run_yajl(const void *arg)
{
    const job *j = arg;
    FILE *f = fopen(j->path, "rb");
    yajl_handle h = yajl_alloc(NULL, NULL, NULL);
    if (f == NULL || h == NULL)
        return 1;
    static unsigned char buf[256 * 1024];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        if (yajl_parse(h, buf, n) != yajl_status_ok)
            return 1;
    int rc = yajl_complete_parse(h) == yajl_status_ok ? 0 : 1;
    yajl_free(h);
    fclose(f);
    return rc;
}

static int run_styr(const void *arg)
{
    const job *j = arg;
    jsonstat_cube *c = NULL;
    char err[1024];
    if (jsonstat_read_file(j->path, NULL, &c, err, sizeof err) != 0) {
        fprintf(stderr, "bench: %s\n", err);
        return 1;
    }
    const double *v = jsonstat_values(c);
    double sum = 0;
    for (uint64_t i = 0; i < jsonstat_cell_count(c); i++)
        if (!isnan(v[i]))
            sum += v[i];
    int ok = jsonstat_cell_count(c) == j->cells && fabs(sum - j->sum) <= 1e-6 * fabs(j->sum);
    if (!ok)
        fprintf(stderr, "bench: read %llu cells summing to %.1f, wrote %llu summing to %.1f\n",
                (unsigned long long)jsonstat_cell_count(c), sum, (unsigned long long)j->cells,
                j->sum);
    jsonstat_free(c);
    return ok ? 0 : 1;
}

static long mem_available_kb(void)
{
    FILE *f = fopen("/proc/meminfo", "r");
    char line[256];
    long kb = 0;
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "MemAvailable: %ld kB", &kb) == 1)
            break;
    if (f)
        fclose(f);
    return kb;
}

static void report(const char *name, result r)
{
    printf("  %-18s %6.2f s   peak RSS %7.1f MB%s\n", name, r.seconds, r.maxrss_kb / 1024.0,
           r.ok ? "" : "  (FAILED)");
}

int main(void)
{
    const char *m = getenv("BENCH_CELLS_MONTHS");
    int months = m ? atoi(m) : 700;
    if (months < 1)
        months = 700;
    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/styr-bench-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (mkdtemp(dir) == NULL) {
        perror("bench: mkdtemp");
        return 2;
    }
    char path[4200];
    snprintf(path, sizeof path, "%s/jsonstat2.json", dir);

    job j = {path, 0, 0};
    double t0 = now();
    j.sum = generate(path, months, 0, &j.cells);
    double gen = now() - t0;
    struct stat st;
    if (stat(path, &st) != 0) {
        perror("bench: stat");
        return 2;
    }
    double mb = (double)st.st_size / (1024.0 * 1024.0);
    printf("jsonstat bench: %s, %.1f MB, %llu cells (%d x %d x %d), written in %.1f s\n", path, mb,
           (unsigned long long)j.cells, REGIONS, AGES, months, gen);

    result cat = measure(run_cat, &j); /* also warms the page cache for the others */
    cat = measure(run_cat, &j);
    result yajl = measure(run_yajl, &j);
    result styr = measure(run_styr, &j);
    report("cat", cat);
    report("yajl", yajl);
    report("styr", styr);
    long avail = mem_available_kb();
    result py = {0, 0, 0};
    if (avail > 6L * 1024 * 1024) {
        py = measure(run_python, &j);
        report("python", py);
    } else
        printf("  python  skipped: %.1f GB available, json.load needs several\n",
               avail / 1048576.0);
    /* the same response with "value" first: the reader grows the array as it goes */
    generate(path, months, 1, &j.cells);
    result first = measure(run_styr, &j);
    report("styr, value first", first);

    double cube_mb = (double)j.cells * 8 / (1024.0 * 1024.0);
    printf("ratios:\n");
    printf("  styr peak RSS / file size             %6.2f\n", styr.maxrss_kb / 1024.0 / mb);
    printf("  styr peak RSS / (8 bytes x cells)     %6.2f   (cube values: %.1f MB)\n",
           styr.maxrss_kb / 1024.0 / cube_mb, cube_mb);
    printf("  same, value first                     %6.2f\n", first.maxrss_kb / 1024.0 / cube_mb);
    printf("  styr peak RSS - yajl-only peak RSS    %6.1f MB\n",
           (styr.maxrss_kb - yajl.maxrss_kb) / 1024.0);
    printf("  styr time / cat time                  %6.1f\n", styr.seconds / cat.seconds);
    printf("  styr time / yajl-only time            %6.2f\n", styr.seconds / yajl.seconds);
    printf("  styr throughput                       %6.1f MB/s\n", mb / styr.seconds);
    if (py.ok) {
        printf("  python time / styr time               %6.2f\n", py.seconds / styr.seconds);
        printf("  python peak RSS / styr peak RSS       %6.2f\n",
               (double)py.maxrss_kb / (double)styr.maxrss_kb);
    }
    if (unlink(path) != 0 || rmdir(dir) != 0)
        perror("bench: cleaning up");
    return cat.ok && yajl.ok && styr.ok && first.ok ? 0 : 1;
}
