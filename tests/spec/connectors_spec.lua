-- The connectors of plugins/: Statistics Sweden (pxweb), Statistics Denmark (statbank), Jobindsats
-- and local CSV register extracts. Recorded answers (tests/fixtures/opendata) and small
-- fixtures of our own (tests/fixtures/{scb,jobindsats,csv}, see their README) are parsed and
-- checked against an independent reading of the same file (styr.json and index arithmetic, not
-- the JSON-stat reader); requests are checked byte for byte; every field checker's message is
-- checked. Run from the project root.
local H = require "tests.spec.helper"
local json = require "styr.json"
local cube = require "styr.plugin.cube"
local pxweb = require "styr.plugin.pxweb"
local statbank = require "styr.plugin.statbank"
local jobindsats = require "styr.plugin.jobindsats"
local csv = require "styr.plugin.csv"
local kolada = require "styr.plugin.kolada"

local OPENDATA = "tests/fixtures/opendata/"
local OWN = "tests/fixtures/"

local read = H.read

local CTX = { municipality = { code = "0580" }, now = "2026-06-10T05:00:00Z", config_dir = "." }

-- Rows by "indicator area gender period".
local function index_rows(rows)
  local by = {}
  for _, r in ipairs(rows) do
    local k = r.indicator .. " " .. r.area .. " " .. r.gender .. " " .. r.period
    assert.is_nil(by[k], "two rows for " .. k)
    by[k] = r
  end
  return by
end

-- Parses one answer the way fetch does: parse, then finish.
local function run(plugin, src, body, req, ctx)
  local state = {}
  local out, err = plugin.parse(src, req or { url = "https://test/x" }, body, ctx or CTX, state)
  if not out then return nil, err end
  local ferr = plugin.finish and plugin.finish(src, state)
  if ferr then return nil, ferr end
  return out.rows, out
end

local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

--------------------------------------------------------------------------------------------------
describe("connector periods (cube.period)", function()
  it("writes the periods of SCB, DST and Jobindsats as styr does", function()
    local cases = {
      { "2019", "2019", "year" }, { "2019M05", "2019-05", "month" }, { "2019-05", "2019-05", "month" },
      { "2019K3", "2019Q3", "quarter" }, { "2019Q3", "2019Q3", "quarter" }, { "2019H1", "2019H1", "half_year" },
      { "2019T2", "2019T2", "tertial" }, { "2019U05", "2019W05", "week" }, { "2019V12", "2019W12", "week" },
      { "2019W12", "2019W12", "week" },
    }
    for _, c in ipairs(cases) do
      local p, kind = cube.period(c[1])
      assert.are.equal(c[2], p, c[1])
      assert.are.equal(c[3], kind, c[1])
    end
  end)

  it("refuses what is not a period, saying so", function()
    for _, bad in ipairs({ "2019M13", "2019K5", "2019/20", "19", "" }) do
      local p, err = cube.period(bad)
      assert.is_nil(p, bad)
      assert.matches("is not a period", err)
    end
  end)
end)

