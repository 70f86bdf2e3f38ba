require "tests.spec.helper"
local charts = require "styr.charts"

local L = { value = "Utfall", target = "Mål", base = "Basvärde" }

describe("chart scales", function()
  it("picks nice steps of 1, 2, 2.5 or 5 times a power of ten", function()
    assert.are.equal(1, charts.nice_step(5, 5))
    assert.are.equal(1000, charts.nice_step(3130, 5))
    assert.are.equal(0.2, charts.nice_step(0.9, 5))
    assert.are.equal(25, charts.nice_step(100, 4))
    assert.are.equal(1, charts.nice_step(0, 5))
  end)

  it("covers the values, starts at zero and has exact ticks", function()
    local s = charts.scale(2996, 3130, 5)
    assert.are.equal(0, s.min)
    assert.are.equal(4000, s.max)
    assert.are.same({ 0, 1000, 2000, 3000, 4000 }, s.ticks)
    s = charts.scale(0.1, 0.7, 5)
    assert.are.same({ 0, 0.2, 0.4, 0.6, 0.8 }, s.ticks)
  end)

  it("handles negative values and a flat series", function()
    local s = charts.scale(-3, 7, 5)
    assert.is_true(s.min <= -3 and s.max >= 7)
    assert.are.same({ -4, -2, 0, 2, 4, 6, 8 }, s.ticks)
    s = charts.scale(0, 0, 5)
    assert.are.equal(0, s.min)
    assert.is_true(s.max > 0)
  end)

  it("writes coordinates without -0 or float noise", function()
    assert.are.equal("0", charts.coord(-0.01))
    assert.are.equal("12.5", charts.coord(12.49999))
    assert.are.equal("3", charts.coord(3.0))
  end)
end)

describe("chart SVG", function()
  local function line(overrides)
    local o = { id = "c1", title = "Hushåll", language = "sv", years = { 2017, 2018, 2019 },
                values = { [2017] = 2996, [2018] = 3130 }, targets = { [2019] = 2800 },
                base = { year = 2018, value = 3130 }, labels = L }
    for k, v in pairs(overrides or {}) do o[k] = v end
    return charts.line(o)
  end

  it("has a title and a description for screen readers", function()
    local svg = line()
    assert.truthy(svg:find('<title id="c1-t">Hushåll</title>', 1, true))
    assert.truthy(svg:find('<desc id="c1-d">', 1, true))
    assert.truthy(svg:find('role="img" aria-labelledby="c1-t c1-d"', 1, true))
  end)

  it("formats ticks and values for the language", function()
    local svg = line()
    assert.truthy(svg:find(">3\u{00A0}000<", 1, true))        -- Swedish: no-break space between thousands
    assert.truthy(svg:find(">3\u{00A0}130<", 1, true))
    local da = line({ language = "da" })
    assert.truthy(da:find(">3.000<", 1, true))                 -- Danish: a point
    local dec = charts.bars { id = "b", title = "Andel", language = "sv", decimals = 1,
                              bars = { { label = "Kvinnor", value = 87.2 }, { label = "Män", value = 92.6 } } }
    assert.truthy(dec:find(">87,2<", 1, true))                 -- decimal comma
  end)

  it("draws values, targets and the base value with a legend", function()
    local svg = line()
    assert.truthy(svg:find('class="values"', 1, true))
    assert.truthy(svg:find('class="target"', 1, true))
    assert.truthy(svg:find('class="base"', 1, true))
    assert.truthy(svg:find(">Mål<", 1, true))
    assert.truthy(svg:find("Basvärde 3\u{00A0}130 (2018)", 1, true))
    for _, y in ipairs({ "2017", "2018", "2019" }) do assert.truthy(svg:find(">" .. y .. "<", 1, true)) end
  end)

  it("escapes every text", function()
    local svg = line({ title = "</text><script>alert(1)</script> & \"q\" 'a'\0" })
    assert.falsy(svg:find("<script>", 1, true))
    assert.truthy(svg:find("&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;", 1, true))
    assert.falsy(svg:find("\0", 1, true))
    local bars = charts.bars { id = "b", title = "x", language = "sv",
                               bars = { { label = "<b>&", value = 1 } } }
    assert.truthy(bars:find("&lt;b&gt;&amp;", 1, true))
  end)

  it("leaves out bars without a value (missing or suppressed)", function()
    local svg = charts.bars { id = "b", title = "x", language = "sv",
                              bars = { { label = "Kvinnor" }, { label = "Män", value = 12 } } }
    assert.falsy(svg:find("Kvinnor", 1, true))
    assert.truthy(svg:find(">12<", 1, true))
    local n = select(2, svg:gsub('class="bar"', ""))
    assert.are.equal(1, n)
  end)

  it("counts statuses per group with words in the legend", function()
    local svg = charts.status_overview { id = "s", title = "Status", language = "sv",
      labels = { met = "Uppfyllt", on_the_way = "På väg", not_met = "Ej uppfyllt", no_data = "Uppgift saknas" },
      groups = { { label = "Medborgare", counts = { met = 2, not_met = 1 } }, { label = "Ekonomi", counts = {} } } }
    assert.truthy(svg:find("<title>Uppfyllt: 2</title>", 1, true))
    assert.truthy(svg:find("<title>Ej uppfyllt: 1</title>", 1, true))
    assert.truthy(svg:find(">Uppgift saknas<", 1, true))
    assert.truthy(svg:find("Medborgare: Uppfyllt 2, På väg 0, Ej uppfyllt 1, Uppgift saknas 0", 1, true))
  end)

  it("ranks the municipality among its peers, best first, highlighted, with the national value", function()
    local function ranking(direction)
      return charts.ranking { id = "r", title = "Andel 2019", language = "sv", decimals = 1, direction = direction,
        values = { { name = "0580", value = 50, self = true }, { name = "Norrköping", value = 60.5 },
                   { name = "1880", value = 45 } }, national = 48, national_label = "Riket" }
    end
    local svg = ranking("increase")
    assert.truthy(svg:find('<title id="r-t">Andel 2019</title>', 1, true))
    assert.truthy(svg:find("Norrköping 60,5; 0580 50,0; 1880 45,0; Riket 48,0", 1, true))
    assert.are.equal(1, select(2, svg:gsub('<rect class="self"', "")))
    assert.truthy(svg:find("▶ 0580", 1, true))
    assert.truthy(svg:find('<line class="national"', 1, true))
    assert.truthy(ranking("decrease"):find("1880 45,0; 0580 50,0; Norrköping 60,5", 1, true))
    assert.are.equal(ranking("increase"), ranking("increase"))
  end)

  it("gives the same bytes for the same input", function()
    assert.are.equal(line(), line())
  end)
end)

