---@meta styr
-- LuaLS type definitions for styr's configuration language (docs/configuration.md, docs/sources.md).
-- lua-language-server reads this file through .luarc.json (workspace.library), so an editor offers
-- completion, hover texts and checks for every constructor a configuration file uses. It is never
-- run: styr itself checks a configuration with `styr validate DIR`. tests/spec/types_spec.lua keeps
-- it complete: every global of the configuration language and every field a constructor accepts
-- must be declared here.

------------------------------------------------------------------------------------------------
-- Enumerations (the lists the engine checks against)

---@alias styr.AggregateRule
---| "sum"           # the sum of all the year's periods (each must have a value)
---| "mean"          # their mean (each must have a value)
---| "last"          # the value of the last period (December, Q4), as for stocks
---| "max"           # the largest (each must have a value)
---| "min"           # the smallest (each must have a value)
---| "weighted_mean" # the mean weighted by aggregate_weights' values

---@alias styr.Country
---| "SE" # Sweden
---| "DK" # Denmark

---@alias styr.Language
---| "sv" # Swedish
---| "da" # Danish
---| "en" # English

---@alias styr.Level
---| "decision"    # decision-making level
---| "strategic"   # strategic level
---| "operational" # operational level

---@alias styr.BodyKind
---| "executive_board"   # kommunstyrelse
---| "committee"         # nämnd (body's default)
---| "administration"    # förvaltning
---| "association_board" # förbundsstyrelse
---| "office"            # kansli
---| "management_team"   # ledningsgrupp
---| "strategic_group"   # strategisk grupp
---| "steering_group"    # styrgrupp
---| "working_committee" # arbetsutskott
---| "analysis_group"    # analysgrupp
---| "working_group"     # arbetsgrupp (group's default)
---| "role"              # set by the role constructor

---@alias styr.GroupState
---| "planned"  # not started
---| "running"  # working on its mission
---| "reported" # has handed in its proposal
---| "decided"  # the deciding body has decided on it

---@alias styr.Unit
---| "count"      # a number of things
---| "persons"    # a number of persons
---| "households" # a number of households
---| "placements" # a number of placements
---| "percent"    # values in percent: 4.8 means 4,8 %
---| "days"       # days
---| "index"      # an index
---| "ratio"      # a ratio
---| "sek"        # Swedish kronor
---| "msek"       # million kronor
---| "per_msek"   # per million kronor
---| "text"       # statements (goes with kind = "text")

---@alias styr.IndicatorKind
---| "number" # numeric values (default)
---| "text"   # values are statements

---@alias styr.Direction
---| "increase" # higher is better
---| "decrease" # lower is better
---| "target"   # be close to the target

---@alias styr.RelativeTarget
---| "lower"      # below the reference (previous year's value, else the base value)
---| "higher"     # above the reference
---| "not_higher" # at most the reference
---| "not_lower"  # at least the reference

---@alias styr.StatusRule
---| "worst"    # the worst counted status (default)
---| "majority" # the counted status most indicators have; a tie goes to the worse
---| "weighted" # weighted score of the counted statuses (see weights)

---@alias styr.Format
---| "html" # one self-contained page
---| "csv"  # RFC 4180 tables
---| "xlsx" # a workbook
---| "json" # the styr-report JSON document
---| "md"   # Markdown with SVG charts beside it
---| "pdf"  # A4 PDF for the diary, printed by headless Chromium (Debian package chromium)

---@alias styr.EventKind
---| "meeting" # a body meets (needs body)
---| "report"  # a report is due (needs report)
---| "data"    # a data delivery (needs source)
---| "job"     # styr runs a job (job, fetch or run)

---@alias styr.JobKind
---| "fetch"   # fetch the sources in fetch (default: all)
---| "compute" # store typed-in values and compute formulas
---| "report"  # compute, then render report into out
---| "custom"  # run the function in run

---@alias styr.CatchUp
---| "once" # one run for all missed slots (default)
---| "each" # one run per missed slot, oldest first
---| "skip" # no run for missed slots

---@alias styr.PeriodKind
---| "month"     # each month's end
---| "quarter"   # each quarter's end
---| "tertial"   # 30 April, 31 August, 31 December
---| "half_year" # each half year's end
---| "year"      # each year's end

---@alias styr.Weekday
---| "sunday"
---| "monday"
---| "tuesday"
---| "wednesday"
---| "thursday"
---| "friday"
---| "saturday"

