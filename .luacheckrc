-- luacheck configuration for styr: the engine's scripts, the examples and the specs.
std = "lua54"
max_line_length = 140

-- The engine runs with STYR_VERSION (set by the host) and its own require.
files["scripts/"] = { globals = { "STYR_RUNNING" }, read_globals = { "STYR_VERSION" } }

-- Configuration files run in styr's sandbox, which provides the configuration language.
files["examples/"] = {
  std = "min",
  read_globals = { "municipality", "body", "group", "role", "goal", "indicator", "activity", "report",
                   "event", "wheel", "labels", "source", "include", "missing", "access", "web", "os", "string", "table", "math", "utf8",
                   -- report layouts (scripts/layout.lua)
                   "heading", "text", "goal_table", "indicator_table", "chart", "activity_list", "analyses",
                   "footnotes", "analysis" },
  max_line_length = false,
}

files["tests/spec/"] = { std = "+busted" }

-- The web workspace's pages are HTML templates, whose lines are kept whole to be read as HTML.
files["scripts/serve/"] = { max_line_length = 200 }

-- A configuration's formula specs (styr test DIR): busted's style, run by styr's own runner.
files["examples/*/spec/"] = {
  std = "min",
  read_globals = { "describe", "it", "pending", "before_each", "after_each", "assert", "styr", "missing",
                   "string", "table", "math" },
}

-- Generated data (Kolada's KPI catalogue as one long string).
files["plugins/kolada_catalog.lua"] = { max_line_length = false }
