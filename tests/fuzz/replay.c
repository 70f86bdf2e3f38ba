/* Replays fuzzing inputs without libFuzzer: feeds every file named on the command line, and every
 * file in every folder named there (sorted, dot files and README.md left out), to the harness's
 * LLVMFuzzerTestOneInput. Linked with one tests/fuzz/fuzz_*.c and build/libstyr.a by gcc, so that
 * `make test` replays the seed corpus and the crashes kept as regression cases, with or without
 * SANITIZE=1. Prints "ok - FILE" for each input; a harness check that fails aborts, so the exit
 * status (and the missing ok lines) tell tests/run.sh which input broke. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads the whole file into a malloc'd buffer of exactly its size (so ASan sees overreads).
 * Returns 0, or -1 with a message printed. */
static int slurp(const char *path, uint8_t **out, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return -1;
    }
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    while (buf != NULL) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        uint8_t *b = realloc(buf, cap * 2);
        if (b == NULL) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = b;
        cap *= 2;
    }
    int bad = buf == NULL || ferror(f);
    if (fclose(f) != 0)
        bad = 1;
    if (bad) {
        fprintf(stderr, "%s: cannot read\n", path);
        free(buf);
        return -1;
    }
    uint8_t *exact = malloc(n > 0 ? n : 1);
    if (exact == NULL) {
        free(buf);
        return -1;
    }
    memcpy(exact, buf, n);
    free(buf);
    *out = exact;
    *len = n;
    return 0;
}

static int run_file(const char *path)
{
    uint8_t *data = NULL;
    size_t len = 0;
    if (slurp(path, &data, &len) != 0)
        return -1;
    fflush(stdout);
    LLVMFuzzerTestOneInput(data, len);
    free(data);
    printf("ok - %s\n", path);
    fflush(stdout);
    return 0;
}

static int wanted(const struct dirent *d)
{
    return d->d_name[0] != '.' && strcmp(d->d_name, "README.md") != 0;
}

int main(int argc, char **argv)
{
    int failed = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            perror(argv[i]);
            failed = 1;
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            failed |= run_file(argv[i]) != 0;
            continue;
        }
        struct dirent **names = NULL;
        int n = scandir(argv[i], &names, wanted, alphasort);
        if (n < 0) {
            perror(argv[i]);
            failed = 1;
            continue;
        }
        for (int k = 0; k < n; k++) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", argv[i], names[k]->d_name);
            failed |= run_file(path) != 0;
            free(names[k]);
        }
        free(names);
    }
    return failed;
}
