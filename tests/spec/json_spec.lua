-- styr.json and styr.jsonstat from Lua: decoding and encoding with the marks for arrays and
-- objects and json.null, the bounded errors of RELIABILITY.md item 18, and JSON-stat cubes from
-- the recorded SCB (2.0) and Statistics Denmark (1.x) responses, checked against Python's json
-- module. Run from the project root.
local H = require "tests.spec.helper"
local json = require "styr.json"
local jsonstat = require "styr.jsonstat"

local OPENDATA = "tests/fixtures/opendata"
local SCB = OPENDATA .. "/scb/v2_TAB6471_data_jsonstat2.json"
local SCB_META = OPENDATA .. "/scb/v2_TAB6471_metadata_jsonstat2.json"
local DST = OPENDATA .. "/dst/data_STRAF42_jsonstat_en.json"
local DST_NOFILTER = OPENDATA .. "/dst/data_STRAF42_nofilter_jsonstat_en.json"
local FIX = "tests/fixtures/jsonstat/"

local read = H.read

-- Runs a Python script (text) with arguments and returns its standard output (without the
-- sanitizer runtimes a SANITIZE=1 run preloads).
local function python(script, ...)
  local path = os.tmpname()
  local f = assert(io.open(path, "w"))
  f:write(script)
  f:close()
  local args = {}
  for i, a in ipairs({ ... }) do args[i] = "'" .. a .. "'" end
  local p = assert(io.popen("env -u LD_PRELOAD /usr/bin/python3 " .. path .. " " .. table.concat(args, " ")))
  local out = p:read("a")
  local ok = p:close()
  os.remove(path)
  assert(ok, "python failed")
  return out
end

-- decode must fail with a message matching pattern (plain text), and not raise.
local function refused(text, pattern, opts)
  local ok, v, msg = pcall(json.decode, text, opts)
  assert.is_true(ok, "json.decode raised: " .. tostring(v))
  assert.is_nil(v)
  assert.is_string(msg)
  assert.is_truthy(msg:find(pattern, 1, true), msg)
  return msg
end

