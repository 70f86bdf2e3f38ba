-- The report pipeline, model → document → files: provenance as records in the document (read once
-- from the store's source texts by scripts/report/provenance.lua), words made from them only by
-- scripts/report/report_text.lua, the wheel's next deliveries from the model, and the pipeline's
-- driver (scripts/report/pipeline.lua) building once per audience and rendering each document.
local H = require "tests.spec.helper"
local store = require "styr.store"
local loader = require "styr.loader"
local sync = require "styr.sync"
local compute = require "styr.compute"
local calendar = require "styr.calendar"

local CONFIG = [[
indicator "hushall" { title = "Hushåll", unit = "households", direction = "decrease",
  values = { [2017] = 2996, [2018] = 3130 } }
indicator "andel" { title = "Andel", unit = "percent", decimals = 1, values = { [2018] = 12.34 } }
indicator "dubbel" { title = "Dubbel", unit = "households", inputs = { h = "hushall" },
  formula = function(v) return v.h * 2 end }
indicator "kpi" { title = "KPI", unit = "percent" }
source "kolada" { kind = "kolada", kpis = { kpi = "N31807" } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "hushall", "andel", "dubbel", "kpi" } }
event "leverans" { title = "Statistikleverans", kind = "data", source = "SCB", indicators = { "hushall" },
  yearly = { "03-15", "11-15" } }
report "r" { title = "R", year = 2019, formats = { "json", "csv" } }
]]

local URL = "https://api.kolada.se/v3/data/kpi/N31807/municipality/0580/year/2018"
-- N31807's title in the bundled Kolada catalogue: what a reader sees beside the id
local KPI_TITLE = "Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%) av bef."
local OWN = { owner = "Arbetsmarknadsnämnden", municipality = "Testkommun" }
local function with(t, more) for k, v in pairs(more) do t[k] = v end return t end

