local s = setmetatable({}, { __index = function(t, k) return t[k] end })
return s.x