describe("json.decode", function()
  it("gives tables marked as objects and arrays, json.null for null, integers and floats", function()
    local v = assert(json.decode('{"a": [1, 2.5, null, true, "x"], "o": {}, "e": [], "n": null}'))
    assert.is_true(json.is_object(v))
    assert.is_true(json.is_array(v.a))
    assert.are.equal(5, #v.a)
    assert.are.equal("integer", math.type(v.a[1]))
    assert.are.equal("float", math.type(v.a[2]))
    assert.are.equal(json.null, v.a[3])
    assert.are.equal(json.null, v.n)
    assert.is_true(json.is_object(v.o) and not json.is_array(v.o))
    assert.is_true(json.is_array(v.e) and not json.is_object(v.e))
    assert.is_nil(next(v.o))
    assert.are.equal(42, json.decode("42"))
    assert.are.equal("x", json.decode(' "x" '))
    assert.are.equal(json.null, json.decode("null"))
    assert.are.equal(false, json.decode("false"))
    assert.are.equal("float", math.type(json.decode("1.0")))
    assert.are.equal("float", math.type(json.decode("1e2")))
    assert.are.equal(math.mininteger, json.decode("-9223372036854775808"))
  end)

  it("decodes UTF-8, escapes and surrogate pairs, and skips a leading BOM", function()
    assert.are.same({ "Linköping å \u{1F600}\n\"\\/" },
      json.decode('["Link\\u00f6ping \\u00e5 \\ud83d\\ude00\\n\\"\\\\\\/"]'))
    assert.are.same({ 1 }, json.decode("\239\187\191[1]"))
  end)

  -- RELIABILITY.md item 18: each a message, never a crash or a raised error
  it("refuses 100 000 nested [ with the place", function()
    assert.are.equal("line 1, column 513: nesting deeper than 512 levels",
      refused(string.rep("[", 100000), "nesting deeper"))
    refused(string.rep('{"a":', 100000), "nesting deeper than 512 levels")
    refused("[[[1]]]", "nesting deeper than 2 levels", { max_depth = 2 })
    assert.are.same({ { { 1 } } }, json.decode("[[[1]]]", { max_depth = 3 }))
  end)

  it("refuses duplicate keys", function()
    assert.are.equal('line 1, column 12: duplicate key "a"', refused('{"a": 1, "a": 2}', "duplicate key"))
    refused('{"x": {"b": null, "b": null}}', 'duplicate key "b"')
  end)

  it("refuses numbers that overflow a double, and reads 2^64 as a float", function()
    refused("[1e400]", "number 1e400 is too large for a double")
    refused('{"v": -1e400}', "too large for a double")
    local v = json.decode("[18446744073709551616]")[1]
    assert.are.equal("float", math.type(v))
    assert.are.equal(2.0 ^ 64, v)
    assert.are.equal(0.0, json.decode("[1e-400]")[1])
  end)

  it("refuses lone surrogates", function()
    refused('["\\ud800"]', "high surrogate not followed by a low surrogate")
    refused('["\\ud800\\u0041"]', "high surrogate not followed by a low surrogate")
    refused('["\\udc00"]', "lone low surrogate")
    refused('{"\\udbff": 1}', "surrogate")
  end)

  it("refuses NUL in strings unless allowed", function()
    refused('["a\\u0000b"]', "a string holds a NUL character")
    refused('{"a\\u0000": 1}', "a key holds a NUL character")
    assert.are.equal("a\0b", json.decode('["a\\u0000b"]', { allow_nul = true })[1])
    refused('["a\0b"]', "invalid character inside string", { allow_nul = true })
  end)

  it("refuses trailing junk and truncated input", function()
    refused("[1] x", "unexpected text after the JSON value")
    refused("{} {}", "unexpected text after the JSON value")
    refused("", "unexpected end of input")
    local doc = '{"kommun": "0580", "v": [1, 2.5, null], "s": "\\u00e5"}'
    for n = 0, #doc - 1 do
      local v, msg = json.decode(doc:sub(1, n))
      assert.is_nil(v)
      assert.matches("^line 1, column %d+: ", msg)
    end
  end)

  it("refuses invalid UTF-8 and text over max_bytes", function()
    refused('["\192\128"]', "invalid UTF-8")
    refused('["\237\160\128"]', "invalid UTF-8")
    refused('["\255"]', "invalid bytes in UTF8")
    refused("[1, 2, 3]", "byte 5: the text is longer than 4 bytes", { max_bytes = 4 })
  end)

  it("raises errors for misuse", function()
    assert.has_error(function() json.decode() end)
    assert.has_error(function() json.decode("[]", 5) end)
    assert.has_error(function() json.decode("[]", { max_depth = 0 }) end)
    assert.has_error(function() json.decode("[]", { allow_nul = "yes" }) end)
  end)
end)

describe("json.records", function()
  -- Each cell's own gender, value and status; its entry's KPI and period.
  local OWN, OUTER = { "gender", "value", "status" }, { outer = { "kpi", "period" } }
  local FIELDS = { "kpi", "period", "gender", "value", "status" }

  -- The records as "kpi period gender value status" lines (- for nil, null for json.null).
  local function lines(c)
    local out = {}
    for i = 1, c.n do
      local parts = {}
      for _, f in ipairs(FIELDS) do
        local v = c[f][i]
        parts[#parts + 1] = v == nil and "-" or v == json.null and "null" or tostring(v)
      end
      out[i] = table.concat(parts, " ")
    end
    return out
  end

  it("reads the objects at the end of the path with their own and their enclosing objects' members", function()
    local c, top, found = json.records([[{"count": 2, "next_url": "http://x/2", "values": [
      {"kpi": "N1", "period": 2019, "values": [{"gender": "T", "value": 1.5, "status": ""},
                                               {"gender": "K", "value": null, "status": "Saknas"}]},
      {"values": [{"gender": "M", "value": 3, "period": 2021}, {"gender": "T", "note": {"a": [1]}}],
       "kpi": "N2", "period": 2020, "extra": [{"values": [{"gender": "X"}]}]}
    ], "after": true}]], "values[].values[]", OWN, OUTER)
    -- A cell's own "period" is not read (period is its entry's); members after the array count.
    assert.are.same({ "N1 2019 T 1.5 ", "N1 2019 K null Saknas", "N2 2020 M 3 -", "N2 2020 T - -" }, lines(c))
    assert.are.equal(4, c.n)
    assert.are.equal("integer", math.type(c.period[1]))
    -- The root's scalar members, not its arrays.
    assert.are.same({ count = 2, next_url = "http://x/2", after = true }, top)
    assert.are.same({ arrays = { 1, 2 }, items = { 2, 4 }, objects = { 2, 4 } }, found)
  end)

  it("reads an outer member from the nearest enclosing object that has it, and own members only from the record", function()
    local c = json.records([[{"a": [{"x": 1, "y": 1, "b": [{"x": 2, "c": [{"v": 10}, {"v": 11, "x": 9}]},
                                                         {"c": [{"v": 12}]}]}]}]], "a[].b[].c[]", { "v" },
      { outer = { "x", "y" } })
    assert.are.same({ 3, { 10, 11, 12 }, { 2, 2, 1 }, { 1, 1, 1 } }, { c.n, c.v, c.x, c.y })
  end)

  it("counts what a document of another shape lacks, and an empty page", function()
    local _, _, found = json.records([[{"values": [{"kpi": "N1"}, 7, {"values": {"gender": "T"}}]}]],
      "values[].values[]", OWN, OUTER)
    -- Three items, two of them objects, none with a values list.
    assert.are.same({ arrays = { 1, 0 }, items = { 3, 0 }, objects = { 2, 0 } }, found)
    local c, top
    c, top, found = json.records([[[{"values": []}] ]], "values[]", FIELDS)
    assert.are.same({ 0, {}, { arrays = { 0 }, items = { 0 }, objects = { 0 } } }, { c.n, top, found })
    c, top, found = json.records([[{"values": [], "next_url": null}]], "values[]", FIELDS)
    assert.are.same({ 0, json.null, { arrays = { 1 }, items = { 0 }, objects = { 0 } } }, { c.n, top.next_url, found })
  end)

  it("checks the text as json.decode does, with the same messages", function()
    for _, text in ipairs({ '{"values": [1, 2', '{"values": []} x', '{"a": "\xff"}', '{"a": 1e400}',
                            '{"a": "\\u0000"}', string.rep("[", 100000) }) do
      local c, err = json.records(text, "values[]", FIELDS)
      local _, derr = json.decode(text)
      assert.is_nil(c)
      assert.are.equal(derr, err)
    end
    local c, err = json.records('{"values": [{"kpi": "N1"}]}', "values[]", FIELDS, { max_bytes = 10 })
    assert.is_nil(c)
    assert.matches("byte", err)
    -- A duplicate key where it matters: a member read (a record's or an enclosing one's, whatever
    -- its first value), a path's array, a scalar of the root.
    for _, text in ipairs({ '{"values": [{"kpi": "N1", "kpi": "N2", "values": []}]}',
                            '{"values": [{"values": [{"gender": "T", "value": 1, "gender": "K"}]}]}',
                            '{"values": [{"values": [{"gender": [1], "gender": "K"}]}]}',
                            '{"values": [{"values": []}], "values": [{"values": []}]}',
                            '{"values": [{"values": [], "values": []}]}',
                            '{"next_url": "a", "next_url": "b", "values": []}' }) do
      c, err = json.records(text, "values[].values[]", OWN, OUTER)
      assert.is_nil(c, text)
      assert.matches('^line 1, column %d+: duplicate key "[%a_]+"$', err)
      assert.is_nil(json.decode(text))
    end
  end)

  it("answers columns or a message for any damage to a page, as json.decode accepts or refuses it", function()
    local page = [[{"count": 2, "next_url": "http://x/2", "values": [{"kpi": "N1", "municipality": "0580",
      "period": 2019, "values": [{"gender": "T", "value": 1.5, "status": ""}, {"gender": "K", "value": null}]}]}]]
    -- Every truncation, and bytes changed at every place, to characters that matter to JSON.
    local swaps = { "{", "}", "[", "]", ",", ":", '"', "\\", "\0", "\255", "1", " " }
    local texts = {}
    for i = 0, #page do texts[#texts + 1] = page:sub(1, i) end
    for i = 1, #page do
      local swap = swaps[i % #swaps + 1]
      texts[#texts + 1] = page:sub(1, i - 1) .. swap .. page:sub(i + 1)
    end
    for _, text in ipairs(texts) do
      local c, err = json.records(text, "values[].values[]", OWN, OUTER)
      local doc, derr = json.decode(text)
      if c then
        assert.is_number(c.n)
        -- json.records accepts exactly what json.decode accepts.
        assert.is_not_nil(doc, text)
      else
        assert.is_string(err)
        assert.matches("^line %d+, column %d+: ", err)
        assert.is_nil(doc, text)
        assert.is_string(derr)
      end
    end
  end)

  it("refuses a path or fields of the wrong form", function()
    for _, path in ipairs({ "values", "", "values[]x", "[]", "a.b[]", "values[]." }) do
      local ok, err = pcall(json.records, "{}", path, FIELDS)
      assert.is_false(ok)
      assert.matches("json.records: the path must", err)
    end
    assert.has_error(function() json.records("{}", "values[]", {}) end,
      "json.records: fields must list the members to read")
    assert.has_error(function() json.records("{}", "values[]", { 1 }) end,
      "json.records: fields[1] must be a member name")
    assert.has_error(function() json.records("{}", "values[]", { "n" }) end,
      'json.records: fields[1] cannot be read ("n" is the count)')
    assert.has_error(function() json.records("{}", "values[]", { "a" }, { outer = { "b", "a" } }) end,
      'json.records: the member "a" is listed twice')
  end)
end)

describe("json.encode", function()
  it("writes arrays, objects and scalars; sorted keys on request", function()
    assert.are.equal('[1,2.5,null,true,"x"]', json.encode({ 1, 2.5, json.null, true, "x" }))
    assert.are.equal('{"a":1,"b":{"c":[]},"z":"å"}', json.encode({ z = "å", b = { c = {} }, a = 1 }, { sort_keys = true }))
    assert.are.equal("[]", json.encode({}))
    assert.are.equal("{}", json.encode(json.object()))
    assert.are.equal("[]", json.encode(json.array()))
    assert.are.equal("null", json.encode(nil))
    assert.are.equal("null", json.encode(json.null))
    assert.are.equal('"x"', json.encode("x"))
    assert.are.equal("[1,1.0,0.1,-0.0,9007199254740994.0]", json.encode({ 1, 1.0, 0.1, -0.0, 2.0 ^ 53 + 2 }))
    assert.are.equal('{"1":"a","2":"b"}', json.encode(json.object({ "a", "b" }), { sort_keys = true }))
    assert.are.equal('"<\\/script>\\u0000"', json.encode("</script>\0", { escape_slash = true }))
    assert.are.equal('{\n  "a": [\n    1\n  ]\n}\n', json.encode({ a = { 1 } }, { indent = true }))
    assert.are.equal('{\n\t"a": 1\n}\n', json.encode({ a = 1 }, { indent = "\t" }))
  end)

  it("writes the same text for the same table, whatever the insertion order", function()
    local a, b = {}, {}
    for i = 1, 200 do a["k" .. i] = i end
    for i = 200, 1, -1 do b["k" .. i] = i end
    assert.are.equal(json.encode(a, { sort_keys = true }), json.encode(b, { sort_keys = true }))
  end)

  it("round-trips what it decodes, empty objects and arrays included", function()
    local text = '{"a":[],"b":{},"c":[{},[],null,1,1.5,"\\u0000"],"d":{"e":{"f":[[]]}}}'
    local v = assert(json.decode(text, { allow_nul = true }))
    assert.are.equal(text, json.encode(v, { sort_keys = true }))
  end)

  it("refuses NaN, infinities, cycles, functions, invalid UTF-8 and ambiguous tables, naming the place", function()
    local function no(v, pattern, opts)
      local text, msg = json.encode(v, opts)
      assert.is_nil(text)
      assert.is_truthy(msg:find(pattern, 1, true), msg)
    end
    no({ 1, 0 / 0 }, "$[1]: NaN is not a JSON number")
    no({ a = { b = math.huge } }, "$.a.b: an infinity is not a JSON number")
    local t = {}
    t.self = t
    no(t, "$.self: a cycle")
    no({ f = print }, "$.f: a function has no JSON form")
    no({ ["a b"] = "\255" }, '$["a b"]: invalid UTF-8 in a string')
    no({ 1, 2, nil, 4 }, "mark it with json.object() or json.array()")
    no({ 1, x = 2 }, "mark it with json.object() or json.array()")
    no(json.array({ 1, nil, 3 }), "an array whose keys are not 1..n")
    no(json.object({ [1] = "a", ["1"] = "b" }), 'key "1" is both a string and an integer key')
    no({ [true] = 1 }, "keys that are neither strings nor integers")
    no({ [1.5] = 1 }, "keys that are neither strings nor integers")
  end)

  it("refuses nesting deeper than 127 (yajl_gen's limit) or max_depth", function()
    local function nest(n)
      local root = {}
      local p = root
      for _ = 2, n do p[1] = {}; p = p[1] end
      return root
    end
    assert.is_string(json.encode(nest(127)))
    local text, msg = json.encode(nest(128))
    assert.is_nil(text)
    assert.matches("nesting deeper than 127 levels", msg)
    assert.is_nil(json.encode(nest(5), { max_depth = 4 }))
    assert.has_error(function() json.encode({}, { max_depth = 200 }) end)
    assert.has_error(function() json.encode({}, { indent = "--" }) end)
  end)
end)

describe("styr.jsonstat", function()
  it("reads the SCB 2.0 response: 2772 cells, the values Python's json module reads", function()
    local cube = assert(jsonstat.read(SCB, { file = true }))
    assert.are.equal(2772, cube:size())
    -- Python's reading: every value in order, and the codes of a few cells
    local out = python([==[
import json, sys
d = json.load(open(sys.argv[1]))
print(len(d["value"]), sum(v for v in d["value"] if v is not None))
print(" ".join("null" if v is None else str(v) for v in d["value"]))
ids = d["id"]
for p in (0, 1234, 2771):
    codes, q = [], p
    for i in reversed(range(len(ids))):
        index = d["dimension"][ids[i]]["category"]["index"]
        codes.append(sorted(index, key=index.get)[q % d["size"][i]]); q //= d["size"][i]
    print(p, " ".join(reversed(codes)), d["value"][p])
]==], SCB)
    local lines = {}
    for line in out:gmatch("[^\n]+") do lines[#lines + 1] = line end
    local n, sum, values = 0, 0, {}
    for _, v in cube:cells() do
      n = n + 1
      values[n] = v == nil and "null" or tostring(v)
      sum = sum + (v or 0)
    end
    assert.are.equal(lines[1], n .. " " .. sum)
    assert.are.equal(lines[2], table.concat(values, " "))
    local dims = cube:dimensions()
    for i = 3, 5 do
      local p, codes = lines[i]:match("^(%d+) (.*) %S+$")
      local value = tonumber(lines[i]:match("(%S+)$"))
      local want = {}
      for code in codes:gmatch("%S+") do want[#want + 1] = code end
      local query = {}
      for j, d in ipairs(dims) do query[d.id] = want[j] end
      assert.are.equal(value, cube:get(query))
      local k = 0
      for c, v in cube:cells() do
        if k == tonumber(p) then
          assert.are.same(query, c)
          assert.are.equal(value, v)
          break
        end
        k = k + 1
      end
    end
  end)

  it("describes the dimensions: ids, labels, roles, categories by position, units", function()
    local cube = assert(jsonstat.read(read(SCB)))
    local dims = cube:dimensions()
    assert.are.same({ "Region", "Alder", "Kon", "ContentsCode", "Tid" },
      { dims[1].id, dims[2].id, dims[3].id, dims[4].id, dims[5].id })
    assert.are.same({ 21, 11, 3, 1, 4 }, { dims[1].size, dims[2].size, dims[3].size, dims[4].size, dims[5].size })
    assert.are.same({ code = "01", label = "Stockholms län", index = 0 }, dims[1].categories[1])
    assert.are.equal(20, dims[1].categories[21].index)
    assert.is_nil(dims[1].role)
    assert.are.equal("metric", dims[4].role)
    assert.are.equal("time", dims[5].role)
    assert.are.equal(0, dims[4].categories[1].unit.decimals)
    assert.are.same({ label = "Folkmängden per månad efter region, ålder, kön och månad", source = "SCB",
                      updated = "2026-06-08T06:00:00Z", version = "2.0" }, cube:info())
    assert.are.equal(cube:info().label, cube:label())
    assert.matches("^styr.JsonStat %(2772 cells, 5 dimensions", tostring(cube))
  end)

  it("reads Statistics Denmark's 1.x responses", function()
    local cube = assert(jsonstat.read(DST, { file = true }))
    assert.are.equal(1, cube:size())
    assert.are.equal("dataset", cube:info().name)
    local dims = cube:dimensions()
    assert.are.same({ "HERKOMST1", "ContentsCode", "Tid" }, { dims[1].id, dims[2].id, dims[3].id })
    assert.are.equal("time", dims[3].role)
    assert.are.same({ base = "Number", decimals = 0 }, dims[2].categories[1].unit)
    local n = 0
    for codes, v, status in cube:cells() do
      n = n + 1
      assert.are.same({ HERKOMST1 = "00", ContentsCode = "STRAF42", Tid = "2023" }, codes)
      assert.are.equal(233454, v)
      assert.are.equal("integer", math.type(v))
      assert.is_nil(status)
    end
    assert.are.equal(1, n)
    cube = assert(jsonstat.read(read(DST_NOFILTER)))
    assert.are.equal(227774, cube:get({ ContentsCode = "STRAF42", Tid = "2024" }))
  end)

  it("reads a sparse value object and a status object", function()
    local cube = assert(jsonstat.read(FIX .. "sparse_value_v2.json", { file = true }))
    local got = {}
    cube:each(function(codes, v) got[#got + 1] = codes.area .. "/" .. codes.sex .. "/" .. codes.year .. "=" .. tostring(v) end)
    assert.are.same({ "0580/T/2019=10.5", "0580/T/2020=nil", "0580/T/2021=nil",
                      "2480/T/2019=7", "2480/T/2020=nil", "2480/T/2021=nil" }, got)
    assert.are.equal("geo", cube:dimensions()[1].role)

    cube = assert(jsonstat.read(FIX .. "status_object_v2.json", { file = true }))
    local rows = {}
    for codes, v, status in cube:cells() do
      rows[#rows + 1] = { codes.period, v, status }
    end
    assert.are.same({ { "2017", 2996 }, { "2018", 3130 }, { "2019", nil, ".." }, { "2020", 2800.5, "p" } }, rows)
    assert.are.same({ label = "hushåll", symbol = "st", position = "end", decimals = 0 },
      cube:dimensions()[1].categories[1].unit)
  end)

  it("reads one dataset of a 1.x bundle, chosen by name", function()
    local text = read(FIX .. "bundle_v1.json")
    local cube, msg = jsonstat.read(text)
    assert.is_nil(cube)
    assert.matches("the bundle holds 2 datasets %('unemployment', 'population'%)", msg)
    cube = assert(jsonstat.read(text, { dataset = "unemployment" }))
    assert.are.equal(4, cube:size())
    assert.are.same({ 6.2, "e" }, { cube:get({ area = "751", year = "2022" }) })
    cube = assert(jsonstat.read(text, { dataset = "population" }))
    assert.are.equal(37000, cube:get({ area = "707" }))
  end)

  it("reads a metadata response for its dimensions only", function()
    local cube, msg = jsonstat.read(SCB_META, { file = true })
    assert.is_nil(cube)
    assert.matches("value has 0 items but the dimensions give %d+ cells", msg)
    cube = assert(jsonstat.read(SCB_META, { file = true, values = false }))
    assert.is_true(#cube:dimensions()[1].categories >= 290)
    assert.has_error(function() cube:cells() end, "the JSON-stat cube was read without values (values = false)")
  end)

  it("names what is wrong in a dataset", function()
    local text = read(SCB):gsub(",%s*54%s*%]%s*}%s*$", "]}")
    local cube, msg = jsonstat.read(text)
    assert.is_nil(cube)
    assert.are.equal("value has 2771 items but the dimensions give 2772 cells", msg)
    text = read(SCB):gsub('"index": {%s*"2026M01": 0,%s*"2026M02": 1,%s*"2026M03": 2,%s*"2026M04": 3%s*},', "")
    assert.are.equal(select(2, jsonstat.read(text)), "dimension 'Tid' has no category index")
    cube, msg = jsonstat.read(FIX .. "missing.json", { file = true })
    assert.is_nil(cube)
    assert.matches("cannot open tests/fixtures/jsonstat/missing.json", msg)
  end)

  -- RELIABILITY.md item 18 through the JSON-stat reader
  it("gives bounded errors for hostile JSON", function()
    local head = '{"version":"2.0","class":"dataset","id":["a"],"size":[1],' ..
                 '"dimension":{"a":{"category":{"index":["x"]}}},'
    local function no(tail, pattern)
      local cube, msg = jsonstat.read(head .. tail)
      assert.is_nil(cube)
      assert.is_truthy(msg:find(pattern, 1, true), msg)
    end
    assert.are.equal(1, assert(jsonstat.read(head .. '"value":[1]}')):size())
    no('"extension":' .. string.rep("[", 100000) .. ', "value":[1]}', "nesting deeper than 512 levels")
    no('"value":[1],"value":[2]}', "duplicate member 'value'")
    no('"value":[1e400]}', "number 1e400 is too large for a double")
    no('"value":[1],"label":"\\udc00"}', "lone low surrogate")
    no('"value":[1],"label":"a\\u0000"}', "NUL character")
    no('"value":[1]} x', "unexpected text after the JSON value")
    no('"value":[1', "unexpected end of input")
    no('"value":["1"]}', "value[0] is a string, expected a number or null")
    local cube = assert(jsonstat.read(head .. '"value":[18446744073709551616]}'))
    assert.are.equal(2.0 ^ 64, cube:get({ a = "x" }))
  end)

  it("iterates with each, which stops at fn's first result", function()
    local cube = assert(jsonstat.read(SCB, { file = true }))
    local n, last = 0, nil
    assert.is_nil(cube:each(function(codes, v)
      n = n + 1
      last = codes
      assert.is_number(v)
    end))
    assert.are.equal(2772, n)
    assert.are.same({ Region = "25", Alder = "100+10", Kon = "2", ContentsCode = "000007SF", Tid = "2026M04" }, last)
    n = 0
    assert.are.equal("stop", cube:each(function() n = n + 1; if n == 10 then return "stop" end end))
    assert.are.equal(10, n)
    assert.has_error(function() cube:each(function() error("boom") end) end)
    assert.has_error(function() cube:get({ Region = "01" }) end, "cube:get: no code for dimension 'Alder'")
  end)

  it("closes, explicitly or as a to-be-closed variable", function()
    local cube = assert(jsonstat.read(DST, { file = true }))
    cube:close()
    cube:close()
    assert.are.equal("styr.JsonStat (closed)", tostring(cube))
    assert.has_error(function() cube:size() end, "attempt to use a closed JSON-stat cube")
    local outer
    do
      local c <close> = assert(jsonstat.read(DST, { file = true }))
      outer = c
      assert.are.equal(1, c:size())
    end
    assert.has_error(function() outer:dimensions() end, "attempt to use a closed JSON-stat cube")
    assert.has_error(function() jsonstat.read(DST, { max_cells = 0 }) end)
    assert.has_error(function() jsonstat.read(DST, { dataset = 5 }) end)
  end)
end)