---@alias styr.BlockKind
---| "heading"         # a heading
---| "text"            # Markdown text with placeholders
---| "goal_table"      # goal tables per perspective
---| "indicator_table" # indicator rows without goals
---| "chart"           # one chart
---| "activity_list"   # activities with their state
---| "analyses"        # the analysis texts of a period
---| "footnotes"       # footnotes and sources

---@alias styr.ChartKind
---| "line"    # values over the years with targets (needs indicator)
---| "gender"  # bars by gender (needs indicator)
---| "ranking" # the municipality among its peers (needs indicator and the report's peers)
---| "status"  # met / on the way / not met / no data per perspective

---@alias styr.ActivityState
---| "done"    # done
---| "overdue" # past its due date and not done
---| "open"    # not done, not overdue

---@alias styr.SourceKind
---| "kolada"     # Kolada (Swedish municipal KPIs)
---| "pxweb"      # Statistics Sweden's Statistical Database
---| "statbank"   # Statistics Denmark's StatBank
---| "jobindsats" # Jobindsats (Danish employment-service statistics)
---| "csv"        # a CSV file in the configuration folder

---@alias styr.Gender "T"|"K"|"M"

------------------------------------------------------------------------------------------------
-- Values

---A value a document says is missing, made with missing("reason").
---A Kolada municipality group as a report's peers.
---@class styr.KoladaGroup

---@class styr.Missing
---@field reason? string why the value is missing

---@alias styr.Value number|string|styr.Missing
---@alias styr.Target number|styr.RelativeTarget|string

------------------------------------------------------------------------------------------------
-- municipality

---@class styr.DefinitionLock
---@field from string first day of the locked mandate period, "YYYY-MM-DD"
---@field to string last day of the locked mandate period, "YYYY-MM-DD"

---@class styr.Plan
---@field from integer the plan's first year
---@field to integer the plan's last year

---@class styr.Municipality
---@field code string Kolada/SCB municipality code (SE) or kommunekode (DK), e.g. "0580"
---@field name string the municipality's name
---@field country styr.Country "SE" or "DK"
---@field language styr.Language the language of labels in reports
---@field perspectives? string[] the perspectives, in report order; every goal's perspective must be one of them
---@field definition_lock? styr.DefinitionLock locks indicator definitions for a mandate period
---@field plan? styr.Plan the years the goals and targets plan for

------------------------------------------------------------------------------------------------
-- body, group, role

---A role on a body: "role" or { role = …, appointed_by = …, count = N }.
---@class styr.Member
---@field role string the role's name
---@field appointed_by? string who appoints the people in the role
---@field count? integer how many people hold the role (default 1)

---@class styr.Seats
---@field members? integer how many member seats
---@field deputies? integer how many deputy seats

---@class styr.Body
---@field id? string the body's id (when not written as body "id" { … })
---@field name string display name
---@field kind? styr.BodyKind what the body is (body: committee, group: working_group)
---@field level? styr.Level decision, strategic or operational level
---@field reports_to? string id of the body or role it reports to
---@field via? string the role through whom it reports
---@field chair? string the chairing role
---@field vice_chair? string the vice-chairing role
---@field chair_is_member? boolean false when the chair need not be among members
---@field members? (string|styr.Member)[] member roles
---@field deputies? (string|styr.Member)[] deputy roles
---@field adjunct? (string|styr.Member)[] roles that attend without being members
---@field secretary? (string|styr.Member)[] secretary roles
---@field process_support? (string|styr.Member)[] process-support roles
---@field seats? styr.Seats how many seats the body has
---@field appointed_by? string|string[] who appoints its members
---@field mandate? string[] the body's tasks
---@field receives? string[] ids of the reports the body receives
---@field mission? string a working group's assignment
---@field owner_area? string the area that owns a working group's assignment
---@field deadline? string when the group's proposal is due, "YYYY-MM-DD"
---@field deciding_body? string id of the body that decides on the group's proposal
---@field decision_date? string when deciding_body decides, "YYYY-MM-DD"
---@field state? styr.GroupState a working group's state
---@field note? string free text

---@class styr.Role
---@field id? string the role's id (when not written as role "id" { … })
---@field name string display name
---@field appointed_by? string who appoints the role
---@field supports? string[] ids of the bodies the role works for
---@field count? integer how many people hold the role
---@field level? styr.Level decision, strategic or operational level
---@field reports_to? string id of the body or role it reports to
---@field via? string the role through whom it reports
---@field mandate? string[] the role's tasks
---@field note? string free text

------------------------------------------------------------------------------------------------
-- goal, indicator, activity

