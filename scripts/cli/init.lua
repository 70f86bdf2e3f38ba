-- styr init DIR: a working configuration for a municipality, from its code. The municipality's
-- name, country, language and comparison group come from the catalogue bundled with styr
-- (scripts/cli/catalog.lua), or online (Kolada for a Swedish code, Statistics Denmark for a Danish
-- one) when the code is not in it; the indicators from Kolada's catalogue (Sweden) or Statistics
-- Denmark's tables (Denmark). Every file it writes is commented, and `styr validate` finds nothing
-- to say about them. Questions are asked only when standard input is a terminal; otherwise the
-- flags decide (a scheduled or CI run has no one to answer).
local catalog = require "styr.catalog"
local console = require "styr.console"
local clock = require "styr.clock"
local util = require "styr.util"

local M = {}

local function q(s) return string.format("%q", s) end

-- The areas a configuration can start with, per country: the committee, its administration, the
-- goal and the indicators. kpi: Kolada's id (its title comes from the bundled catalogue);
-- table: a Statistics Denmark table.
M.AREAS = {
  SE = {
    labour_market = {
      words = "labour market (arbetsmarknad)",
      committee = { id = "AMN", name = "Arbetsmarknadsnämnden" },
      administration = { id = "AMF", name = "Arbetsmarknadsförvaltningen" },
      goal = { id = "AMN-1", title = "Fler invånare i arbete och egen försörjning" },
      activity = "Ta fram en analys av vilka invånare som står längst från arbetsmarknaden",
      indicators = {
        { id = "arbetslosa", kpi = "N03937", direction = "decrease", gender = true },
        { id = "unga_arbetslosa", kpi = "N03939", direction = "decrease" },
        { id = "langtidsarbetslosa", kpi = "N03952", direction = "decrease" },
        { id = "bistand_andel", kpi = "N31807", direction = "decrease" },
        { id = "kostnad_atgarder", kpi = "N40011", unit = "sek", decimals = 0 },
      },
    },
    social_assistance = {
      words = "social assistance (ekonomiskt bistånd)",
      committee = { id = "SN", name = "Socialnämnden" },
      administration = { id = "SF", name = "Socialförvaltningen" },
      goal = { id = "SN-1", title = "Färre invånare i behov av ekonomiskt bistånd" },
      activity = "Följ upp hushåll med långvarigt ekonomiskt bistånd varje tertial",
      indicators = {
        { id = "langvarigt_bistand", kpi = "N31816", direction = "decrease", gender = true },
        { id = "bistand_andel", kpi = "N31807", direction = "decrease" },
        { id = "unga_bistand", kpi = "U31804", direction = "decrease" },
        { id = "bistandsmottagare", kpi = "N31825", direction = "decrease" },
        { id = "kostnad_bistand", kpi = "N31009", unit = "sek", decimals = 0 },
      },
    },
  },
  DK = {
    labour_market = {
      words = "labour market (beskæftigelse)",
      committee = { id = "BU", name = "Beskæftigelsesudvalget" },
      administration = { id = "BF", name = "Beskæftigelsesforvaltningen" },
      goal = { id = "BU-1", title = "Flere borgere i beskæftigelse" },
      activity = "Lav en analyse af de ledige, der har været længst tid uden job",
      indicators = {
        { id = "ledighed_pct", table = "AULKP01", direction = "decrease", unit = "percent", decimals = 1,
          title = "Fuldtidsledige i procent af arbejdsstyrken", gender = true },
        { id = "fuldtidsledige", table = "AULK01", direction = "decrease", unit = "persons", decimals = 0,
          title = "Fuldtidsledige" },
        { id = "offentligt_forsorgede", table = "AUK01", direction = "decrease", unit = "persons", decimals = 0,
          title = "Personer på offentlige ydelser" },
      },
    },
    social_assistance = {
      words = "social assistance (offentlig forsørgelse)",
      committee = { id = "SU", name = "Socialudvalget" },
      administration = { id = "SF", name = "Socialforvaltningen" },
      goal = { id = "SU-1", title = "Færre borgere på offentlig forsørgelse" },
      activity = "Gennemgå sagerne for borgere, der har været på offentlig forsørgelse i mere end et år",
      indicators = {
        { id = "offentligt_forsorgede", table = "AUK01", direction = "decrease", unit = "persons", decimals = 0,
          title = "Personer på offentlige ydelser", gender = true },
        { id = "ledighed_pct", table = "AULKP01", direction = "decrease", unit = "percent", decimals = 1,
          title = "Fuldtidsledige i procent af arbejdsstyrken" },
      },
    },
  },
}
M.AREA_NAMES = { "labour_market", "social_assistance" }

