/* libFuzzer harness: the CSV reader of the csv connector (plugins/csv.lua, embedded as
 * styr.plugin.csv), run inside the sandboxed host: decode (UTF-8 or Windows-1252), sniff the
 * delimiter, split into records.
 *
 * Checks, beyond "no crash, no leak, no undefined behaviour, no Lua error":
 *   - decode gives valid UTF-8 without NUL, or nil and a message "f:LINE: …";
 *   - records gives a list of records (fields all strings, lines from 1, never decreasing), or nil
 *     and a message "f:LINE: …";
 *   - the records, written back as CSV (every field quoted, quotes doubled), read back to the
 *     same fields;
 *   - an unquoted field holds no delimiter, quote or line break.
 * Run: make fuzz (libFuzzer), or the replay of tests/fuzz/corpus/csv under make test. */
#include <stdint.h>

#include "fuzz_host.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char CSV_CHECK[] =
    "local csv = require 'styr.plugin.csv'\n"
    "local function fail(msg) error('CSV invariant: ' .. msg, 0) end\n"
    "local function check_msg(msg) if type(msg) ~= 'string' or not msg:match('^f:%d+: ') then\n"
    "  fail('message ' .. tostring(msg)) end end\n"
    "local function records(text, delim)\n"
    "  local recs, msg = csv.records(text, delim, 'f')\n"
    "  if not recs then check_msg(msg) return nil end\n"
    "  local last = 1\n"
    "  for _, r in ipairs(recs) do\n"
    "    if type(r.line) ~= 'number' or r.line < last then fail('line ' .. tostring(r.line)) end\n"
    "    last = r.line\n"
    "    if #r.fields == 0 then fail('a record without fields') end\n"
    "    for _, f in ipairs(r.fields) do\n"
    "      if type(f) ~= 'string' then fail('a field is a ' .. type(f)) end end\n"
    "  end\n"
    "  return recs\n"
    "end\n"
    "local function quote(f) return '\"' .. f:gsub('\"', '\"\"') .. '\"' end\n"
    "return function(raw)\n"
    "  local text, msg = csv.decode(raw, 'utf-8', 'f')\n"
    "  if text then\n"
    "    if not utf8.len(text) or text:find('\\0', 1, true) then fail('decoded text') end\n"
    "  else check_msg(msg) end\n"
    "  local w, wmsg = csv.decode(raw, 'windows-1252', 'f')\n"
    "  if w then if not utf8.len(w) then fail('decoded windows-1252') end else check_msg(wmsg) end\n"
    "  text = text or w or raw\n"
    "  local d = csv.sniff(text, 'f')\n"
    "  for _, delim in ipairs({ ';', ',', '\\t', d }) do\n"
    "    local recs = records(text, delim)\n"
    "    if recs then\n"
    "      local lines = {}\n"
    "      for i, r in ipairs(recs) do\n"
    "        local q = {}\n"
    "        for k, f in ipairs(r.fields) do q[k] = quote(f) end\n"
    "        lines[i] = table.concat(q, delim)\n"
    "      end\n"
    "      local again = records(table.concat(lines, '\\n'), delim)\n"
    "      if not again or #again ~= #recs then fail('written back, the records do not read back') end\n"
    "      for i, r in ipairs(recs) do\n"
    "        local a = again[i].fields\n"
    "        if #a ~= #r.fields then fail('record ' .. i .. ' reads back with other fields') end\n"
    "        for k, f in ipairs(r.fields) do\n"
    "          if a[k] ~= f then fail('record ' .. i .. ' field ' .. k .. ' reads back as ' .. a[k]) end\n"
    "        end\n"
    "      end\n"
    "    end\n"
    "  end\n"
    "end\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    fuzz_host_call("fuzz_csv", CSV_CHECK, data, size, NULL);
    return 0;
}