---@class styr.Goal
---@field id? string the goal's id (when not written as goal "id" { … })
---@field title string the goal as the document words it
---@field perspective? string the perspective the goal belongs to
---@field body? string id of the body that owns the goal
---@field area? string the municipal goal area (målområde)
---@field municipal_goal? string the municipal goal (kommunövergripande mål)
---@field number? integer the goal's number in the document
---@field indicators? string[] ids of the indicators that follow the goal up
---@field note? string free text
---@field status_rule? styr.StatusRule how the indicators' statuses make the goal's (default "worst")
---@field weights? table<string, number> weighted rule: indicator id = weight > 0 (default 1)

---@class styr.IndicatorBase
---@field year? integer the base year
---@field value? number the base value
---@field missing? string why the base value is missing (instead of year and value)

---Values, targets and notes of a gender or a unit.
---@class styr.Split
---@field values? table<integer, styr.Value> { [year] = value }
---@field targets? table<integer, styr.Target> { [year] = target }
---@field notes? table<integer, string> { [year] = "note on that value" }

---@class styr.Tolerance
---@field percent? number within P % of a numeric target is "on the way"
---@field absolute? number within A (in the indicator's unit) of a numeric target is "on the way"

---A decision behind a change of a locked definition.
---@class styr.Decision
---@field ref string the decision's reference, unique on the indicator ("AMN 2020-03-12 § 45")
---@field date string the decision's date, "YYYY-MM-DD"
---@field change string what the decision changed

---What a formula's ctx holds.
---@class styr.FormulaContext
---@field period string the period being computed ("2019", "2019T2")
---@field area string the area code being computed
---@field gender styr.Gender the gender being computed
---@field indicator string the id of the indicator being computed
---@field ratio fun(a: number, b: number): number a / b
---@field share fun(part: number, whole: number): number part / whole in percent
---@field per_capita fun(x: number, population: number): number per inhabitant
---@field per_10000 fun(x: number, population: number): number per 10 000 inhabitants
---@field per_msek fun(x: number, amount: number, unit?: "tsek"|"msek"): number x per million SEK
---@field deviation fun(outcome: number, budget: number): number (outcome − budget) / budget in percent
---@field sum fun(...: number): number the sum
---@field mean fun(list: number[]): number the mean
---@field difference fun(a: number, b: number): number a − b
---@field percent_difference fun(a: number, b: number): number (a − b) / b in percent
---@field missing fun(reason: string) makes the result missing, with the reason
---@field value fun(name: string, period?: string, gender?: styr.Gender, area?: string): number any stored value
---@field change fun(name: string|number, against?: string|number): number change since "previous", "base" or a period
---@field percent_change fun(name: string|number, against?: string|number): number change in percent
---@field moving_average fun(name: string, n: integer): number mean over the n periods ending with this one
---@field year_to_date fun(name: string): number sum over this year's periods up to this one
---@field target fun(name?: string, period?: string): number the declared target for this period
---@field sum_of_parts fun(name: string): number women + men of the input

---@class styr.Indicator
---@field id? string the indicator's id (when not written as indicator "id" { … })
---@field title string the indicator as the document words it
---@field unit? styr.Unit the unit of its values
---@field kind? styr.IndicatorKind "number" (default) or "text"
---@field direction? styr.Direction which way is better; required when targets has a number
---@field base? styr.IndicatorBase the base value (basvärde)
---@field values? table<integer, styr.Value> { [year] = value }; a value may be missing("reason")
---@field targets? table<integer, styr.Target> { [year] = number or a relative target }
---@field women? styr.Split the women's values and targets (Kolada's K)
---@field men? styr.Split the men's values and targets (Kolada's M)
---@field units? table<string, styr.Split> values of organisational units: { JKT = { values = … } }
---@field area? string the area code its figures are for, when not the municipality's (a county's "24")
---@field aggregate? styr.AggregateRule how stored months, quarters, weeks … make a year in reports
---@field aggregate_weights? string with aggregate = "weighted_mean": the indicator that weighs each period
---@field tolerance? styr.Tolerance how far from a numeric target is still "on the way"
---@field decimals? integer how many decimals reports show
---@field notes? table<integer, string> { [year] = "note on that year's value" }
---@field footnote? string a note on the whole indicator
---@field formula? fun(v: table<string, number>, ctx: styr.FormulaContext): number|styr.Missing computes the value from inputs
---@field inputs? table<string, string> the formula's inputs: { name = "indicator id" }
---@field decisions? styr.Decision[] the decisions behind changes of a locked definition
---@field lock? boolean false exempts the indicator from the definition lock
---@field owner? string id of the body whose figures its typed-in and computed values are (reports credit them to it)

