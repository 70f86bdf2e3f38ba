/* libFuzzer harness: HTML escaping of the HTML report (scripts/render_html.lua, M.escape), run
 * inside the sandboxed host with the embedded engine scripts.
 *
 * Checks, beyond "no crash, no leak, no undefined behaviour, no Lua error":
 *   - the escaped text holds no <, >, " or ', and every & starts one of the entities escape
 *     writes (&amp; &lt; &gt; &quot; &#39;);
 *   - it holds no NUL and no C0 control but tab, line feed and carriage return, nor DEL;
 *   - unescaped, it is the input less those controls (nothing else lost or added);
 *   - escaping is applied to non-strings through tostring (a number in, its text out).
 * Run: make fuzz (libFuzzer), or the replay of tests/fuzz/corpus/html_escape under make test. */
#include <stdint.h>

#include "fuzz_host.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char ESCAPE_CHECK[] =
    "local html = require 'styr.render_html'\n"
    "local function fail(msg, s) error(string.format('escape invariant: %s: %q', msg, s), 0) end\n"
    "local UN = { amp = '&', lt = '<', gt = '>', quot = '\"', ['#39'] = \"'\" }\n"
    "return function(s)\n"
    "  local e = html.escape(s)\n"
    "  if type(e) ~= 'string' then fail('not a string', tostring(e)) end\n"
    "  if e:find('[<>\"\\']') then fail('markup survives', e) end\n"
    "  if e:find('[%z\\1-\\8\\11\\12\\14-\\31\\127]') then fail('a control survives', e) end\n"
    "  local rest = e:gsub('&amp;', ''):gsub('&lt;', ''):gsub('&gt;', ''):gsub('&quot;', '')\n"
    "  if rest:gsub('&#39;', ''):find('&', 1, true) then fail('a bare &', e) end\n"
    "  local back = e:gsub('&(#?%w+);', UN)\n"
    "  local want = s:gsub('[%z\\1-\\8\\11\\12\\14-\\31\\127]', '')\n"
    "  if back ~= want then fail('unescaped, it is not the input', e) end\n"
    "  local n = #s % 1000 - 500\n"
    "  if html.escape(n) ~= tostring(n) then fail('a number', tostring(n)) end\n"
    "end\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    fuzz_host_call("fuzz_html_escape", ESCAPE_CHECK, data, size, NULL);
    return 0;
}
