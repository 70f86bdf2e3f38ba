-- Report layouts: a report's `layout` is a list of blocks written with the constructors below
-- (heading, text, goal_table, indicator_table, chart, activity_list, analyses, footnotes), each
-- remembering the file and line that wrote it, so that every layout error names it. Texts hold
-- placeholders ("{hushall_fsd.2019}", "{audience}") filled from the store when the report is
-- built. Analysts' analysis texts per indicator and period are declared with `analysis { … }`,
-- in the configuration or in a Markdown file beside it. report.lua turns blocks into the
-- document every format renders.
local util = require "styr.util"
local config = require "styr.config"
local snapshot = require "styr.snapshot"

local M = {}

M.KINDS = { "heading", "text", "goal_table", "indicator_table", "chart", "activity_list", "analyses", "footnotes" }
M.CHARTS = { "line", "gender", "ranking", "status" }
M.ACTIVITY_STATES = { "done", "overdue", "open" }
-- Placeholders that are not an indicator's: {audience}, {audience.id}, {municipality}, …
M.WORDS = { "audience", "municipality", "year", "title", "generated" }
-- What may follow an indicator's id in a placeholder (besides a year).
M.INDICATOR_PARTS = { "title", "unit", "base", "status", "target", "women", "men" }

-- The block tables the constructors made; anything else in a layout is an error. The
-- configuration gets a copy of each (a handle), which a report's copy of its layout replaces with
-- the block as it was checked (scripts/model/snapshot.lua).
local made = setmetatable({}, { __mode = "k" })
function M.is_block(v) return made[v] ~= nil end