---@class styr.Activity
---@field goal string id of the goal the activity serves
---@field title string what is done
---@field owner? string id of the body responsible
---@field due? string when it is due, "YYYY-MM-DD"
---@field done? boolean whether it is done (default false)
---@field note? string free text
---@field id? string a stable id for the web workspace's entries (default: goal id and place, "AMN-1.2")

------------------------------------------------------------------------------------------------
-- report and its layout

---A layout block, made by heading, text, goal_table, indicator_table, chart, activity_list,
---analyses or footnotes.
---@class styr.Block
---@field block styr.BlockKind which constructor made it

---@class styr.Report
---@field id? string the report's id, which names its files (when not written as report "id" { … })
---@field title string the report's title
---@field year integer the follow-up year
---@field perspectives? string[] the perspectives whose goals it shows
---@field goals? string[] ids of the goals it shows
---@field body? string shows the goals of this body
---@field formats? styr.Format[] the files to write (default { "html", "csv" })
---@field audiences? string[] ids of the bodies that receive it; one rendering each
---@field intro? string free text under the title
---@field suppress_below? integer disclosure control: breakdown counts below this are hidden (default 5)
---@field peers? string[]|styr.KoladaGroup municipality codes to rank the municipality among, or a Kolada municipality group
---@field national? string the area code of the national value
---@field peer_names? table<string, string> names in the ranking chart: { ["0581"] = "Norrköping" }
---@field years? styr.Years the years shown (default: the base year or two years before the first target to the last target year)
---@field layout? styr.Block[] the report's blocks, in order

---The years a report, table or chart shows: from and to (either may be left out), or the last N.
---@class styr.Years
---@field from? integer the first year shown
---@field to? integer the last year shown
---@field last? integer the N years up to the report's year (instead of from and to)

---@class styr.HeadingBlock
---@field [1] string? the heading's text (instead of text =)
---@field text? string the heading's text, with placeholders
---@field level? 1|2|3 the heading's level (default 2)
---@field audiences? string[] only in the renderings for these audiences

---@class styr.TextBlock
---@field [1] string? the text (instead of text =)
---@field text? string Markdown text, with placeholders
---@field audiences? string[] only in the renderings for these audiences

---@class styr.GoalTableBlock
---@field perspective? string only the goals of this perspective
---@field goals? string[] only these goals
---@field body? string only the goals of this body
---@field caption? string the table's caption
---@field charts? boolean show each goal's charts (default true)
---@field activities? boolean show each goal's activities (default true)
---@field years? styr.Years the years its charts show
---@field audiences? string[] only in the renderings for these audiences

---@class styr.IndicatorTableBlock
---@field indicators string[] ids of the indicators to show
---@field caption? string the table's caption
---@field breakdowns? boolean show gender and unit rows too (default true)
---@field years? styr.Years the years its charts show
---@field audiences? string[] only in the renderings for these audiences

---@class styr.ChartBlock
---@field kind styr.ChartKind which chart
---@field indicator? string the indicator charted (all kinds but "status")
---@field caption? string the chart's caption
---@field years? styr.Years the years it shows
---@field audiences? string[] only in the renderings for these audiences

---@class styr.ActivityListBlock
---@field goals? string[] only the activities of these goals
---@field owner? string only the activities of this body
---@field state? styr.ActivityState[] only activities in these states
---@field caption? string the list's caption
---@field audiences? string[] only in the renderings for these audiences

---@class styr.AnalysesBlock
---@field indicators? string[] only the analyses of these indicators
---@field period? integer|string the period: a year or "2019T2" (default: the report year)
---@field caption? string the section's caption
---@field audiences? string[] only in the renderings for these audiences

---@class styr.FootnotesBlock
---@field audiences? string[] only in the renderings for these audiences

---@class styr.Analysis
---@field indicator string id of the indicator analysed
---@field period integer|string the period: a year or "2019T2"
---@field text? string the analysis, in Markdown (or file)
---@field file? string a Markdown file with the analysis, relative to the configuration folder (or text)
---@field by? string who wrote it

------------------------------------------------------------------------------------------------
-- wheel and event

---@class styr.Monthly
---@field every? integer every N months, 1 to 120 (default 1)
---@field day integer|"last" the day of the month, 1 to 31, or "last"
---@field from? string the month counting starts from, "YYYY-MM" (default January)

