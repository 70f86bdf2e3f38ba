-- What styr serve built from the model and the store, kept between requests: a body's indicator
-- page and a report's rendering cost a report build (hundreds of milliseconds for a large
-- configuration), and most requests ask for the same thing again. An item is valid for one
-- configuration (its generation moves at every reload) and one state of the store (its data
-- version moves at every commit, by styr serve or any other process: a fetch, a compute, another
-- server); sync drops what either made stale before a request is answered, so no page is served
-- from before a write. An item built from a fixed state of the store (an approved version, which
-- the marks of its sign-offs pin) survives writes and goes only with the configuration. The size
-- is bounded; the least recently used items go first.
local M = {}

M.MAX_BYTES = 64 * 1024 * 1024
M.MAX_ITEMS = 256

function M.new(max_bytes, max_items)
  return setmetatable({ items = {}, n = 0, bytes = 0, tick = 0, gen = nil, dv = nil,
                        max_bytes = max_bytes or M.MAX_BYTES, max_items = max_items or M.MAX_ITEMS,
                        hits = 0, misses = 0 }, { __index = M })
end

local function drop(self, key)
  local it = self.items[key]
  if not it then return end
  self.items[key] = nil
  self.n = self.n - 1
  self.bytes = self.bytes - it.size
end

-- Drops every item, or those for which keep(item) is false.
function M:clear(keep)
  for key, it in pairs(self.items) do
    if not (keep and keep(it)) then drop(self, key) end
  end
end

-- Before each request: the configuration's generation and the store's data version (nil when
-- it could not be read: then nothing is kept or served from the cache).
function M:sync(gen, dv)
  if gen ~= self.gen then
    self:clear()
  elseif dv ~= self.dv or dv == nil then
    self:clear(function(it) return it.fixed end)
  end
  self.gen, self.dv = gen, dv
end

-- The values kept under key, or nothing.
function M:get(key)
  local it = self.items[key]
  if not it then self.misses = self.misses + 1; return end
  self.hits = self.hits + 1
  self.tick = self.tick + 1
  it.used = self.tick
  return table.unpack(it.values, 1, it.values.n)
end

-- Keeps values under key; size: their bytes (roughly). fixed: valid whatever is written to the
-- store later (an approved version). Nothing is kept while the data version is unknown, nor an
-- item larger than a quarter of the cache. Returns the values.
function M:keep(key, size, fixed, ...)
  if self.dv == nil or size > self.max_bytes / 4 then return ... end
  drop(self, key)
  while self.n > 0 and (self.n >= self.max_items or self.bytes + size > self.max_bytes) do
    local oldest, at
    for k, it in pairs(self.items) do
      if not at or it.used < at then oldest, at = k, it.used end
    end
    drop(self, oldest)
  end
  self.tick = self.tick + 1
  self.items[key] = { values = table.pack(...), size = size, fixed = fixed, used = self.tick }
  self.n = self.n + 1
  self.bytes = self.bytes + size
  return ...
end

-- A key from parts (strings or numbers; nil as "-").
function M.key(...)
  local parts = table.pack(...)
  for i = 1, parts.n do parts[i] = parts[i] == nil and "-" or tostring(parts[i]) end
  return table.concat(parts, "\0", 1, parts.n)
end

return M
