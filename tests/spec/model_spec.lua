local H = require "tests.spec.helper"

describe("configuration language", function()
  it("accepts a valid configuration", function()
    local b = H.load([[
indicator "hushall" { title = "Hushåll", unit = "households", direction = "decrease",
                      values = { [2017] = 2996, [2018] = 3130 }, targets = { [2019] = 2800 } }
goal "G1" { title = "Färre hushåll", perspective = "Medborgare", body = "AMN", indicators = { "hushall" } }
activity { goal = "G1", title = "Digital ansökan", owner = "AMN", due = "2019-12-31" }
report "r" { title = "R", year = 2019 }
]])
    assert.are.same({}, H.messages(b))
    assert.are.equal(2996, b.indicators.hushall.values[2017])
    assert.are.equal("G1", b.goal_order[1])
  end)

  it("names an unknown field and the closest known one", function()
    local b = H.load('indicator "a" { titel = "A" }\n')
    assert.truthy(H.has(b, "^4: indicator 'a': unknown field 'titel' %(did you mean 'title'%?%)"))
  end)

  it("reports duplicate ids with both locations", function()
    local b = H.load('indicator "a" { title = "A" }\nindicator "a" { title = "B" }\n')
    assert.truthy(H.has(b, "^5: duplicate indicator 'a' %(first declared at .*init.lua:4%)"))
  end)

  it("reports references to unknown ids, with a suggestion", function()
    local b = H.load([[
indicator "hushall" { title = "H" }
goal "G1" { title = "G", body = "AMX", indicators = { "hushal" } }
activity { goal = "G2", title = "A", owner = "AMN" }
]])
    assert.truthy(H.has(b, "goal 'G1': body refers to an unknown body 'AMX' %(did you mean 'AMN'%?%)"))
    assert.truthy(H.has(b, "goal 'G1': indicators refers to an unknown indicator 'hushal' %(did you mean 'hushall'%?%)"))
    assert.truthy(H.has(b, "^6: activity 'A': goal refers to an unknown goal 'G2'"))
  end)

  it("checks whose figures an indicator or a register is, and a source's title, publisher and page", function()
    local b = H.load([[
indicator "a" { title = "A", owner = "AMX" }
indicator "k" { title = "K", owner = "AMN" }
source "kolada" { kind = "kolada", kpis = { k = "N31807" }, title = "", page = "www.kolada.se", publisher = 5 }
source "reg" { kind = "csv", file = "data/x.csv", owner = "AMNN", indicators = { a = { value = "v" } } }
goal "G1" { title = "G", body = "AMN", indicators = { "a", "k" } }
]])
    assert.truthy(H.has(b, "indicator 'a': owner refers to an unknown body 'AMX' %(did you mean 'AMN'%?%)"))
    assert.falsy(H.has(b, "indicator 'k': owner"))
    assert.truthy(H.has(b, "title must be a text"))
    assert.truthy(H.has(b, "publisher must be a text"))
    assert.truthy(H.has(b, "page must be the http:// or https:// address of the source's public page, not www.kolada.se"))
    assert.truthy(H.has(b, "source 'reg': owner refers to an unknown body 'AMNN' %(did you mean 'AMN'%?%)"))
  end)

  it("refuses a numeric target without a direction", function()
    local b = H.load('indicator "a" { title = "A", targets = { [2019] = 5 } }\n')
    assert.truthy(H.has(b, "targets%[2019%] is a target, but the indicator has no direction"))
  end)

  it("refuses a value that is not a number", function()
    local b = H.load('indicator "a" { title = "A", values = { [2018] = "12" } }\n')
    assert.truthy(H.has(b, "values%[2018%] is the text \"12\"; a value must be a number"))
    b = H.load('indicator "a" { title = "A", values = { [2018] = 0/0 } }\n')
    assert.truthy(H.has(b, "must be a finite number"))
    b = H.load('indicator "a" { title = "A", values = { [2018] = math.huge } }\n')
    assert.truthy(H.has(b, "must be a finite number"))
    b = H.load('indicator "a" { title = "A", values = { ["2018"] = 1 } }\n')
    assert.truthy(H.has(b, "keys must be years"))
  end)

  it("checks enumerations, dates and tolerances", function()
    local b = H.load([[
indicator "a" { title = "A", unit = "procent", direction = "up", tolerance = { percent = -5 } }
goal "G" { title = "G", indicators = { "a" } }
activity { goal = "G", title = "X", due = "2019-02-30" }
]])
    assert.truthy(H.has(b, "unit 'procent' is not one of"))
    assert.truthy(H.has(b, "direction 'up' is not one of"))
    assert.truthy(H.has(b, "percent must not be negative"))
    assert.truthy(H.has(b, "is not a real date"))
  end)

  it("knows leap years and the years 1-9999 (the C core's calendar)", function()
    local b = H.load([[
goal "G" { title = "G" }
activity { goal = "G", title = "A", due = "2000-02-29" }
activity { goal = "G", title = "B", due = "2024-02-29" }
activity { goal = "G", title = "C", due = "1900-02-29" }
activity { goal = "G", title = "D", due = "0000-01-01" }
]])
    assert.falsy(H.has(b, '"2000%-02%-29" is not a real date'))
    assert.falsy(H.has(b, '"2024%-02%-29" is not a real date'))
    assert.truthy(H.has(b, '^7: activity: due "1900%-02%-29" is not a real date'))
    assert.truthy(H.has(b, '^8: activity: due "0000%-01%-01" is not a real date'))
  end)

  it("finds cycles in reporting lines and a chair who is not a member", function()
    local b = H.load([[
group "A" { name = "A", reports_to = "B", chair = "x", members = { "y" } }
group "B" { name = "B", reports_to = "A" }
]])
    assert.truthy(H.has(b, "reporting lines go round in a circle"))
    assert.truthy(H.has(b, "the chair 'x' is not one of its members"))
  end)

  it("reports every problem, not only the first", function()
    local b = H.load([[
indicator "a" { titel = "A" }
indicator "b" { title = "B", values = { [2018] = "x" } }
goal "G" { title = "G", indicators = { "a", "c" } }
]])
    assert.is_true(#H.messages(b) >= 4)
  end)

  it("fails loudly on unknown names and new globals", function()
    local b = H.load('indcator "a" { title = "A" }\n')
    assert.truthy(H.has(b, "^4: unknown name 'indcator' %(did you mean 'indicator'%?%)"))
    b = H.load('x = 1\n')
    assert.truthy(H.has(b, "cannot create the global variable 'x'"))
  end)

  it("includes files, names their lines, and refuses paths outside the folder", function()
    local b = H.load('include "more.lua"\n', { ["more.lua"] = '\nindicator "z" { title = 5 }\n' })
    local found = false
    for _, p in ipairs(b.problems) do
      if p.file:match("more%.lua$") and p.line == 2 then found = true end
    end
    assert.is_true(found)
    b = H.load('include "../etc/passwd"\n')
    assert.truthy(H.has(b, "must name a file inside the configuration folder"))
    b = H.load('include "x.lua"\ninclude "x.lua"\n', { ["x.lua"] = "" })
    assert.truthy(H.has(b, "already included"))
  end)

  it("runs configuration code without the unsafe parts of Lua", function()
    for _, name in ipairs({ "io", "debug", "package", "require", "dofile", "loadfile", "load" }) do
      local b = H.load("local x = " .. name .. "\n")
      assert.truthy(H.has(b, "unknown name '" .. name .. "'"), name)
    end
    local b = H.load('local f = os.execute\nassert(f == nil)\nassert(os.getenv == nil)\nassert(string.dump == nil)\n')
    assert.are.same({}, H.messages(b))
    b = H.load('setmetatable({}, { __gc = function() end })\n')
    assert.truthy(H.has(b, "__gc metamethods are not allowed"))
  end)

  it("keeps one configuration from changing the libraries of the engine", function()
    local b = H.load('string.format = nil\n')
    assert.are.same({}, H.messages(b))
    assert.is_function(string.format)
  end)

  it("warns about an indicator that belongs to no goal", function()
    local b = H.load('indicator "lonely" { title = "L" }\n')
    assert.are.same({}, H.messages(b))
    assert.are.equal("warning", b.problems[1].level)
  end)
end)
