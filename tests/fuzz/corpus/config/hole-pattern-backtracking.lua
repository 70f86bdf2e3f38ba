-- Issue 15, hole 2: one string.find call that backtracks for years on 3000 bytes, inside which
-- the count hook never runs. Refused at once (more repetitions than a pattern may have).
municipality { code = "0580", name = "Testkommun", country = "SE", language = "sv" }
local x = ("a"):rep(3000):find(("a*"):rep(12) .. "b")
return x