-- Words that differ by country.
local WORDS = {
  SE = { top = { id = "KS", name = "Kommunstyrelsen" }, perspective = "Medborgare", report = "uppfoljning",
         report_title = "Tertialuppföljning", follow_up = "Tertialuppföljning", period = "tertial",
         meeting = "sammanträde", render = "styr tar fram tertialuppföljningen", fetch = "Hämtning från Kolada",
         intro = "Nämndens mål och nyckeltal ur Kolada, med jämförelse mot kommunerna i %s.",
         text = "Rapporten följer upp %s mål. %s var {%s.year} år {year}, mot {%s.previous} året innan; " ..
                "målet är att värdet ska minska.",
         heading = "Nyckeltal", table_caption = "Nyckeltal ur Kolada", activities = "Aktiviteter",
         committee_word = "nämnden", admin_suffix = "förvaltningen", committee_suffix = "nämnden" },
  DK = { top = { id = "KB", name = "Kommunalbestyrelsen" }, perspective = "Borgere", report = "opfolgning",
         report_title = "Kvartalsopfølgning", follow_up = "Kvartalsopfølgning", period = "quarter",
         meeting = "møde", render = "styr laver kvartalsopfølgningen", fetch = "Hentning fra Danmarks Statistik",
         intro = "Udvalgets mål og nøgletal fra Danmarks Statistik, sammenlignet med kommunerne i gruppen %s.",
         text = "Rapporten følger op på %s mål. %s var {%s.year} i {year}, mod {%s.previous} året før; " ..
                "målet er, at tallet skal falde.",
         heading = "Nøgletal", table_caption = "Nøgletal fra Danmarks Statistik", activities = "Aktiviteter",
         committee_word = "udvalget", admin_suffix = "forvaltningen", committee_suffix = "udvalget" },
}

-- ASCII capitals of a name, for ids: "Vård- och omsorgsnämnden" → "VO", "Kulturnämnden" → "KUL".
local FOLD = { ["Å"] = "A", ["Ä"] = "A", ["Æ"] = "AE", ["Ö"] = "O", ["Ø"] = "O", ["å"] = "a", ["ä"] = "a",
               ["æ"] = "ae", ["ö"] = "o", ["ø"] = "o", ["é"] = "e", ["ü"] = "u" }
