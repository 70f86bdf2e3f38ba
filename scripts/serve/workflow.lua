-- The follow-up's workflow, without HTTP: the reporting periods the wheel defines, who answers for
-- what, entries (analyses, activity status, own values) and the sign-off of each body's part of a
-- report's period, and the report rendered with the entries, now or as it was approved.
--
-- Which wins when both exist: an analysis the configuration declares (analysis { … } in a file)
-- for an indicator and period wins over an entry written in the browser; the entry form then says
-- so and shows the configuration's text. The configuration is under version control and owned by
-- the IT staff; an officer who should write it in the browser asks them to remove it there.
local util = require "styr.util"
local access = require "styr.access"
local deadlines = require "styr.deadlines"
local html = require "styr.html"

local M = {}

M.STATES = { "draft", "submitted", "approved", "returned" }

-- The reporting periods of a report, one of them, and every body's deadlines: the model's
-- (scripts/model/deadlines.lua), which styr due and the iCalendar export list too.
M.periods = deadlines.periods
M.period = deadlines.period
M.deadlines = deadlines.list

-- The latest sign-off row of each body of a report's period: { [body] = row }.
function M.signoffs(db, report_id, period_id)
  local rows, err = db:signoffs({ report = report_id, period = period_id })
  if not rows then return nil, err end
  local by = {}
  for _, r in ipairs(rows) do by[r.body] = r end
  return by
end

-- The approved version of a report's period, when every part is approved: { at = the latest
-- approval's time (the date the version carries), entries_before =, values_before = } where the
-- two marks are how far the store's entries and observations went at that approval (the latest
-- approval's row has the largest: they only grow), so the version is exactly what the store held
-- then, even for an edit saved in the same second. Rows written before styr recorded the marks
-- (schema 5) have none, and the version is then what was stored by the approval's time. nil when
-- some part is not approved.
function M.approved(b, db, report_id, period_id)
  local by, err = M.signoffs(db, report_id, period_id)
  if not by then return nil, err end
  local _, order = access.responsibilities(b, report_id)
  if #order == 0 then return nil end
  local v = { entries_before = 0, values_before = 0 }
  local marked = true
  for _, body in ipairs(order) do
    local row = by[body]
    if not row or row.state ~= "approved" then return nil end
    if not v.at or row.at > v.at then v.at = row.at end
    marked = marked and row.entries_before > 0 and row.values_before > 0
    v.entries_before = math.max(v.entries_before, row.entries_before)
    v.values_before = math.max(v.values_before, row.values_before)
  end
  if not marked then v.entries_before, v.values_before = nil, nil end
  return v
end

-- The approved version's time (see approved), or nil.
function M.approved_at(b, db, report_id, period_id)
  local v, err = M.approved(b, db, report_id, period_id)
  return v and v.at, err
end

-- The store's options for reading what a version held: { before = mark } when it has marks,
-- else { as_of = its time }; nil for now.
local function entry_limit(version)
  if not version then return nil end
  if version.entries_before then return { before = version.entries_before } end
  return { as_of = version.at }
end
local function value_limit(version)
  if not version then return nil end
  if version.values_before then return { before = version.values_before } end
  return { as_of = version.at }
end
M.value_limit = value_limit

-- The store as a version saw it: latest and vintages limited to what it held (see approved).
function M.version_view(db, version)
  local limit = value_limit(version)
  if not limit then return db end
  return setmetatable({
    latest = function(_, id) return db:latest(id, limit) end,
    vintages = function(_, id) return db:vintages(id, limit) end,
    latest_in = function(_, id, areas) return db:latest_in(id, areas, limit) end,
  }, {
    __index = function(_, k)
      local f = db[k]
      if type(f) ~= "function" then return f end
      return function(_, ...) return f(db, ...) end
    end,
  })
end

-- What the sign-off allows next from a part's state.
M.NEXT = {
  submit = { draft = true, returned = true, none = true },
  approve = { submitted = true },
  ["return"] = { submitted = true },
}
M.RESULT = { submit = "submitted", approve = "approved", ["return"] = "returned" }

-- The configuration's analysis for (indicator, period), if any.
local function config_analysis(b, indicator, period)
  for _, a in ipairs(b.analyses or {}) do
    if a.indicator == indicator and a.period == period then return a end
  end
end
M.config_analysis = config_analysis

