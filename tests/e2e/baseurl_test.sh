#!/bin/sh
# Base URLs with the real binary against the local replay server: which one a fetch uses
# (STYR_URL_<SOURCE>, STYR_URL_<CONNECTOR>, the source's url), a base URL without the API version
# refused before any request with what it must look like, a wrong API root (404) said as such, the
# base URL printed, in `fetch --json`, in the run history and in a scheduled run's message.
. "$(dirname "$0")/lib.sh"
WWW="$TMP/www"
K="$WWW/kolada/v3"
mkdir -p "$K/kpi" "$K/data/kpi/N00945/municipality/0580/year"
printf '{"count":1,"values":[{"id":"N00945","title":"VAB som tas ut av män"}]}' >"$K/kpi/N00945.json"
printf '{"count":1,"values":[{"kpi":"N00945","municipality":"0580","period":2019,"values":[{"count":1,"gender":"T","status":"","value":31.5}]}]}' \
  >"$K/data/kpi/N00945/municipality/0580/year/2019.json"
start_server "$WWW"
export STYR_HTTP_BACKOFF_MS=20 STYR_HTTP_BACKOFF_MAX_MS=50 STYR_HTTP_TIMEOUT_S=5

# config DIR SOURCE_ID [URL]: a Kolada source named SOURCE_ID, with url = URL when given, and a
# nightly fetch job.
config() {
  rm -rf "$1"
  make_config "$1" <<LUA
indicator "vab" { title = "VAB som tas ut av män", unit = "percent", direction = "increase" }
goal "G" { title = "Jämställt uttag", perspective = "Medborgare", body = "AMN", indicators = { "vab" } }
source "$2" { kind = "kolada", kpis = { vab = "N00945" }, years = { 2019 } ${3:+, url = \"$3\"} }
event "natt" { title = "Nattlig hämtning", job = "fetch", fetch = { "$2" }, cron = "0 3 * * *" }
LUA
}

# ---- the version part is missing: refused before any request ----------------------------------
config "$TMP/c" kolada
STYR_URL_KOLADA="$BASE/kolada" run fetch --config "$TMP/c" --db "$TMP/c.db"
check_rc 1 "a Kolada base URL without /v3 fails the fetch"
check_contains "$ERR" "styr fetch: kolada: the base URL $BASE/kolada (from STYR_URL_KOLADA) misses the API version (/v3 at the end); Kolada's base URL must look like https://HOST/…/v3 (the API version v3 at the end), e.g. https://api.kolada.se/v3; set STYR_URL_KOLADA to it" \
  "the error says what the base URL must look like and which variable to set"
check_eq "$(requests "/kolada/kpi/N00945")" "0" "no request is sent to a base URL without the version"
run history --config "$TMP/c" --db "$TMP/c.db" --json
check_contains "$OUT" "misses the API version" "the run history keeps the reason"
check_contains "$OUT" "base URL $BASE/kolada (from STYR_URL_KOLADA)" "the run history records the base URL tried"

# In the source's url, the message names the source's url.
config "$TMP/u" kolada "$BASE/kolada/v2"
run fetch --config "$TMP/u" --db "$TMP/u.db"
check_rc 1 "a source url with the wrong version fails"
check_contains "$ERR" "the base URL $BASE/kolada/v2 (from the source's url) misses the API version (/v3 at the end)" \
  "a wrong url in the configuration is named as the source's url"
check_contains "$ERR" "change the url of source 'kolada' to it" "and what to change"

# ---- a base URL that is not the API (404 at its root) -------------------------------------------
config "$TMP/n" kolada
STYR_URL_KOLADA="$BASE/nothing/v3" run fetch --config "$TMP/n" --db "$TMP/n.db"
check_rc 1 "a base URL that answers 404 fails the fetch"
check_contains "$ERR" "HTTP 404" "the HTTP status is said"
check_contains "$ERR" "the server at the base URL $BASE/nothing/v3 (from STYR_URL_KOLADA) answers 404 (not found): it is not Kolada's API there; Kolada's base URL must look like https://HOST/…/v3" \
  "a 404 at the API's root says the base URL is wrong and what it must look like"
check_eq "$(requests "/nothing/v3/kpi?per_page=1")" "1" "styr asks the API's root once to tell a wrong base URL"

# ---- a good base URL: printed, in --json and in the history ------------------------------------
config "$TMP/g" kolada
STYR_URL_KOLADA="$BASE/kolada/v3" run fetch --config "$TMP/g" --db "$TMP/g.db"
check_rc 0 "fetch with STYR_URL_KOLADA"
check_contains "$OUT" "kolada: 1 new, 0 changed, 0 unchanged (2 requests; base URL $BASE/kolada/v3 from STYR_URL_KOLADA)" \
  "the fetch prints the base URL and where it came from"
run history --config "$TMP/g" --db "$TMP/g.db" --json
check_contains "$OUT" "\"message\":\"1 new, 0 changed, 0 unchanged; base URL $BASE/kolada/v3 (from STYR_URL_KOLADA)\"" \
  "the run history records the base URL"
STYR_URL_KOLADA="$BASE/kolada/v3" run fetch --config "$TMP/g" --db "$TMP/g.db" --json
check_rc 0 "fetch --json"
check_eq "$OUT" "[{\"base_url\":\"$BASE/kolada/v3\",\"base_url_from\":\"STYR_URL_KOLADA\",\"changed\":0,\"error\":null,\"kept\":0,\"kind\":\"kolada\",\"new\":0,\"not_modified\":2,\"offline\":false,\"ok\":true,\"requests\":2,\"source\":\"kolada\",\"unchanged\":1,\"warnings\":[]}]" \
  "fetch --json gives the base URL per source"

# The connector's variable serves every Kolada source; STYR_URL_<SOURCE> wins over it.
config "$TMP/k" kommundata
STYR_URL_KOLADA="$BASE/kolada/v3" run fetch --config "$TMP/k" --db "$TMP/k.db"
check_rc 0 "STYR_URL_KOLADA serves a Kolada source of another name"
check_contains "$OUT" "kommundata: 1 new" "the source named kommundata fetched from the variable's server"
check_contains "$OUT" "from STYR_URL_KOLADA)" "the connector's variable is named"
STYR_URL_KOLADA="http://127.0.0.1:9/v3" STYR_URL_KOMMUNDATA="$BASE/kolada/v3" run fetch --config "$TMP/k" --db "$TMP/k.db"
check_rc 0 "STYR_URL_KOMMUNDATA wins over STYR_URL_KOLADA"
check_contains "$OUT" "base URL $BASE/kolada/v3 from STYR_URL_KOMMUNDATA" "the source's own variable is named"

# ---- a scheduled run says which base URL it used ------------------------------------------------
STYR_URL_KOLADA="$BASE/kolada/v3" run run natt --config "$TMP/k" --db "$TMP/k.db"
check_rc 0 "styr run natt (the fetch job)"
run history --config "$TMP/k" --db "$TMP/k.db" --job natt --json
check_contains "$OUT" "kommundata: 0 new, 0 changed, 1 unchanged (base URL $BASE/kolada/v3)" \
  "the job's run names the base URL it fetched from"