--------------------------------------------------------------------------------------------------
describe("kolada", function()
  local SRC = { kind = "kolada", kpis = { andel = "N00945", kopia = "N00945" } }
  local REQ = { url = "https://api.kolada.se/v3/data/kpi/N00945/municipality/0180/year/2000", role = "data" }
  -- One data page as rows (finish, which checks the KPIs against the metadata answers, is not
  -- run); a data page comes as columns.
  local function page(src, body)
    local out, err = kolada.parse(src, REQ, body, CTX, {})
    if not out then return nil, err end
    assert.is_nil(out.rows)
    return require("styr.fetch").rows_of_columns(out.columns), out
  end

  it("reads a recorded page cell by cell, as an independent reading of the same file gives", function()
    local body = read(OPENDATA .. "kolada/data_N00945_v3_RECONSTRUCTED.json")
    local rows, out = assert(page(SRC, body))
    local by = index_rows(rows)
    local doc = json.decode(body)
    local n = 0
    for _, v in ipairs(doc.values) do
      for _, cell in ipairs(v.values) do
        for _, ind in ipairs({ "andel", "kopia" }) do -- one KPI read by two indicators
          n = n + 1
          local r = by[ind .. " " .. v.municipality .. " " .. cell.gender .. " " .. v.period]
          assert.is_not_nil(r, "no row for " .. ind .. " " .. v.period)
          if cell.value == json.null then
            assert.are.same({ nil, "missing" }, { r.value, r.status })
          else
            assert.are.same({ cell.value, "ok" }, { r.value, r.status })
          end
        end
      end
    end
    assert.are.equal(2 * 63, n)
    assert.are.equal(n, #rows)
    assert.are.same({}, out.more) -- no next_url: the last page
  end)

  it("keeps T, K and M, says why a value is missing, maps a unit and follows next_url", function()
    local src = { kind = "kolada", kpis = { a = "N1" }, ous = { hem = "V15E058000101" } }
    local rows, out = assert(page(src, [[{"count": 3, "next_url": "https://k/p2", "values": [
      {"kpi": "N1", "municipality": "0580", "period": 2019, "values": [
        {"gender": "T", "value": 10, "status": ""}, {"gender": "K", "value": null, "status": "Saknas"},
        {"gender": "M", "value": null}, {"gender": "X", "value": 1}]},
      {"kpi": "N2", "municipality": "0580", "period": 2019, "values": [{"gender": "T", "value": 5}]},
      {"kpi": "N1", "ou": "V15E058000101", "period": 2020, "values": [{"gender": "T", "value": 2.5}]}]}]]))
    local got = {}
    for i, r in ipairs(rows) do
      got[i] = table.concat({ r.indicator, r.area, r.gender, r.period, tostring(r.value), r.status, r.note or "-" }, " ")
    end
    assert.are.same({ "a 0580 T 2019 10 ok -", "a 0580 K 2019 nil missing Kolada: Saknas",
                      "a 0580 M 2019 nil missing Kolada: värde saknas", "a 0580:hem T 2020 2.5 ok -" }, got)
    assert.are.same({ { url = "https://k/p2", role = "data" } }, out.more)
    -- An empty page ends the paging even with a next_url.
    local none, empty = assert(page(src, [[{"count": 0, "next_url": "https://k/p3", "values": []}]]))
    assert.are.same({ {}, {} }, { none, empty.more })
    -- A cell's gender and value are its own, the KPI and period its entry's, as the page nests them.
    rows = assert(page(src, [[{"values": [
      {"kpi": "N1", "municipality": "0580", "period": 2019, "gender": "T", "value": 7, "values": [{"count": 1}]},
      {"kpi": "N1", "municipality": "0580", "period": 2019, "values": [{"gender": "T", "value": 3, "kpi": "N2",
                                                                       "period": 2020}]}]}]]))
    assert.are.same({ "a 0580 T 2019 3" }, { rows[1].indicator .. " " .. rows[1].area .. " " .. rows[1].gender .. " " ..
      rows[1].period .. " " .. string.format("%g", rows[1].value) })
    assert.are.equal(1, #rows)
  end)

  it("names the URL and what is wrong with an answer of another shape", function()
    local cases = {
      { "<html>busy</html>", "the response is not valid JSON %(line 1" },
      { '{"count": 0}', 'the response is not a Kolada answer %(no "values" list%)' },
      { '{"values": {"kpi": "N1"}}', 'the response is not a Kolada answer' },
      { '{"values": [{"kpi": "N1", "period": 2019}]}', 'a value entry has no "values" list' },
      { '{"values": [7]}', 'a value entry has no "values" list' },
    }
    for _, c in ipairs(cases) do
      local rows, err = page(SRC, c[1])
      assert.is_nil(rows)
      assert.matches("^" .. REQ.url:gsub("%p", "%%%0") .. ": " .. c[2], err)
    end
  end)
end)

describe("pxweb (Statistics Sweden)", function()
  local TAB6471 = read(OPENDATA .. "scb/v2_TAB6471_data_jsonstat2.json")
  local GENDER = { TotSa = "T", ["1"] = "M", ["2"] = "K" }

  -- One indicator per age class: every cell of the table becomes one row.
  local function all_ages_src()
    local doc = assert(json.decode(TAB6471))
    local inds = {}
    for code, pos in pairs(doc.dimension.Alder.category.index) do
      inds["folk_" .. pos] = { ContentsCode = "000007SF", Alder = code }
    end
    return { table = "TAB6471", map = { area = "Region", time = "Tid", gender = "Kon", indicators = inds } }
  end

  it("reads TAB6471 (JSON-stat 2.0): every cell, checked against an independent reading", function()
    local rows = assert(run(pxweb, all_ages_src(), TAB6471))
    -- Independent: styr.json and row-major index arithmetic over id/size/category.index.
    local doc = assert(json.decode(TAB6471))
    assert.are.same({ "Region", "Alder", "Kon", "ContentsCode", "Tid" }, doc.id)
    assert.are.equal(2772, #doc.value)
    assert.are.equal(#doc.value, #rows)
    local by = index_rows(rows)
    local checked = 0
    local size = doc.size
    for region, ri in pairs(doc.dimension.Region.category.index) do
      for _, ai in pairs(doc.dimension.Alder.category.index) do
        for kon, ki in pairs(doc.dimension.Kon.category.index) do
          for tid, ti in pairs(doc.dimension.Tid.category.index) do
            local pos = (((ri * size[2] + ai) * size[3] + ki) * size[4] + 0) * size[5] + ti
            local month = tid:gsub("^(%d%d%d%d)M(%d%d)$", "%1-%2")
            local r = by["folk_" .. ai .. " " .. region .. " " .. GENDER[kon] .. " " .. month]
            assert.is_truthy(r, region .. " " .. ai .. " " .. kon .. " " .. tid)
            assert.are.equal(doc.value[pos + 1], r.value)
            assert.are.equal("month", r.period_kind)
            assert.are.equal("ok", r.status)
            checked = checked + 1
          end
        end
      end
    end
    assert.are.equal(2772, checked)
    -- A few values read by eye from the file: Stockholms län, 0-9 years, total, 2026M01..M02.
    assert.are.equal(245284, by["folk_0 01 T 2026-01"].value)
    assert.are.equal(247245, by["folk_0 01 T 2026-02"].value)
    assert.are.equal(125373, by["folk_0 01 M 2026-01"].value)
  end)

  it("maps one age class: 21 regions × 3 genders × 4 months", function()
    local src = { table = "TAB6471",
                  map = { indicators = { folk_20_29 = { ContentsCode = "000007SF", Alder = "20-29" } } } }
    local rows = assert(run(pxweb, src, TAB6471))
    assert.are.equal(21 * 3 * 4, #rows)
    local genders = {}
    for _, r in ipairs(rows) do genders[r.gender] = (genders[r.gender] or 0) + 1 end
    assert.are.same({ T = 84, K = 84, M = 84 }, genders)
  end)

  it("refuses a map that leaves a dimension open, naming it", function()
    local src = { table = "TAB6471", map = { indicators = { folk = { ContentsCode = "000007SF" } } } }
    local rows, err = run(pxweb, src, TAB6471, { url = "https://scb/x" })
    assert.is_nil(rows)
    assert.matches("^https://scb/x: the dimension Alder has 11 categories %(0%-9, 10%-19", err)
    assert.matches("add Alder = \"0%-9\"", err)
  end)

  it("refuses a dimension or a code the answer does not have", function()
    local src = { table = "TAB6471", map = { indicators = { folk = { ContentsCode = "000007SF", Alder = "20-29", Sex = "1" } } } }
    local _, err = run(pxweb, src, TAB6471, { url = "https://scb/x" })
    assert.matches("indicator folk picks Sex = …, but the answer has no dimension 'Sex' " ..
                   "%(it has Region, Alder, Kon, ContentsCode, Tid%)", err)
    src = { table = "TAB6471", map = { indicators = { folk = { ContentsCode = "000006XY", Alder = "20-29" } } } }
    _, err = run(pxweb, src, TAB6471)
    assert.are.equal("indicator folk asks for ContentsCode = 000006XY, which no answer holds; check the code in the " ..
                     "table's metadata", err)
  end)

  it("refuses a gender code it cannot place, and accepts a mapping of it", function()
    local src = { table = "TAB6471", map = { gender = { dimension = "Kon", codes = { TotSa = false } },
                                            indicators = { folk = { ContentsCode = "000007SF", Alder = "20-29" } } } }
    local rows = assert(run(pxweb, src, TAB6471))
    assert.are.equal(21 * 2 * 4, #rows)                 -- the totals left out
    local bad = TAB6471:gsub('"TotSa"', '"9"')
    src.map.gender = nil
    local _, err = run(pxweb, src, bad)
    assert.matches("the gender dimension Kon has the code '9'", err)
  end)

  it("reads the v1 PX json answer (BefArealTathetKon): 21 counties × 28 years", function()
    local body = read(OPENDATA .. "scb/v1_BefArealTathetKon_data_json.json")
    local src = { api = "v1", format = "json", table = "BE/BE0101/BE0101C/BefArealTathetKon",
                  map = { indicators = { tathet = { ContentsCode = "BE0101U1" } } } }
    local rows = assert(run(pxweb, src, body))
    local doc = assert(json.decode(body))
    assert.are.equal(588, #doc.data)
    assert.are.equal(#doc.data, #rows)
    local by = index_rows(rows)
    for _, d in ipairs(doc.data) do
      local r = by["tathet " .. d.key[1] .. " T " .. d.key[2]]
      assert.are.equal(tonumber(d.values[1]), r.value)
      assert.are.equal("year", r.period_kind)
    end
    assert.are.equal(254.9, by["tathet 01 T 1991"].value)
  end)

  it("reads a v1 JSON-stat 1.x answer, with a '..' cell as missing", function()
    local body = read(OWN .. "scb/v1_BefArealTathetKon_jsonstat1_CONSTRUCTED.json")
    local src = { api = "v1", table = "BE/BE0101/BE0101C/BefArealTathetKon",
                  map = { area = "Region", time = "Tid", gender = "Kon", indicators = { tathet = { ContentsCode = "BE0101U1" } } } }
    local rows = assert(run(pxweb, src, body))
    assert.are.equal(12, #rows)
    local by = index_rows(rows)
    assert.are.equal(110.5, by["tathet 0580 T 2017"].value)
    assert.are.equal(110.9, by["tathet 0580 T 2018"].value)
    assert.are.equal(57.2, by["tathet 2480 K 2017"].value)
    local r = by["tathet 2480 M 2018"]
    assert.is_nil(r.value)
    assert.are.equal("missing", r.status)
    assert.are.equal("SCB: .. (uppgift inte tillgänglig eller för osäker för att anges)", r.note)
  end)

  it("refuses an HTML page and JSON that is not JSON-stat, naming the URL", function()
    local src = { table = "TAB6471", map = { indicators = { folk = { ContentsCode = "000007SF" } } } }
    local _, err = run(pxweb, src, "<html><body>Service unavailable</body></html>", { url = "https://scb/y" })
    assert.matches("^https://scb/y: the response is not a JSON%-stat dataset", err)
    _, err = run(pxweb, src, '{"type":"x","title":"Bad request","status":400}', { url = "https://scb/y" })
    assert.matches("^https://scb/y: the response is not a JSON%-stat dataset", err)
    _, err = run(pxweb, { api = "v1", format = "json", table = "A/B", map = src.map }, "{}", { url = "https://scb/v1" })
    assert.matches("^https://scb/v1: the response is neither JSON%-stat nor PX%-Web json", err)
  end)

  describe("requests", function()
    it("v2: one GET, variables sorted, codes percent-encoded", function()
      local reqs = pxweb.requests({ table = "TAB6471", selection = { Tid = { "2023", "2024" }, Region = { "0580" },
                                                                    Kon = { "1+2" } } }, CTX)
      assert.are.equal(1, #reqs)
      assert.are.same({ method = "GET", role = "data",
        url = "https://statistikdatabasen.scb.se/api/v2/tables/TAB6471/data?lang=sv&outputFormat=json-stat2" ..
              "&valueCodes%5BKon%5D=1%2B2&valueCodes%5BRegion%5D=0580&valueCodes%5BTid%5D=2023,2024" }, reqs[1])
    end)

    it("v2: POST with a selection body when asked", function()
      local reqs = pxweb.requests({ table = "TAB6471", method = "POST", url = "http://127.0.0.1:9/api/v2/",
                                    selection = { Region = { "0580", "2480" }, Tid = "2024" } }, CTX)
      assert.are.same({ method = "POST", role = "data", content_type = "application/json",
        url = "http://127.0.0.1:9/api/v2/tables/TAB6471/data?lang=sv&outputFormat=json-stat2",
        body = '{"selection":[{"valueCodes":["0580","2480"],"variableCode":"Region"},' ..
               '{"valueCodes":["2024"],"variableCode":"Tid"}]}' }, reqs[1])
    end)

    it("v1: POST {url}/{path} with a query (item, or all for a wildcard) and json-stat", function()
      local reqs = pxweb.requests({ api = "v1", table = "BE/BE0101/BE0101C/BefArealTathetKon",
                                    selection = { Region = { "0580" }, ContentsCode = { "BE0101U1" }, Tid = { "*" } } }, CTX)
      assert.are.equal("https://api.scb.se/OV0104/v1/doris/sv/ssd/BE/BE0101/BE0101C/BefArealTathetKon", reqs[1].url)
      assert.are.equal("POST", reqs[1].method)
      assert.are.equal('{"query":[{"code":"ContentsCode","selection":{"filter":"item","values":["BE0101U1"]}},' ..
                       '{"code":"Region","selection":{"filter":"item","values":["0580"]}},' ..
                       '{"code":"Tid","selection":{"filter":"all","values":["*"]}}],"response":{"format":"json-stat"}}',
                       reqs[1].body)
      -- The recorded v1 query (scb/v1_BefArealTathetKon_query.json) passes through as it is.
      local recorded = assert(json.decode(read(OPENDATA .. "scb/v1_BefArealTathetKon_query.json")))
      reqs = pxweb.requests({ api = "v1", format = "json", table = "BE/BE0101/BE0101C/BefArealTathetKon",
                              query = recorded.query }, CTX)
      local sent = assert(json.decode(reqs[1].body))
      assert.are.same(recorded.query, sent.query)
      assert.are.same(recorded.response, sent.response)
    end)

    -- All combinations a list of selections covers, each once.
    local function coverage(reqs, vars)
      local seen, n = {}, 0
      for _, r in ipairs(reqs) do
        local sel = {}
        for var, codes in r.url:gmatch("valueCodes%%5B(%w+)%%5D=([^&]+)") do
          sel[var] = {}
          for c in codes:gmatch("[^,]+") do sel[var][#sel[var] + 1] = c end
        end
        local cells = 1
        for _, v in ipairs(vars) do cells = cells * #sel[v] end
        local function walk(i, key)
          if i > #vars then
            assert.is_nil(seen[key], "asked twice: " .. key)
            seen[key] = true
            n = n + 1
            return
          end
          for _, c in ipairs(sel[vars[i]]) do walk(i + 1, key .. " " .. c) end
        end
        walk(1, "")
        r.cells = cells
      end
      return n
    end

    local function codes(prefix, n)
      local t = {}
      for i = 1, n do t[i] = string.format("%s%04d", prefix, i) end
      return t
    end

    it("splits a selection over max_cells along its largest variable", function()
      local sel = { Region = codes("R", 290), Tid = codes("Y", 50), Kon = { "1", "2", "1+2" }, ContentsCode = { "A", "B" } }
      assert.are.equal(1, #pxweb.requests({ table = "T", selection = sel }, CTX))        -- 87 000 ≤ 150 000
      local reqs = pxweb.requests({ table = "T", selection = sel, max_cells = 1000 }, CTX)
      -- Region (290) is the largest; the rest is 300 cells, so 3 regions a request: 97 requests.
      assert.are.equal(97, #reqs)
      assert.are.equal(290 * 50 * 3 * 2, coverage(reqs, { "Region", "Tid", "Kon", "ContentsCode" }))
      for _, r in ipairs(reqs) do assert.is_true(r.cells <= 1000) end
    end)

    it("splits along time when it is the largest, and recursively when one value is still too much", function()
      local sel = { Region = { "0580", "2480" }, Tid = codes("Y", 400), Kon = { "1", "2" } }
      local reqs = pxweb.requests({ table = "T", selection = sel, max_cells = 100 }, CTX)
      assert.are.equal(16, #reqs)                                                        -- 25 years a request
      assert.are.equal(1600, coverage(reqs, { "Region", "Tid", "Kon" }))
      sel = { Region = codes("R", 290), Tid = codes("Y", 50), Kon = { "1", "2", "1+2" } }
      reqs = pxweb.requests({ table = "T", selection = sel, max_cells = 100 }, CTX)
      -- One region is 150 cells > 100: each region alone, its 50 years in two parts of 33 and 17.
      assert.are.equal(290 * 2, #reqs)
      assert.are.equal(290 * 50 * 3, coverage(reqs, { "Region", "Tid", "Kon" }))
      for _, r in ipairs(reqs) do assert.is_true(r.cells <= 100) end
    end)

    it("uses SCB's advertised limit (maxDataCells in /api/v2/config) by default", function()
      local config = assert(json.decode(read(OPENDATA .. "scb/v2_config.json")))
      assert.are.equal(config.maxDataCells, pxweb.MAX_CELLS)
      local sel = { Region = codes("R", 300), Tid = codes("Y", 501) }                   -- 150 300 cells
      assert.are.equal(2, #pxweb.requests({ table = "T", selection = sel }, CTX))
    end)
  end)
end)

--------------------------------------------------------------------------------------------------
describe("statbank (Statistics Denmark)", function()
  local MAP = { area_code = "DK", indicators = { afgorelser = { ContentsCode = "STRAF42" } } }

  it("writes the body the API takes (the shape of requests_recorded.json)", function()
    local reqs = statbank.requests({ table = "AUK01", variables = { ["OMRÅDE"] = { "707" }, Tid = { "*" } } }, CTX)
    assert.are.same({ url = "https://api.statbank.dk/v1/data", method = "POST", content_type = "application/json",
                      role = "data",
                      body = '{"format":"jsonstat","lang":"da","table":"AUK01","valuePresentation":"Default",' ..
                             '"variables":[{"code":"OMRÅDE","values":["707"]},{"code":"Tid","values":["*"]}]}' }, reqs[1])
    -- The recorded request, rebuilt from a source declaration, is the same JSON.
    local recorded = assert(json.decode(read(OPENDATA .. "dst/requests_recorded.json")))
    local rec = recorded["data_STRAF42_jsonstat_en.json"]
    local body = statbank.body({ table = "STRAF42", lang = "en", variables = { HERKOMST1 = { "00" }, TID = { "2023" } } })
    assert.are.same(rec.request_body, assert(json.decode(body)))
    assert.are.equal("https://api.statbank.dk/v1/data", rec.uri)
    -- CSV: codes in the cells.
    local csvbody = assert(json.decode(statbank.body({ table = "AUK01", format = "csv", variables = { Tid = { "2024M01" } } })))
    assert.are.equal("csv", csvbody.format)
    assert.are.equal("Code", csvbody.valuePresentation)
  end)

  it("reads the recorded JSON-stat answers", function()
    local rows = assert(run(statbank, { table = "STRAF42", map = MAP }, read(OPENDATA .. "dst/data_STRAF42_jsonstat_en.json")))
    assert.are.equal(1, #rows)
    assert.are.same({ indicator = "afgorelser", area = "DK", gender = "T", period = "2023", period_kind = "year",
                      value = 233454, status = "ok" }, rows[1])
    rows = assert(run(statbank, { table = "STRAF42", map = MAP }, read(OPENDATA .. "dst/data_STRAF42_nofilter_jsonstat_en.json")))
    assert.are.equal(1, #rows)
    assert.are.equal("2024", rows[1].period)
    assert.are.equal(227774, rows[1].value)
  end)

  it("reads the recorded CSV answer (BOM, ';', CRLF) to the same value", function()
    local body = read(OPENDATA .. "dst/data_STRAF42_csv_en.csv")
    assert.are.equal("\xEF\xBB\xBF", body:sub(1, 3))
    local rows = assert(run(statbank, { table = "STRAF42", format = "csv", map = MAP }, body))
    assert.are.equal(1, #rows)
    assert.are.equal(233454, rows[1].value)
    assert.are.equal("2023", rows[1].period)
  end)

  it("reads a CSV answer with decimal commas, months, genders and a confidential '..'", function()
    local body = "\xEF\xBB\xBFOMRÅDE;KØN;TID;INDHOLD\r\n707;TOT;2024M01;3,5\r\n707;M;2024M01;..\r\n707;K;2024M01;3,1\r\n" ..
                 "707;TOT;2024M02;3,4\r\n707;M;2024M02;3,6\r\n707;K;2024M02;3,2\r\n"
    local src = { table = "AUK01", format = "csv", map = { indicators = { ledighed = { ContentsCode = "AUK01" } } } }
    local rows = assert(run(statbank, src, body))
    assert.are.equal(6, #rows)
    local by = index_rows(rows)
    assert.are.equal(3.5, by["ledighed 707 T 2024-01"].value)
    assert.are.equal(3.2, by["ledighed 707 K 2024-02"].value)
    local r = by["ledighed 707 M 2024-01"]
    assert.is_nil(r.value)
    assert.are.equal("confidential", r.status)
    assert.are.equal("Danmarks Statistik: .. (diskretioneret)", r.note)
    local _, err = run(statbank, src, body:gsub("3,6", "3,6,1"), { url = "https://dst/data" })
    assert.are.equal("https://dst/data:6: column 'INDHOLD': '3,6,1' is not a number", err)
  end)

  it("refuses an HTML page and StatBank's error message", function()
    local src = { table = "STRAF42", map = MAP }
    local _, err = run(statbank, src, "<!DOCTYPE html><html>Fejl</html>", { url = "https://dst/data" })
    assert.matches("^https://dst/data: expected JSON%-stat but the server sent an HTML page", err)
    _, err = run(statbank, src, '{"errorTypeCode":"ERROR","message":"Tabellen STRAF99 findes ikke"}', { url = "https://dst/data" })
    assert.are.equal("https://dst/data: Statistics Denmark refused the request: Tabellen STRAF99 findes ikke", err)
  end)
end)

--------------------------------------------------------------------------------------------------
describe("jobindsats", function()
  local BODY = read(OWN .. "jobindsats/y30r21_v2_RECONSTRUCTED.json")
  local function src(extra)
    local s = { table = "y30r21", token_env = "JOBINDSATS_TOKEN", area = "*",
                period = { "2023QMAT02", "2023QMAT04", "2024QMAT02", "2024QMAT04" },
                filters = { _ygrp_y30r21 = { "Ydelsesgrupper i alt", "A-dagpenge mv." } },
                areas = { Norddjurs = "707" },
                indicators = {
                  faktisk = { measure = "Faktisk antal", Ydelsesgrupper = "Ydelsesgrupper i alt" },
                  forventet_andel_adp = { measure = "Forventet andel (pct.)", Ydelsesgrupper = "A-dagpenge mv." },
                  placering_adp = { measure = "Placering på benchmarkranglisten", Ydelsesgrupper = "A-dagpenge mv." },
                } }
    for k, v in pairs(extra or {}) do s[k] = v end
    return s
  end

  -- Independent reading: the Data row of an area, a period and a group, by column label.
  local doc = assert(json.decode(BODY))
  local function cell(area, period, group, label_suffix)
    local col
    for i, v in ipairs(doc[1].Variables) do
      if v.Label:sub(-#label_suffix) == label_suffix then col = i end
    end
    for _, row in ipairs(doc[1].Data) do
      if row[1] == area and row[2] == period and row[3] == group then return row[col] end
    end
  end

  it("writes the v2 data request (POST, JSON body with area, period and filters)", function()
    local reqs = jobindsats.requests(src(), CTX)
    assert.are.same({ url = "https://api.jobindsats.dk/v2/data/y30r21/json", method = "POST", role = "data",
                      content_type = "application/json",
                      body = '{"_ygrp_y30r21":["Ydelsesgrupper i alt","A-dagpenge mv."],"area":"*",' ..
                             '"period":["2023QMAT02","2023QMAT04","2024QMAT02","2024QMAT04"]}' }, reqs[1])
    assert.is_nil(reqs[1].headers)          -- the key is the HTTP layer's business (token_env)
  end)

  it("asks for the periods first with { latest = N }, then for the newest N", function()
    local s = src({ period = { latest = 2 } })
    local reqs = jobindsats.requests(s, CTX)
    assert.are.same({ { url = "https://api.jobindsats.dk/v2/tables/y30r21/json/", role = "periods" } }, reqs)
    local out = assert(jobindsats.parse(s, reqs[1], read(OWN .. "jobindsats/y30r21_periods_RECONSTRUCTED.json"), CTX, {}))
    assert.are.equal(0, #out.rows)
    assert.are.equal(1, #out.more)
    assert.are.same({ "2024QMAT02", "2024QMAT04" }, assert(json.decode(out.more[1].body)).period)
  end)

  it("reads an answer (reconstructed fixture): rolling years ending in Q4 as calendar years", function()
    local rows = assert(run(jobindsats, src(), BODY))
    -- Norddjurs only (Randers is not in areas), 2023 and 2024, three indicators.
    assert.are.equal(6, #rows)
    local by = index_rows(rows)
    for _, y in ipairs({ "2023", "2024" }) do
      local p = y .. "QMAT04"
      assert.are.equal(cell("Norddjurs", p, "Ydelsesgrupper i alt", "Faktisk antal"), by["faktisk 707 T " .. y].value)
      assert.are.equal("year", by["faktisk 707 T " .. y].period_kind)
      assert.are.equal(cell("Norddjurs", p, "A-dagpenge mv.", "Forventet andel (pct.)"), by["forventet_andel_adp 707 T " .. y].value)
    end
    assert.are.equal(3185, by["faktisk 707 T 2024"].value)
    -- The rank of 2023 is null in the answer: missing.
    assert.are.equal("missing", by["placering_adp 707 T 2023"].status)
    assert.is_nil(by["placering_adp 707 T 2023"].value)
  end)

  it("keeps every rolling year as the quarter it ends with when rolling = \"quarter\"", function()
    local rows = assert(run(jobindsats, src({ rolling = "quarter", areas = { Norddjurs = "707", Randers = "730" } }), BODY))
    assert.are.equal(2 * 4 * 3, #rows)
    local by = index_rows(rows)
    local r = by["faktisk 730 T 2023Q2"]
    assert.are.equal(cell("Randers", "2023QMAT02", "Ydelsesgrupper i alt", "Faktisk antal"), r.value)
    assert.are.equal("quarter", r.period_kind)
    assert.are.equal("løbende år: de 12 måneder til og med 2023Q2 (2023QMAT02)", r.note)
    -- ".." in the answer: confidential.
    r = by["forventet_andel_adp 707 T 2023Q2"]
    assert.are.equal("confidential", r.status)
    assert.is_nil(r.value)
  end)

  it("needs areas when the answer holds several, and takes the municipality for one", function()
    local s = src({ areas = false })
    s.areas = nil
    local _, err = run(jobindsats, s, BODY, { url = "https://jobindsats/data" })
    assert.are.equal("https://jobindsats/data: the answer holds several areas (Norddjurs, Randers); say which area code " ..
                     "each stands for with areas = { [\"Norddjurs\"] = \"…\" }", err)
    local one = assert(json.decode(BODY))
    local keep = json.array()
    for _, row in ipairs(one[1].Data) do
      if row[1] == "Norddjurs" then keep[#keep + 1] = row end
    end
    one[1].Data = keep
    local rows = assert(run(jobindsats, s, assert(json.encode(one)), nil, { municipality = { code = "707" } }))
    assert.are.equal(6, #rows)
    assert.are.equal("707", rows[1].area)
  end)

  it("says when an area of areas never came back", function()
    local _, err = run(jobindsats, src({ areas = { Norddjurs = "707", Syddjurs = "706" } }), BODY)
    assert.are.equal("Jobindsats answered with no rows for the area Syddjurs (the answers name Norddjurs, Randers)", err)
  end)

  it("names a measure the answer does not have", function()
    local s = src()
    s.indicators = { x = { measure = "Faktisk antal personer" } }
    local _, err = run(jobindsats, s, BODY, { url = "https://jobindsats/data" })
    assert.matches("^https://jobindsats/data: indicator x takes the measure 'Faktisk antal personer', which is not a column", err)
  end)

  it("reports an error answer (a wrong key) without the key, pointing at token_env", function()
    local _, err = run(jobindsats, src(), read(OWN .. "jobindsats/error_key.json"),
                       { url = "https://api.jobindsats.dk/v2/data/y30r21/json" })
    assert.are.equal("https://api.jobindsats.dk/v2/data/y30r21/json: Jobindsats did not answer with \"Data\": Forkert nøgle " ..
                     "eller nøglen er udløbet. (check the API key in the environment variable JOBINDSATS_TOKEN)", err)
  end)

  it("refuses a value that is not a number, naming the row and the column", function()
    local bad = assert(json.decode(BODY))
    bad[1].Data[3][5] = "12,3,4"                -- Norddjurs, 2023QMAT04, Ydelsesgrupper i alt
    local _, err = run(jobindsats, src(), assert(json.encode(bad)), { url = "https://j/d" })
    assert.matches("^https://j/d: data row 3, column 'Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: " ..
                   "Faktisk antal': '12,3,4' is not a number$", err)
  end)
end)

--------------------------------------------------------------------------------------------------
describe("csv (register extracts)", function()
  local function parse(name, s, ctx)
    s.file = s.file or name
    local rows, out = run(csv, s, read(OWN .. "csv/" .. name), { url = "file:" .. name }, ctx)
    return rows, out
  end

  it("reads Windows-1252 with ';', CRLF, decimal commas and thousands spaces", function()
    local s = { encoding = "windows-1252", thousands = " ",
                columns = { area = "Kommun", period = "Månad", gender = "Kön" },
                values = { hushall = "Antal hushåll", kostnad = "Kostnad (kr)" } }
    local rows = assert(parse("register_cp1252.csv", s))
    assert.are.equal(12, #rows)
    local by = index_rows(rows)
    assert.are.equal(812, by["hushall 0580 K 2024-01"].value)
    assert.are.equal(1234567.5, by["kostnad 0580 K 2024-01"].value)
    assert.are.equal(2432567.75, by["kostnad 0580 T 2024-01"].value)
    assert.are.equal("month", by["kostnad 0580 T 2024-01"].period_kind)
    assert.are.equal("missing", by["hushall 0580 M 2024-02"].status)
    assert.are.equal("confidential", by["kostnad 0580 K 2024-02"].status)
    assert.is_nil(by["kostnad 0580 K 2024-02"].value)
  end)

  it("says how to read a Windows-1252 file taken for UTF-8", function()
    local _, err = parse("register_cp1252.csv", { columns = { period = "Månad" }, indicator = "x" })
    assert.are.equal("register_cp1252.csv:1: invalid UTF-8 (byte 0xE5); if the file comes from Excel's \"CSV " ..
                     "(semikolonavgränsad)\", set encoding = \"windows-1252\"", err)
  end)

  it("reads UTF-8 with a BOM, a column of indicator codes and quoted fields with line breaks", function()
    local s = { columns = { area = "Område", period = "Period", indicator = "Mått", value = "Värde" },
                indicators = { aktiverede = "AKT", ledige = "LED" } }
    local rows = assert(parse("register_utf8_bom.csv", s))
    assert.are.equal(4, #rows)
    local by = index_rows(rows)
    assert.are.equal(12.5, by["aktiverede 707 T 2024Q1"].value)
    assert.are.equal(13.25, by["aktiverede 707 T 2024Q2"].value)
    assert.are.equal(4, by["ledige 707 T 2024Q1"].value)
    assert.are.equal(3.75, by["ledige 707 T 2024Q2"].value)
    assert.are.equal("quarter", by["ledige 707 T 2024Q2"].period_kind)
    s.indicators = { aktiverede = "AKT", ledige = "LEDIG" }
    local _, err = parse("register_utf8_bom.csv", s)
    assert.are.equal("register_utf8_bom.csv: no row has 'LEDIG' (indicator ledige) in column 'Mått'; check indicators " ..
                     "against the codes in the file", err)
  end)

  it("splits records as RFC 4180 says: quotes doubled, line breaks inside quotes, lines counted", function()
    local text = assert(csv.decode(read(OWN .. "csv/register_utf8_bom.csv"), "utf-8", "f"))
    local recs = assert(csv.records(text, ";", "f"))
    assert.are.equal(5, #recs)
    assert.are.same({ "707", "2024K1", "AKT", "12,5", 'Aktiverede i alt, "foreløbige" tal' }, recs[2].fields)
    assert.are.equal("Første linje\r\nanden linje", recs[3].fields[5])
    assert.are.same({ 1, 2, 3, 5, 6 }, { recs[1].line, recs[2].line, recs[3].line, recs[4].line, recs[5].line })
    assert.are.equal("tal; med semikolon", recs[5].fields[5])
    assert.are.same({ { fields = { "a", "", "" }, line = 1 } }, assert(csv.records("a;;\n\n\r\n", ";", "f")))
    local _, err = csv.records('a;b\n1;x"y\n', ";", "f")
    assert.are.equal("f:2: column 2: a quote inside an unquoted field; quote the whole field and double the quote (\"\")", err)
    _, err = csv.records('a;b\n"1"x;2\n', ";", "f")
    assert.are.equal("f:2: column 1: text after the closing quote of a quoted field", err)
    -- A field of a megabyte is not register data.
    _, err = csv.records("a;b\n1;" .. ("x"):rep(1024 * 1024) .. "\n", ";", "f")
    assert.are.equal("f:2: column 2: a field of 1048576 bytes (at most 65536)", err)
    _, err = csv.records('a;b\n1;"' .. ("x\n"):rep(40000) .. '"\n', ";", "f")
    assert.are.equal("f:2: column 2: a field of 80000 bytes (at most 65536)", err)
  end)

  it("takes a formula-looking cell for what it is: no number, and text kept as text", function()
    local s = { file = "f.csv", columns = { area = "kommun", period = "år", value = "värde" }, indicator = "x" }
    local _, err = run(csv, s, "kommun;år;värde\n0580;2024;=1+2\n")
    assert.are.equal("f.csv:2: column 'värde': '=1+2' is not a number", err)
    local rows = assert(run(csv, s, "kommun;år;värde\n\"=cmd|' /c calc'!A1\";2024;1\n"))
    assert.are.equal("=cmd|' /c calc'!A1", rows[1].area)      -- escaped where it is written out (CSV/XLSX export)
  end)

  it("names the line of a ragged row, an unclosed quote and a value that is no number", function()
    local _, err = parse("ragged.csv", { columns = { area = "Kommun", period = "År", value = "Värde" }, indicator = "x" })
    assert.are.equal("ragged.csv:4: 4 fields, but the header has 3 (a missing or extra \";\", or an unquoted one in a value?)", err)
    _, err = parse("unclosed.csv", { columns = { area = "kommun", period = "år", value = "värde" }, indicator = "x" })
    assert.are.equal("unclosed.csv:3: column 4: a quoted field starting here is never closed", err)
    _, err = parse("register.csv", { columns = { area = "kommun", period = "år", value = "värde" }, indicator = "x" })
    assert.are.equal("register.csv:3: column 'värde': '12,3,4' is not a number", err)
  end)

  it("names a column the header lacks, a bad period and a bad gender", function()
    local _, err = parse("register.csv", { columns = { area = "kommun", period = "ar", value = "värde" }, indicator = "x" })
    assert.are.equal("register.csv: columns.period names the column 'ar', which the header does not have (it has kommun, år, " ..
                     "värde) (did you mean 'år'?)", err)
    local text = "kommun;period;kön;värde\n0580;2024-05-31;K;1\n"
    local dir = H.config({ ["d.csv"] = text })
    local s = { file = "d.csv", columns = { area = "kommun", period = "period", gender = "kön", value = "värde" }, indicator = "x" }
    _, err = run(csv, s, text)
    assert.are.equal("d.csv:2: column 'period': '2024-05-31' is a date; set period_kind = \"month\" (or the period it stands for)", err)
    s.period_kind = "month"
    local rows = assert(run(csv, s, text))
    assert.are.equal("2024-05", rows[1].period)
    s.period_kind = "week"
    assert.are.equal("2024W22", assert(run(csv, s, text))[1].period)
    s.period_kind = nil
    _, err = run(csv, s, "kommun;period;kön;värde\n0580;2024;Q;1\n")
    assert.matches("^d.csv:2: column 'kön': 'Q' is not a gender", err)
    s.genders = { Q = "K" }
    assert.are.equal("K", assert(run(csv, s, "kommun;period;kön;värde\n0580;2024;Q;1\n"))[1].gender)
    H.cleanup(dir)
  end)

  it("refuses two values for one row unless asked to add them up", function()
    local text = "kommun;år;värde\n0580;2024;1\n0580;2023;5\n0580;2024;2\n"
    local s = { file = "d.csv", columns = { area = "kommun", period = "år", value = "värde" }, indicator = "x" }
    local _, err = run(csv, s, text)
    assert.are.equal("d.csv:4: a second value for indicator x, area 0580, gender T, period 2024 (the first is on line 2); " ..
                     "set aggregate = \"sum\" to add them up", err)
    s.aggregate = "sum"
    local by = index_rows(assert(run(csv, s, text)))
    assert.are.equal(3, by["x 0580 T 2024"].value)
    assert.are.equal("2 rows of d.csv added up", by["x 0580 T 2024"].note)
  end)

  describe("personal identity numbers", function()
    it("refuses a personnummer column, naming file, column and first row, never the number", function()
      local _, err = parse("personnummer.csv", { columns = { area = "Kommun", period = "År", value = "Belopp" }, indicator = "x" })
      assert.are.equal("personnummer.csv:3: column 'Personnr' holds a Swedish personal identity number (personnummer or " ..
                       "samordningsnummer); styr stores aggregates, not people: remove the column from the export, or name " ..
                       "it in drop_columns and set aggregate = \"count\"", err)
      assert.is_nil(err:find("121212", 1, true))
    end)

    it("refuses a CPR column", function()
      local _, err = parse("cpr.csv", { columns = { area = "kommune", period = "år", value = "beløb" }, indicator = "x" })
      assert.matches("^cpr.csv:2: column 'cpr' holds a Danish CPR number; styr stores aggregates", err)
    end)

    it("recognises the forms, with date and check digit", function()
      -- Fictitious numbers: Skatteverket's 19121212-1212, people born in the 1860s.
      local strong = { "121212-1212", "19121212-1212", "121212+1212", "650372+2396", "18650372-2396", "Kontakt: 121212-1212.",
                       "120360-5123" }
      for _, v in ipairs(strong) do assert.are.equal("strong", (csv.personal_number(v)), v) end
      assert.matches("Swedish", select(2, csv.personal_number("650372+2396")))          -- samordningsnummer
      assert.matches("Danish", select(2, csv.personal_number("120360-5123")))
      local weak = { "1212121212", "191212121212", "186503121235", "1203605123" }
      for _, v in ipairs(weak) do assert.are.equal("weak", (csv.personal_number(v)), v) end
      local none = { "851312-1231", "853212-1231", "212000-0449", "2024-05-31", "1234567890",
                     "12345678901", "0580", "12,5", "013-20 60 00", "2022/1234", "320185-1234", "290221-1234" }
      for _, v in ipairs(none) do assert.is_nil(csv.personal_number(v), v) end
      -- A wrong check digit is no personnummer; 12 12 12 is still a CPR date, 65 03 72 is not.
      assert.matches("Danish", select(2, csv.personal_number("121212-1213")))
      assert.is_nil(csv.personal_number("650372+2397"))
    end)

    it("leaves ordinary numbers alone (org numbers, dates, amounts, phone numbers)", function()
      local rows = assert(parse("ordinary.csv", { columns = { area = "Kommun", period = "År" }, values = { belopp = "Belopp" } }))
      assert.are.equal(4, #rows)
      assert.are.equal(3105605234, index_rows(rows)["belopp 0580 T 2022"].value)
    end)

    it("refuses a column that is mostly bare 10- or 12-digit identity numbers", function()
      local text = "kommun;år;id;värde\n0580;2021;191212121212;1\n0580;2022;186503121235;2\n0580;2023;4711;3\n"
      local s = { file = "ids.csv", columns = { area = "kommun", period = "år", value = "värde" }, indicator = "x" }
      local _, err = run(csv, s, text)
      assert.matches("^ids.csv:2: column 'id' holds a Swedish personal identity number", err)
      text = "kommun;år;id;värde\n0580;2021;191212121212;1\n0580;2022;4712;2\n0580;2023;4711;3\n"
      assert.are.equal(3, #assert(run(csv, s, text)))                              -- one in three: a coincidence
    end)

    it("reads person-level rows only dropped and counted", function()
      local s = { columns = { area = "kommun", period = "manad", gender = "kon" }, indicator = "personer" }
      local _, err = parse("persons.csv", s)
      assert.matches("^persons.csv:2: column 'personnr' holds a Swedish personal identity number", err)
      s.drop_columns = { "personnr" }
      _, err = parse("persons.csv", s)
      assert.are.equal("persons.csv:2: column 'personnr' holds a Swedish personal identity number (personnummer or " ..
                       "samordningsnummer); drop_columns keeps it out, but each row is still one person: set aggregate = " ..
                       "\"count\" (or \"sum\") so that only totals are stored", err)
      s.aggregate = "count"
      local rows = assert(parse("persons.csv", s))
      local by = index_rows(rows)
      assert.are.equal(4, #rows)
      assert.are.equal(2, by["personer 0580 K 2024-01"].value)
      assert.are.equal(1, by["personer 0580 M 2024-01"].value)
      assert.are.equal(1, by["personer 0580 K 2024-02"].value)
      assert.are.equal(1, by["personer 1480 M 2024-01"].value)
      s.suppress_below = 2
      by = index_rows(assert(parse("persons.csv", s)))
      assert.are.equal(2, by["personer 0580 K 2024-01"].value)
      assert.are.equal("confidential", by["personer 1480 M 2024-01"].status)
      assert.is_nil(by["personer 1480 M 2024-01"].value)
      s.columns.area = "personnr"
      _, err = parse("persons.csv", s)
      assert.are.equal("persons.csv: columns.area names 'personnr', which drop_columns drops", err)
    end)
  end)

  it("reads numbers strictly", function()
    assert.are.equal(1234.5, csv.number("1 234,5", ",", " "))
    assert.are.equal(1234.5, csv.number("1\xC2\xA0234,5", ",", " "))
    assert.are.equal(1234567.25, csv.number("1.234.567,25", ",", "."))
    assert.are.equal(1234.5, csv.number("1,234.5", ".", ","))
    assert.are.equal(-3.5, csv.number("-3,5", ","))
    assert.are.equal(-3.5, csv.number("\xE2\x88\x923,5", ","))
    assert.are.equal(0.5, csv.number(",5", ","))
    assert.are.equal(42, csv.number(" 42 ", "."))
    for _, bad in ipairs({ "12,3,4", "1.5", "1e5", "abc", "", "-", "1 234,5", "12 34,5" }) do
      assert.is_nil(csv.number(bad, ","), bad)
    end
    assert.is_nil(csv.number("12 34,5", ",", " "))
    assert.is_nil(csv.number("1,5", "."))
  end)

  it("decodes Windows-1252 (0x80-0x9F and Latin-1) and refuses what is not text", function()
    assert.are.equal("€ “å” – Ø ÿ", assert(csv.decode("\x80 \x93\xE5\x94 \x96 \xD8 \xFF", "windows-1252", "f")))
    local _, err = csv.decode("a;b\n\x81", "windows-1252", "f")
    assert.are.equal("f:2: byte 0x81 is not a Windows-1252 character; is the file in another encoding?", err)
    _, err = csv.decode("\xEF\xBB\xBFa;b", "windows-1252", "f")
    assert.matches("^f:1: the file starts with a UTF%-8 byte order mark", err)
    _, err = csv.decode("\xFF\xFEa\0;\0", "utf-8", "f")
    assert.matches("^f:1: the file is UTF%-16", err)
    _, err = csv.decode("a;b\n1;\0", "utf-8", "f")
    assert.are.equal("f:2: the file holds a NUL byte; it is not a text file", err)
    assert.are.equal("a;b", assert(csv.decode("\xEF\xBB\xBFa;b", "utf-8", "f")))
  end)

  it("sniffs ';', ',' or tab from the header line", function()
    assert.are.equal(";", csv.sniff("a;b;c\n1,5;2;3", "f"))
    assert.are.equal(",", csv.sniff('a,b,"c;d"\n', "f"))
    assert.are.equal("\t", csv.sniff("a\tb\n", "f"))
    local _, err = csv.sniff("abc\n", "f")
    assert.are.equal("f:1: cannot tell the delimiter from the header line; set delimiter = \";\" (or \",\" or \"\\t\")", err)
  end)

  it("is fetched from the configuration folder (styr.config.read_data), never from outside", function()
    local init = H.MUNICIPALITY .. [[
indicator "hushall" { title = "Hushåll", unit = "households" }
source "register" { kind = "csv", file = "data/register.csv", encoding = "windows-1252", thousands = " ",
                    columns = { area = "Kommun", period = "Månad", gender = "Kön" }, values = { hushall = "Antal hushåll" } }
]]
    local dir = H.config({ ["init.lua"] = init, ["data/register.csv"] = read(OWN .. "csv/register_cp1252.csv") })
    local b = require("styr.loader").load(dir)
    assert.are.same({}, H.messages(b))
    local fetch = require "styr.fetch"
    local summary = assert(fetch.source(b, nil, b.sources.register, { dir = dir, now = "2026-06-10T05:00:00Z" }))
    assert.are.equal(6, #summary.rows)
    assert.are.equal("file:data/register.csv", summary.rows[1].request.url)
    assert.are.same({}, summary.answered)                    -- the file's text is never kept as fetch state
    -- read_data: bytes as they are, inside the folder only.
    local config = require "styr.config"
    assert.are.equal(read(OWN .. "csv/register_cp1252.csv"), (config.read_data(dir, "data/register.csv")))
    local ok, err = config.read_data(dir, "../x.csv")
    assert.is_nil(ok)
    assert.matches("data file '../x.csv' must name a file inside the configuration folder", err)
    os.execute("ln -s /etc/passwd '" .. dir .. "/data/escape.csv'")
    ok, err = config.read_data(dir, "data/escape.csv")
    assert.is_nil(ok)
    assert.matches("leads outside the configuration folder; refused", err)
    ok, err = config.read_data(dir, "data/register.csv", 10)
    assert.is_nil(ok)
    assert.matches("the file has 258 bytes, more than the 10 this source accepts", err)
    -- A missing file fails the fetch with the file's name.
    local src = {}
    for k, v in pairs(b.sources.register) do src[k] = v end
    src.file = "data/missing.csv"
    local none, failed = fetch.source(b, nil, src, { dir = dir, now = "2026-06-10T05:00:00Z" })
    assert.is_nil(none)
    assert.matches("data/missing.csv: No such file or directory", failed.error)
    H.cleanup(dir)
  end)
end)

--------------------------------------------------------------------------------------------------
describe("connector declarations", function()
  -- Every field of every connector, with a bad value and the message it must give.
  local BAD = {
    pxweb = {
      table = { { "../x", "must be a table id such as \"TAB6471\" or a path" }, { 5, "must be a table id" } },
      api = { { "v3", "must be \"v2\" (the default) or \"v1\"" } },
      lang = { { "de", "must be \"sv\" or \"en\"" } },
      method = { { "PUT", "must be \"GET\" or \"POST\" (api v2)" } },
      format = { { "csv", "must be \"json-stat\" (the default) or \"json\" (api v1)" } },
      selection = { { {}, "must be { Variable = { \"code\", … }, … }" }, { { Region = { 580 } }, "Region item 1 must be code (a string)" },
                    { { Region = {} }, "Region must be a list of codes" } },
      query = { { { { code = "Region" } }, "item 1 must be { code = \"Var\", selection = { filter = \"item\", values = { … } } }" },
                { {}, "must be a v1 query list" } },
      map = { { "x", "must be { area = \"Region\", time = \"Tid\", indicators = { id = { ContentsCode = \"…\" } } }" },
              { { indicators = { a = { ContentsCode = "x" } }, areas = "Region" },
                "has an unknown key 'areas' (area, area_code, time, gender, indicators) (did you mean 'area'?)" },
              { { indicators = {} }, "indicators is required: { indicator_id = { ContentsCode = \"…\" }, … }" },
              { { indicators = { a = "x" } }, "indicators.a must be a table of dimension = code" },
              { { indicators = { a = { ContentsCode = 5 } } }, "indicators.a.ContentsCode must be a code or a list of codes" },
              { { time = 5, indicators = { a = {} } }, "time must be a string" },
              { { gender = { codes = {} }, indicators = { a = {} } }, "gender must be a dimension id, or { dimension = \"Kon\"" },
              { { gender = { dimension = "Kon", codes = { ["1"] = "X" } }, indicators = { a = {} } },
                "gender.codes must map codes to \"T\", \"K\", \"M\" or false (skip), not 1 = X" },
              { { gender = 5, indicators = { a = {} } }, "gender must be a dimension id such as \"Kon\"" } },
      max_cells = { { 0, "must be a positive whole number (SCB allows 150000)" }, { 1.5, "must be a positive whole number" } },
      dataset = { { 7, "must be the name of one dataset in the response" }, { "a b", "must be the name of one dataset" } },
    },
    statbank = {
      table = { { "AUK 01", "must be a StatBank table id such as \"AUK01\"" } },
      variables = { { { Tid = 2024 }, "Tid must be a list of codes" } },
      format = { { "JSON", "must be \"jsonstat\" (the default) or \"csv\"" } },
      lang = { { "sv", "must be \"da\" or \"en\"" } },
      map = { { { indicators = {} }, "indicators is required" } },
      dataset = { { "", "must be the name of one dataset in the response" } },
    },
    jobindsats = {
      table = { { "y30 r21", "must be a Jobindsats table id such as \"y30r21\"" } },
      area = { { 707, "must be an area (\"Norddjurs\", \"*\" for all) or a list of areas" } },
      areas = { { { Norddjurs = 707 }, "must map the areas of the answer to area codes" },
                { {}, "must be { [\"Norddjurs\"] = \"707\", … }" } },
      period = { { { "2024-13" }, "has '2024-13', which is not a Jobindsats period" },
                 { { latest = 0 }, "must be a list of periods or { latest = N }" },
                 { "2024M01", "must be a list of periods, e.g." } },
      filters = { { { kon = { "Kvinder" } }, "keys must be Jobindsats variable names, which start with \"_\" (e.g. _kon), not kon" },
                  { { _kon = 5 }, "_kon must be a value or a list of values" } },
      indicators = { { { a = { Ydelsesgrupper = "x" } }, "a needs measure = \"…\": the label of the column that holds its number" },
                     { {}, "must be { indicator_id = { measure = \"Faktisk antal\", Column = \"value\" }, … }" },
                     { { a = { measure = "Faktisk antal", ["Køn"] = 5 } }, "a.Køn must be a code or a list of codes" } },
      columns = { { { area = 5 }, "must be { area = \"Area\", period = \"Periode\", gender = \"Køn\" } (column labels)" } },
      genders = { { { Kvinder = "W" }, "must map values to \"T\", \"K\", \"M\" or false (skip)" } },
      rolling = { { "month", "must be \"year\" (the default) or \"quarter\"" } },
      decimal = { { ";", "must be \".\" (the default) or \",\"" } },
    },
    csv = {
      file = { { "../data.csv", "must stay inside the configuration folder (no \"..\")" },
               { "data/../../x.csv", "must stay inside the configuration folder" },
               { "/etc/passwd", "must be relative to the configuration folder, not an absolute path" },
               { "C:\\data.csv", "must be relative to the configuration folder" }, { "", "must be a file name" } },
      delimiter = { { "|", "must be \";\", \",\" or \"\\t\"" } },
      decimal = { { ";", "must be \",\" or \".\"" } },
      thousands = { { "'", "must be \" \", \".\" or \",\"" } },
      encoding = { { "latin1", "must be \"utf-8\" or \"windows-1252\"" } },
      columns = { { { area = "Kommun", amount = "Belopp" }, "has an unknown key 'amount' (area, period, gender, value, indicator)" },
                  { { area = "" }, "area must be a column name from the header line" }, { "x", "must be { area =" } },
      indicator = { { 5, "must be an indicator id" } },
      indicators = { { { a = 5 }, "must be { indicator_id = \"code\" or { \"code\", … }, … }" }, { {}, "must be { indicator_id" } },
      values = { { { a = 5 }, "must be { indicator_id = \"value column\", … }" } },
      area = { { 580, "must be an area code such as \"0580\"" } },
      period_kind = { { "day", "must be year, half_year, tertial, quarter, month or week" } },
      genders = { { { ["1"] = "W" }, "must map codes to \"T\", \"K\", \"M\" or false (skip the row)" } },
      filter = { { { Verksamhet = 5 }, "must be { column = \"value\" or { \"value\", … }, … }" } },
      drop_columns = { { "personnr", "must be a list of column names" } },
      aggregate = { { "mean", "must be \"count\" (rows counted) or \"sum\" (values added up)" } },
      suppress_below = { { 0, "must be a positive whole number" } },
    },
  }
  local GOOD = {
    pxweb = { table = "TAB6471", api = "v1", lang = "en", method = "POST", format = "json", selection = { Tid = "2024" },
              query = { { code = "Tid", selection = { filter = "top", values = { "4" } } } },
              map = { area = "Region", gender = { dimension = "Kon", codes = { TotSa = "T" } },
                      indicators = { a = { ContentsCode = "X" } } },
              max_cells = 150000, dataset = "dataset" },
    statbank = { table = "AUK01", variables = { ["OMRÅDE"] = { "707" } }, format = "csv", lang = "en",
                 map = { indicators = { a = { ContentsCode = "AUK01" } } }, dataset = "ledige" },
    jobindsats = { table = "y30r21", area = "*", areas = { Norddjurs = "707" }, period = { latest = 4 },
                   filters = { _kon = { "Kvinder" } }, indicators = { a = { measure = "Faktisk antal" } },
                   columns = { area = "Område" }, genders = { Kvinder = "K" }, rolling = "quarter", decimal = "," },
    csv = { file = "data/register.csv", delimiter = "\t", decimal = ",", thousands = ".", encoding = "windows-1252",
            columns = { area = "Kommun", period = "År" }, indicator = "a", indicators = { a = { "X", "Y" } }, values = { a = "V" },
            area = "0580", period_kind = "half_year", genders = { ["1"] = "M", ["9"] = false }, filter = { Typ = { "A", "B" } },
            drop_columns = { "personnr" }, aggregate = "sum", suppress_below = 5 },
  }

  for plugin_name, fields in pairs(BAD) do
    it(plugin_name .. ": every field checker gives its message, and accepts a good value", function()
      local plugin = require("styr.plugin." .. plugin_name)
      assert.are.equal(count(plugin.FIELDS), count(fields), "a field without a case here")
      for field, cases in pairs(fields) do
        local checker = assert(plugin.FIELDS[field], field)
        for _, c in ipairs(cases) do
          local msg = checker(c[1])
          assert.is_string(msg, plugin_name .. "." .. field)
          assert.is_truthy(msg:find(c[2], 1, true), plugin_name .. "." .. field .. ": " .. tostring(msg))
        end
        assert.is_nil(checker(GOOD[plugin_name][field]), plugin_name .. "." .. field)
      end
    end)
  end

  it("checks a declaration through the configuration: fields, references, combinations", function()
    local b = H.load([[
indicator "folk" { title = "Folkmängd" }
source "scb" { kind = "pxweb", table = "TAB6471", map = { indicators = { folkk = { ContentsCode = "000007SF" } } },
               max_cells = 0 }
source "dst" { kind = "statbank", table = "AUK01", format = "CSV", map = { indicators = { folk = {} } } }
source "jobs" { kind = "jobindsats", table = "y30r21", period = { "2024M01" }, indicators = { folk = { measure = "Antal" } } }
source "reg" { kind = "csv", file = "../reg.csv", columns = { area = "Kommun" }, indicator = "folk" }
source "reg2" { kind = "csv", file = "reg.csv", columns = { period = "År", value = "V" }, indicator = "folk", values = { folk = "V" } }
]])
    assert.truthy(H.has(b, "source 'scb': max_cells must be a positive whole number"))
    assert.truthy(H.has(b, "source 'scb': map.indicators refers to an unknown indicator 'folkk' %(did you mean 'folk'%?%)"))
    assert.truthy(H.has(b, "source 'dst': format must be \"jsonstat\" %(the default%) or \"csv\""))
    assert.truthy(H.has(b, "source 'jobs': token_env is required"))
    assert.truthy(H.has(b, "source 'reg': file must stay inside the configuration folder"))
    assert.truthy(H.has(b, "source 'reg': columns.period is required"))
    assert.truthy(H.has(b, "source 'reg2': say which indicator the rows feed with exactly one of"))
    b = H.load([[
indicator "folk" { title = "Folkmängd" }
source "scb1" { kind = "pxweb", api = "v1", table = "TAB6471", method = "POST", map = { indicators = { folk = { ContentsCode = "X" } } } }
source "scb2" { kind = "pxweb", table = "TAB6471", query = { { code = "Tid", selection = { filter = "top", values = { "4" } } } },
                format = "json", map = { indicators = { folk = { ContentsCode = "X" } } } }
source "reg" { kind = "csv", file = "reg.csv", columns = { period = "År", indicator = "Mått" }, indicator = "folk",
               suppress_below = 3 }
]])
    assert.truthy(H.has(b, "source 'scb1': with api v1, table is the path under the database"))
    assert.truthy(H.has(b, "source 'scb1': method is for api v2"))
    assert.truthy(H.has(b, "source 'scb2': query is a v1 query list; with api v2 use selection"))
    assert.truthy(H.has(b, "source 'scb2': format is for api v1"))
    assert.truthy(H.has(b, "source 'reg': columns.indicator needs indicators"))
    assert.truthy(H.has(b, "source 'reg': columns.value is required"))
    assert.truthy(H.has(b, "source 'reg': suppress_below applies to aggregates; set aggregate"))
    b = H.load([[
indicator "folk" { title = "Folkmängd" }
indicator "jobb" { title = "Jobb" }
source "scb" { kind = "pxweb", table = "TAB6471", selection = { Tid = { "2024" } },
               map = { area = "Region", indicators = { folk = { ContentsCode = "000007SF" } } } }
source "dst" { kind = "statbank", table = "AUK01", variables = { ["OMRÅDE"] = { "707" }, Tid = { "*" } },
               map = { indicators = { folk = { ContentsCode = "AUK01" } } } }
source "jobs" { kind = "jobindsats", token_env = "JOBINDSATS_TOKEN", table = "y30r21", area = "Norddjurs",
                period = { latest = 4 }, indicators = { jobb = { measure = "Faktisk antal" } } }
source "reg" { kind = "csv", file = "data/reg.csv", columns = { period = "År", indicator = "Mått", value = "Värde" },
               indicators = { folk = "F", jobb = { "J1", "J2" } } }
]])
    assert.are.same({}, H.messages(b))
  end)
end)

--------------------------------------------------------------------------------------------------
describe("connectors through styr fetch (local replay server, real store)", function()
  local server, port, www, cfg

  setup(function()
    www = H.config({
      ["scb/api/v2/tables/TAB6471/data.json"] = read(OPENDATA .. "scb/v2_TAB6471_data_jsonstat2.json"),
      ["dst/v1/data.json"] = read(OPENDATA .. "dst/data_STRAF42_jsonstat_en.json"),
      ["jobindsats/v2/data/y30r21/json.json"] = read(OWN .. "jobindsats/y30r21_v2_RECONSTRUCTED.json"),
    })
    server = H.start_replay(www, nil, 120)
    port = server.port
  end)

  teardown(function()
    if server then server.stop() end
    H.cleanup(www)
    H.cleanup(cfg)
  end)

  it("stores the rows of every kind in one run, with their request", function()
    local base = "http://127.0.0.1:" .. port
    cfg = H.config({
      ["init.lua"] = H.MUNICIPALITY .. ([[
indicator "folk_20_29" { title = "Folkmängd 20-29 år", unit = "count" }
indicator "afgorelser" { title = "Afgørelser", unit = "count" }
indicator "fuldtid" { title = "Fuldtidspersoner på offentlig forsørgelse", unit = "count" }
indicator "hushall" { title = "Hushåll", unit = "households" }
source "scb" { kind = "pxweb", url = "BASE/scb/api/v2", table = "TAB6471",
               selection = { Region = { "*" }, Alder = { "20-29" }, Tid = { "*" } },
               map = { indicators = { folk_20_29 = { ContentsCode = "000007SF", Alder = "20-29" } } } }
source "dst" { kind = "statbank", url = "BASE/dst/v1", table = "STRAF42", lang = "en",
               variables = { HERKOMST1 = { "00" }, TID = { "2023" } },
               map = { area_code = "DK", indicators = { afgorelser = { ContentsCode = "STRAF42" } } } }
source "jobs" { kind = "jobindsats", url = "BASE/jobindsats/v2", token_env = "PATH", table = "y30r21", area = "*",
                period = { "2023QMAT04", "2024QMAT04" }, areas = { Norddjurs = "707" },
                indicators = { fuldtid = { measure = "Faktisk antal", Ydelsesgrupper = "Ydelsesgrupper i alt" } } }
source "reg" { kind = "csv", file = "data/register.csv", encoding = "windows-1252",
               columns = { area = "Kommun", period = "Månad", gender = "Kön" }, values = { hushall = "Antal hushåll" } }
]]):gsub("BASE", base),
      ["data/register.csv"] = read(OWN .. "csv/register_cp1252.csv"),
    })
    local b = require("styr.loader").load(cfg)
    assert.are.same({}, H.messages(b))
    local db = assert(require("styr.store").open(cfg .. "/styr.db"))
    local n = 0
    local opts = { dir = cfg, now = "2026-06-10T05:00:00Z", attempts = 1, timeout = 5, quiet = true,
                   clock = function() n = n + 1; return string.format("2026-06-10T05:00:%02dZ", n) end }
    local out = require("styr.fetch").run(b, db, { "scb", "dst", "jobs", "reg" }, opts)
    local by = {}
    for _, s in ipairs(out) do by[s.source] = s end
    for _, id in ipairs({ "scb", "dst", "jobs", "reg" }) do assert.is_true(by[id].ok, id .. ": " .. tostring(by[id].error)) end
    assert.are.equal(21 * 3 * 4, by.scb.new)
    assert.are.equal(1, by.dst.new)
    assert.are.equal(2, by.jobs.new)
    assert.are.equal(6, by.reg.new)
    local rows = db:latest("afgorelser")
    assert.are.equal(1, #rows)
    assert.are.equal(233454, rows[1].value)
    assert.are.equal(base .. "/dst/v1/data", rows[1].source)
    rows = db:latest("hushall")
    assert.are.equal(6, #rows)
    assert.are.equal("file:data/register.csv", rows[1].source)
    -- The register's text is not kept in the store; the HTTP answers are (for --offline).
    assert.are.equal(0, #db:responses("reg"))
    assert.are.equal(1, #db:responses("dst"))
    db:close()
  end)
end)
