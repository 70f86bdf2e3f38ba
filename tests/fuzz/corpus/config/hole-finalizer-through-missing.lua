-- Issue 15, hole 1: a finalizer through the engine's own metatable of missing values. The
-- configuration must not reach that metatable (getmetatable gives a string), so the line that
-- adds __gc fails here, with file:line, and no configuration code runs after the load.
municipality { code = "0580", name = "Testkommun", country = "SE", language = "sv" }
local mt = getmetatable(missing("x"))
mt.__gc = function() while true do end end
local later = missing("y")
return later
