-- The Linköping formulas, tested by the analyst before a scheduled run uses them: `styr test
-- examples/linkoping`. styr.evaluate(indicator, { input = value, … }, { period = … }) runs the
-- formula of indicators.lua on the given input values, with no database; it returns the value, or
-- nil and the reason the value is missing.

describe("avslut_per_msek", function()
  it("is the participants who left for work or studies per million SEK of cost", function()
    assert.near(2.272, styr.evaluate("avslut_per_msek", { avslut = 182, kostnad = 80100000 }, { period = 2018 }), 0.001)
  end)
  it("is missing, with the reason, when the participants are missing", function()
    local v, why = styr.evaluate("avslut_per_msek", { avslut = missing("-"), kostnad = 80100000 }, { period = 2017 })
    assert.is_nil(v)
    assert.matches("avslut", why)
  end)
  it("is missing when the cost is 0, not infinite", function()
    local v, why = styr.evaluate("avslut_per_msek", { avslut = 182, kostnad = 0 })
    assert.is_nil(v)
    assert.matches("division by zero", why)
  end)
end)

describe("lokalandel", function()
  it("is the premises' share of the total cost in percent", function()
    assert.near(10.99, styr.evaluate("lokalandel", { lokaler = 8800000, totalt = 80100000 }), 0.01)
  end)
end)

describe("budgetavvikelse", function()
  it("reproduces the plan's 6,8 % for 2018 from the illustrative amounts", function()
    assert.near(6.8, styr.evaluate("budgetavvikelse", { utfall = 80100000, budget = 75000000 }, { period = 2018 }), 1e-9)
  end)
  it("is 0 when the outcome equals the budget", function()
    assert.are.equal(0, styr.evaluate("budgetavvikelse", { utfall = 78000000, budget = 78000000 }))
  end)
  it("is negative below budget", function()
    assert.is_true(styr.evaluate("budgetavvikelse", { utfall = 70000000, budget = 78000000 }) < 0)
  end)
end)
