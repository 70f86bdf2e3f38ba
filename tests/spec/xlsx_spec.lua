require "tests.spec.helper"
local xlsx = require "styr.xlsx"
local render_xlsx = require "styr.render_xlsx"

describe("styr.xlsx", function()
  it("returns the workbook's bytes (a zip)", function()
    local bytes = assert(xlsx.workbook { title = "T", created = 0, sheets = {
      { name = "A", widths = { 20, 10 }, freeze = 1,
        rows = { { { value = "h", bold = true }, { value = "n", bold = true } },
                 { "=cmd", { value = 1.25, format = "0.00" } }, { false, "" } } } } })
    assert.are.equal("PK", bytes:sub(1, 2))
  end)

  it("gives the same bytes for the same description", function()
    local d = { created = 1570000000, sheets = { { name = "A", rows = { { 1, "x" } } } } }
    assert.are.equal(xlsx.workbook(d), xlsx.workbook(d))
  end)

  it("refuses a bad or duplicate sheet name with a message", function()
    local ok, err = xlsx.workbook { sheets = { { name = "a[1]", rows = {} } } }
    assert.is_nil(ok)
    assert.truthy(err:find("a[1]", 1, true))
    ok, err = xlsx.workbook { sheets = { { name = "A", rows = {} }, { name = "a", rows = {} } } }
    assert.is_nil(ok)
    assert.truthy(err)
  end)

  it("sets an autofilter, a landscape A4 page one page wide, and hyperlinks, as openpyxl reads them", function()
    local bytes = assert(xlsx.workbook { created = 0, sheets = {
      { name = "A", freeze = 1, filter = 1, landscape = true,
        rows = { { "h1", "h2", "h3" }, { 1, { value = "Kolada", url = "https://www.kolada.se/?kpis=N1" } },
                 { 2, { url = "https://example.org/x" } } } } } })
    local tmp = os.tmpname()
    local path = tmp .. ".xlsx" -- openpyxl reads a workbook by its name's ending
    local f = assert(io.open(path, "wb")); f:write(bytes); f:close()
    local p = assert(io.popen("/usr/bin/python3 -c '" .. [[
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["A"]
print(ws.auto_filter.ref, ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth,
      ws.page_setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage, ws.print_title_rows)
for c in ("B2", "B3"): print(ws[c].value, ws[c].hyperlink.target)
]] .. "' " .. path))
    local out = p:read("a")
    p:close()
    os.remove(path)
    os.remove(tmp)
    -- fitToWidth is left out when it is 1, its default in OOXML (openpyxl: None); 0 pages down is "as many as it takes"
    assert.are.equal("A1:C3 landscape 9 None 0 True $1:$1\nKolada https://www.kolada.se/?kpis=N1\n" ..
                     "https://example.org/x https://example.org/x\n", out)
  end)

  it("refuses a hyperlink that is not http:// or https://", function()
    local ok, err = xlsx.workbook { sheets = { { name = "A", rows = { { { value = "x", url = "javascript:alert(1)" } } } } } }
    assert.is_nil(ok)
    assert.truthy(err:find("row 1, column 1", 1, true))
  end)

  it("refuses a cell it cannot store and names it", function()
    local ok, err = xlsx.workbook { sheets = { { name = "A", rows = { { 1, print } } } } }
    assert.is_nil(ok)
    assert.truthy(err:find("row 1, column 2", 1, true))
  end)
end)

describe("render_xlsx helpers", function()
  it("dates the workbook from the generation date (UTC)", function()
    assert.are.equal(0, render_xlsx.epoch_of("1970-01-01"))
    assert.are.equal(1569888000, render_xlsx.epoch_of("2019-10-01"))
    assert.are.equal(951782400, render_xlsx.epoch_of("2000-02-29"))
  end)

  it("turns decimals into Excel number formats", function()
    assert.are.equal("#,##0", render_xlsx.number_format(0))
    assert.are.equal("#,##0.0", render_xlsx.number_format(1))
    assert.are.equal("#,##0.00", render_xlsx.number_format(2))
  end)
end)

describe("report sheet names", function()
  it("are unique without case, Nordic letters too, cut at 31 characters and cleaned", function()
    local used = {}
    assert.equal("Äldre", render_xlsx.sheet_name("Äldre", used))
    assert.equal("äldre (2)", render_xlsx.sheet_name("äldre", used))
    assert.equal("ØKONOMI", render_xlsx.sheet_name("ØKONOMI", used))
    assert.equal("økonomi (2)", render_xlsx.sheet_name("økonomi", used))
    assert.equal("a b", render_xlsx.sheet_name("a/b", used))
    assert.equal(31, utf8.len(render_xlsx.sheet_name(string.rep("å", 40), used)))
  end)
end)
