-- Issue 15, hole 4: a table whose __pairs shows valid years to validation and other keys to
-- storage. Constructors copy data once, raw, and refuse tables with metatables: refused here.
municipality { code = "0580", name = "Testkommun", country = "SE", language = "sv", perspectives = { "Medborgare" } }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }
local calls = 0
local values = setmetatable({}, { __pairs = function()
  calls = calls + 1
  local shown = calls <= 1 and { [2018] = 10, [2019] = 12 } or { [2018.5] = 7, [-5] = 3, [1e15] = 4 }
  return next, shown, nil
end })
indicator "a" { title = "A", unit = "persons", direction = "decrease", values = values }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
report "r" { title = "R", year = 2019, formats = { "csv" } }
