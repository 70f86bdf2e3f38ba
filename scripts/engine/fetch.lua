-- Fetching open data: each source's connector turns the declaration into requests and the
-- responses into rows; this module sends the requests (styr.http: retries, conditional requests,
-- size cap), follows the connector's paging, and stores the rows in ONE transaction per source,
-- with the request, fetch time and run id of every value. A failed or partial fetch stores nothing
-- for that source and records the failure in the run history; earlier data stay as they were.
local sources = require "styr.sources"
local storage = require "styr.storage"
local baseurl = require "styr.baseurl"
local util = require "styr.util"

local M = {}

-- What identifies a request in the fetch state: method, URL and body.
function M.key(req)
  return (req.method or "GET") .. " " .. req.url .. (req.body and ("\n" .. req.body) or "")
end

-- Content types a JSON connector accepts (Statistics Denmark answers text/json).
local JSON_TYPES = { "application/json", "text/json", "application/problem+json" }

local function json_type(ct)
  ct = (ct or ""):lower():match("^%s*([^;%s]+)") or ""
  return util.set(JSON_TYPES)[ct] or ct:match("%+json$") ~= nil
end

-- seconds: the time left of the source's deadline (nil: none).
local function http_options(src, opts, seconds)
  return {
    deadline = seconds,
    rate = src.rate, per_host = src.per_host, timeout = src.timeout or opts.timeout,
    attempts = src.attempts or opts.attempts, max_bytes = src.max_bytes,
    backoff_ms = opts.backoff_ms, backoff_max_ms = opts.backoff_max_ms,
    retry_after_max_s = opts.retry_after_max_s, connect_timeout = opts.connect_timeout,
    low_speed_time = opts.low_speed_time, quiet = opts.quiet,
  }
end

