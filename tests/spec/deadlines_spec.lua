-- The follow-up's deadlines from the configuration (scripts/model/deadlines.lua): the reporting
-- periods of a report, what each body must submit by when, and the state of each part from the
-- sign-off rows.
local H = require "tests.spec.helper"
local deadlines = require "styr.deadlines"

local CONFIG = [[
body "SON" { name = "Social- och omsorgsnämnden", kind = "committee", level = "decision" }
body "KS" { name = "Kommunstyrelsen", kind = "executive_board", level = "decision" }
indicator "a" { title = "A", values = { [2019] = 1 } }
indicator "b" { title = "B", values = { [2019] = 2 } }
goal "AMN-1" { title = "G1", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
goal "SON-1" { title = "G2", perspective = "Medborgare", body = "SON", indicators = { "b" } }
report "r" { title = "Uppföljning", year = 2019 }
wheel { timezone = "Europe/Stockholm", { id = "natt", title = "Natt", job = "fetch", cron = "0 2 * * *" } }
event "t2" { title = "Tertial 2", report = "r", yearly = { "09-30" } }
event "t1" { title = "Tertial 1", report = "r", yearly = { "05-30" } }
event "t1b" { title = "Samma dag", report = "r", yearly = { "05-30" } }
event "ks" { title = "KS möte", body = "KS", yearly = { "06-10" } }
]]

describe("deadlines", function()
  local b
  setup(function()
    b = H.load(CONFIG)
    assert.are.same({}, H.messages(b))
  end)

  it("lists a report's periods from its delivering events, one per day, in date order", function()
    local ps = deadlines.periods(b, "r")
    assert.are.same({ "2019-05-30", "2019-09-30" }, { ps[1].id, ps[2].id })
    assert.are.equal("t1", ps[1].event.id) -- the first declared of the day's events
    assert.are.equal("2019-09-30", deadlines.period(b, "r", "2019-09-30").date)
    assert.is_nil(deadlines.period(b, "r", "2019-06-10"))
    assert.are.same({}, deadlines.periods(b, "nosuch"))
  end)

  it("lists every body's deadlines, only for bodies with something to report", function()
    local all = deadlines.list(b)
    local got = {}
    for _, d in ipairs(all) do got[#got + 1] = d.date .. " " .. d.body end
    assert.are.same({ "2019-05-30 AMN", "2019-05-30 SON", "2019-09-30 AMN", "2019-09-30 SON" }, got)
    local son = deadlines.list(b, { SON = true })
    assert.are.equal(2, #son)
    assert.are.equal("SON", son[1].body)
    assert.are.same({}, deadlines.list(b, { KS = true })) -- KS answers for nothing in the report
  end)

  it("marks each part's state from the sign-offs; open and overdue", function()
    local rows = {
      { report = "r", period = "2019-05-30", body = "AMN", state = "approved" },
      { report = "r", period = "2019-05-30", body = "SON", state = "returned" },
      { report = "r", period = "2019-09-30", body = "AMN", state = "submitted" },
    }
    local list = deadlines.mark(deadlines.list(b), rows, "2019-06-01")
    local got = {}
    for _, d in ipairs(list) do
      got[#got + 1] = table.concat({ d.date, d.body, d.state, tostring(d.open), tostring(d.overdue) }, " ")
    end
    assert.are.same({
      "2019-05-30 AMN approved false false",
      "2019-05-30 SON returned true true",
      "2019-09-30 AMN submitted false false",
      "2019-09-30 SON draft true false",
    }, got)
  end)

  it("takes today in the wheel's time zone", function()
    -- 2019-05-29T22:30:00Z is already 30 May in Stockholm (UTC+2 in summer).
    local epoch = require("styr.clock").parse("2019-05-29T22:30:00Z")
    assert.are.equal("2019-05-30", deadlines.today(b, epoch))
  end)
end)
