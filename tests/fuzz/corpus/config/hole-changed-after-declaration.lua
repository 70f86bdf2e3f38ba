-- Issue 15, hole 4 without metatables: a plain table changed after the declaration that used it.
-- The engine keeps its own copy, taken when the indicator was declared: 2018.5, -5 and 1e15 are
-- never seen, neither by validation nor by storage.
municipality { code = "0580", name = "Testkommun", country = "SE", language = "sv", perspectives = { "Medborgare" } }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }
local gap = missing("not yet published")
local values = { [2017] = gap, [2018] = 10, [2019] = 12 }
indicator "a" { title = "A", unit = "persons", direction = "decrease", values = values }
values[2018.5], values[-5], values[1e15] = 7, 3, 4
values[2018] = "changed"
rawset(gap, "reason", { "not a string" })
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
report "r" { title = "R", year = 2019, formats = { "csv" } }
