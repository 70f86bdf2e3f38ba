-- Issue 15, hole 3: a report job whose out folder, "rap", is a symbolic link to a folder outside
-- the configuration (tests/e2e/hardening_test.sh makes the link). Valid as written; the job is
-- refused when it runs, naming this file's event line.
municipality { code = "0580", name = "Testkommun", country = "SE", language = "sv", perspectives = { "Medborgare" } }
body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }
indicator "a" { title = "A", unit = "persons", direction = "decrease", values = { [2018] = 10 } }
goal "G" { title = "G", perspective = "Medborgare", body = "AMN", indicators = { "a" } }
report "r" { title = "R", year = 2019, formats = { "csv" } }
event "j" { title = "Rapport", job = "report", report = "r", cron = "0 5 * * *", out = "rap" }