describe("provenance records", function()
  local provenance = require "styr.provenance"
  local b = H.load(CONFIG)
  b.entry = "/cfg/init.lua"
  b.file_texts = { ["/cfg/init.lua"] = "", ["/cfg/data/more.lua"] = "" }

  it("read a stored source text once into origin, file and line, or URL and the source that maps it", function()
    assert.are.same(with({ origin = "config", file = "init.lua", line = 12 }, OWN),
                    provenance.describe(b, "hushall", "config:/old/path/cfg/init.lua:12"))
    assert.are.same(with({ origin = "formula", file = "data/more.lua", line = 3, inputs = { "Hushåll" } }, OWN),
                    provenance.describe(b, "dubbel", "formula:elsewhere/data/more.lua:3"))
    assert.are.same(with({ origin = "config", file = "gone.lua", line = 4 }, OWN),
                    provenance.describe(b, "hushall", "config:gone.lua:4"))
    assert.are.same({ origin = "fetch", url = URL, source_id = "kolada", connector = "kolada", ref = "Kolada N31807",
                      publisher_key = "kolada", what = "kpi", series = "N31807", series_title = KPI_TITLE,
                      page = "https://www.kolada.se/verktyg/fri-sokning/?kpis=N31807", municipality = "Testkommun" },
                    provenance.describe(b, "kpi", URL))
    assert.are.same({ origin = "fetch", url = URL, municipality = "Testkommun" }, provenance.describe(b, "andel", URL))
  end)

  it("list each file or URL, vintage and series once, with the lines of the values read from it", function()
    local reg = provenance.register(b)
    local row1 = { sources = {}, source_keys = {} }
    local row2 = { sources = {}, source_keys = {} }
    local v = "2019-10-01T00:00:00Z"
    reg:add("hushall", { source = "config:/cfg/init.lua:9", vintage = v }, row1)
    reg:add("hushall", { source = "config:/cfg/init.lua:9", vintage = v }, row1)
    reg:add("andel", { source = "config:/cfg/init.lua:3", vintage = v }, row2)
    reg:add("kpi", { source = URL, vintage = v, fetched_at = "2019-10-01T06:00:00Z" }, row2)
    reg:add("andel", { source = "config:/cfg/init.lua:3", vintage = "2019-11-01T00:00:00Z" }, row2)
    reg:add("andel", { vintage = v }, row2) -- no source: nothing to name
    assert.are.equal(3, #reg.list)
    assert.are.same(with({ origin = "config", file = "init.lua", lines = { 3, 9 }, vintage = v }, OWN), reg.list[1])
    assert.are.same({ origin = "fetch", url = URL, source_id = "kolada", connector = "kolada", ref = "Kolada N31807",
                      publisher_key = "kolada", what = "kpi", series = "N31807", series_title = KPI_TITLE,
                      page = "https://www.kolada.se/verktyg/fri-sokning/?kpis=N31807", municipality = "Testkommun",
                      vintage = v, fetched = "2019-10-01T06:00:00Z" }, reg.list[2])
    assert.are.equal("2019-11-01T00:00:00Z", reg.list[3].vintage)
    assert.are.equal(1, #row1.sources)
    assert.are.equal(reg.list[1], row1.sources[1]) -- the same record, not a copy
    assert.are.same({ reg.list[1], reg.list[2], reg.list[3] }, row2.sources)
  end)
end)

describe("a source's public page and publisher", function()
  local provenance = require "styr.provenance"
  local report_text = require "styr.report_text"
  local L = require("styr.labels").get("da")
  local b = H.load([[
indicator "a" { title = "A", unit = "count" }
indicator "b" { title = "B", unit = "count" }
indicator "c" { title = "C", unit = "count" }
indicator "d" { title = "D", unit = "count" }
indicator "e" { title = "E", unit = "count" }
body "JT" { name = "Jobbtorget", kind = "administration", level = "operational" }
source "dst" { kind = "statbank", table = "AUP01", title = "Fuldtidsledige", map = { area = "OMRÅDE", time = "Tid",
  indicators = { a = { ContentsCode = "AUP01" } } } }
source "px1" { kind = "pxweb", api = "v1", table = "BE/BE0101/BE0101A/BefolkningNy",
  map = { area = "Region", time = "Tid", indicators = { b = { ContentsCode = "BE0101N1" } } } }
source "star" { kind = "jobindsats", table = "y30r21", token_env = "JOBINDSATS_TOKEN", period = { latest = 4 },
  indicators = { c = { measure = "x" } } }
source "reg" { kind = "csv", file = "data/x.csv", owner = "JT", columns = { period = "p" }, values = { d = "v" } }
source "own" { kind = "statbank", table = "FOLK1A", publisher = "Region Midt", page = "https://example.org/folk1a",
  map = { area = "OMRÅDE", time = "Tid", indicators = { e = { ContentsCode = "FOLK1A" } } } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a", "b", "c", "d", "e" } }
]])

  it("follow each connector's pattern, or the source's own page and publisher", function()
    assert.are.same({}, H.messages(b))
    local function said(id)
      local e = provenance.describe(b, id, "https://x/" .. id)
      e.fetched, e.vintage = "2025-04-01T06:00:00Z", "2025-04-01T06:00:00Z"
      return report_text.source_text(e, L), e.page
    end
    assert.are.same({ "Danmarks Statistik: tabel AUP01 Fuldtidsledige, hentet 2025-04-01", "https://www.statbank.dk/AUP01" },
                    { said("a") })
    assert.are.same({ "Statistiska centralbyrån (SCB, Sverige): tabel BefolkningNy, hentet 2025-04-01",
                      "https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__BE__BE0101__BE0101A/BefolkningNy/" },
                    { said("b") })
    assert.are.same({ "Jobindsats (STAR): tabel Y30R21, hentet 2025-04-01", "https://www.jobindsats.dk/" }, { said("c") })
    assert.are.same({ "Jobbtorget, Testkommun, eget register, hentet 2025-04-01" }, { said("d") })
    assert.are.same({ "Region Midt: tabel FOLK1A, hentet 2025-04-01", "https://example.org/folk1a" }, { said("e") })
  end)
end)

describe("the words of a provenance record", function()
  local report_text = require "styr.report_text"
  local L = require("styr.labels").get("sv")
  it("name the file or the series, where it was read and when", function()
    local typed = with({ origin = "config", file = "init.lua", lines = { 3 }, vintage = "2019-10-01T08:00:00Z" }, OWN)
    local computed = with({ origin = "formula", file = "f.lua", lines = { 7 }, vintage = "2019-10-02T08:00:00Z",
                            inputs = { "Hushåll", "Andel" } }, OWN)
    local fetched = { origin = "fetch", url = URL, source_id = "kolada", connector = "kolada", ref = "Kolada N31807",
                      publisher_key = "kolada", what = "kpi", series = "N31807", series_title = "Invånare",
                      vintage = "2019-10-01T08:00:00Z", fetched = "2019-09-30T23:00:00Z" }
    local bare = { origin = "fetch", url = URL, vintage = "2019-10-01T08:00:00Z" }
    local register = { origin = "fetch", url = "file:///x.csv", publisher_key = "own_register", owner = "Jobbtorget",
                       municipality = "Testkommun", vintage = "2019-10-01T08:00:00Z", fetched = "2019-10-01T08:00:00Z" }
    assert.are.equal("config:init.lua", report_text.location(typed))
    assert.are.equal("formula:f.lua", report_text.location(computed))
    assert.are.equal(URL, report_text.location(fetched))
    -- Credited to the body whose figures they are and the publisher, never to a file name.
    assert.are.equal("Arbetsmarknadsnämnden, Testkommun, egna uppgifter, registrerad 2019-10-01",
                     report_text.source_text(typed, L))
    assert.are.equal("Arbetsmarknadsnämnden, Testkommun, beräknat ur Hushåll och Andel, beräknad 2019-10-02",
                     report_text.source_text(computed, L))
    assert.are.equal("Kolada (RKA): nyckeltal N31807 Invånare, hämtad 2019-09-30 (version 2019-10-01)",
                     report_text.source_text(fetched, L))
    assert.are.equal("api.kolada.se, hämtad 2019-10-01", report_text.source_text(bare, L))
    assert.are.equal("Jobbtorget, Testkommun, eget register, hämtad 2019-10-01", report_text.source_text(register, L))
    local line, named = report_text.sources_line({ fetched, typed }, L)
    assert.are.equal("Kolada (RKA): nyckeltal N31807 Invånare, hämtad 2019-09-30; " ..
                     "Arbetsmarknadsnämnden, Testkommun, egna uppgifter, registrerad 2019-10-01", line)
    assert.are.equal(2, #named)
    assert.are.equal("Nästa leverans: 2020-03-15 (Statistikleverans)",
                     report_text.deliveries_text({ { date = "2020-03-15", event = "Statistikleverans" } }, L))
  end)
end)

describe("a built report", function()
  local dir, db
  before_each(function()
    dir = H.config({ ["init.lua"] = H.MUNICIPALITY .. CONFIG })
    db = assert(store.open(dir .. "/styr.db"))
  end)
  after_each(function()
    db:close()
    H.cleanup(dir)
  end)

  local function load_and_store(now)
    local b = loader.load(dir)
    assert(b:errors() == 0, table.concat(H.messages(b), "\n"))
    assert(db:begin())
    assert(sync.run(db, b, now))
    compute.evaluate_all(b, db, now)
    assert(db:put_rows({ { indicator = "kpi", title = b.indicators.kpi.title, unit = b.indicators.kpi.unit,
                           area = "0580", gender = "T", period_kind = "year", period = "2018", value = 41.5,
                           status = "ok", source = URL, vintage = now, fetched_at = now } }))
    assert(db:commit())
    return b
  end

  it("holds its sources as records, and the JSON names them as the schema says", function()
    local b = load_and_store("2019-10-01T00:00:00Z")
    local doc = assert(require("styr.report").build(b, db, "r", { generated = "2019-10-01", today = "2019-10-01" }))
    local by_origin = {}
    for _, e in ipairs(doc.sources) do
      assert.is_nil(e.source) -- no text to parse back
      by_origin[e.origin] = e
    end
    -- hushall and andel, typed in at lines 4 and 6 of init.lua (after the municipality's three)
    assert.are.same(with({ origin = "config", file = "init.lua", lines = { 4, 6 }, vintage = "2019-10-01T00:00:00Z" },
                         OWN), by_origin.config)
    assert.are.equal("formula", by_origin.formula.origin)
    assert.are.equal("init.lua", by_origin.formula.file)
    assert.are.same({ 8 }, by_origin.formula.lines) -- dubbel's formula
    assert.are.same({ origin = "fetch", url = URL, source_id = "kolada", connector = "kolada", ref = "Kolada N31807",
                      publisher_key = "kolada", what = "kpi", series = "N31807", series_title = KPI_TITLE,
                      page = "https://www.kolada.se/verktyg/fri-sokning/?kpis=N31807", municipality = "Testkommun",
                      vintage = "2019-10-01T00:00:00Z", fetched = "2019-10-01T00:00:00Z" }, by_origin.fetch)
    local json = require("styr.render_json").document(doc)
    local named = {}
    for _, s in ipairs(json.sources) do named[s.source] = s end
    assert.is_truthy(named["config:init.lua"])
    assert.is_truthy(named["formula:init.lua"])
    assert.are.equal("Kolada N31807", named[URL].ref)
    assert.are.equal("kolada", named[URL].source_id)
    -- The goal table's next delivery comes from the wheel, as seen from the report's date.
    assert.are.same({ { date = "2019-11-15", event = "Statistikleverans", indicators = { "hushall" } } },
                    doc.sections[1].deliveries)
  end)

  it("shows the years its span allows: from and to, the last N, or by default the five years up to its own", function()
    local b = load_and_store("2019-10-01T00:00:00Z")
    local opts = { generated = "2019-10-01", today = "2019-10-01" }
    local build = require("styr.report").build
    -- values 2017 (hushall) and 2018; no targets or base year: 2015–2019
    local doc = assert(build(b, db, "r", opts))
    assert.are.same({ 2017, 2018 }, doc.value_years)
    assert.are.same({ from = 2017, to = 2018 }, doc.shown_years)
    b.reports.r.years = { from = 2018, to = 2018 }
    doc = assert(build(b, db, "r", opts))
    assert.are.same({ 2018 }, doc.value_years)
    b.reports.r.years = { last = 1 }
    doc = assert(build(b, db, "r", opts))
    assert.are.same({}, doc.value_years)
    b.reports.r.years = { to = 2017 }
    doc = assert(build(b, db, "r", opts))
    assert.are.same({ 2017 }, doc.value_years)
    local csv = require("styr.render_csv").render(doc)
    assert.is_nil(csv:find("value_2018", 1, true))
    assert.is_truthy(csv:find("value_2017", 1, true))
  end)

  it("is rendered by the pipeline's driver in each of the report's formats", function()
    local b = load_and_store("2019-10-01T00:00:00Z")
    local files = assert(require("styr.pipeline").render_report(b, db, "r", { generated = "2019-10-01", today = "2019-10-01" }))
    local names = {}
    for _, f in ipairs(files) do names[#names + 1] = f.name end
    assert.are.same({ "r.json", "r.csv" }, names)
    assert.matches('"source": "config:init.lua"', files[1].data, 1, true)
  end)
end)

describe("the wheel's next deliveries", function()
  local wheel = require "styr.wheel"
  local b = H.load([[
indicator "a" { title = "A", unit = "count" }
indicator "c" { title = "C", unit = "count" }
goal "G" { title = "G", indicators = { "a", "c" } }
event "tidig" { title = "Tidig", kind = "data", source = "SCB", indicators = { "a" }, yearly = { "03-15" } }
event "sen" { title = "Sen", kind = "data", source = "SCB", indicators = { "a", "c" }, yearly = { "11-15" }, at = "08:00" }
event "mote" { title = "Möte", kind = "meeting", body = "AMN", yearly = { "01-10" } }
]])
  assert(b:errors() == 0, table.concat(H.messages(b), "\n"))

  it("are the first data event on or after a day, this year or the next", function()
    local nd = wheel.next_deliveries(b, calendar.parse_date("2019-10-01"), 2019)
    assert.are.same({ a = { date = "2019-11-15", ev = "sen" }, c = { date = "2019-11-15", ev = "sen" } }, nd)
    nd = wheel.next_deliveries(b, calendar.parse_date("2019-12-01"), 2019)
    assert.are.same({ date = "2020-03-15", ev = "tidig" }, nd.a)
    assert.are.same({ date = "2020-11-15", ev = "sen" }, nd.c)
  end)

  it("count from a moment when given one: a delivery earlier that day has passed", function()
    local tz = require "styr.tz"
    local at_nine = tz.from_local({ year = 2019, month = 11, day = 15, hour = 9, min = 0 }, b.timezone)
    local nd = wheel.next_deliveries(b, nil, 2019, at_nine)
    assert.are.same({ date = "2020-03-15", ev = "tidig" }, nd.a)
    assert.are.same({ date = "2020-11-15", ev = "sen" }, nd.c)
  end)

  it("come from a year's occurrences in time order, all-day items first on a day", function()
    local list = wheel.year_occurrences(b, 2019)
    local ids = {}
    for _, item in ipairs(list) do ids[#ids + 1] = item.ev.id end
    assert.are.same({ "mote", "tidig", "sen" }, ids)
  end)
end)

describe("a chart's title", function()
  local charts = require "styr.charts"
  local L = require("styr.labels").get("sv")

  it("is a field of the chart record, as the SVG shows it", function()
    local doc = { labels = L, language = "sv", value_years = { 2017, 2018 }, target_years = {} }
    local row = { indicator = "x", title = "Andel & <del>\1 \"x\"", values = { [2017] = 1, [2018] = 2 },
                  targets = {}, decimals = 0, missing = {} }
    local n = 0
    local list = charts.for_indicator(doc, { row }, { line = true }, function() n = n + 1; return "chart-" .. n end)
    assert.are.equal(1, #list)
    -- The control character XML does not allow is left out, as in the drawing.
    assert.are.equal("Andel & <del> \"x\"", list[1].title)
    assert.matches('<title id="chart-1-t">Andel &amp; &lt;del&gt; &quot;x&quot;</title>', list[1].svg, 1, true)
    local sections = { { perspective = "P", goals = { { rows = { { status = "met" } } } } } }
    local svg, title = charts.status_chart({ sections = sections, labels = L, language = "sv" }, "chart-status")
    assert.are.equal(L.status_overview, title)
    assert.matches(">" .. L.status_overview .. "</title>", svg, 1, true)
  end)

  it("names the Markdown image from the document, never read back from the SVG", function()
    local dir = H.config({ ["init.lua"] = H.MUNICIPALITY .. [[
indicator "hushall" { title = "Hushåll", unit = "households", direction = "decrease",
  values = { [2017] = 2996, [2018] = 3130 } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "hushall" } }
report "r" { title = "R", year = 2019, formats = { "md" },
  layout = { chart { kind = "line", indicator = "hushall" } } }
]] })
    local db = assert(store.open(dir .. "/styr.db"))
    local b = loader.load(dir)
    assert(b:errors() == 0, table.concat(H.messages(b), "\n"))
    assert(db:begin())
    assert(sync.run(db, b, "2019-10-01T00:00:00Z"))
    assert(db:commit())
    local doc = assert(require("styr.report").build(b, db, "r", { generated = "2019-10-01", today = "2019-10-01" }))
    db:close()
    H.cleanup(dir)
    local chart = doc.blocks[1]
    assert.are.equal("chart", chart.kind)
    assert.are.equal("Hushåll", chart.title)
    local render_md = require "styr.render_md"
    assert.matches("![Hushåll](r-chart-1.svg)", (render_md.render(doc, "r")), 1, true)
    chart.title = "Hushåll [med] *stöd*" -- the record, whatever the drawing says
    assert.matches("![Hushåll \\[med\\] \\*stöd\\*](r-chart-1.svg)", (render_md.render(doc, "r")), 1, true)
  end)
end)
