#!/bin/sh
# Report files: written atomically, old files intact on failure, run history says so, and every
# string from the configuration escaped in HTML and round-tripping through CSV.
. "$(dirname "$0")/lib.sh"

CFG="$TMP/cfg"
make_config "$CFG" <<'LUA'
indicator "a" { title = "</script><script>alert(1)</script> \"citat\" & 'apostrof'", unit = "count",
                direction = "increase", values = { [2018] = 5 }, targets = { [2019] = 6 } }
indicator "b" { title = "=HYPERLINK(\"http://example.invalid\")", unit = "count", values = { [2018] = 1 } }
indicator "c" { title = "Två\r\nrader, med komma", unit = "count", values = { [2018] = 2 } }
goal "G" { title = "Mål <b>fet</b>", perspective = "Medborgare", body = "AMN", indicators = { "a", "b", "c" } }
report "r" { title = "Rapport & <i>test</i>", year = 2019, intro = string.rep("Lång inledning. ", 20000) }
LUA
DB="$TMP/styr.db"
ODIR="$TMP/out"
run report r --config "$CFG" --out "$ODIR" --db "$DB"
check_rc 0 "renders"
check_file "$ODIR/r.html" "HTML written"
check_file "$ODIR/r.csv" "CSV written"
check_eq "$OUT" "$(printf '%s\n' "$ODIR/r.html" "$ODIR/r.csv")" "stdout lists exactly the files written"

HTML=$(cat "$ODIR/r.html")
check_not_contains "$HTML" "<script>alert(1)" "no markup from the configuration reaches the HTML"
check_contains "$HTML" "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;citat&quot; &amp; &#39;apostrof&#39;" "indicator title escaped"
check_contains "$HTML" "<title>Rapport &amp; &lt;i&gt;test&lt;/i&gt;</title>" "report title escaped"
check_contains "$HTML" "Mål &lt;b&gt;fet&lt;/b&gt;" "goal title escaped"
check_not_contains "$HTML" "src=" "the HTML loads no external resource"
check_not_contains "$HTML" "href=\"http" "the HTML links no external resource"

# CSV read back with Python's csv module.
/usr/bin/python3 - "$ODIR/r.csv" >"$TMP/csv.txt" <<'PY'
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert b"\r\n" in raw and raw.endswith(b"\r\n"), "CRLF line ends"
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
by = {r["indicator_id"]: r for r in rows}
print(by["a"]["indicator"])
print(by["b"]["indicator"])
print(repr(by["c"]["indicator"]))
print(by["a"]["value_2018"], by["a"]["target_2019"], by["a"]["status_2019"])
PY
check_eq "$(sed -n 1p "$TMP/csv.txt")" "</script><script>alert(1)</script> \"citat\" & 'apostrof'" "CSV round-trips quotes and markup"
check_eq "$(sed -n 2p "$TMP/csv.txt")" "'=HYPERLINK(\"http://example.invalid\")" "CSV defuses a formula-looking cell"
check_eq "$(sed -n 3p "$TMP/csv.txt")" "'Två\\r\\nrader, med komma'" "CSV round-trips CR/LF and commas"
check_eq "$(sed -n 4p "$TMP/csv.txt")" "5 6 no_data" "CSV numbers and status"

# The output folder cannot be created: a clear error, the run recorded as failed.
: >"$TMP/a-file"
run report r --config "$CFG" --out "$TMP/a-file/sub" --db "$DB"
check_rc 1 "unusable output folder: the run fails"
check_contains "$ERR" "cannot create the output folder" "unusable output folder: says why"
check_eq "$(sqlite3 "$DB" "SELECT outcome FROM runs ORDER BY id DESC LIMIT 1")" "failed" "unusable output folder: run recorded as failed"

# A full disk while writing the report (the file size limit makes write() fail): the earlier
# report stays intact and no temporary file is left.
before=$(sum "$ODIR/r.html")
sed -i 's/year = 2019,/year = 2019, formats = { "csv", "html" },/' "$CFG/init.lua"
bash -c 'ulimit -f 200; trap "" XFSZ; exec "$0" "$@"' "$STYR" report r --config "$CFG" --out "$ODIR" --db "$DB" \
  >"$TMP/.stdout" 2>"$TMP/.stderr"
RC=$? ERR=$(cat "$TMP/.stderr")
check_rc 1 "disk full: the run fails"
check_contains "$ERR" "File too large" "disk full: the system's reason is given"
check_contains "$ERR" "r.html: cannot write" "disk full: names the file"
check_eq "$(sum "$ODIR/r.html")" "$before" "disk full: the earlier HTML report is intact"
check_eq "$(ls -A "$ODIR" | grep -c tmp)" "0" "disk full: no temporary file left"
check_eq "$(sqlite3 "$DB" "SELECT outcome FROM runs ORDER BY id DESC LIMIT 1")" "failed" "disk full: run recorded as failed"
check_contains "$(sqlite3 "$DB" "SELECT message FROM runs ORDER BY id DESC LIMIT 1")" "File too large" "disk full: the history keeps the reason"

# A report id that would escape the output folder is a configuration error.
BAD="$TMP/badname"
make_config "$BAD" <<'LUA'
report "../../etc/evil" { title = "R", year = 2019 }
LUA
run validate "$BAD"
check_rc 3 "report id with a path: refused"
check_contains "$ERR" "report '../../etc/evil': the id names the output files" "report id with a path: says why"

# A planted symlink at the report's name is replaced, its target untouched.
echo "keep me" >"$TMP/victim"
rm -f "$ODIR/r.csv" && ln -s "$TMP/victim" "$ODIR/r.csv"
run report r --config "$CFG" --out "$ODIR" --db "$DB"
check_rc 0 "renders over a planted symlink"
check_eq "$(cat "$TMP/victim")" "keep me" "the symlink's target is untouched"
if [ -L "$ODIR/r.csv" ]; then not_ok "r.csv is a regular file now"; else ok "r.csv is a regular file now"; fi