---@class styr.After
---@field period styr.PeriodKind after the end of each such period
---@field days? integer days after the end (negative: before), -366 to 366

---@class styr.Weekly
---@field day styr.Weekday the weekday
---@field every? integer every N weeks, 1 to 52 (default 1)
---@field from? string the week counting starts from, "YYYY-MM-DD"

---What a custom job's run function gets (read-only).
---@class styr.JobContext
---@field job string the job's id
---@field now string when the run started, "2019-10-01T03:05:00Z"
---@field epoch integer when the run started, in epoch seconds
---@field slot? string the slot the run is for (UTC, ISO 8601); nil for a manual run
---@field trigger "schedule"|"catch-up"|"manual" why it runs
---@field municipality styr.Municipality the municipality declaration
---@field log fun(...: any) writes its arguments to the scheduler's log
---@field latest fun(indicator: string): table[] the newest vintage of every stored value of an indicator

---@class styr.Event
---@field id? string the event's id (when not written as event "id" { … })
---@field title string what happens
---@field kind? styr.EventKind meeting, report, data or job (told from the fields when left out)
---@field body? string id of the body that meets
---@field report? string id of the report that is due or rendered
---@field to? string[] ids of the bodies the report is due to
---@field source? string what is published, e.g. "Kolada N31807"
---@field indicators? string[] ids of the indicators the delivery brings
---@field job? styr.JobKind what the job does
---@field fetch? string[] ids of the sources a fetch job fetches (default: all)
---@field date? string once, on this date, "YYYY-MM-DD"
---@field yearly? string|string[] on these dates every year, "MM-DD"
---@field monthly? styr.Monthly every N months on a day
---@field after? styr.After N days after the end of each period
---@field weekly? styr.Weekday|styr.Weekly every (Nth) week on a weekday
---@field cron? string a 5-field cron expression, "0 5 * * 1-5"
---@field at? string local time, "HH:MM" (without it the event lasts the whole day)
---@field duration? integer minutes, 1 to 10080
---@field note? string free text
---@field needs? string[] jobs this job runs after
---@field catch_up? styr.CatchUp what missed slots become (default "once")
---@field out? string report jobs: the output folder, relative to the configuration (default "reports")
---@field run? fun(ctx: styr.JobContext): string? a custom job's code; a returned string is its message
---@field retry? styr.Retry how often a failed job is tried again for the same slot

---A job's retry policy (default: fetch jobs { attempts = 3, backoff = 60 }, others { attempts = 1 }).
---@class styr.Retry
---@field attempts? integer runs in all for one slot, 1 to 10 (1: no retry)
---@field backoff? number seconds before the second attempt, 0 to 86400; doubled before each next one

---The wheel's time zone, and events as a list.
---@class styr.Wheel
---@field timezone? string the wheel's time zone, e.g. "Europe/Stockholm" (default from the country)
---@field [integer] styr.Event unnamed events

------------------------------------------------------------------------------------------------
-- labels