-- The periods the report's analyses blocks show (the report's year when a block names none).
local function analyses_periods(r)
  local list, seen = {}, {}
  for _, blk in ipairs(type(r.layout) == "table" and r.layout or {}) do
    if blk.block == "analyses" then
      local p = blk.period and tostring(blk.period) or tostring(r.year)
      if not seen[p] then seen[p] = true; list[#list + 1] = p end
    end
  end
  if #list == 0 then list[1] = tostring(r.year) end
  return list
end

-- The model as a report for (report, period) sees it with the entries of a version (nil: now):
-- the configuration's analyses plus each analysis entry, shown in the report's analyses blocks
-- (the configuration's text wins), and the activities with their reported state (done when the
-- entry says so; the comment as the activity's note). The builder itself is not changed.
function M.model_with_entries(b, db, report_id, period_id, version)
  local r = b.reports[report_id]
  local filter = { period = period_id }
  for k, v in pairs(entry_limit(version) or {}) do filter[k] = v end
  local entries, err = db:entries(filter)
  if not entries then return nil, err end
  local users = {}
  local analyses = {}
  for _, a in ipairs(b.analyses or {}) do analyses[#analyses + 1] = a end
  local acts = {}
  local ids = access.activity_ids(b)
  local by_activity = {}
  for _, e in ipairs(entries) do
    if e.kind == "analysis" and e.text and e.text ~= "" and b.indicators[e.subject] then
      for _, p in ipairs(analyses_periods(r)) do
        if not config_analysis(b, e.subject, p) then
          analyses[#analyses + 1] = { indicator = e.subject, period = p, text = html.markdown_text(e.text),
                                      by = users[e.author] or e.author }
        end
      end
    elseif e.kind == "activity" then
      by_activity[e.subject] = e
    end
  end
  for i, a in ipairs(b.activities) do
    local e = by_activity[ids[i]]
    if e then
      local copy = {}
      for k, v in pairs(a) do copy[k] = v end
      copy.done = e.status == "done"
      copy.status, copy.note = e.status, e.text
      acts[i] = copy
    else
      acts[i] = a
    end
  end
  return setmetatable({ analyses = analyses, activities = acts }, { __index = b })
end

-- Renders report_id for (period, audience) in format fmt, with the store and the entries as known
-- of a version (M.approved; nil: now), dated `day`. Returns the file's name and bytes, or nil and
-- a message.
function M.render(b, db, report_id, period_id, audience, fmt, version, day)
  local model, err = M.model_with_entries(b, db, report_id, period_id, version)
  if not model then return nil, err end
  local view = M.version_view(db, version)
  local r = b.reports[report_id]
  local formats = {}
  for _, f in ipairs(r.formats) do if f == fmt then formats[1] = f end end
  if not formats[1] then return nil, "report '" .. report_id .. "' has no format " .. tostring(fmt) end
  local rr = setmetatable({ formats = formats }, { __index = r })
  local reports = setmetatable({ [report_id] = rr }, { __index = b.reports })
  model = setmetatable({ reports = reports }, { __index = model })
  local files, rerr = require("styr.pipeline").render_report(model, view, report_id,
    { generated = day, today = day, audiences = audience and { audience } or nil })
  if not files then return nil, rerr end
  local ext = require("styr.render_formats").RENDERERS[fmt].ext
  local want = (audience and (report_id .. "-" .. audience) or report_id) .. "." .. ext
  for _, f in ipairs(files) do
    if f.name == want then return f.name, f.data end
  end
  return files[1].name, files[1].data
end

-- Saves entries and an audit row for each in one transaction: all or none. changes: a list of
-- { entry = { kind =, subject =, period =, body =, text =, status =, value =, author =, at = },
-- expected = the version the user edited, own = the db:put_rows row of an own value ({ indicator =,
-- title =, unit =, direction =, area =, gender =, period_kind =, period = }, without the value),
-- which is also stored as a vintage of its series }; audit: { at =, user =, address =, action = }
-- (target and detail are filled per entry). Returns the new versions, or nil, message, kind
-- ("conflict": newest is the version someone else saved, which the index-th change named).
function M.save_entries(db, changes, audit)
  local ok, err, kind = db:begin()
  if not ok then return nil, err, kind end
  local versions = {}
  for i, c in ipairs(changes) do
    local e = c.entry
    local version, serr, skind, newest = db:save_entry(e, c.expected)
    if not version then db:rollback(); return nil, serr, skind, newest, i end
    if c.own then
      local row = {}
      for k, v in pairs(c.own) do row[k] = v end
      row.value, row.source, row.vintage = e.value, "web:" .. e.author, e.at
      local put, perr, pkind = db:put_rows({ row })
      if not put then db:rollback(); return nil, perr, pkind end
    end
    local aok, aerr, akind = db:audit_add({ at = audit.at, user = audit.user, address = audit.address,
      action = audit.action, target = e.kind .. "/" .. e.subject .. "/" .. e.period, detail = "version " .. version })
    if not aok then db:rollback(); return nil, aerr, akind end
    versions[i] = version
  end
  ok, err, kind = db:commit()
  if not ok then return nil, err, kind end
  return versions
end

-- Changes since the approved version: texts (entries) and numbers (latest values of the report's
-- indicators) that differ between a version (M.approved) and now. Returns { texts = { … },
-- numbers = { … } }.
function M.changes(b, db, report_id, period_id, version)
  local out = { texts = {}, numbers = {} }
  local filter = { period = period_id }
  for k, v in pairs(entry_limit(version)) do filter[k] = v end
  local before = db:entries(filter) or {}
  local now = db:entries({ period = period_id }) or {}
  local old = {}
  for _, e in ipairs(before) do old[e.kind .. "\0" .. e.subject] = e end
  for _, e in ipairs(now) do
    local o = old[e.kind .. "\0" .. e.subject]
    if not o or o.version ~= e.version then
      out.texts[#out.texts + 1] = { kind = e.kind, subject = e.subject, before = o, after = e }
    end
  end
  local parts, order = access.responsibilities(b, report_id)
  local seen = {}
  for _, body in ipairs(order) do
    for _, ind in ipairs(parts[body].indicators) do
      if not seen[ind] then
        seen[ind] = true
        local then_ = {}
        for _, row in ipairs(db:latest(ind, value_limit(version)) or {}) do
          then_[row.area .. "\0" .. row.gender .. "\0" .. row.period] = row
        end
        for _, row in ipairs(db:latest(ind) or {}) do
          local o = then_[row.area .. "\0" .. row.gender .. "\0" .. row.period]
          -- A new vintage is stored only when the figure changed, and may carry the same time.
          if not o or o.value ~= row.value or o.text ~= row.text or o.status ~= row.status then
            out.numbers[#out.numbers + 1] = { indicator = ind, area = row.area, gender = row.gender, period = row.period,
                                              before = o and (o.text or o.value), after = row.text or row.value }
          end
        end
      end
    end
  end
  return out
end

M.util = util
return M
