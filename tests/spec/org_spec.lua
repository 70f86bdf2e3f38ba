local H = require "tests.spec.helper"

local warnings = H.warnings

describe("organisation model", function()
  it("accepts a board with seats, deputies, appointing parties and a working group with dates", function()
    local b = H.load([[
body "styrelsen" { name = "Styrelsen", kind = "association_board", level = "decision",
  seats = { members = 9, deputies = 9 }, appointed_by = { "Region", "Kommun" },
  chair = "ordförande", vice_chair = "vice ordförande",
  members = { "ordförande", "vice ordförande", { role = "ledamot", count = 7 } },
  deputies = { { role = "ersättare", count = 9 } }, secretary = { "förbundschef" } }
group "wg" { name = "Gemensam ingång", level = "operational", reports_to = "AMN", mission = "Ta fram en idé",
  owner_area = "Arbetsmarknad", deadline = "2019-05-31", deciding_body = "AMN", decision_date = "2019-06-13",
  state = "running" }
]])
    assert.are.same({}, H.messages(b))
    assert.are.equal(9, require("styr.org").headcount(b.bodies.styrelsen.members))
  end)

  it("refuses more members than seats, counting count", function()
    local b = H.load([[
body "s" { name = "S", seats = { members = 9, deputies = 2 }, members = { { role = "ledamot", count = 10 } },
           deputies = { "a", "b", "c" } }
]])
    assert.truthy(H.has(b, "^4: body 's': 10 members but only 9 seats %(seats.members%)"))
    assert.truthy(H.has(b, "^4: body 's': 3 deputies but only 2 seats %(seats.deputies%)"))
  end)

  it("refuses a chair or vice chair who is not a member, unless the body says the chair sits outside", function()
    local b = H.load([[
body "a" { name = "A", chair = "x", vice_chair = "y", members = { "z" } }
body "b" { name = "B", chair = "x", chair_is_member = false, members = { "z" } }
]])
    assert.truthy(H.has(b, "^4: body 'a': the chair 'x' is not one of its members"))
    assert.truthy(H.has(b, "^4: body 'a': the vice chair 'y' is not one of its members"))
    assert.falsy(H.has(b, "body 'b'"))
  end)

  it("refuses a deadline after the decision date, and dates that are not dates", function()
    local b = H.load([[
group "wg" { name = "W", deadline = "2019-05-31", deciding_body = "AMN", decision_date = "2019-04-25" }
group "wg2" { name = "W2", deadline = "2019-02-30" }
]])
    assert.truthy(H.has(b, "^4: body 'wg': the deadline 2019%-05%-31 falls after the decision date 2019%-04%-25"))
    assert.truthy(H.has(b, "^5: body 'wg2': deadline \"2019%-02%-30\" is not a real date"))
  end)

  it("names unknown references in reports_to, deciding_body, supports and receives", function()
    local b = H.load([[
group "wg" { name = "W", reports_to = "AMM", deciding_body = "KS" }
role "pl" { name = "PL", supports = { "wx" } }
body "x" { name = "X", receives = { "uppfolning" } }
report "uppfoljning" { title = "U", year = 2019 }
]])
    assert.truthy(H.has(b, "body 'wg': reports_to refers to an unknown body 'AMM' %(did you mean 'AMN'%?%)"))
    assert.truthy(H.has(b, "body 'wg': deciding_body refers to an unknown body 'KS'"))
    assert.truthy(H.has(b, "role 'pl': supports refers to an unknown body 'wx'"))
    assert.truthy(H.has(b, "body 'x': receives refers to an unknown report 'uppfolning' %(did you mean 'uppfoljning'%?%)"))
  end)

  it("reports a circle in reporting lines once, naming every body in it", function()
    local b = H.load([[
body "a" { name = "A", reports_to = "b" }
body "b" { name = "B", reports_to = "c" }
body "c" { name = "C", reports_to = "a" }
body "d" { name = "D", reports_to = "a" }
]])
    local circles = 0
    for _, m in ipairs(H.messages(b)) do if m:find("go round in a circle") then circles = circles + 1 end end
    assert.are.equal(1, circles)
    assert.truthy(H.has(b, "a → b → c → a"))
  end)

  it("refuses a duplicate id across bodies, groups and roles", function()
    local b = H.load('group "AMN" { name = "Dubblett" }\n')
    assert.truthy(H.has(b, "^4: duplicate organisation id 'AMN'"))
  end)

  it("orders the tree from the top, with what reports to each body under it", function()
    local b = H.load([[
body "KS" { name = "KS", level = "decision" }
group "g" { name = "G", reports_to = "KS" }
role "r" { name = "R", reports_to = "g" }
]])
    local tree = require("styr.org").tree(b)
    local order = {}
    for _, n in ipairs(tree) do order[#order + 1] = n.id .. ":" .. n.depth end
    assert.are.same({ "AMN:0", "KS:0", "g:1", "r:2" }, order)
    assert.are.same({}, warnings(b))
  end)
end)

describe("labels", function()
  local labels = require "styr.labels"
  it("has every key in Swedish, Danish and English", function()
    local function keys(t, prefix, out)
      for k, v in pairs(t) do
        local name = prefix .. tostring(k)
        if type(v) == "table" then keys(v, name .. ".", out) else out[name] = true end
      end
      return out
    end
    local en = keys(labels.en, "", {})
    for _, lang in ipairs({ "sv", "da" }) do
      local other = keys(labels[lang], "", {})
      for k in pairs(en) do assert(other[k], lang .. " lacks label " .. k) end
      for k in pairs(other) do assert(en[k], "en lacks label " .. k .. " that " .. lang .. " has") end
    end
  end)

  it("lets a configuration override a label, and names an unknown one", function()
    local b = H.load('labels { status = { met = "Målet nått" }, kinds = { comittee = "utskott" } }\n')
    assert.truthy(H.has(b, "labels: unknown label 'kinds.comittee' %(did you mean 'committee'%?%)"))
    local L = labels.get("sv", { { status = { met = "Målet nått" } } })
    assert.are.equal("Målet nått", L.status.met)
    assert.are.equal("På väg", L.status.on_the_way)
    assert.are.equal("Uppfyllt", labels.sv.status.met)
  end)
end)

describe("organisation chart", function()
  local orgchart = require "styr.orgchart"
  local function minlens(dot, parent)
    local list = {}
    for child, attrs in dot:gmatch('"' .. parent .. '" %-> "([^"]+)" %[([^%]]*)%]') do
      list[#list + 1] = child .. "=" .. (attrs:match("minlen=(%d+)") or "-")
    end
    return table.concat(list, " ")
  end

  it("spreads many subordinates without subordinates of their own over three rows", function()
    local lines = { 'body "P" { name = "P", level = "decision" }', 'body "Q" { name = "Q", level = "decision" }' }
    for i = 1, 6 do
      lines[#lines + 1] = string.format('group "w%d" { name = "W%d", level = "operational", reports_to = "P" }', i, i)
    end
    for i = 1, 3 do
      lines[#lines + 1] = string.format('group "v%d" { name = "V%d", level = "operational", reports_to = "Q" }', i, i)
    end
    -- A subordinate with subordinates of its own keeps its row.
    lines[#lines + 1] = 'group "x" { name = "X", level = "operational", reports_to = "w1" }'
    local b = H.load(table.concat(lines, "\n") .. "\n")
    assert.are.same({}, H.messages(b))
    local dot = orgchart.dot(b)
    assert.equal("w1=- w2=1 w3=2 w4=3 w5=1 w6=2", minlens(dot, "P"))
    assert.equal("v1=- v2=- v3=-", minlens(dot, "Q"), "three are few enough for one row")
  end)
end)
