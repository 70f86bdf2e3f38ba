-- styr explain: where a value comes from. The value of (indicator, area, gender, period) with every
-- vintage the store holds, the formula (file:line and source text) when it is computed, and each
-- input value the formula reads with its source, fetch time and vintages, recursively down to
-- the raw data. The inputs are found by evaluating the formula again on the same stored values
-- (as known at --as-of when given), so explain shows exactly what compute used.
local formula = require "styr.formula"
local compute = require "styr.compute"
local storage = require "styr.storage"

local M = {}

local MAX_DEPTH = 32

-- The tree for one value: { indicator, area, gender, period, value, status, note, source,
-- vintage, fetched_at, request, vintages = { … }, formula = { file, first, last, text },
-- inputs = { node, … } }.
function M.node(b, db, data, id, key, as_of, depth)
  depth = depth or 0
  local rows = storage.check(db:vintages(id, as_of and { as_of = as_of } or nil))
  local node = { indicator = id, area = key.area, gender = key.gender, period = key.period, vintages = {} }
  for _, r in ipairs(rows) do
    if r.area == key.area and r.gender == key.gender and r.period == key.period then
      node.vintages[#node.vintages + 1] = { vintage = r.vintage, value = r.value, text = r.text, status = r.status,
                                            note = r.note, source = r.source, fetched_at = r.fetched_at,
                                            request = r.request, run_id = r.run_id }
    end
  end
  local cur = node.vintages[#node.vintages]
  if cur then
    for _, f in ipairs({ "value", "text", "status", "note", "source", "vintage", "fetched_at", "request", "run_id" }) do
      node[f] = cur[f]
    end
  else
    node.status = "none"
  end
  local ind = b.indicators[id]
  if ind then node.title = ind.title; node.unit = ind.unit end
  local typed = cur and cur.source and cur.source:sub(1, 7) == "config:"
  if ind and ind.formula and not typed and depth < MAX_DEPTH then
    node.formula = formula.source(b, ind)
    local ok, res = pcall(formula.evaluate, ind, key, data)
    if not ok then
      node.formula_error = tostring(res)
    else
      if res.missing then node.reason = res.missing end
      node.inputs = {}
      local seen = {}
      for _, u in ipairs(res.used) do
        local k = table.concat({ u.id, u.area, u.gender, u.period }, "\0")
        if not seen[k] then
          seen[k] = true
          local child = M.node(b, db, data, u.id, { area = u.area, gender = u.gender, period = u.period }, as_of,
                               depth + 1)
          child.name = u.name
          node.inputs[#node.inputs + 1] = child
        end
      end
    end
  end
  return node
end

local function value_text(n)
  if n.status == "none" then return "no value stored" end
  if n.status == "missing" then return "missing" .. (n.note and (" (" .. n.note .. ")") or "") end
  if n.text then return n.text end
  if n.value == nil then return "?" end
  return compute.fmt_number(n.value) .. (n.status ~= "ok" and (" (" .. n.status .. ")") or "")
end

local function vintage_value(v)
  if v.status == "missing" then return "missing" .. (v.note and (" (" .. v.note .. ")") or "") end
  if v.text then return v.text end
  return v.value and compute.fmt_number(v.value) or "?"
end

-- Lines of the human-readable explanation.
function M.lines(n, indent, lines)
  indent = indent or ""
  lines = lines or {}
  local head = (n.name and (n.name .. " = ") or "") .. string.format("%s %s %s %s: %s", n.indicator, n.area, n.gender,
    n.period, value_text(n))
  lines[#lines + 1] = indent .. head
  local sub = indent .. "  "
  if n.title then lines[#lines + 1] = sub .. "title: " .. n.title .. (n.unit and (" [" .. n.unit .. "]") or "") end
  if n.source then lines[#lines + 1] = sub .. "source: " .. n.source end
  if n.request then lines[#lines + 1] = sub .. "request: " .. n.request:gsub("\n", " ") end
  if n.fetched_at then lines[#lines + 1] = sub .. "fetched: " .. n.fetched_at end
  if n.vintage then lines[#lines + 1] = sub .. "vintage: " .. n.vintage end
  if #n.vintages > 1 then
    lines[#lines + 1] = sub .. "vintages:"
    for i = #n.vintages, 1, -1 do
      local v = n.vintages[i]
      lines[#lines + 1] = sub .. "  " .. v.vintage .. "  " .. vintage_value(v) .. (i == #n.vintages and "  (in force)" or "") ..
        (v.source ~= n.source and ("  from " .. v.source) or "")
    end
  end
  if n.formula then
    local f = n.formula
    lines[#lines + 1] = sub .. "formula: " .. f.file .. ":" .. f.first .. (f.last ~= f.first and ("-" .. f.last) or "")
    for l in (f.text .. "\n"):gmatch("([^\n]*)\n") do
      if l ~= "" then lines[#lines + 1] = sub .. "  | " .. l end
    end
    if n.formula_error then lines[#lines + 1] = sub .. "formula error: " .. n.formula_error end
    if n.reason and n.status ~= "missing" then lines[#lines + 1] = sub .. "now gives: missing (" .. n.reason .. ")" end
    if n.inputs and #n.inputs > 0 then
      lines[#lines + 1] = sub .. "inputs:"
      for _, c in ipairs(n.inputs) do M.lines(c, sub .. "  ", lines) end
    end
  end
  return lines
end

-- The indicator's definition history (scripts/definitions.lua), oldest first and as recorded by
-- as_of when given, and (without as_of) what the configuration now declares differently from the
-- latest recorded definition (nil when nothing). Returns { history, pending }, or nil and a message.
function M.definitions(b, db, id, as_of)
  local definitions = require "styr.definitions"
  local rows, err = db:definitions(id)
  if not rows then return nil, err end
  local history = {}
  for _, r in ipairs(rows) do
    if not as_of or r.recorded_at <= as_of then history[#history + 1] = r end
  end
  local last, pending = history[#history], nil
  if last and not as_of then
    local changes = definitions.diff(last, definitions.current(b, b.indicators[id]))
    if #changes > 0 then pending = table.concat(changes, "; ") end
  end
  return { history = history, pending = pending }
end

-- Lines of the definition history, after the value's explanation.
function M.definition_lines(n)
  local lines = {}
  if #n.definitions == 0 and not n.definition_pending then return lines end
  lines[1] = "definition history of " .. n.indicator .. ":"
  for i, r in ipairs(n.definitions) do
    lines[#lines + 1] = "  " .. require("styr.definitions").line(r) .. (i == #n.definitions and "  (in force)" or "")
  end
  if n.definition_pending then
    lines[#lines + 1] = "  not recorded yet: the configuration now differs (" .. n.definition_pending ..
                        "); styr compute records it"
  end
  return lines
end

-- styr explain INDICATOR [--period P] [--area A] [--gender G] [--as-of DATE] [--json]
function M.command(opts, cli)
  local EXIT = cli.EXIT
  local id = opts.args[1]
  local as_of, aerr = compute.as_of(opts)
  if aerr then cli.err("styr explain: " .. aerr); return EXIT.usage end
  local gender = opts.gender or "T"
  if gender ~= "T" and gender ~= "K" and gender ~= "M" then
    cli.err("styr explain: --gender takes T (total), K (women) or M (men), not '" .. gender .. "'")
    return EXIT.usage
  end
  local dir = (opts.config or "."):gsub("/+$", "")
  if dir == "" then dir = "/" end
  local b, code = cli.load_config(dir, opts)
  if not b then return code end
  if not b.indicators[id] then
    -- The nearest indicator: by id, by a source's series (a KPI id), or by title (the command line's
    -- cli.nearest, scripts/cli/show.lua).
    local near = cli.nearest and cli.nearest(b, id) or require("styr.util").suggest(id, b.indicator_order)
    cli.err("styr explain: " .. dir .. " has no indicator '" .. id .. "'" .. near)
    return EXIT.usage
  end
  local function store_failed(message) return storage.report(cli.err, "explain", message) end
  local db <close>, oerr = storage.open(opts.db or (dir .. "/styr.db"))
  if not db then return store_failed(oerr) end
  local area = opts.area or b.municipality.code
  local p = opts.period
  if not p then
    local rows, lerr = db:latest(id, as_of and { as_of = as_of } or nil)
    if not rows then return store_failed(lerr) end
    for _, r in ipairs(rows) do
      if r.area == area and r.gender == gender and r.status ~= "missing" and (not p or r.period > p) then p = r.period end
    end
    if not p then
      cli.err("styr explain: " .. id .. " has no stored value for area " .. area .. ", gender " .. gender ..
              (as_of and (" as of " .. as_of) or "") .. "; give --period (and run styr compute or fetch first)")
      return EXIT.failed
    end
  end
  local data = compute.data(b, db, as_of)
  local built, node = pcall(M.node, b, db, data, id, { area = area, gender = gender, period = p }, as_of)
  if not built and storage.is_failure(node) then return store_failed(node) end
  if not built then error(node, 0) end
  local defs, derr = M.definitions(b, db, id, as_of)
  if not defs then return store_failed(derr) end
  node.definitions, node.definition_pending = defs.history, defs.pending
  if opts.json then
    local json = require "styr.json"
    local text, jerr = json.encode(node, { sort_keys = true })
    if not text then cli.err("styr explain: " .. tostring(jerr)); return EXIT.failed end
    cli.out(text)
  else
    if as_of then cli.out("as of " .. as_of) end
    for _, l in ipairs(M.lines(node)) do cli.out(l) end
    for _, l in ipairs(M.definition_lines(node)) do cli.out(l) end
  end
  return EXIT.ok
end

return M
