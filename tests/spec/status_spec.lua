require "tests.spec.helper"
local status = require "styr.status"

describe("status rules", function()
  local function ev(value, target, reference, opts) return status.evaluate(value, target, reference, opts) end
  local inc = { direction = "increase" }
  local dec = { direction = "decrease" }

  it("has no data when the value is missing", function()
    assert.are.equal("no_data", ev(nil, 10, nil, inc))
  end)

  it("has no target when none is set", function()
    assert.are.equal("no_target", ev(5, nil, nil, inc))
  end)

  it("meets an increase target at or above it", function()
    assert.are.equal("met", ev(10, 10, nil, inc))
    assert.are.equal("met", ev(11, 10, nil, inc))
    assert.are.equal("not_met", ev(9.99, 10, nil, inc))
  end)

  it("meets a decrease target at or below it", function()
    assert.are.equal("met", ev(2800, 2800, nil, dec))
    assert.are.equal("met", ev(2700, 2800, nil, dec))
    assert.are.equal("not_met", ev(2801, 2800, nil, dec))
  end)

  it("is on the way within a percent tolerance, on the right side only", function()
    local o = { direction = "decrease", tolerance = { percent = 5 } }
    assert.are.equal("on_the_way", ev(2900, 2800, nil, o))   -- 2800 * 1.05 = 2940
    assert.are.equal("on_the_way", ev(2940, 2800, nil, o))
    assert.are.equal("not_met", ev(2941, 2800, nil, o))
    local i = { direction = "increase", tolerance = { percent = 10 } }
    assert.are.equal("on_the_way", ev(700, 777, nil, i))     -- 777 - 77.7 = 699.3
    assert.are.equal("not_met", ev(699, 777, nil, i))
  end)

  it("uses an absolute tolerance in the indicator's unit", function()
    local o = { direction = "increase", tolerance = { absolute = 2 } }
    assert.are.equal("on_the_way", ev(86, 88, nil, o))
    assert.are.equal("not_met", ev(85.9, 88, nil, o))
  end)

  it("measures closeness for direction target", function()
    assert.are.equal("met", ev(0, 0, nil, { direction = "target" }))
    assert.are.equal("not_met", ev(0.1, 0, nil, { direction = "target" }))
    assert.are.equal("met", ev(-0.4, 0, nil, { direction = "target", tolerance = { absolute = 0.5 } }))
  end)

  it("compares relative targets with the reference value", function()
    assert.are.equal("met", ev(280, "lower", 299))
    assert.are.equal("not_met", ev(299, "lower", 299))
    assert.are.equal("met", ev(299, "not_higher", 299))
    assert.are.equal("not_met", ev(300, "not_higher", 299))
    assert.are.equal("met", ev(190, "higher", 182))
    assert.are.equal("not_met", ev(182, "higher", 182))
    assert.are.equal("met", ev(182, "not_lower", 182))
    assert.are.equal("no_data", ev(182, "higher", nil))
  end)

  it("does not assess text indicators", function()
    assert.are.equal("not_assessed", ev("Inga signifikanta skillnader", "Inga signifikanta skillnader", nil, { kind = "text" }))
  end)
end)
