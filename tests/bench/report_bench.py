"""Report rendering benchmark: a large follow-up (400 indicators over 10 years with gender rows, 40
goals in 4 perspectives, 3 audiences, a layout with texts, placeholders, charts and tables) rendered
by the real binary. Prints wall time and peak memory of

  baseline  the same report in CSV only, without a layout (the store read and one table written)
  full      every format (HTML, XLSX, CSV, JSON, Markdown) with the layout, once per audience

and the ratios full / baseline. Each case runs three times on a store that already holds the values,
and the best time counts. Usage: report_bench.py STYR_BINARY [WORK_DIR]"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

styr = os.path.abspath(sys.argv[1])
work = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="styr-bench-")
N_IND, YEARS, PERSPECTIVES = 400, list(range(2016, 2026)), ["Medborgare", "Ekonomi", "Verksamhet", "Medarbetare"]


def config(folder, with_layout, formats):
    os.makedirs(folder, exist_ok=True)
    out = ['municipality { code = "0580", name = "Benchkommun", country = "SE", language = "sv",',
           '  perspectives = { %s } }' % ", ".join('"%s"' % p for p in PERSPECTIVES)]
    for body in ("AMN", "SON", "KS"):
        out.append('body "%s" { name = "Nämnd %s", kind = "committee", level = "decision" }' % (body, body))
    for i in range(N_IND):
        vals = ", ".join("[%d] = %d" % (y, 1000 + (i * 37 + y * 11) % 900) for y in YEARS)
        half = ", ".join("[%d] = %d" % (y, 500 + (i * 13 + y * 7) % 400) for y in YEARS)
        out.append('indicator "i%d" { title = "Indikator %d", unit = "persons", direction = "decrease",' % (i, i))
        out.append('  values = { %s }, targets = { [2025] = 1200, [2026] = 1100 },' % vals)
        out.append('  women = { values = { %s } }, men = { values = { %s } } }' % (half, half))
    for g in range(40):
        inds = ", ".join('"i%d"' % i for i in range(g * 10, g * 10 + 10))
        out.append('goal "G%d" { title = "Mål %d", perspective = "%s", body = "AMN", indicators = { %s } }'
                   % (g, g, PERSPECTIVES[g % 4], inds))
    layout = ""
    if with_layout:
        layout = '''
  layout = {
    heading "Till {audience}",
    text [[Värdet var {i0.2024} år 2024 och {i0.2025} år 2025; målet är {i0.target.2025}.]],
    chart { kind = "status" },
    goal_table {},
    indicator_table { caption = "Urval", indicators = { "i1", "i2", "i3" } },
    chart { kind = "line", indicator = "i1" },
    footnotes {},
  },'''
    out.append('report "r" { title = "Benchmark", year = 2025, audiences = { "AMN", "SON", "KS" },')
    out.append('  formats = { %s },%s' % (", ".join('"%s"' % f for f in formats), layout))
    out.append('}')
    with open(os.path.join(folder, "init.lua"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# Runs one command in a fresh interpreter that reports the command's own peak RSS (KiB): the
# children's maximum of a process with no other child.
MEASURE = ("import resource, subprocess, sys\n"
           "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
           "sys.stderr.buffer.write(p.stderr)\n"
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
           "sys.exit(p.returncode)\n")


def run(folder, db, out_dir):
    """Best wall time of three runs, and the largest peak RSS (MiB) among them."""
    best, peak = None, 0.0
    for _ in range(3):
        shutil.rmtree(out_dir, ignore_errors=True)
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, "-c", MEASURE, styr, "report", "r", "--config", folder, "--db", db,
                            "--out", out_dir], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=dict(os.environ, STYR_NOW="2026-01-12"))
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            sys.exit("styr report failed: " + p.stderr.decode()[-2000:])
        peak = max(peak, int(p.stdout.decode().split()[-1]) / 1024.0)
        best = dt if best is None else min(best, dt)
    return best, peak, sum(os.path.getsize(os.path.join(out_dir, f)) for f in os.listdir(out_dir))


base_dir, full_dir = os.path.join(work, "baseline"), os.path.join(work, "full")
config(base_dir, False, ["csv"])
config(full_dir, True, ["html", "xlsx", "csv", "json", "md"])
db = os.path.join(work, "bench.db")
# The first run stores the 12 000 values; the measured runs find them unchanged.
subprocess.run([styr, "report", "r", "--config", base_dir, "--db", db, "--out", os.path.join(work, "warm")],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
               env=dict(os.environ, STYR_NOW="2026-01-12"))
bt, bm, bb = run(base_dir, db, os.path.join(work, "out-base"))
ft, fm, fb = run(full_dir, db, os.path.join(work, "out-full"))
print("report benchmark: %d indicators x %d years x 3 genders, 40 goals, 3 audiences" % (N_IND, len(YEARS)))
print("  baseline (CSV only, no layout): %.2f s, peak %.0f MiB, %.1f MB written" % (bt, bm, bb / 1e6))
print("  full (5 formats, layout)      : %.2f s, peak %.0f MiB, %.1f MB written" % (ft, fm, fb / 1e6))
print("  ratio full / baseline: time %.2f, memory %.2f" % (ft / bt, fm / bm))