---Overrides of the words styr prints and writes (defaults follow the municipality's language).
---@class styr.Labels
---@field web? table<string, string|table> the web workspace's words (styr serve): navigation, forms, sign-off, messages
---@field activities? string heading of activities
---@field activity_state? table<styr.ActivityState, string> the activity states' words
---@field all_day? string "all day" in the wheel
---@field analyses? string heading of analyses
---@field analysis_by? string "by" before an analysis' author
---@field area? string "Goal area"
---@field audience? string "To" before an audience
---@field audiences? string "Reported to"
---@field base? string "Base value"
---@field breakdown? { women?: string, men?: string } the gender rows' names
---@field due? string "due" before an activity's date
---@field event_kinds? table<styr.EventKind, string> the event kinds' words
---@field fetched? string "read" before a source's date
---@field follow_up_year? string "Follow-up year"
---@field footnotes? string heading of footnotes
---@field generated? string "Generated" before the date
---@field goal? string "Goal"
---@field goal_status? string "Goal status"
---@field indicator? string "Indicator"
---@field indicators? string "Indicators"
---@field kinds? table<styr.BodyKind, string> the body kinds' words
---@field legend? string the status legend under tables
---@field levels? table<styr.Level, string> the levels' words
---@field member_roles? table<string, string> words of the organisation's fields (chair, members, …)
---@field missing? string "missing"
---@field months? table<integer, string> month names, January first
---@field municipal_goal? string "Municipal goal"
---@field national? string "National"
---@field next_update? string "next delivery"
---@field no_analysis? string when a period has no analysis
---@field no_chart? string when a chart has too few values
---@field chart_numbers? string the summary that opens a chart's numbers as a table
---@field no_events? string when the wheel's year is empty
---@field organisation? string "Organisation"
---@field owner? string "owner" before an activity's owner
---@field peer_chart? string "Comparison"
---@field peer_rank? string "Rank among peers"
---@field period? string "Period"
---@field perspective? string "Perspective"
---@field relative? table<styr.RelativeTarget, string> relative targets in words
---@field revised_since? string "revised after %s: now %s"
---@field source_config? string "typed into the configuration"
---@field source_formula? string "computed by a formula" after a computed value's source
---@field sources? string heading of sources
---@field states? table<styr.GroupState, string> the working groups' states
---@field status? { met?: string, on_the_way?: string, not_met?: string, no_data?: string, no_target?: string, not_assessed?: string } the statuses' words
---@field status_heading? string "Status"
---@field status_overview? string "Status by perspective"
---@field suppressed? string what a suppressed value shows ("..")
---@field suppression_note? string the disclosure-control footnote ("%d" is the limit)
---@field table_sources? string "Source" under a table
---@field target? string "Target"
---@field times? string "times"
---@field to? string "to"
---@field unit? string "Unit"
---@field units? table<styr.Unit, string> the units' words
---@field value? string "Value"
---@field weekdays? table<integer, string> weekday names, Sunday first
---@field wheel? string "Annual wheel"
---@field year? string "Year"
---@field reasons? { missing?: string, not_computable?: string, no_value?: string, input_missing?: string, zero_denominator?: string, no_target?: string, no_base?: string, part_of_year?: string, last_missing?: string, source_missing?: string, preliminary?: string, confidential?: string } why a value is missing, in the reader's words
---@field plural? table<string, { one: string, other: string }> counts with their plural forms ("%s rapport", "%s rapporter")
---@field publishers? { kolada?: string, pxweb?: string, statbank?: string, jobindsats?: string } the connectors' publishers by name
---@field own_register? string "%s, own register" (the body and municipality)
---@field own_figures? string "%s, own figures" for values typed in
---@field computed_from? string "%s, computed from %s" for computed values
---@field kpi? string "KPI" before a KPI's id
---@field table? string "table" before a table's id
---@field read_on? string "fetched %s"
---@field registered_on? string "registered %s" for values typed in
---@field computed_on? string "computed %s"
---@field version? string "version %s" of a revised source
---@field source_link? string the words of a link to a source's public page
---@field and_word? string "and" in a list
---@field xlsx? table<string, string> the Excel workbook's column headers and sheet names

------------------------------------------------------------------------------------------------
-- source (docs/sources.md; each connector's own fields are in plugins/KIND.lua)

---Fields every source has, whatever its connector.
---@class styr.SourceBase
---@field id? string the source's id (when not written as source "id" { … })
---@field url? string the API's base address (each connector has the public one as default)
---@field rate? number requests per second at most
---@field per_host? integer parallel requests per host at most
---@field timeout? number seconds for one request
---@field deadline? number seconds the whole fetch may take, retries and waits included (default: twice timeout)
---@field attempts? integer tries per request
---@field max_bytes? integer the largest response accepted
---@field token_env? string the environment variable holding an API token
---@field note? string free text
---@field expect? "values" a value the source is asked for that comes back empty fails the fetch (else a warning)
---@field title? string the table's or register's title, as a report's sources name it
---@field publisher? string who publishes the numbers, when not the connector's own publisher
---@field page? string the http(s) address of the table's public page (default: the connector's page for it)
---@field owner? string id of the body whose register it is (a csv source's numbers are credited to it)

---How a cube's (PxWeb, StatBank) dimensions map to areas, periods, genders and indicators.
---@class styr.CubeMap
---@field area? string the area dimension
---@field area_code? string the area code when the table has no area dimension
---@field time? string the time dimension
---@field gender? string|{ dimension: string, codes?: table<string, styr.Gender|false> } the gender dimension
---@field indicators table<string, table<string, string>> indicator id = { Dimension = "code", … }

---@class styr.KoladaSource: styr.SourceBase
---@field kind "kolada"
---@field kpis? table<string, string> indicator id = Kolada KPI id ("N31807")
---@field municipalities? string[] municipality codes (default: the configuration's)
---@field years? { from: integer, to: integer }|integer[] the years to fetch
---@field ous? table<string, string> unit name (as the indicator's units name it) = Kolada OU id
---@field from_date? string only data changed since this date, "YYYY-MM-DD"

---@class styr.PxwebSource: styr.SourceBase
---@field kind "pxweb"
---@field table? string a table id ("TAB6471", api v2) or a path (api v1)
---@field api? "v2"|"v1" the PxWeb API (default "v2")
---@field lang? "sv"|"en" the answer's language
---@field method? "GET"|"POST" api v2's request method
---@field format? "json-stat"|"json" api v1's answer format (default "json-stat")
---@field selection? table<string, string|string[]> Variable = { codes } to fetch
---@field query? table[] an api v1 query list { { code =, selection = { filter =, values = } } }
---@field map? styr.CubeMap how dimensions map to indicators
---@field max_cells? integer cells per request at most (default 150000; larger selections are split)
---@field dataset? string the dataset to read from a JSON-stat 1.x bundle of several

---@class styr.StatbankSource: styr.SourceBase
---@field kind "statbank"
---@field table? string a StatBank table id ("AUK01")
---@field variables? table<string, string|string[]> CODE = { values } to fetch
---@field format? "jsonstat"|"csv" the answer's format (default "jsonstat")
---@field lang? "da"|"en" the answer's language
---@field map? styr.CubeMap how dimensions map to indicators
---@field dataset? string the dataset to read from a JSON-stat 1.x bundle of several

---@class styr.JobindsatsSource: styr.SourceBase
---@field kind "jobindsats"
---@field table? string a Jobindsats table id ("y30r21")
---@field area? string|string[] the area(s) ("Norddjurs", "*" for all)
---@field areas? table<string, string> the answer's area names = area codes
---@field period? string[]|{ latest: integer } periods ("2024M01") or the latest N
---@field filters? table<string, string|string[]> Jobindsats variables (starting with "_") = values
---@field indicators? table<string, table<string, string>> indicator id = { measure = "…", Column = "value" }
---@field columns? { area?: string, period?: string, gender?: string } the labels of those columns
---@field genders? table<string, styr.Gender|false> gender values = T, K, M or false (skip)
---@field rolling? "year"|"quarter" how rolling years are stored (default "year")
---@field decimal? "."|"," the decimal separator (default ".")

---@class styr.CsvSource: styr.SourceBase
---@field kind "csv"
---@field file? string the CSV file, relative to the configuration folder
---@field delimiter? string the field separator: ";", "," or a tab (default: the header line's)
---@field decimal? ","|"." the decimal separator
---@field thousands? " "|"."|"," the thousands separator, if any
---@field encoding? "utf-8"|"windows-1252" the file's encoding (default "utf-8")
---@field columns? { area?: string, period?: string, gender?: string, value?: string, indicator?: string } column names by role
---@field indicator? string the one indicator the rows feed
---@field indicators? table<string, string|string[]> indicator id = code(s) in columns.indicator
---@field values? table<string, string> indicator id = the column holding its numbers
---@field area? string the area code, for a file without an area column
---@field period_kind? "year"|"half_year"|"tertial"|"quarter"|"month"|"week" what a date in the period column stands for
---@field genders? table<string, styr.Gender|false> gender codes = T, K, M or false (skip)
---@field filter? table<string, string|string[]> read only the rows with these column values
---@field drop_columns? string[] columns never read (personal identity numbers)
---@field aggregate? "count"|"sum" aggregate rows per indicator, area, gender and period
---@field suppress_below? integer aggregates below this are confidential

---@alias styr.Source styr.KoladaSource|styr.PxwebSource|styr.StatbankSource|styr.JobindsatsSource|styr.CsvSource

------------------------------------------------------------------------------------------------
-- the web workspace (styr serve)

---@class styr.Access
---@field users? string[] user names as the reverse proxy passes them
---@field groups? string[] identity-provider groups (any one of them gives the access)
---@field report_for? string[] bodies whose analyses, activity status and values they write and submit
---@field approve? string[] reports whose parts they approve or return
---@field read? boolean read every page and report
---@field note? string free text

---@class styr.Web
---@field trusted_proxies? string[] addresses of the reverse proxy whose user headers are believed (default 127.0.0.1, ::1)
---@field user_header? string the header naming the user (default X-Remote-User)
---@field groups_header? string the header naming the user's groups (default X-Remote-Groups)
---@field group_separator? string what separates the groups in that header (default ",")
---@field rate_limit? integer requests per user and minute (default 120)
---@field max_body? integer bytes of a request body (default 262144)
---@field max_fields? integer fields of one form (default 200)
---@field max_text? integer bytes of one analysis or comment (default 65536)
---@field timeout? integer seconds a connection may stay idle, and within which a request's body must arrive (default 30; read when styr serve starts)
---@field activity_states? string[] the states an activity can be reported in (default not_started, on_track, delayed, done)
---@field title? string the workspace's name in the page header

------------------------------------------------------------------------------------------------
-- The constructors

---Declares the municipality (exactly once per configuration).
---@param spec styr.Municipality
function municipality(spec) end

---Declares a decision-making body, an administration or an office: body "id" { … }.
---@overload fun(id: string): fun(spec: styr.Body)
---@param spec styr.Body with id = "…"
function body(spec) end

---Declares a group of civil servants (kind defaults to working_group): group "id" { … }.
---@overload fun(id: string): fun(spec: styr.Body)
---@param spec styr.Body with id = "…"
function group(spec) end

---Declares a role (director, project leader, …): role "id" { … }.
---@overload fun(id: string): fun(spec: styr.Role)
---@param spec styr.Role with id = "…"
function role(spec) end

---Declares a goal: goal "id" { title = …, indicators = { … } }.
---@overload fun(id: string): fun(spec: styr.Goal)
---@param spec styr.Goal with id = "…"
function goal(spec) end

---Declares an indicator: indicator "id" { title = …, unit = …, values = { … } }.
---@overload fun(id: string): fun(spec: styr.Indicator)
---@param spec styr.Indicator with id = "…"
function indicator(spec) end

---Declares an activity serving a goal.
---@param spec styr.Activity
function activity(spec) end

---Declares a report: report "id" { title = …, year = … }.
---@overload fun(id: string): fun(spec: styr.Report)
---@param spec styr.Report with id = "…"
function report(spec) end

---Declares an event of the annual wheel: event "id" { title = …, <one recurrence> }.
---@overload fun(id: string): fun(spec: styr.Event)
---@param spec styr.Event with id = "…"
function event(spec) end

---Sets the wheel's time zone and declares unnamed events (at most once per configuration).
---@param spec styr.Wheel
function wheel(spec) end

---Overrides words styr prints or writes.
---@param spec styr.Labels
function labels(spec) end

---Declares a data source: source "id" { kind = "kolada", … }.
---@overload fun(id: string): fun(spec: styr.Source)
---@param spec styr.Source with id = "…"
function source(spec) end

---Who may do what in the web workspace (styr serve): access "id" { groups = { … }, report_for = { … } }.
---@overload fun(id: string): fun(spec: styr.Access)
---@param spec styr.Access with id = "…"
function access(spec) end

---The web workspace's settings (styr serve), at most once per configuration.
---@param spec styr.Web
function web(spec) end

---Runs another file of the configuration folder (relative to the folder, inside it).
---@param file string
function include(file) end

---A Kolada municipality group as a report's peers: peers = kolada_group "G33752"; its members are
---resolved by styr fetch.
---@param id string
---@return styr.KoladaGroup
function kolada_group(id) end

---A value the document says is missing, with the reason.
---@param reason? string
---@return styr.Missing
function missing(reason) end

---A heading block: heading "text" or heading { "text", level = 1|2|3 }.
---@overload fun(text: string): styr.Block
---@param spec styr.HeadingBlock
---@return styr.Block
function heading(spec) end

---A text block in Markdown, with placeholders: text [[…]] or text { "…", audiences = { … } }.
---@overload fun(text: string): styr.Block
---@param spec styr.TextBlock
---@return styr.Block
function text(spec) end

---A goal-table block: the goal table of each perspective among the selected goals.
---@param spec styr.GoalTableBlock
---@return styr.Block
function goal_table(spec) end

---An indicator-table block: the indicators' rows without goals.
---@param spec styr.IndicatorTableBlock
---@return styr.Block
function indicator_table(spec) end

---A chart block.
---@param spec styr.ChartBlock
---@return styr.Block
function chart(spec) end

---An activity-list block: activities with their state as of the report date.
---@param spec styr.ActivityListBlock
---@return styr.Block
function activity_list(spec) end

---An analyses block: the analysis texts of a period.
---@param spec styr.AnalysesBlock
---@return styr.Block
function analyses(spec) end

---A footnotes block: the numbered footnotes and the list of sources.
---@param spec styr.FootnotesBlock
---@return styr.Block
function footnotes(spec) end

---Declares the analysis of an indicator's period, as text or in a Markdown file.
---@param spec styr.Analysis
function analysis(spec) end
