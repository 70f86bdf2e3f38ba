-- The organisation chart as Graphviz DOT: one band per level (decision, strategic, operational),
-- every body as a box with its kind, reporting lines as arrows towards the body reported to
-- (labelled with the role they pass through), and roles' support as dashed lines. Graphviz's own
-- layout (styr.graph) turns it into SVG.
local labels = require "styr.labels"

local M = {}

local BAND = {
  decision = { fill = "#e8eef8", border = "#7f9cc8" },
  strategic = { fill = "#eaf4e6", border = "#86b07a" },
  operational = { fill = "#fbf2e4", border = "#d0a868" },
}
local LEVELS = { "decision", "strategic", "operational" }
-- More than STAGGER_ABOVE leaf subordinates of one body are spread over STAGGER_ROWS rows.
M.STAGGER_ABOVE = 4
M.STAGGER_ROWS = 3

-- A DOT quoted string.
local function q(s)
  return '"' .. tostring(s):gsub('[\\"]', "\\%0"):gsub("\r?\n", "\\n"):gsub("%c", " ") .. '"'
end

function M.dot(b)
  local L = labels.get(b.municipality.language, b.label_overrides)
  local out = {}
  local function add(s) out[#out + 1] = s end
  add("digraph organisation {")
  add('  graph [charset="UTF-8", rankdir=TB, fontname="DejaVu Sans", fontsize=14, labelloc=t, ' ..
      'nodesep=0.25, ranksep=0.55, label=' .. q(b.municipality.name .. " — " .. L.organisation) .. "];")
  -- Graphviz estimates text widths without the browser's fonts: a generous margin keeps names inside.
  add('  node [shape=box, style="rounded,filled", fillcolor="#ffffff", color="#555555", margin="0.25,0.08", ' ..
      'fontname="DejaVu Sans", fontsize=10];')
  add('  edge [color="#555555", fontname="DejaVu Sans", fontsize=8, arrowsize=0.7];')
  local by_level = { decision = {}, strategic = {}, operational = {}, none = {} }
  for _, id in ipairs(b.body_order) do
    local d = b.bodies[id]
    table.insert(by_level[d.level or "none"], id)
  end
  local function node(id)
    local d = b.bodies[id]
    local kind = L.kinds[d.kind] or d.kind or ""
    local label = d.name .. (kind ~= "" and ("\n" .. kind) or "")
    -- "ordförande: ordförande" says nothing; name the chair only when it is a role of its own.
    if d.chair and d.chair:lower() ~= L.member_roles.chair:lower() then
      label = label .. "\n" .. L.member_roles.chair .. ": " .. d.chair
    end
    local attrs = "label=" .. q(label) .. ", tooltip=" .. q(d.name)
    if d.kind == "role" then attrs = attrs .. ', shape=ellipse, style="filled", fillcolor="#f7f7f7"' end
    add("    " .. q(id) .. " [" .. attrs .. "];")
  end
  for i, level in ipairs(LEVELS) do
    if #by_level[level] > 0 then
      add("  subgraph cluster_" .. i .. "_" .. level .. " {")
      add('    label=' .. q(L.levels[level]) .. '; labeljust=l; style="filled,rounded"; fillcolor=' ..
          q(BAND[level].fill) .. "; color=" .. q(BAND[level].border) .. "; fontsize=11;")
      for _, id in ipairs(by_level[level]) do node(id) end
      add("  }")
    end
  end
  for _, id in ipairs(by_level.none) do node(id) end
  -- A body with many subordinates that have none of their own would put them all in one row,
  -- making the chart very wide; like Graphviz's unflatten, they are staggered over three rows
  -- (minlen 1, 2, 3, 1, …).
  local subordinates, leaves = {}, {}
  for _, id in ipairs(b.body_order) do
    local up = b.bodies[id].reports_to
    if up and b.bodies[up] then subordinates[up] = (subordinates[up] or 0) + 1 end
  end
  local stagger = {}
  for _, id in ipairs(b.body_order) do
    local up = b.bodies[id].reports_to
    if up and b.bodies[up] and not subordinates[id] then
      leaves[up] = (leaves[up] or 0) + 1
      stagger[id] = leaves[up]
    end
  end
  -- Reporting lines: drawn from the superior down (so it sits above), arrow pointing up to it.
  for _, id in ipairs(b.body_order) do
    local d = b.bodies[id]
    if d.reports_to and b.bodies[d.reports_to] then
      local attrs = "dir=back"
      if stagger[id] and leaves[d.reports_to] > M.STAGGER_ABOVE then
        attrs = attrs .. ", minlen=" .. (1 + (stagger[id] - 1) % M.STAGGER_ROWS)
      end
      if d.via then attrs = attrs .. ", label=" .. q(L.member_roles.via .. " " .. d.via) end
      add("  " .. q(d.reports_to) .. " -> " .. q(id) .. " [" .. attrs .. "];")
    end
    if type(d.supports) == "table" then
      for _, s in ipairs(d.supports) do
        if b.bodies[s] then
          add("  " .. q(s) .. " -> " .. q(id) .. ' [style=dashed, arrowhead=none, color="#888888"];')
        end
      end
    end
  end
  add("}")
  return table.concat(out, "\n") .. "\n"
end

return M
