local t = {}
for i = 8, 1e9 do("x("):rep(4096) end
