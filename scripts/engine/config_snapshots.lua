-- The configuration a run used, kept in the store: every run that stores or renders (fetch,
-- compute, report, the scheduler's jobs) records a snapshot of the files its configuration was
-- loaded from (b.config_files: init.lua, what it includes, the files its declarations read).
-- Snapshots are content-addressed in the store, so an unchanged configuration adds nothing but
-- the run's reference to it. `styr report --as-of D` loads the configuration in force at D from
-- its snapshot, so that the report is rendered as the committee saw it, configuration and data.
local storage = require "styr.storage"

local M = {}

-- Records the configuration b was loaded from as run run_id's, in the caller's transaction when
-- one is open. Returns the snapshot id (nil for a builder that read no file), or nil, message,
-- kind when the store failed.
function M.record(db, b, run_id, now)
  local files = b.config_files
  if type(files) ~= "table" or next(files) == nil then return nil end
  local id, err, kind = db:save_snapshot(files, now)
  if not id then return nil, err, kind end
  local ok
  ok, err, kind = db:run_note(run_id, { snapshot = id })
  if not ok then return nil, err, kind end
  return id
end

-- The snapshot in force at time as_of: { id, digest, created_at, files, run_id, run_command,
-- run_started }, or false when no run recorded one by then. Raises a store failure.
function M.at(db, as_of)
  return storage.check(db:snapshot_at(as_of))
end

-- The configuration in force at as_of, loaded from its snapshot as if it were the folder dir
-- (so that file names in messages, formulas and provenance read as they did then). Returns the
-- builder and the snapshot, or nil and a message saying that none was recorded by then (with
-- the oldest there is). Raises a store failure.
function M.load_at(db, dir, as_of, opts)
  local sn = M.at(db, as_of)
  if not sn then
    local first = storage.check(db:first_snapshot())
    return nil, "no configuration snapshot was recorded at or before " .. as_of ..
      (first and ("; the oldest is from " .. first.run_started .. " (" .. first.run_command .. ")")
             or "; this database has none (runs before styr recorded them, or none yet)")
  end
  local files = storage.check(db:snapshot_files(sn.id))
  local load_opts = {}
  for k, v in pairs(opts or {}) do load_opts[k] = v end
  load_opts.files = files
  return require("styr.loader").load(dir, load_opts), sn
end

return M
