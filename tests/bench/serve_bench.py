"""Serving benchmark for styr serve: the 400-indicator benchmark configuration of report_bench.py
(400 indicators over 10 years with gender rows, 40 goals of one body, 3 audiences, a layout with
charts) behind a real `styr serve` on 127.0.0.1, loaded by wrk with 50 concurrent connections for
DURATION seconds on two pages: the body's indicator page (/body/AMN) and a report page (the HTML
report of one audience and reporting period). Prints requests/s and p50/p95 latency beside the time
the first request takes alone (the page built), the next one (served from what the server keeps
until the store or the configuration changes) and the time `styr report` takes to render the same
report in-process.
No assertion on time. Usage: serve_bench.py STYR_BINARY [DURATION]"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

styr = os.path.abspath(sys.argv[1])
duration = int(sys.argv[2]) if len(sys.argv) > 2 else 10
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix="styr-serve-bench-")

# The configuration generator of report_bench.py (its definitions only, not its run).
src = open(os.path.join(here, "report_bench.py"), encoding="utf-8").read().split("\n# Runs one command")[0]
scope = {"__name__": "report_bench_config"}
saved = sys.argv
sys.argv = [sys.argv[0], styr, work]
exec(compile(src, "report_bench.py", "exec"), scope)
sys.argv = saved
cfg = os.path.join(work, "cfg")
scope["config"](cfg, True, ["html"])
with open(os.path.join(cfg, "init.lua"), "a", encoding="utf-8") as f:
    f.write('web { rate_limit = 100000 }\nwheel { timezone = "Europe/Stockholm" }\n'
            'event "t1" { title = "Tertialuppföljning 1", report = "r", to = { "AMN" }, yearly = { "05-30" } }\n')

P95 = os.path.join(work, "p95.lua")
with open(P95, "w") as f:
    f.write('done = function(summary, latency, requests)\n'
            '  io.write(string.format("p50 %.1f p95 %.1f requests %d errors %d\\n", latency:percentile(50) / 1000,\n'
            '    latency:percentile(95) / 1000, summary.requests, summary.errors.status + summary.errors.timeout))\n'
            'end\n')

db = os.path.join(work, "styr.db")
log = open(os.path.join(work, "serve.log"), "w+")
server = subprocess.Popen([styr, "serve", "--config", cfg, "--db", db, "--listen", "127.0.0.1:0", "--dev-user", "bench"],
                          stderr=log)
try:
    port = None
    for _ in range(300):
        log.seek(0)
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)/", log.read())
        if m:
            port = m.group(1)
            break
        time.sleep(0.1)
    if not port:
        sys.exit("serve_bench: styr serve did not start")
    base = "http://127.0.0.1:%s" % port
    pages = [("body indicator page /body/AMN", "/body/AMN"),
             ("report page (HTML, AMN, 2025-05-30)", "/report/r/2025-05-30?format=html&audience=AMN")]
    print("styr serve, 400-indicator benchmark configuration, wrk: 50 connections, 2 threads, %d s per page" % duration)
    # Each page alone first, before wrk leaves a queue behind it: the first request builds the
    # page; the best of the next three is served from what the server keeps.
    first, alone, size = {}, {}, {}
    for _, path in pages:
        for i in range(4):
            t0 = time.monotonic()
            with urllib.request.urlopen(base + path) as r:
                size[path] = len(r.read())
            t = time.monotonic() - t0
            if i == 0:
                first[path] = t
            else:
                alone[path] = min(alone.get(path, t), t)
    for name, path in pages:
        out = subprocess.run(["wrk", "-t2", "-c50", "-d%ds" % duration, "--timeout", "60s", "-s", P95, base + path],
                             capture_output=True, text=True)
        rps = re.search(r"Requests/sec:\s+([\d.]+)", out.stdout)
        lat = re.search(r"p50 ([\d.]+) p95 ([\d.]+) requests (\d+) errors (\d+)", out.stdout)
        # Let the server finish what wrk left in flight: until one request is quick again.
        for _ in range(120):
            t0 = time.monotonic()
            urllib.request.urlopen(base + "/wheel").read()
            if time.monotonic() - t0 < 0.2:
                break
        if not rps or not lat:
            print("  %s: wrk gave no result\n%s%s" % (name, out.stdout, out.stderr))
            continue
        print("  %-38s %7.1f requests/s  p50 %7.0f ms  p95 %7.0f ms  (%s requests, %s errors; %.0f KB a page; "
              "alone: first %.0f ms, then %.0f ms)"
              % (name, float(rps.group(1)), float(lat.group(1)), float(lat.group(2)), lat.group(3), lat.group(4), size[path] / 1e3,
                 first[path] * 1000, alone[path] * 1000))
    # The same report rendered once in-process by the CLI (store already filled, HTML only, one audience).
    best = None
    for _ in range(3):
        t0 = time.monotonic()
        subprocess.run([styr, "report", "r", "--config", cfg, "--db", os.path.join(work, "cli.db"), "--out",
                        os.path.join(work, "out"), "--audience", "AMN"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
        t = time.monotonic() - t0
        best = t if best is None else min(best, t)
    print("  styr report r --audience AMN (in-process, whole command, best of 3): %.0f ms" % (best * 1000))
finally:
    server.terminate()
    server.wait(timeout=30)
    log.close()
    shutil.rmtree(work, ignore_errors=True)
