-- Text views for the terminal: the organisation as an indented tree (levels and reporting lines
-- visible) and the annual wheel of one year in date order.
local org = require "styr.org"
local wheel = require "styr.wheel"
local calendar = require "styr.calendar"
local labels = require "styr.labels"

local M = {}

local function member_names(list)
  local names = {}
  for _, m in ipairs(type(list) == "table" and list or {}) do
    if type(m) == "table" then
      local s = m.role
      if m.count and m.count > 1 then s = m.count .. " × " .. s end
      if m.appointed_by then s = s .. " (" .. m.appointed_by .. ")" end
      names[#names + 1] = s
    else
      names[#names + 1] = m
    end
  end
  return table.concat(names, ", ")
end

-- The organisation tree as lines of text.
function M.org(b)
  local L = labels.get(b.municipality.language, b.label_overrides)
  local R = L.member_roles
  local lines = { b.municipality.name .. " — " .. L.organisation }
  local tree = org.tree(b)
  local open = {} -- open[k]: the ancestor at depth k has siblings still to come
  for i, node in ipairs(tree) do
    local d = b.bodies[node.id]
    local last = true
    for j = i + 1, #tree do
      if tree[j].depth < node.depth then break end
      if tree[j].depth == node.depth then last = false; break end
    end
    local guides = {}
    for k = 1, node.depth - 1 do guides[#guides + 1] = open[k] and "│  " or "   " end
    local prefix = node.depth > 0 and (table.concat(guides) .. (last and "└─ " or "├─ ")) or ""
    open[node.depth] = not last
    for k = 1, node.depth do guides[k] = open[k] and "│  " or "   " end
    local has_children = tree[i + 1] ~= nil and tree[i + 1].depth > node.depth
    local indent = table.concat(guides, "", 1, node.depth) .. (has_children and "│  " or "   ")
    local tags = {}
    if d.level then tags[#tags + 1] = L.levels[d.level] end
    if d.kind then tags[#tags + 1] = L.kinds[d.kind] or d.kind end
    local head = prefix .. d.name .. (d.name ~= node.id and (" (" .. node.id .. ")") or "") ..
                 (#tags > 0 and (" [" .. table.concat(tags, ", ") .. "]") or "")
    if d.via then head = head .. " " .. R.via .. " " .. d.via end
    lines[#lines + 1] = head
    local function detail(label, text)
      if text and text ~= "" then lines[#lines + 1] = indent .. label .. ": " .. text end
    end
    if type(d.seats) == "table" then
      local parts = {}
      if d.seats.members then parts[#parts + 1] = d.seats.members .. " " .. R.members end
      if d.seats.deputies then parts[#parts + 1] = d.seats.deputies .. " " .. R.deputies end
      detail(R.seats, table.concat(parts, " + "))
    end
    detail(R.appointed_by, type(d.appointed_by) == "table" and table.concat(d.appointed_by, ", ") or d.appointed_by)
    detail(R.chair, d.chair)
    detail(R.vice_chair, d.vice_chair)
    detail(R.members, member_names(d.members))
    detail(R.deputies, member_names(d.deputies))
    detail(R.adjunct, member_names(d.adjunct))
    detail(R.secretary, member_names(d.secretary))
    detail(R.process_support, member_names(d.process_support))
    if d.count and d.count > 1 then detail(R.count, tostring(d.count)) end
    detail(R.supports, type(d.supports) == "table" and table.concat(d.supports, ", ") or nil)
    detail(R.mission, d.mission)
    detail(R.owner_area, d.owner_area)
    detail(R.deadline, d.deadline)
    if d.deciding_body then
      detail(R.deciding_body, (b.bodies[d.deciding_body] and b.bodies[d.deciding_body].name or d.deciding_body) ..
                              (d.decision_date and (" " .. d.decision_date) or ""))
    end
    detail(R.state, d.state and L.states[d.state])
    detail(R.receives, type(d.receives) == "table" and table.concat(d.receives, ", ") or nil)
    if type(d.mandate) == "table" and #d.mandate > 0 then
      lines[#lines + 1] = indent .. R.mandate .. ":"
      for _, t in ipairs(d.mandate) do lines[#lines + 1] = indent .. "  - " .. t end
    end
  end
  return lines
end

-- What an event concerns, in words: "Uppföljning → AMN, SON, KS".
function M.event_detail(b, ev, L)
  local parts = {}
  if ev.body and b.bodies[ev.body] then parts[#parts + 1] = b.bodies[ev.body].name end
  if ev.report then
    local to = type(ev.to) == "table" and ev.to or {}
    parts[#parts + 1] = ev.report .. (#to > 0 and (" " .. L.to .. " " .. table.concat(to, ", ")) or "")
  end
  if ev.source then parts[#parts + 1] = ev.source end
  if ev.job then parts[#parts + 1] = ev.job end
  if type(ev.fetch) == "table" then parts[#parts + 1] = table.concat(ev.fetch, ", ") end
  return table.concat(parts, "; ")
end

-- The wheel of year y as lines of text, in date order; sel as for wheel_occurrences, with
-- sel.span naming the days shown ("2026-03-01 – 2026-06-30") instead of the year.
function M.wheel(b, y, sel)
  local L = labels.get(b.municipality.language, b.label_overrides)
  local lines = { string.format("%s %s — %s (%s)", L.wheel, sel and sel.span or tostring(y), b.municipality.name,
                                b.timezone) }
  local all = wheel.year_occurrences(b, y, sel)
  if #all == 0 then lines[#lines + 1] = L.no_events end
  for _, item in ipairs(all) do
    local o = item.occ
    local date = calendar.format_date(o.day)
    local time = o.all_day and "     " or string.format("%02d:%02d", o.hour, o.min)
    local wd = L.weekdays[calendar.weekday(o.day) + 1]
    local detail = M.event_detail(b, item.ev, L)
    local kind = L.event_kinds[item.ev.kind] or item.ev.kind
    -- Pad by characters, not bytes ("möte" is five bytes).
    kind = kind .. string.rep(" ", math.max(0, 8 - (utf8.len(kind) or #kind)))
    lines[#lines + 1] = string.format("%s %s %s  %s %s%s", date, wd, time, kind,
      item.ev.title, detail ~= "" and ("  (" .. detail .. ")") or "")
  end
  return lines
end

return M