describe("chart texts on any screen", function()
  local LONG = "Antal deltagare inskrivna i arbetsmarknadsnämndens verksamheter som avslutas till arbete " ..
               "(både subventionerade och osubventionerade anställningar) eller studier"

  local function tspans(svg)
    local t = svg:match('<text class="chart%-title".-</text>')
    local lines = {}
    for l in t:gmatch("<tspan[^>]*>(.-)</tspan>") do lines[#lines + 1] = l end
    return lines
  end

  it("wraps a long title onto lines that fit the chart, and makes the chart taller", function()
    local short = charts.line { id = "a", title = "Kort", language = "sv", years = { 2018, 2019 },
                                values = { [2018] = 1, [2019] = 2 }, labels = L }
    local svg = charts.line { id = "a", title = LONG, language = "sv", years = { 2018, 2019 },
                              values = { [2018] = 1, [2019] = 2 }, labels = L }
    local lines = tspans(svg)
    assert.is_true(#lines >= 3)
    for _, l in ipairs(lines) do assert.is_true(utf8.len(l) * 12 * 0.7 <= 560 - 16, l) end
    assert.are.equal(LONG, table.concat(lines, " "))
    assert.are.equal(1, #tspans(short))
    local h_short = tonumber(short:match('height="(%d+)"'))
    local h_long = tonumber(svg:match('height="(%d+)"'))
    assert.are.equal(h_short + (#lines - 1) * 15, h_long)
  end)

  it("thins the year ticks of a long series and always shows the latest year", function()
    local years, values = {}, {}
    for y = 2005, 2027 do years[#years + 1] = y; values[y] = 123400 + y % 3 end
    local svg = charts.line { id = "t", title = "T", language = "sv", years = years, values = values, labels = L }
    local ticks = {}
    for y in svg:gmatch('class="tick">(%d%d%d%d)</text>') do ticks[#ticks + 1] = tonumber(y) end
    assert.is_true(#ticks < #years and #ticks >= 5)
    assert.are.equal(2027, ticks[#ticks])
    -- Close numbers at every point: only those with a free place are written; all are in the table.
    local shown = select(2, svg:gsub('class="value"', ""))
    assert.is_true(shown < #years)
    local _, data = charts.line { id = "t", title = "T", language = "sv", years = years, values = values, labels = L }
    assert.are.equal(#years, #data.rows)
  end)

  it("shortens long names with an ellipsis and keeps the whole name in a <title>", function()
    local svg, data = charts.ranking { id = "r", title = "Andel", language = "sv", decimals = 1,
      values = { { name = "0580", value = 50, self = true }, { name = "Upplands-Väsby och Sollentuna tillsammans", value = 60 } } }
    assert.truthy(svg:find("<title>Upplands-Väsby och Sollentuna tillsammans</title>Upplands", 1, true))
    assert.truthy(svg:find("…</text>", 1, true))
    assert.are.same({ "Upplands-Väsby och Sollentuna tillsammans", "60,0" }, data.rows[1])
    local bars = charts.bars { id = "b", title = "B", language = "sv",
      bars = { { label = "Kvinnor", value = 1 }, { label = "Män", value = 2 }, { label = "Ickebinära och övriga", value = 3 },
               { label = "Uppgift om kön saknas helt", value = 4 } } }
    assert.truthy(bars:find("<title>Uppgift om kön saknas helt</title>", 1, true))
    local so, sdata = charts.status_overview { id = "s", title = "S", language = "sv", labels = { met = "Uppfyllt" },
      groups = { { label = "Medborgare och brukare i arbetsmarknadsnämndens samtliga verksamheter", counts = { met = 2 } } } }
    assert.truthy(so:find("<title>Medborgare och brukare i arbetsmarknadsnämndens samtliga verksamheter</title>", 1, true))
    assert.are.same({ "Medborgare och brukare i arbetsmarknadsnämndens samtliga verksamheter", "2", "0", "0", "0" },
                    sdata.rows[1])
  end)
end)