-- The years a report, table or chart shows: { from = 2017, to = 2020 } (either may be left out) or
-- { last = 4 } (the four years up to the report's year). Returns nil or what is wrong.
function M.check_years(v)
  if type(v) ~= "table" then return "must be { from = 2017, to = 2020 } or { last = 4 }, not " .. type(v) end
  local known = { from = true, to = true, last = true }
  for k in pairs(v) do
    if not known[k] then
      return "has an unknown key '" .. tostring(k) .. "' (from, to, last)" ..
             util.suggest(tostring(k), { "from", "to", "last" })
    end
  end
  for _, k in ipairs({ "from", "to" }) do
    local y = v[k]
    if y ~= nil and (math.type(y) ~= "integer" or y < 1900 or y > 2200) then return k .. " must be a year such as 2019" end
  end
  if v.last ~= nil then
    if v.from ~= nil or v.to ~= nil then return "gives either last = N or from and to, not both" end
    if math.type(v.last) ~= "integer" or v.last < 1 or v.last > 100 then return "last must be a whole number of years, 1 to 100" end
  elseif v.from == nil and v.to == nil then
    return "must say from = …, to = … or last = …"
  elseif v.from and v.to and v.from > v.to then
    return "from " .. v.from .. " comes after to " .. v.to
  end
end

local function fields_of(kind)
  local model = require "styr.model"
  local check, one_of, list_of = model.check, model.one_of, model.list_of
  local strings = list_of(check.string)
  local period = function(v)
    if math.type(v) == "integer" then return nil end
    if type(v) ~= "string" then return "must be a year or a period (\"2019\", \"2019T2\"), not " .. type(v) end
    local ok, err = require("styr.period").parse(v)
    if not ok then return err end
  end
  local level = function(v)
    if math.type(v) ~= "integer" or v < 1 or v > 3 then return "must be 1, 2 or 3" end
  end
  local common = { audiences = strings }
  local F = {
    heading = { text = check.string, level = level },
    text = { text = check.string },
    goal_table = { perspective = check.string, goals = strings, body = check.string, caption = check.string,
                   charts = check.boolean, activities = check.boolean, years = M.check_years },
    indicator_table = { indicators = strings, caption = check.string, breakdowns = check.boolean, years = M.check_years },
    chart = { kind = one_of(M.CHARTS), indicator = check.string, caption = check.string, years = M.check_years },
    activity_list = { goals = strings, owner = check.string, state = list_of(one_of(M.ACTIVITY_STATES)),
                      caption = check.string },
    analyses = { indicators = strings, period = period, caption = check.string },
    footnotes = {},
  }
  local f = F[kind]
  for k, v in pairs(common) do f[k] = v end
  return f
end

local REQUIRED = { heading = { "text" }, text = { "text" }, indicator_table = { "indicators" }, chart = { "kind" } }

-- The constructors and `analysis`, for the configuration's environment (scripts/model.lua).
function M.dsl(b)
  local dsl = {}
  for _, kind in ipairs(M.KINDS) do
    dsl[kind] = function(arg)
      local file, line = config.where()
      local where = { file = file, line = line }
      local spec
      if type(arg) == "string" and (kind == "heading" or kind == "text") then spec = { text = arg }
      elseif type(arg) == "table" then
        local cerr
        spec, cerr = snapshot.copy(arg)
        if not spec then
          b:problem(where, "layout block " .. kind .. ": " .. cerr)
          spec = {}
        end
        -- heading { "Text", level = 2 } and text { "…", audiences = { … } }
        if (kind == "heading" or kind == "text") and spec[1] ~= nil and spec.text == nil then
          spec.text, spec[1] = spec[1], nil
        end
      else
        b:problem(where, kind .. ": expected " .. kind .. (kind == "heading" or kind == "text" and " \"…\" or " or " ") ..
                  "{ … }, got " .. type(arg))
        spec = {}
      end
      local what = "layout block " .. kind
      local fields = fields_of(kind)
      local names = util.sorted_keys(fields)
      for _, k in ipairs(util.sorted_keys(spec)) do -- sorted: the same problems in the same order each run
        local v = spec[k]
        if type(k) ~= "string" then
          b:problem(where, what .. ": unexpected list item " .. tostring(k) .. "; fields are written name = value")
        elseif not fields[k] then
          b:problem(where, what .. ": unknown field '" .. k .. "'" .. util.suggest(k, names))
        else
          local e = fields[k](v)
          if e then b:problem(where, what .. ": " .. k .. " " .. e) end
        end
      end
      for _, k in ipairs(REQUIRED[kind] or {}) do
        if spec[k] == nil then b:problem(where, what .. ": " .. k .. " is required") end
      end
      if kind == "chart" and spec.kind ~= "status" and spec.kind ~= nil and spec.indicator == nil then
        b:problem(where, what .. ": a " .. tostring(spec.kind) .. " chart needs indicator = \"…\"")
      end
      spec.block, spec.where = kind, where
      made[spec] = true
      return snapshot.engine(snapshot.copy(spec), spec)
    end
  end

  -- analysis { indicator = "…", period = 2019, text = [[…]] }  or  file = "analys/….md"
  function dsl.analysis(spec)
    local file, line = config.where()
    local where = { file = file, line = line }
    if type(spec) ~= "table" then
      b:problem(where, "expected analysis { indicator = …, period = …, text = … }, got " .. type(spec))
      return
    end
    local cerr
    spec, cerr = snapshot.copy(spec)
    if not spec then b:problem(where, "analysis: " .. cerr); return end
    local model = require "styr.model"
    local fields = { indicator = model.check.string, period = fields_of("analyses").period,
                     text = model.check.string, file = model.check.string, by = model.check.string }
    local names = util.sorted_keys(fields)
    local bad = false
    for _, k in ipairs(util.sorted_keys(spec)) do
      local v = spec[k]
      if type(k) ~= "string" or not fields[k] then
        b:problem(where, "analysis: unknown field '" .. tostring(k) .. "'" .. util.suggest(tostring(k), names))
        bad = true
      else
        local e = fields[k](v)
        if e then b:problem(where, "analysis: " .. k .. " " .. e); bad = true end
      end
    end
    for _, k in ipairs({ "indicator", "period" }) do
      if spec[k] == nil then b:problem(where, "analysis: " .. k .. " is required"); bad = true end
    end
    if (spec.text == nil) == (spec.file == nil) then
      b:problem(where, "analysis: give the text either as text = [[…]] or as file = \"….md\" (one of them)")
      bad = true
    end
    if bad then return end
    local text = spec.text
    if spec.file then
      local content, err
      if b.read_file then content, err = b.read_file(spec.file) end
      if not content then
        b:problem(where, "analysis: file \"" .. spec.file .. "\" cannot be read: " .. tostring(err or "no reader") ..
                  " (the path is relative to the configuration folder)")
        return
      end
      text = content
    end
    -- Checked here, so that a bad file is a configuration error at this line, not a failed report.
    local from = spec.file and ("file \"" .. spec.file .. "\"") or "text"
    if not utf8.len(text) then
      b:problem(where, "analysis: the " .. from .. " is not valid UTF-8; save it as UTF-8")
      return
    end
    if #text > 1024 * 1024 then
      b:problem(where, "analysis: the " .. from .. " is " .. #text .. " bytes, more than 1 MiB")
      return
    end
    local period = tostring(spec.period)
    b.analyses = b.analyses or {}
    for _, a in ipairs(b.analyses) do
      if a.indicator == spec.indicator and a.period == period then
        b:problem(where, "analysis: " .. spec.indicator .. " " .. period .. " already has an analysis (at " ..
                  a.where.file .. ":" .. a.where.line .. ")")
        return
      end
    end
    b.analyses[#b.analyses + 1] = { indicator = spec.indicator, period = period, text = text, file = spec.file,
                                    by = spec.by, where = where }
  end
  return dsl
end

-- Splits a text into literal pieces and placeholders: list of strings and { parts = {…}, raw = }.
-- "{{" and "}}" stand for "{" and "}". Returns nil, message for an unclosed or empty placeholder.
function M.parse_text(s)
  local out, i, buf = {}, 1, {}
  while i <= #s do
    local c = s:sub(i, i)
    if c == "{" and s:sub(i + 1, i + 1) == "{" then buf[#buf + 1] = "{"; i = i + 2
    elseif c == "}" and s:sub(i + 1, i + 1) == "}" then buf[#buf + 1] = "}"; i = i + 2
    elseif c == "{" then
      local j = s:find("}", i + 1, true)
      if not j then return nil, "placeholder '" .. s:sub(i, i + 20) .. "…' has no closing }" end
      local raw = s:sub(i + 1, j - 1)
      if not raw:match("^[%w_%-\128-\255]+[%w_%.%-\128-\255]*$") then
        return nil, "placeholder '{" .. raw .. "}' is not {indicator.year}, {indicator.target.year} or one of {" ..
                    table.concat(M.WORDS, "}, {") .. "}"
      end
      if #buf > 0 then out[#out + 1] = table.concat(buf); buf = {} end
      local parts = {}
      for p in raw:gmatch("[^.]+") do parts[#parts + 1] = p end
      out[#out + 1] = { raw = raw, parts = parts }
      i = j + 1
    elseif c == "}" then return nil, "a single } outside a placeholder; write }} for a literal brace"
    else buf[#buf + 1] = c; i = i + 1 end
  end
  if #buf > 0 then out[#out + 1] = table.concat(buf) end
  return out
end

local function is_year(p) return p == "year" or p == "previous" or (p:match("^%d%d%d%d$") ~= nil) end

-- Checks one placeholder against the model; returns nil or a message.
function M.check_placeholder(b, ph)
  local p = ph.parts
  local head = p[1]
  if util.set(M.WORDS)[head] then
    if #p == 1 or (head == "audience" and #p == 2 and (p[2] == "id" or p[2] == "name")) then return nil end
    return "placeholder {" .. ph.raw .. "}: {" .. head .. "} takes no further part" ..
           (head == "audience" and " (only {audience.id} or {audience.name})" or "")
  end
  if not b.indicators[head] then
    local candidates = {}
    for _, w in ipairs(M.WORDS) do candidates[#candidates + 1] = w end
    for _, id in ipairs(b.indicator_order) do candidates[#candidates + 1] = id end
    return "placeholder {" .. ph.raw .. "}: '" .. head .. "' is no indicator and none of {" ..
           table.concat(M.WORDS, "}, {") .. "}" .. util.suggest(head, candidates)
  end
  local form = "write {" .. head .. ".2019}, {" .. head .. ".target.2019}, {" .. head .. ".women.2019} or {" ..
               head .. ".title|unit|base|status}"
  local second, third = p[2], p[3]
  if second == nil then return "placeholder {" .. ph.raw .. "}: which value? " .. form end
  if is_year(second) and #p == 2 then return nil end
  if (second == "target" or second == "women" or second == "men") and third and is_year(third) and #p == 3 then
    return nil
  end
  if (second == "title" or second == "unit" or second == "base" or second == "status") and #p == 2 then return nil end
  return "placeholder {" .. ph.raw .. "}: '" .. table.concat(p, ".", 2) .. "' is not a part of an indicator; " .. form ..
         util.suggest(second, M.INDICATOR_PARTS)
end

-- Fills a parsed text: resolve(ph) gives each placeholder's text.
function M.fill(pieces, resolve)
  local out = {}
  for _, piece in ipairs(pieces) do
    if type(piece) == "string" then out[#out + 1] = piece else out[#out + 1] = resolve(piece) end
  end
  return table.concat(out)
end

-- Cross-checks after every file has run: each report's layout, and the analyses.
function M.check_all(b)
  local ids = b.indicator_order
  local goal_ids = b.goal_order
  local body_ids = b.body_order
  local perspectives = {}
  local declared = b.municipality and type(b.municipality.perspectives) == "table" and b.municipality.perspectives
  for _, p in ipairs(declared or {}) do perspectives[#perspectives + 1] = p end
  for _, id in ipairs(b.goal_order) do
    local p = b.goals[id].perspective
    if type(p) == "string" and not util.set(perspectives)[p] then perspectives[#perspectives + 1] = p end
  end
  local function ref(where, what, id, map, list, kind)
    if type(id) == "string" and not map[id] then
      b:problem(where, what .. ": unknown " .. kind .. " '" .. id .. "'" .. util.suggest(id, list))
    end
  end
  for _, a in ipairs(b.analyses or {}) do
    ref(a.where, "analysis", a.indicator, b.indicators, ids, "indicator")
  end
  for _, rid in ipairs(b.report_order) do
    local r = b.reports[rid]
    -- Each audience's rendering is named ID-BODY.EXT, so the body's id must make a file name.
    for _, a in ipairs(type(r.audiences) == "table" and r.audiences or {}) do
      if type(a) == "string" and (a:find("[%c%s/\\:%*%?\"<>|()%[%]]") or a:sub(1, 1) == ".") then
        b:problem(r.where, "report '" .. rid .. "': audience '" .. a .. "' names the files of its rendering " ..
                  "(" .. rid .. "-" .. a .. ".html), so its id may not hold spaces, /, \\, :, *, ?, \", <, >, |, " ..
                  "brackets or begin with a dot; give the body a shorter id")
      end
    end
    if type(r.layout) == "table" then
      local audiences = type(r.audiences) == "table" and util.set(r.audiences) or {}
      for i, blk in ipairs(r.layout) do
        if not M.is_block(blk) then
          b:problem(r.where, "report '" .. rid .. "': layout item " .. i .. " is not a block (a " .. type(blk) ..
                    "); use " .. table.concat(M.KINDS, ", "))
        else
          local what = "layout block " .. blk.block
          local w = blk.where
          for _, ind in ipairs(type(blk.indicators) == "table" and blk.indicators or {}) do
            ref(w, what, ind, b.indicators, ids, "indicator")
          end
          ref(w, what, blk.indicator, b.indicators, ids, "indicator")
          for _, g in ipairs(type(blk.goals) == "table" and blk.goals or {}) do ref(w, what, g, b.goals, goal_ids, "goal") end
          ref(w, what, blk.body, b.bodies, body_ids, "body")
          ref(w, what, blk.owner, b.bodies, body_ids, "body")
          if type(blk.perspective) == "string" and not util.set(perspectives)[blk.perspective] then
            b:problem(w, what .. ": unknown perspective '" .. blk.perspective .. "'" .. util.suggest(blk.perspective, perspectives))
          end
          for _, a in ipairs(type(blk.audiences) == "table" and blk.audiences or {}) do
            if not audiences[a] then
              b:problem(w, what .. ": audience '" .. a .. "' is not one of report '" .. rid .. "''s audiences" ..
                        util.suggest(a, type(r.audiences) == "table" and r.audiences or {}))
            end
          end
          if blk.block == "chart" and blk.kind == "ranking" and type(r.peers) ~= "table" then
            b:problem(w, what .. ": a ranking chart needs peers = { … } in report '" .. rid .. "'")
          end
          if blk.block == "chart" and blk.kind == "gender" and type(blk.indicator) == "string" and
             b.indicators[blk.indicator] and not (b.indicators[blk.indicator].women or b.indicators[blk.indicator].men) then
            b:problem(w, what .. ": indicator '" .. blk.indicator .. "' has no women/men values to chart")
          end
          for _, field in ipairs({ "text", "caption" }) do
            if type(blk[field]) == "string" then
              local pieces, perr = M.parse_text(blk[field])
              local prefix = what .. ": " .. (field == "caption" and "caption: " or "")
              if not pieces then b:problem(w, prefix .. perr)
              else
                for _, ph in ipairs(pieces) do
                  if type(ph) == "table" then
                    local e = M.check_placeholder(b, ph)
                    if e then b:problem(w, prefix .. e) end
                  end
                end
              end
            end
          end
        end
      end
    end
  end
end

return M