-- Reads a batch of local files (requests { file = "path" } of the csv connector) from the
-- configuration folder, online and offline alike (styr.config.read_data: confined to the folder).
local function read_files(src, batch, opts)
  local config = require "styr.config"
  local results = {}
  for i, req in ipairs(batch) do
    local body, err = config.read_data(opts.dir, req.file, src.max_bytes)
    results[i] = body and { ok = true, body = body, status = 200, offline = true, attempts = 0, bytes = #body }
                      or { ok = false, error = err, attempts = 0, bytes = 0 }
  end
  return results
end

-- Sends one batch of requests (or answers it from the stored responses when offline).
-- Returns a list of { ok, body, status, etag, last_modified, not_modified, error, attempts, bytes }.
local function send(db, src, batch, opts, seconds)
  if batch[1] and batch[1].file then return read_files(src, batch, opts) end
  if opts.offline then
    local results = {}
    for i, req in ipairs(batch) do
      local st = storage.check(db:fetch_state(src.id, M.key(req)))
      if st and st.body then
        results[i] = { ok = true, body = st.body, status = st.status or 200, content_type = st.content_type,
                       offline = true, attempts = 0, bytes = 0 }
      else
        results[i] = { ok = false, attempts = 0, bytes = 0,
                       error = "no stored response for " .. req.url .. "; run styr fetch online once first" }
      end
    end
    return results
  end
  local http = require "styr.http"
  local list = {}
  for i, req in ipairs(batch) do
    local st = storage.check(db:fetch_state(src.id, M.key(req)))
    list[i] = {
      url = req.url, method = req.method, body = req.body, content_type = req.content_type,
      headers = req.headers,
      secret_header = src.token_env and { name = req.secret_header or "Authorization", env = src.token_env } or nil,
      etag = st and st.etag or nil, last_modified = st and st.last_modified or nil,
    }
    -- A 304 is only useful when the old body is still there to read.
    if not (st and st.body) then list[i].etag, list[i].last_modified = nil, nil end
  end
  local results, err = http.fetch(list, http_options(src, opts, seconds))
  if not results then error(err) end
  for i, r in ipairs(results) do
    if r.ok and r.not_modified then
      local st = storage.check(db:fetch_state(src.id, M.key(batch[i])))
      r.body, r.content_type, r.status = st.body, st.content_type, st.status or 200
    end
  end
  return results
end

-- True when the API's root under a base URL answers 404 (or nothing): one quick request, the
-- connector's test request (plugin.BASE_URL.probe).
function M.root_missing(base, src, opts)
  local req = baseurl.probe(base, src)
  local results = require("styr.http").fetch({ {
    url = req.url, method = req.method, body = req.body, content_type = req.content_type,
    secret_header = src.token_env and { name = "Authorization", env = src.token_env } or nil,
  } }, { attempts = 1, timeout = math.min(src.timeout or opts.timeout or 30, 30), quiet = true,
         connect_timeout = opts.connect_timeout })
  local r = results and results[1]
  return r ~= nil and not r.ok and (r.status == 404 or r.status == nil or r.status == 0)
end

-- Seconds one source's fetch may take: its deadline, else twice the timeout of one request.
M.DEFAULT_TIMEOUT = 300
function M.deadline(src, opts)
  return src.deadline or 2 * (src.timeout or opts.timeout or M.DEFAULT_TIMEOUT)
end

-- The Kolada municipality groups the reports name as peers (peers = kolada_group "G…"), sorted.
function M.peer_groups(b)
  local model = require "styr.model"
  local set, list = {}, {}
  for _, rid in ipairs(b.report_order or {}) do
    local g = model.group_of(b.reports[rid].peers)
    if g and not set[g] then set[g] = true; list[#list + 1] = g end
  end
  table.sort(list)
  return list
end

-- A report's peers: its list of codes, or the members of its Kolada group as the last fetch of a
-- Kolada source recorded them (the group's answer is kept with the fetch's answers). Returns the
-- list and the group { id, title, members } (nil for a list), or nil and a message.
function M.peers_of(b, db, r)
  local model = require "styr.model"
  local id = model.group_of(r.peers)
  if not id then return r.peers end
  for _, sid in ipairs(b.source_order) do
    local src = b.sources[sid]
    if src.kind == "kolada" then
      local plugin = assert(sources.plugin("kolada"))
      local base = baseurl.resolve(src, plugin)
      local copy = {}
      for k, v in pairs(src) do copy[k] = v end
      copy.url = base and base.url or src.url
      local req = plugin.group_request(copy, id)
      local st = db:fetch_state(sid, M.key(req), true)
      if type(st) == "table" and st.body then
        local g, gerr = plugin.group_members(st.body, req.url, id)
        if not g then return nil, gerr end
        return g.members, g
      end
    end
  end
  return nil, "the peers' Kolada group " .. id .. " has not been fetched yet; run styr fetch (a Kolada source " ..
              "asks for the group's members)"
end

-- At most this many requests are in flight and in memory at once: a source's answers are parsed
-- and stored one by one as they come, so that memory stays flat however many pages a source has.
-- Four keep a national Kolada fetch (pages of about 1 MB) under the default 64 MiB limit with room
-- for the rest of the engine; eight did not (make bench-national, 20 KPIs).
M.WINDOW = 4

-- The row tables of a connector's answer given as columns (docs/sources.md), for the callers
-- that want rows.
local COLUMN_FIELDS = { "indicator", "area", "gender", "period", "period_kind", "value", "status", "note" }
local KNOWN_COLUMNS = util.set(COLUMN_FIELDS)

-- What is wrong with a connector's columns as a whole (a count, the lists a value needs, no
-- column of another name), or nil; a wrong value in a list is the store's to name.
function M.columns_problem(src, cols)
  if math.type(cols.n) ~= "integer" or cols.n < 0 then
    return string.format("the %s connector gave columns without their count n; nothing was stored", src.kind)
  end
  for _, f in ipairs({ "indicator", "area", "gender", "period" }) do
    if type(cols[f]) ~= "table" then
      return string.format("the %s connector gave columns without the list %s; nothing was stored", src.kind, f)
    end
  end
  for f in pairs(cols) do
    if f ~= "n" and not KNOWN_COLUMNS[f] then
      return string.format("the %s connector gave a column '%s', which is not one of %s; nothing was stored",
                           src.kind, tostring(f), table.concat(COLUMN_FIELDS, ", "))
    end
  end
end
function M.rows_of_columns(cols)
  local rows = {}
  for i = 1, cols.n do
    local r = {}
    for _, f in ipairs(COLUMN_FIELDS) do
      local c = cols[f]
      if c then r[f] = c[i] end
    end
    rows[i] = r
  end
  return rows
end

-- Fetches one source; returns a summary table, or nil and a summary with .error. With sink, each
-- answer (the connector's { rows } or { columns }) is handed to sink(parsed, answered) as soon as it
-- is parsed (answered: { req, res }, nil for a local file) and neither rows nor bodies are kept;
-- sink returns true, or nil and a message (the fetch stops there); its third argument is the
-- request the answer answers. Without sink, summary.rows (row tables) and summary.answered hold
-- them all.
function M.source(b, db, src, opts, sink)
  local plugin = assert(sources.plugin(src.kind))
  local summary = { source = src.id, new = 0, changed = 0, unchanged = 0, kept = 0, bytes = 0, attempts = 0,
                    requests = 0, not_modified = 0 }
  -- The base URL (STYR_URL_<SOURCE>, the connector's STYR_URL_<KIND>, the source's url or the
  -- default; scripts/model/baseurl.lua): checked before any request, and recorded with the run.
  local base = baseurl.resolve(src, plugin)
  if base then
    summary.base_url, summary.base_url_from = base.url, base.from
    local berr = baseurl.check(base, src)
    if berr then summary.error = berr; return nil, summary end
    local copy = {}
    for k, v in pairs(src) do copy[k] = v end
    copy.url = base.url
    src = copy
  end
  local ctx = { municipality = b.municipality, now = opts.now, indicators = b.indicators, config_dir = opts.dir,
                peer_groups = M.peer_groups(b) }
  local state = {}
  local rows, answered = {}, {}
  -- What came, for the empty-result warnings (only when the connector can say what it asked for).
  local got = plugin.expected and {} or nil
  local queue = plugin.requests(src, ctx)
  local seen = {}
  -- The source's whole fetch, its pages, retries and waits included, ends at its deadline
  -- (docs/sources.md): a server that answers slowly or asks to wait cannot stall a scheduled run.
  local deadline = M.deadline(src, opts)
  local ends = deadline and opts.elapsed_ms and (opts.elapsed_ms() + deadline * 1000)
  while #queue > 0 do
    local left = ends and (ends - opts.elapsed_ms()) / 1000
    if left and left <= 0 then
      summary.error = string.format("the source's deadline of %g s is reached after %d request%s; nothing " ..
                                    "was stored (raise it with deadline = …)", deadline, summary.requests,
                                    summary.requests == 1 and "" or "s")
      return nil, summary
    end
    local batch, rest = {}, {}
    for _, req in ipairs(queue) do
      local k = M.key(req)
      if #batch >= M.WINDOW then rest[#rest + 1] = req
      elseif not seen[k] then seen[k] = true; batch[#batch + 1] = req end
    end
    queue = rest
    if #batch > 0 then
      local results = send(db, src, batch, opts, left)
      for i, res in ipairs(results) do
        local req = batch[i]
        summary.requests = summary.requests + 1
        summary.attempts = summary.attempts + (res.attempts or 0)
        summary.bytes = summary.bytes + (res.bytes or (res.body and not res.not_modified and #res.body) or 0)
        if not res.ok then
          summary.http_status = res.status
          summary.error = res.error or ("HTTP " .. tostring(res.status) .. " from " .. req.url)
          -- A 404: when the API's root does not answer either, the base URL is wrong; say what it
          -- must look like.
          if res.status == 404 and base and M.root_missing(base, src, opts) then
            summary.error = summary.error .. "; " .. baseurl.not_found(base, src)
          end
          return nil, summary
        end
        if res.not_modified then summary.not_modified = summary.not_modified + 1 end
        if plugin.FORMAT == "json" and not res.offline and not json_type(res.content_type) then
          summary.http_status = res.status
          summary.error = req.url .. ": expected JSON but the server sent " .. tostring(res.content_type) ..
                          " (an error page?); nothing was stored"
          return nil, summary
        end
        local parsed, perr = plugin.parse(src, req, res.body, ctx, state)
        if not parsed then summary.error = perr; return nil, summary end
        for _, m in ipairs(parsed.more or {}) do queue[#queue + 1] = m end
        local cols = parsed.columns
        local cproblem = cols and M.columns_problem(src, cols)
        if cproblem then summary.error = cproblem; return nil, summary end
        if got then
          -- Per indicator and area, the periods that came as one text ";2019;2020;": a national
          -- fetch has hundreds of thousands of them, and memory stays flat.
          -- The genders of one period come one after another: each indicator, area and period
          -- is looked at once.
          local li, la, lp
          local c_ind, c_area, c_period = cols and cols.indicator, cols and cols.area, cols and cols.period
          local list = parsed.rows or {}
          for j = 1, cols and cols.n or #list do
            local ind, area, per
            if cols then ind, area, per = c_ind[j], c_area[j], c_period[j]
            else local r = list[j]; ind, area, per = r.indicator, r.area, r.period end
            -- (a row without them is the store's to refuse, naming it)
            if (per ~= lp or area ~= la or ind ~= li) and type(ind) == "string" and type(area) == "string"
                and type(per) == "string" then
              li, la, lp = ind, area, per
              local k, p = ind .. "\0" .. area, ";" .. per .. ";"
              local had = got[k]
              if not had then got[k] = p elseif not had:find(p, 1, true) then got[k] = had .. per .. ";" end
            end
          end
        end
        -- A local file is read anew each time; its text (a register extract) is never kept.
        local done = not req.file and { req = req, res = res } or nil
        if sink then
          local ok, serr = sink(parsed, done, req)
          if not ok then summary.error = serr; summary.store_failed = true; return nil, summary end
          results[i] = nil -- the body is stored; let it go
        else
          for _, r in ipairs(cols and M.rows_of_columns(cols) or parsed.rows) do r.request = req; rows[#rows + 1] = r end
          answered[#answered + 1] = done
        end
      end
    end
  end
  if plugin.finish then
    local ferr = plugin.finish(src, state)
    if ferr then summary.error = ferr; return nil, summary end
  end
  summary.rows = rows
  summary.answered = answered
  summary.warnings = M.empty_results(src, plugin, ctx, got)
  summary.groups = state.groups
  return summary
end

-- Years (or other periods) as short text: "2000–2020" for a run of years, else a list.
local function period_text(list)
  table.sort(list)
  local years = {}
  for i, p in ipairs(list) do
    if not p:match("^%d%d%d%d$") then return table.concat(list, ", ") end
    years[i] = tonumber(p)
  end
  local parts, i = {}, 1
  while i <= #years do
    local j = i
    while j < #years and years[j + 1] == years[j] + 1 do j = j + 1 end
    parts[#parts + 1] = j > i and (years[i] .. "–" .. years[j]) or tostring(years[i])
    i = j + 1
  end
  return table.concat(parts, ", ")
end

-- Empty results are news: each indicator × area the source was asked for (plugin.expected) whose
-- periods got no row at all, as one warning naming source, KPI/table, area code and periods, with
-- a did-you-mean from the office's own list of areas (plugin.unknown_area) when styr has it.
-- plugin.expected gives { indicator, code, areas, periods } per indicator; got: per
-- "indicator\0area", the periods that came as one text ";2019;2020;".
function M.empty_results(src, plugin, ctx, got)
  if not plugin.expected then return {} end
  local out = {}
  for _, e in ipairs(plugin.expected(src, ctx)) do
    -- What came when every period came in the order asked for (a national fetch: nearly every
    -- area), compared as one text.
    local all = ";" .. table.concat(e.periods, ";") .. ";"
    for _, area in ipairs(e.areas) do
      local had = got[e.indicator .. "\0" .. area] or ""
      local missing = {}
      if had ~= all then
        for _, p in ipairs(e.periods) do
          if not had:find(";" .. p .. ";", 1, true) then missing[#missing + 1] = p end
        end
      end
      if #missing > 0 then
        local unknown = plugin.unknown_area and plugin.unknown_area(area)
        out[#out + 1] = string.format("source '%s': %s (indicator %s) gave no value for area %s, %s %s%s",
          src.id, e.code, e.indicator, area, #missing == 1 and "period" or "periods", period_text(missing),
          unknown and ("; " .. unknown) or "; check the area code and the periods the source asks for")
      end
    end
  end
  return out
end

-- The periods the configuration types in, per indicator/area/gender: the configuration's own
-- figures win over fetched ones (a fetch never overwrites what the document states).
local function typed_in(b)
  local sync = require "styr.sync"
  local set = {}
  for _, id in ipairs(b.indicator_order) do
    local ind = b.indicators[id]
    for _, s in ipairs(sync.series_of(ind, b.municipality.code)) do
      for year in pairs(type(s.values) == "table" and s.values or {}) do
        set[id .. "\0" .. s.area .. "\0" .. s.gender .. "\0" .. tostring(year)] = true
      end
    end
  end
  return set
end

-- The message for a connector's value (row or column entry i) of an indicator the configuration
-- does not declare.
local function undeclared(src, i, id)
  return string.format("the %s connector gave row %d for indicator '%s', which the configuration does not " ..
                       "declare; nothing was stored", src.kind, i, tostring(id))
end

-- What every value of one answer shares, given with the call: where and when it came from.
local function answer_opts(req, now, run_id)
  return { vintage = now, fetched_at = now, run_id = run_id, period_kind = "year", source = req.url,
           request = M.key(req) }
end

-- A connector's rows (a table per value): they go to the store as they are (docs/sources.md lists
-- their fields; a field of another name or type fails the source, naming the row and the field):
-- what they share, the request and its URL, goes with the call, and what styr records itself
-- (where and when a value came from, the indicator's definition) a row may not carry. Typed-in
-- keys are looked up only when the configuration types values in; their rows are left out. An
-- indicator's definition goes with its first row stored: the store takes one per call.
local function put_rows(b, db, src, summary, now, run_id, keep, list, req)
  local any_keep = next(keep) ~= nil
  local rows, n = any_keep and {} or list, 0
  local defined, last = {}, nil -- indicator -> false (declared), true (its definition placed)
  for i, r in ipairs(list) do
    local own = r.source ~= nil and "source" or r.vintage ~= nil and "vintage" or r.request ~= nil and "request"
      or r.fetched_at ~= nil and "fetched_at" or r.run_id ~= nil and "run_id" or r.title ~= nil and "title"
      or r.unit ~= nil and "unit" or r.direction ~= nil and "direction"
    if own then
      return nil, string.format("the %s connector gave row %d with field '%s', which styr records itself; " ..
                                "nothing was stored", src.kind, i, own), "invalid"
    end
    local id = r.indicator
    if id ~= last then
      last = id
      if defined[id] == nil then
        if not b.indicators[id] then return nil, undeclared(src, i, id), "invalid" end
        defined[id] = false
      end
    end
    if any_keep and keep[tostring(id) .. "\0" .. tostring(r.area) .. "\0" .. tostring(r.gender) .. "\0" ..
                        tostring(r.period)] then
      summary.kept = summary.kept + 1
    else
      if any_keep then n = n + 1; rows[n] = r end
      if defined[id] == false then
        defined[id] = true
        local ind = b.indicators[id]
        r.title, r.unit, r.direction = ind.title, ind.unit, ind.direction
      end
    end
  end
  return db:put_rows(rows, answer_opts(req, now, run_id))
end

-- A connector's columns (docs/sources.md: a large answer without a table per value): the same
-- checks and the same store, through db:put_columns; the definitions go in columns of their own
-- at each indicator's first value stored.
local function put_columns(b, db, src, summary, now, run_id, keep, cols, req)
  local problem = M.columns_problem(src, cols)
  if problem then return nil, problem, "invalid" end
  local orig -- the connector's numbering of the values kept, when typed-in ones were left out
  if next(keep) ~= nil then
    -- Typed-in keys are left out: the other values are copied into new columns.
    local out = { n = 0 }
    orig = {}
    for _, f in ipairs(COLUMN_FIELDS) do out[f] = cols[f] and {} end
    for i = 1, cols.n do
      local id, area, gender, p = cols.indicator[i], cols.area[i], cols.gender[i], cols.period[i]
      if keep[tostring(id) .. "\0" .. tostring(area) .. "\0" .. tostring(gender) .. "\0" .. tostring(p)] then
        summary.kept = summary.kept + 1
      else
        out.n = out.n + 1
        orig[out.n] = i
        for _, f in ipairs(COLUMN_FIELDS) do if cols[f] then out[f][out.n] = cols[f][i] end end
      end
    end
    cols = out
  end
  local ids, title, unit, direction, last = cols.indicator, {}, {}, {}, nil
  local defined = {}
  for i = 1, cols.n do
    local id = ids[i]
    if id ~= last then
      last = id
      if not defined[id] then
        local ind = b.indicators[id]
        if not ind then return nil, undeclared(src, orig and orig[i] or i, id), "invalid" end
        defined[id] = true
        title[i], unit[i], direction[i] = ind.title, ind.unit, ind.direction
      end
    end
  end
  cols.title, cols.unit, cols.direction = title, unit, direction
  return db:put_columns(cols, answer_opts(req, now, run_id))
end

-- Stores one answer (the connector's { rows } or { columns }) in the source's transaction, with
-- one call to the store, and the answer's fetch state (answered: { req, res }, nil for a local
-- file; req: the request it answers). keep: typed_in(b). Adds the counts to summary. Returns true,
-- or nil, message, kind (the caller rolls back).
local function store_rows(b, db, src, summary, run_id, now, offline, keep, parsed, answered, req)
  local counts, err, kind
  if parsed.columns then
    counts, err, kind = put_columns(b, db, src, summary, now, run_id, keep, parsed.columns, req)
  else
    counts, err, kind = put_rows(b, db, src, summary, now, run_id, keep, parsed.rows, req)
  end
  if not counts then return nil, err, kind end
  summary.new = summary.new + counts.new
  summary.changed = summary.changed + counts.changed
  summary.unchanged = summary.unchanged + counts.unchanged
  if not offline and answered then
    local a = answered
    local ok
    ok, err, kind = db:save_fetch_state(src.id, M.key(a.req), {
      etag = a.res.etag, last_modified = a.res.last_modified, body = a.res.body,
      content_type = a.res.content_type, status = a.res.status, fetched_at = now, run_id = run_id,
    })
    if not ok then return nil, err, kind end
  end
  return true
end

-- Fetches each source in `ids` (default: all) and stores it. Returns a list of summaries (each
-- with .ok and, when it failed, .error); a failing source does not stop the others.
function M.run(b, db, ids, opts)
  local out = {}
  for _, id in ipairs(ids) do
    local src = b.sources[id]
    local started = opts.clock()
    local t0 = opts.elapsed_ms and opts.elapsed_ms()
    -- One transaction per source: the run record and every value, or nothing. It begins with
    -- the first answer to store, and each answer is stored as it is parsed (memory stays flat);
    -- the source's other requests are sent meanwhile, so another writer waits for the lock
    -- (busy_timeout) while a source is being fetched.
    local run_id, keep, began
    local counted = { new = 0, changed = 0, unchanged = 0, kept = 0 }
    local function sink(parsed, answered, req)
      if not began then
        local ok, werr = db:begin()
        if not ok then return nil, werr end
        began = true
        run_id, werr = db:run_start("fetch " .. id, started)
        if not run_id then return nil, werr end
        -- The configuration the source was fetched with (scripts/engine/config_snapshots.lua).
        local _, snerr = require("styr.config_snapshots").record(db, b, run_id, started)
        if snerr then return nil, snerr end
        keep = typed_in(b)
      end
      -- A connector's row of the wrong form (db:put_rows raises, naming the row and field)
      -- fails this source only.
      local called, stored, werr = util.pass_memory_error(pcall(store_rows, b, db, src, counted, run_id, opts.now,
                                                                 opts.offline, keep, parsed, answered, req))
      if not called then stored, werr = nil, stored end
      return stored, werr
    end
    local ok, res, failed = util.pass_memory_error(pcall(M.source, b, db, src, opts, sink))
    local summary = res or failed
    if not ok then summary = { source = id, error = tostring(res), new = 0, changed = 0, unchanged = 0,
                               kept = 0, bytes = 0, attempts = 0 } end
    local werr
    if not summary.error and not began then
      -- Nothing to store (no answer had rows): the run record alone.
      local ok2
      ok2, werr = db:begin()
      if ok2 then
        began = true
        run_id, werr = db:run_start("fetch " .. id, started)
        if run_id then
          -- The configuration the source was fetched with (scripts/engine/config_snapshots.lua).
          local _, snerr = require("styr.config_snapshots").record(db, b, run_id, started)
          if snerr then run_id, werr = nil, snerr end
        end
        if not run_id then summary.error = werr end
      else
        summary.error, summary.store_failed = werr, true
      end
    end
    local stored = not summary.error
    if stored then stored, werr = db:commit() end
    if stored then
      summary.run_id = run_id
      summary.new, summary.changed, summary.unchanged = counted.new, counted.changed, counted.unchanged
      summary.kept = counted.kept
    else
      if began then db:rollback() end
      if summary.store_failed or werr then
        summary.error = "storing failed, nothing was stored: " .. tostring(werr or summary.error)
      end
      summary.store_failed = nil
      summary.new, summary.changed, summary.unchanged, summary.kept = 0, 0, 0, 0
    end
    summary.ok = summary.error == nil
    -- expect = "values" on the source (or --strict): an asked-for value left empty fails the run,
    -- so that a scheduled fetch exits non-zero; what did come is stored all the same.
    if summary.ok and #(summary.warnings or {}) > 0 and (src.expect == "values" or opts.strict) then
      summary.ok = false
      summary.stored_anyway = true
      summary.error = string.format("%d asked-for value%s came back empty and %s: %s", #summary.warnings,
        #summary.warnings == 1 and "" or "s (indicator × area)",
        opts.strict and "--strict is given" or "the source has expect = \"values\"",
        table.concat(summary.warnings, "; "))
    end
    summary.finished = opts.clock()
    summary.duration_ms = t0 and (opts.elapsed_ms() - t0) or nil
    local recorded, rerr = M.record(db, id, summary, started, opts)
    if not recorded then
      if summary.ok then
        summary.ok = false
        summary.error = "the values were stored, but recording the run failed: " .. tostring(rerr)
      else
        summary.error = summary.error .. " (and the run could not be recorded)"
      end
    end
    out[#out + 1] = summary
  end
  return out
end

-- Records the outcome of one source's fetch in the run history, in its own transaction: a
-- success only after its data were committed. Returns true, or nil and the store's message.
function M.record(db, id, summary, started, opts)
  local ok, err = db:begin()
  if not ok then return nil, err end
  local run_id = summary.run_id
  if not run_id then
    run_id, err = db:run_start("fetch " .. id, started)
    if not run_id then db:rollback(); return nil, err end
  end
  local message = summary.ok and string.format("%d new, %d changed, %d unchanged%s", summary.new, summary.changed,
    summary.unchanged, summary.kept > 0 and (", " .. summary.kept .. " kept from the configuration") or "")
    or summary.error
  -- The peer groups resolved by this fetch and their members.
  for _, g in ipairs(summary.ok and summary.groups or {}) do
    message = message .. "; group " .. g.id .. " (" .. g.title .. "): " .. table.concat(g.members, ", ")
  end
  -- Which base URL the run used (a scheduled run without STYR_URL_… goes to the public API).
  if summary.base_url then
    message = message .. "; base URL " .. summary.base_url .. " (from " .. tostring(summary.base_url_from) .. ")"
  end
  -- The warnings go with the run (runs.warnings), for styr history and styr status.
  if summary.warnings and #summary.warnings > 0 then
    ok, err = db:run_note(run_id, { warnings = table.concat(summary.warnings, "\n") })
    if not ok then db:rollback(); return nil, err end
  end
  ok, err = db:run_finish_ex(run_id, {
    finished = summary.finished, outcome = summary.ok and "succeeded" or "failed", message = message,
    source = id, trigger = opts.trigger or "manual", new = summary.new, changed = summary.changed,
    unchanged = summary.unchanged, bytes = summary.bytes, attempts = summary.attempts,
    http_status = summary.http_status, duration_ms = summary.duration_ms, error = summary.error,
  })
  if ok then ok, err = db:commit() end
  if not ok then db:rollback(); return nil, err end
  return true
end

return M
