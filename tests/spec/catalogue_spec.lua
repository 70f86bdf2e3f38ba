-- The bundled catalogues: the municipality catalogue (plugins/municipality_catalog.lua) holds every
-- municipality of the recorded lists in tests/fixtures/opendata (read here independently) with its name and
-- comparison group; the Kolada KPI catalogue carries coverage and latest year.
local H = require "tests.spec.helper"
local catalog = require "styr.catalog"

local DIR = "tests/fixtures/opendata/"

-- Rows of a simple CSV (quoted or bare fields, no quoted separators), as lists.
local function rows(text, sep)
  local out = {}
  text = text:gsub("^\239\187\191", "")
  for line in text:gmatch("[^\r\n]+") do
    local cells = {}
    for cell in (line .. sep):gmatch("(.-)" .. sep) do cells[#cells + 1] = cell:gsub('^"(.*)"$', "%1") end
    out[#out + 1] = cells
  end
  return out
end

describe("the bundled municipality catalogue", function()
  it("has every Swedish municipality of Kolada's list, with its county as comparison group", function()
    local n = 0
    for i, r in ipairs(rows(H.read(DIR .. "kolada/municipality_v3.csv"), ",")) do
      if i > 1 and r[3] == "K" then
        n = n + 1
        local m = catalog.lookup(r[1])
        assert.is_table(m, r[1])
        assert.are.same({ "SE", r[2], r[1]:sub(1, 2), "sv" }, { m.country, m.short, m.group, m.language })
      end
    end
    assert.are.equal(290, n)
    local m = catalog.lookup("0581")
    assert.are.same({ "Norrköpings kommun", "Östergötlands län" }, { m.name, m.group_name })
    assert.is_nil(catalog.lookup("0000"), "Riket is not a municipality")
    assert.is_nil(catalog.lookup("0005"), "a region is not a municipality")
  end)

  it("has every Danish municipality of Statistics Denmark's KOMGRP, in its group", function()
    local group, n = nil, 0
    local names = {}
    for i, r in ipairs(rows(H.read(DIR .. "dst/komgrp_municipality_groups.csv"), ";")) do
      if i > 1 and r[3] == "1" then group = r[2]; names[group] = r[4] end
      if i > 1 and r[3] == "2" then
        n = n + 1
        local m = catalog.lookup(r[2])
        assert.is_table(m, r[2])
        assert.are.same({ "DK", r[4], group, names[group], "da" }, { m.country, m.short, m.group, m.group_name, m.language })
      end
    end
    assert.are.equal(98, n)
    local m = catalog.lookup("707")
    assert.are.same({ "Norddjurs Kommune", "Landkommuner" }, { m.name, m.group_name })
    assert.are.equal(30, #catalog.peers(m))
  end)

  it("names Swedish municipalities in the genitive, as their councils do", function()
    assert.are.equal("Ale kommun", catalog.lookup("1440").name)
    assert.are.equal("Borås kommun", catalog.lookup("1490").name)
    assert.are.equal("Malmö kommun", catalog.lookup("1280").name)
    assert.are.equal("Linköpings kommun", catalog.lookup("0580").name)
    assert.are.equal("Falu kommun", catalog.lookup("2080").name)
    assert.are.equal("Region Gotland", catalog.lookup("0980").name)
    assert.are.equal("Københavns Kommune", catalog.lookup("101").name)
  end)

  it("tells the country by the code's form", function()
    assert.are.same({ "SE", "DK" }, { catalog.country_of("0581"), catalog.country_of("707") })
    assert.is_nil(catalog.country_of("58"))
    assert.is_nil(catalog.country_of("05811"))
  end)
end)

describe("the bundled Kolada catalogue", function()
  it("says which areas Kolada has a KPI for and its latest year", function()
    local kolada = require "styr.plugin.kolada"
    local k = kolada.bundled("N31807")
    assert.are.same({ "N31807", "municipalities and regions", "2025" }, { k.id, k.coverage, k.latest })
    assert.matches("^Invånare som någon gång under året erhållit ekonomiskt bistånd", k.title)
    assert.are.equal("municipalities", kolada.bundled("N31816").coverage)
    assert.is_nil(kolada.bundled("N02280").latest, "no latest year where Kolada gives none")
    local live = kolada.search_parse('{"values":[{"id":"N1","title":"T","municipality_type":"L","publ_period":2024},' ..
                                     '{"id":"N2","title":"U"}]}', "u")
    assert.are.same({ id = "N1", title = "T", coverage = "regions", latest = "2024" }, live[1])
    assert.are.same({ id = "N2", title = "U" }, live[2])
  end)
end)