local function id_of(name)
  local folded = name:gsub("[\195][\128-\191]", FOLD):gsub("[^%w%s%-]", "")
  local initials = {}
  for w in folded:gmatch("[%w]+") do
    local lw = w:lower()
    if lw ~= "och" and lw ~= "og" and lw ~= "for" and lw ~= "i" then initials[#initials + 1] = w:sub(1, 1):upper() end
  end
  if #initials >= 2 then return table.concat(initials) end
  return (folded:gsub("[^%w]", ""):sub(1, 3):upper())
end

-- The committee and administration for a committee's name (given with --committee or asked).
local function bodies(country, area, name)
  local W = WORDS[country]
  if not name or name == area.committee.name then return area.committee, area.administration end
  local admin = name:gsub(W.committee_suffix .. "$", W.admin_suffix)
  if admin == name then admin = name .. " – " .. W.admin_suffix end
  local id = id_of(name)
  if id == W.top.id or id == "" then id = id .. "N" end
  return { id = id, name = name }, { id = id .. "F", name = admin:sub(1, 1):upper() .. admin:sub(2) }
end

-- Genitive of a committee's name: "Arbetsmarknadsnämndens", "Beskæftigelsesudvalgets".
local function genitive(name)
  return name:match("s$") and name or (name .. "s")
end

------------------------------------------------------------------------------------------------
-- Looking the municipality up

-- Online: Kolada (SE) or Statistics Denmark (DK) names the municipality of a code that the bundled
-- catalogue does not have. Returns { code, short, country, language } or nil, message.
local function lookup_online(code, country)
  local baseurl = require "styr.baseurl"
  local json = require "styr.json"
  local kind = country == "SE" and "kolada" or "statbank"
  local plugin = require("styr.plugin." .. kind)
  local r = baseurl.resolve({ id = kind, kind = kind }, plugin)
  local berr = baseurl.check(r, { id = kind })
  if berr then return nil, berr end
  local url = country == "SE" and (r.url .. "/municipality?id=" .. code)
                               or (r.url .. "/tableinfo?id=AULKP01&format=JSON&lang=da")
  local res = require("styr.http").fetch({ { url = url } }, { attempts = 2, timeout = 20, quiet = true })[1]
  if not (res and res.ok) then return nil, url .. ": " .. tostring(res and res.error) end
  local doc = json.decode(res.body)
  if type(doc) ~= "table" then return nil, url .. ": the answer is not JSON" end
  if country == "SE" then
    for _, v in ipairs(type(doc.values) == "table" and doc.values or {}) do
      if type(v) == "table" and v.id == code and type(v.title) == "string" and v.type ~= "L" then
        return { code = code, short = v.title, country = "SE", language = "sv" }
      end
    end
  else
    for _, var in ipairs(type(doc.variables) == "table" and doc.variables or {}) do
      if type(var) == "table" and type(var.values) == "table" then
        for _, v in ipairs(var.values) do
          if type(v) == "table" and v.id == code and type(v.text) == "string" then
            return { code = code, short = v.text, country = "DK", language = "da" }
          end
        end
      end
    end
  end
  return nil, url .. " does not know the municipality code " .. code
end

-- The municipality for the options: { code, name, short, country, language, group, group_name,
-- peers = { codes }, peer_names }, or nil, message, exit code.
local function municipality(opts, code)
  local country = catalog.country_of(code)
  if not country then
    return nil, "'" .. tostring(code) .. "' is not a municipality code: Swedish codes have four digits " ..
                "(0581 Norrköping), Danish three (707 Norddjurs)", 2
  end
  local m = catalog.lookup(code)
  local where = "the catalogue bundled with styr"
  if not m and opts.name then
    m = { code = code, short = opts.name, country = country, language = catalog.COUNTRY[country].language }
    where = "--name"
  end
  if not m and not opts.offline then
    local found, ferr = lookup_online(code, country)
    if not found then
      console.err("styr init: looking " .. code .. " up online: " .. ferr .. "\n")
    else
      m, where = found, country == "SE" and "Kolada" or "Statistics Denmark"
    end
  end
  if not m then
    local near = util.suggest(code, catalog.codes(country))
    return nil, code .. " is not a " .. (country == "SE" and "Swedish" or "Danish") .. " municipality code styr " ..
                "knows" .. near .. "; give its name with --name NAME to use it anyway", 2
  end
  if not m.name then m.name = opts.name or catalog.full_name(m) end
  if opts.name then m.name = opts.name end
  m.where = where
  local names = catalog.short_names(country)
  names[code] = m.short
  m.peer_names = names
  m.peers = {}
  if opts.peers then
    for p in opts.peers:gmatch("[^,%s]+") do
      if catalog.country_of(p) ~= country then
        return nil, "--peers " .. p .. ": not a " .. (country == "SE" and "Swedish (four digits)" or "Danish (three digits)") ..
                    " municipality code", 2
      end
      if p ~= code then m.peers[#m.peers + 1] = p end
    end
    m.peers_from = "--peers"
  elseif m.group then
    for _, p in ipairs(catalog.peers(m)) do m.peers[#m.peers + 1] = p.code end
    m.peers_from = m.group_name
  end
  return m
end

------------------------------------------------------------------------------------------------
-- Questions on a terminal

local function ask(question, default)
  console.err(question .. (default and (" [" .. default .. "]") or "") .. ": ")
  local line = console.read_line()
  if line == nil then return nil end
  line = line:match("^%s*(.-)%s*$")
  if line == "" then return default end
  return line
end

-- Fills opts.municipality, opts.area and opts.committee from questions, where a terminal is there
-- to answer them and the flags left them out. Returns true, or nil, message.
local function questions(opts)
  if not console.isatty("stdin") then return true end
  if not opts.municipality then
    opts.municipality = ask("Municipality code (Sweden four digits, e.g. 0581 Norrköping; Denmark three, e.g. 707 Norddjurs)")
    if not opts.municipality then return nil, "no municipality code given" end
  end
  local country = catalog.country_of(opts.municipality)
  if country and not opts.area then
    local list = {}
    for i, a in ipairs(M.AREA_NAMES) do list[#list + 1] = i .. " " .. M.AREAS[country][a].words end
    local answer = ask("Area: " .. table.concat(list, ", "), "1")
    opts.area = M.AREA_NAMES[tonumber(answer) or 0] or answer
  end
  if country and not opts.committee then
    local area = M.AREAS[country][(opts.area or "labour_market"):gsub("-", "_")]
    if area then opts.committee = ask("The committee's name", area.committee.name) end
  end
  return true
end

------------------------------------------------------------------------------------------------
-- The files

local function list_of(items)
  local out = {}
  for i, s in ipairs(items) do out[i] = q(s) end
  return "{ " .. table.concat(out, ", ") .. " }"
end

-- Lines of "KEY = VALUE," for a map of strings, several per line, indented.
local function wrap(items, indent, width)
  local lines, line = {}, indent
  for _, item in ipairs(items) do
    if #line + #item + 1 > width and line ~= indent then
      lines[#lines + 1] = line
      line = indent
    end
    line = line .. (line == indent and "" or " ") .. item
  end
  if line ~= indent then lines[#lines + 1] = line end
  return table.concat(lines, "\n")
end

local function init_lua(c)
  local W = c.W
  return table.concat({
    "-- " .. c.m.name .. ": styr's configuration for " .. c.committee.name .. ", made by `styr init` on " .. c.today .. ".",
    "-- Municipality " .. c.m.code .. " (" .. c.m.where .. "); area: " .. c.area.words .. ".",
    "-- Every file is commented: change what the comments point at, then check and run it:",
    "--   styr validate " .. c.dir,
    "--   styr fetch --config " .. c.dir,
    "--   styr report " .. W.report .. " --config " .. c.dir,
    "-- docs/configuration.md describes every field; docs/tutorial.md walks through the first afternoon.",
    "municipality {",
    "  code = " .. q(c.m.code) .. ", name = " .. q(c.m.name) .. ",   -- the name as reports show it",
    "  country = " .. q(c.m.country) .. ", language = " .. q(c.m.language) ..
      ",               -- language: the words of reports (sv, da or en)",
    "  -- The perspectives of the goal tables, in the order reports show them; every goal has one.",
    "  perspectives = { " .. q(W.perspective) .. " },",
    "}",
    c.m.country == "DK" and ("\n-- Danish words for the kinds of body styr has: the council is modelled as the executive board.\n" ..
                             "labels { kinds = { executive_board = \"kommunalbestyrelse\" } }\n") or "",
    "include \"org.lua\"          -- the organisation: the " .. (c.m.country == "SE" and "executive board" or "council") ..
      ", the committee and its administration",
    "include \"indicators.lua\"   -- what is measured, with targets",
    "include \"goals.lua\"        -- the committee's goal and an activity",
    "include \"sources.lua\"      -- where the figures come from (styr fetch)",
    "include \"reports.lua\"      -- the follow-up report",
    "include \"wheel.lua\"        -- the annual wheel: meetings, follow-ups, jobs",
    "",
  }, "\n")
end

local function org_lua(c)
  local W = c.W
  local top_kind = c.m.country == "SE" and "the municipal executive board" or "the municipal council"
  return table.concat({
    "-- The organisation (docs/configuration.md, \"body, group, role\"): " .. top_kind .. ", the committee",
    "-- that owns the goal and the administration that does the work. The ids (" .. W.top.id .. ", " .. c.committee.id ..
      ", " .. c.admin.id .. ") are",
    "-- short names the other files use: change one everywhere at once. Add groups and roles as the",
    "-- organisation has them (styr show bodies lists them; styr export org --format svg draws them).",
    "body " .. q(W.top.id) .. " { name = " .. q(W.top.name) .. ", kind = \"executive_board\", level = \"decision\" }",
    "body " .. q(c.committee.id) .. " { name = " .. q(c.committee.name) .. ", kind = \"committee\", level = \"decision\", " ..
      "reports_to = " .. q(W.top.id) .. " }",
    "body " .. q(c.admin.id) .. " { name = " .. q(c.admin.name) .. ", kind = \"administration\", level = \"operational\",",
    "             reports_to = " .. q(c.committee.id) .. " }",
    "",
  }, "\n")
end

local function indicators_lua(c)
  local Y = c.year
  local lines = {
    "-- The indicators (docs/configuration.md, \"indicator\"): " ..
      (c.m.country == "SE" and "Kolada's KPIs" or "Statistics Denmark's tables") .. " for " .. c.area.words .. ".",
    "-- Their values come from sources.lua (styr fetch). Each has targets per year: a number the committee",
    "-- decided, or \"lower\" / \"higher\" (than the year before) until it has decided one. The report",
    "-- year's target gives the status light. Find more " ..
      (c.m.country == "SE" and "KPIs with: styr sources search kolada WORDS" or "tables at https://www.statbank.dk"),
    "",
  }
  for _, ind in ipairs(c.indicators) do
    if ind.kpi then
      lines[#lines + 1] = string.format("-- Kolada %s (%s).", ind.kpi, ind.about)
    else
      lines[#lines + 1] = string.format("-- Statistics Denmark %s: %s (by quarter; the year is the mean of its quarters).",
                                        ind.table, ind.title)
    end
    lines[#lines + 1] = "indicator " .. q(ind.id) .. " {"
    lines[#lines + 1] = "  title = " .. q(ind.title) .. ","
    local unit = "  unit = " .. q(ind.unit) .. (ind.direction and (", direction = " .. q(ind.direction)) or "") ..
                 ", decimals = " .. ind.decimals .. ","
    lines[#lines + 1] = unit
    if ind.table then lines[#lines + 1] = "  aggregate = \"mean\",       -- quarters make the year: their mean" end
    if ind.direction then
      lines[#lines + 1] = string.format("  targets = { [%d] = \"lower\", [%d] = \"lower\" },   -- e.g. [%d] = 3.5 once decided",
                                        Y, Y + 1, Y + 1)
    else
      lines[#lines + 1] = "  -- No direction and no target: shown for context (direction = \"decrease\" and targets to judge it)."
    end
    if ind.gender then
      lines[#lines + 1] = "  -- Women's and men's figures, as the source gives them: rows of their own in the report"
      lines[#lines + 1] = "  -- and the gender chart (add targets = { … } inside to follow them up too)."
      lines[#lines + 1] = "  women = {}, men = {},"
    end
    lines[#lines + 1] = "}"
    lines[#lines + 1] = ""
  end
  return table.concat(lines, "\n")
end

local function goals_lua(c)
  local ids = {}
  for _, ind in ipairs(c.indicators) do ids[#ids + 1] = ind.id end
  return table.concat({
    "-- The committee's goal (docs/configuration.md, \"goal\") and an activity towards it. Write the goal as",
    "-- the committee decided it; list the indicators that follow it up. status_rule says how the",
    "-- indicators' lights make the goal's: \"worst\" (the default), \"majority\" or \"weighted\".",
    "goal " .. q(c.area.goal.id) .. " {",
    "  title = " .. q(c.area.goal.title) .. ",",
    "  perspective = " .. q(c.W.perspective) .. ", body = " .. q(c.committee.id) .. ",",
    "  indicators = " .. list_of(ids) .. ",",
    "}",
    "",
    "-- Activities: what the administration does for the goal, with an owner and a due date.",
    "activity { goal = " .. q(c.area.goal.id) .. ", owner = " .. q(c.admin.id) .. ", due = " .. q(c.year + 1 .. "-12-31") .. ",",
    "           title = " .. q(c.area.activity) .. " }",
    "",
  }, "\n")
end

local function sources_lua(c)
  local m = c.m
  local areas = { m.code }
  for _, p in ipairs(m.peers) do areas[#areas + 1] = p end
  areas[#areas + 1] = catalog.COUNTRY[m.country].national
  local quoted = {}
  for i, a in ipairs(areas) do quoted[i] = q(a) .. "," end
  local area_lines = wrap(quoted, "    ", 100)
  local peers_words = m.peers_from and (#m.peers .. " peers from " .. m.peers_from) or "no peers"
  local national = catalog.COUNTRY[m.country].national
  if m.country == "SE" then
    local kpis = {}
    for _, ind in ipairs(c.indicators) do kpis[#kpis + 1] = "    " .. ind.id .. " = " .. q(ind.kpi) .. "," end
    return table.concat({
      "-- Where the figures come from (docs/sources.md): Kolada's API (api.kolada.se, v3). styr fetch stores",
      "-- every value with its URL, fetch time and vintage; a revised figure adds a vintage. The base URL is",
      "-- Kolada's own unless STYR_URL_KOLADA points elsewhere (a mirror, a test server); styr doctor checks it.",
      "source \"kolada\" {",
      "  kind = \"kolada\",",
      "  kpis = {          -- indicator id = Kolada's KPI id",
      table.concat(kpis, "\n"),
      "  },",
      "  -- " .. m.short .. ", " .. peers_words .. " and Kolada's national value (" .. national .. ", Riket).",
      "  municipalities = {",
      area_lines,
      "  },",
      string.format("  years = { from = %d, to = %d },", c.year - 5, c.year),
      "  rate = 2,          -- at most two requests a second: Kolada asks clients to be polite",
      "}",
      "",
    }, "\n")
  end
  local out = {
    "-- Where the figures come from (docs/sources.md): Statistics Denmark's StatBank (api.statbank.dk, v1),",
    "-- one source per table. styr fetch stores every value with its URL, fetch time and vintage. The base",
    "-- URL is StatBank's own unless STYR_URL_STATBANK points elsewhere; styr doctor checks it.",
    "-- " .. m.short .. ", " .. peers_words .. " and the whole country (" .. national .. "). The variables",
    "-- left out (age, type of benefit, fund) are eliminated: the tables' totals. The variable codes are",
    "-- written as StatBank names them in its AU tables; check them with its tableinfo if a fetch refuses.",
    "local AREAS = {",
    area_lines,
    "}",
    "",
  }
  for _, ind in ipairs(c.indicators) do
    local id = "dst_" .. ind.table:lower()
    out[#out + 1] = "source " .. q(id) .. " {"
    out[#out + 1] = "  kind = \"statbank\", table = " .. q(ind.table) .. ", lang = \"da\","
    out[#out + 1] = "  variables = { [\"OMRÅDE\"] = AREAS, [\"KØN\"] = { \"TOT\", \"M\", \"K\" }, Tid = { \"*\" } },"
    out[#out + 1] = "  map = { area = \"OMRÅDE\", time = \"Tid\", gender = \"KØN\","
    out[#out + 1] = "          indicators = { " .. ind.id .. " = { ContentsCode = " .. q(ind.table) .. " } } },"
    out[#out + 1] = "}"
    out[#out + 1] = ""
  end
  out[#out + 1] = "-- Jobindsats (STAR) has the employment services' own figures by municipality; its API needs a key."
  out[#out + 1] = "-- With one in the environment variable JOBINDSATS_TOKEN, a source looks like this (plugins/jobindsats.lua):"
  out[#out + 1] = "--   source \"jobindsats_y30r21\" {"
  out[#out + 1] = "--     kind = \"jobindsats\", token_env = \"JOBINDSATS_TOKEN\", table = \"y30r21\","
  out[#out + 1] = "--     area = " .. q(m.short) .. ", areas = { [" .. q(m.short) .. "] = " .. q(m.code) .. " }, period = { latest = 4 },"
  out[#out + 1] = "--     filters = { _ygrp_y30r21 = { \"Ydelsesgrupper i alt\" } },"
  out[#out + 1] = "--     indicators = { fuldtid_faktisk = { measure = \"Faktisk antal\", Ydelsesgrupper = \"Ydelsesgrupper i alt\" } },"
  out[#out + 1] = "--   }"
  out[#out + 1] = ""
  return table.concat(out, "\n")
end

local function reports_lua(c)
  local W, m = c.W, c.m
  local first, second = c.indicators[1], c.indicators[2]
  local peers = {}
  for _, p in ipairs(m.peers) do peers[#peers + 1] = q(p) .. "," end
  local names = {}
  for _, p in ipairs({ m.code, table.unpack(m.peers) }) do
    if m.peer_names[p] then names[#names + 1] = "[" .. q(p) .. "] = " .. q(m.peer_names[p]) .. "," end
  end
  local group = m.peers_from or "-"
  local lines = {
    "-- The follow-up report (docs/configuration.md, \"report\" and \"Report layouts\"): styr report " .. W.report,
    "-- renders it in every format below into the folder reports/ (or --out DIR). Its layout shows every",
    "-- kind of block; delete the ones the committee does not need, reorder the rest. Texts are Markdown;",
    "-- {indicator.year} and the like are filled from the store when the report is made.",
    "report " .. q(W.report) .. " {",
    "  title = " .. q(W.report_title .. " – " .. c.committee.name) .. ",",
    string.format("  year = %d,          -- the year followed up: the newest year with published figures", c.year),
    "  goals = { " .. q(c.area.goal.id) .. " },",
    "  formats = { \"html\", \"xlsx\", \"csv\", \"json\", \"md\" },",
    "  intro = " .. q(string.format(W.intro, group)) .. ",",
    "  -- Rank among the peers (the municipalities of " .. group .. ") and the national value.",
  }
  if #peers > 0 then
    lines[#lines + 1] = "  peers = {"
    lines[#lines + 1] = wrap(peers, "    ", 100)
    lines[#lines + 1] = "  },"
    lines[#lines + 1] = "  national = " .. q(catalog.COUNTRY[m.country].national) .. ","
    lines[#lines + 1] = "  peer_names = {"
    lines[#lines + 1] = wrap(names, "    ", 100)
    lines[#lines + 1] = "  },"
  end
  local text = string.format(W.text, genitive(c.committee.name), first.title, first.id, first.id)
  local blocks = {
    "  layout = {",
    "    heading " .. q(W.report_title .. " {year}") .. ",",
    "    text [[",
    text,
    "]],",
    "    chart { kind = \"status\" },                    -- met / on the way / not met, per perspective",
    "    goal_table { charts = false },                -- the goals, their indicators, targets and status",
    "                                                  -- (charts = true: a chart for each indicator too)",
    "    chart { kind = \"line\", indicator = " .. q(first.id) .. " },   -- values and targets over the years",
    "    chart { kind = \"gender\", indicator = " .. q(first.id) .. " }, -- women and men",
  }
  for _, l in ipairs(blocks) do lines[#lines + 1] = l end
  if #peers > 0 then
    lines[#lines + 1] = "    chart { kind = \"ranking\", indicator = " .. q(first.id) .. " }, -- " .. m.short ..
                        " among its peers"
  end
  local rest = {
    "    heading " .. q(W.heading) .. ",",
    "    indicator_table { caption = " .. q(W.table_caption) .. ", indicators = " ..
      list_of({ first.id, (second or first).id }) .. " },",
    "    activity_list { caption = " .. q(W.activities) .. " },",
    "    analyses {},                                  -- the analyses written for the report year (below)",
    "    footnotes {},                                 -- notes and the list of sources",
    "  },",
    "}",
    "",
    "-- An analysis of an indicator's year, shown by analyses {} (or write it in a Markdown file beside",
    "-- this one: analysis { indicator = …, period = …, file = \"analys.md\" }):",
    "--   analysis { indicator = " .. q(first.id) .. ", period = " .. c.year .. ", by = " .. q(c.admin.name) .. ",",
    "--              text = [[What the figures say, and why.]] }",
    "",
  }
  for _, l in ipairs(rest) do lines[#lines + 1] = l end
  return table.concat(lines, "\n")
end

local function wheel_lua(c)
  local W = c.W
  local se = c.m.country == "SE"
  local fetch_ids = {}
  for _, id in ipairs(c.source_ids) do fetch_ids[#fetch_ids + 1] = id end
  return table.concat({
    "-- The annual wheel (docs/configuration.md, \"wheel and event\"): when things happen in the year.",
    "-- styr show wheel lists a year; styr export wheel --format ics makes a calendar file of it; styr due",
    "-- (from cron or a systemd timer) and styr daemon run its jobs. The days and times are suggestions:",
    "-- set the committee's own.",
    "wheel { timezone = " .. q(catalog.COUNTRY[c.m.country].timezone) .. " }",
    "",
    "-- The committee meets once a month (the day and time are examples).",
    "event " .. q(c.committee.id:lower() .. "_" .. (se and "sammantrade" or "moede")) .. " {",
    "  title = " .. q(genitive(c.committee.name) .. " " .. W.meeting) .. ", body = " .. q(c.committee.id) .. ",",
    "  monthly = { day = 20 }, at = \"13:00\", duration = 180,",
    "}",
    "",
    "-- The follow-up is due to the committee 30 days after each " .. (se and "tertial (30 April, 31 August, 31 December)"
                                                                        or "quarter") .. ".",
    "event " .. q(se and "tertialuppfoljning" or "kvartalsopfoelgning") .. " {",
    "  title = " .. q(W.follow_up .. (se and " till " or " til ") .. c.committee.name) .. ",",
    "  report = " .. q(W.report) .. ", to = { " .. q(c.committee.id) .. " },",
    "  after = { period = " .. q(W.period) .. ", days = 30 },",
    "}",
    "",
    "-- Jobs: styr renders the report five days before each follow-up, and fetches new figures every",
    "-- Monday night (a plain cron job: styr show wheel lists it only with --cron).",
    "event \"rapport\" {",
    "  title = " .. q(W.render) .. ", job = \"report\", report = " .. q(W.report) .. ",",
    "  after = { period = " .. q(W.period) .. ", days = 25 }, at = \"06:00\",",
    "}",
    "event \"hamta\" {",
    "  title = " .. q(W.fetch) .. ", job = \"fetch\", fetch = " .. list_of(fetch_ids) .. ",",
    "  cron = \"30 2 * * 1\",",
    "}",
    "",
  }, "\n")
end

-- The indicators of an area with their titles and units: Kolada's from the bundled catalogue.
local function indicators_of(country, area)
  local kolada = require "styr.plugin.kolada"
  local out = {}
  for _, spec in ipairs(area.indicators) do
    local ind = {}
    for k, v in pairs(spec) do ind[k] = v end
    if spec.kpi then
      local k = kolada.bundled(spec.kpi)
      ind.title = k and k.title or spec.kpi
      ind.about = k and string.format("Kolada has it for %s; latest year published: %s", k.coverage or "areas not known",
                                      k.latest or "not known") or "not in the bundled catalogue"
      ind.unit = spec.unit or ((ind.title:find("%(%%%)") or ind.title:find("andel")) and "percent" or "count")
      ind.decimals = spec.decimals or 1
    end
    out[#out + 1] = ind
  end
  assert(country)
  return out
end

------------------------------------------------------------------------------------------------
-- The command

-- Whether folder dir may be written: missing or empty (a .git folder alone counts as empty), or
-- --force. Returns true, or nil, message.
local function folder_ok(dir, force)
  local config = require "styr.config"
  local exists, kind = config.exists(dir)
  if not exists then return true end
  if kind ~= "directory" then return nil, dir .. " exists and is not a folder" end
  local names, lerr = config.list(dir, true)
  if not names then return nil, lerr end
  table.sort(names)
  local others = {}
  for _, n in ipairs(names) do
    if n ~= ".git" then others[#others + 1] = n end
  end
  if #others > 0 and not force then
    return nil, dir .. " is not empty (it holds " .. table.concat(others, ", ", 1, math.min(#others, 5)) ..
                (#others > 5 and (" and " .. (#others - 5) .. " more") or "") .. "); nothing was written. Choose an " ..
                "empty or new folder, or give --force to write styr's files into it (files of the same name are replaced)"
  end
  return true
end

function M.command(opts, cli)
  local dir = (opts.args[1] or ""):gsub("/+$", "")
  if dir == "" then dir = "/" end
  local ok, ferr = folder_ok(dir, opts.force)
  if not ok then cli.err("styr init: " .. ferr); return cli.EXIT.failed end
  local qok, qerr = questions(opts)
  if not qok then cli.err("styr init: " .. qerr); return cli.EXIT.usage end
  if not opts.municipality then
    cli.err("styr init: give the municipality's code with --municipality CODE (Sweden: four digits, e.g. 0581 " ..
            "Norrköping; Denmark: three, e.g. 707 Norddjurs); questions are asked only on a terminal")
    return cli.EXIT.usage
  end
  local m, merr, mcode = municipality(opts, opts.municipality)
  if not m then cli.err("styr init: " .. merr); return mcode end
  -- An area by its name or the start of it ("labour", "social").
  local area_name = (opts.area or "labour_market"):gsub("-", "_"):lower()
  for _, a in ipairs(M.AREA_NAMES) do
    if a:sub(1, #area_name) == area_name and #area_name >= 3 then area_name = a; break end
  end
  local area = M.AREAS[m.country][area_name]
  if not area then
    cli.err("styr init: --area " .. tostring(opts.area) .. ": not an area styr can start with" ..
            util.suggest(area_name, M.AREA_NAMES) .. "; use " .. table.concat(M.AREA_NAMES, " or "))
    return cli.EXIT.usage
  end
  local now = clock.now()
  if not now then cli.err("styr init: the clock cannot be read"); return cli.EXIT.usage end
  local W = WORDS[m.country]
  local committee, admin = bodies(m.country, area, opts.committee)
  local c = {
    dir = dir, m = m, area = area, W = W, committee = committee, admin = admin,
    today = now:sub(1, 10), year = tonumber(now:sub(1, 4)) - 1,
    indicators = indicators_of(m.country, area),
  }
  c.source_ids = {}
  if m.country == "SE" then
    c.source_ids[1] = "kolada"
  else
    for _, ind in ipairs(c.indicators) do c.source_ids[#c.source_ids + 1] = "dst_" .. ind.table:lower() end
  end
  local files = {
    { name = "init.lua", data = init_lua(c) },
    { name = "org.lua", data = org_lua(c) },
    { name = "indicators.lua", data = indicators_lua(c) },
    { name = "goals.lua", data = goals_lua(c) },
    { name = "sources.lua", data = sources_lua(c) },
    { name = "reports.lua", data = reports_lua(c) },
    { name = "wheel.lua", data = wheel_lua(c) },
  }
  local wrote, werr = require("styr.output").write_all(dir, files)
  if not wrote then cli.err("styr init: " .. werr); return cli.EXIT.failed end
  for _, f in ipairs(files) do cli.out(dir .. "/" .. f.name) end
  cli.err(string.format("styr: %s: a configuration for %s (%s, %s; %s) with %d indicator%s and %d peer%s; " ..
                        "next: styr validate %s", dir, m.name, m.code, m.country, area.words, #c.indicators,
                        #c.indicators == 1 and "" or "s", #m.peers, #m.peers == 1 and "" or "s", dir))
  return cli.EXIT.ok
end

return M
