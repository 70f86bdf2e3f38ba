/* libFuzzer harness: loading a configuration in the sandbox. The input is written as init.lua of a
 * configuration folder and loaded by styr's loader (scripts/loader.lua: text-only load into a
 * fresh sandbox environment, the DSL, the model's checks) in a host made as core/main.c makes it,
 * with a memory cap and an instruction budget (fuzz_host.h).
 *
 * Anything the configuration does wrong must come back as problems with a message; a Lua error
 * escaping loader.load is what core/main.c reports as "a fault in styr itself", so it aborts here,
 * unless the budget or the memory cap stopped the load. Checks, beyond "no crash, no leak, no
 * undefined behaviour":
 *   - loader.load returns a builder whose problems each have a string message, a level "error"
 *     or "warning", a file (string) and a line (nil or a positive integer);
 *   - a configuration that failed to load (aborted) has at least one error;
 *   - every problem formats to a string (loader.format_problem), as the CLI prints it;
 *   - nothing the configuration ran leaks out: no new globals in the host.
 * Run: make fuzz (libFuzzer), or the replay of tests/fuzz/corpus/config under make test. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_host.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char CONFIG_CHECK[] =
    "local loader = require 'styr.loader'\n"
    "local function fail(msg) error('config invariant: ' .. msg, 0) end\n"
    "local function globals() local n = 0 for _ in pairs(_G) do n = n + 1 end return n end\n"
    "return function(_, dir)\n"
    "  local before = globals()\n"
    "  local b = loader.load(dir, {})\n"
    "  if type(b) ~= 'table' or type(b.problems) ~= 'table' then fail('no builder') end\n"
    "  local errors = 0\n"
    "  for i, p in ipairs(b.problems) do\n"
    "    if type(p.message) ~= 'string' then fail('problem ' .. i .. ' has no message') end\n"
    "    if p.level ~= 'error' and p.level ~= 'warning' then\n"
    "      fail('problem ' .. i .. ' level ' .. tostring(p.level)) end\n"
    "    if p.file ~= nil and type(p.file) ~= 'string' then fail('problem ' .. i .. ' file') end\n"
    "    if p.line ~= nil and (math.type(p.line) ~= 'integer' or p.line < 1) then\n"
    "      fail('problem ' .. i .. ' line ' .. tostring(p.line)) end\n"
    "    if type(loader.format_problem(p)) ~= 'string' then fail('format_problem') end\n"
    "    if p.level == 'error' then errors = errors + 1 end\n"
    "  end\n"
    "  if b.aborted and errors == 0 then fail('aborted without an error') end\n"
    "  if globals() ~= before then fail('the configuration left a global behind') end\n"
    "end\n";

static char dir[64];
static char path[96];

static void remove_dir(void)
{
    unlink(path);
    rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    if (dir[0] == '\0') {
        const char *tmp = getenv("TMPDIR");
        snprintf(dir, sizeof dir, "%s/styr-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (mkdtemp(dir) == NULL) {
            fprintf(stderr, "fuzz_config: mkdtemp %s: %s\n", dir, strerror(errno));
            abort();
        }
        snprintf(path, sizeof path, "%s/init.lua", dir);
        atexit(remove_dir);
    }
    FILE *f = fopen(path, "wb");
    if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
        fprintf(stderr, "fuzz_config: cannot write %s: %s\n", path, strerror(errno));
        abort();
    }
    fuzz_host_call("fuzz_config", CONFIG_CHECK, data, size, dir);
    return 0;
}
