"""Store write benchmark: `styr compute` on a large configuration, which stores every typed-in value
(sync) and every formula's result (compute) through the store's one write path (db:put_rows).

The configuration has N_TYPED indicators with YEARS typed-in values for the total, women and men,
and N_FORMULA formula indicators reading two of them each. Prints the wall time of

  first      an empty database: every value is new
  again      the same configuration: every value unchanged (nothing written)
  changed    every typed-in value changed: one new vintage each, and the formulas recomputed

each the best of BENCH_RUNS (default 3) runs on a fresh copy of the database it starts from, and
no assertion on time. Run by `make bench`.
Usage: store_bench.py STYR_BINARY [WORK_DIR]"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

styr = os.path.abspath(sys.argv[1])
work = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="styr-store-bench-")
N_TYPED, N_FORMULA, YEARS = 1000, 500, list(range(2006, 2026))


def config(folder, offset):
    os.makedirs(folder, exist_ok=True)
    out = ['municipality { code = "0580", name = "Benchkommun", country = "SE", language = "sv",',
           '  perspectives = { "Medborgare" } }']
    for i in range(N_TYPED):
        vals = ", ".join("[%d] = %d" % (y, offset + 1000 + (i * 37 + y * 11) % 900) for y in YEARS)
        half = ", ".join("[%d] = %d" % (y, offset + 500 + (i * 13 + y * 7) % 400) for y in YEARS)
        out.append('indicator "t%d" { title = "Typed %d", unit = "persons", direction = "decrease",' % (i, i))
        out.append('  values = { %s },' % vals)
        out.append('  women = { values = { %s } }, men = { values = { %s } } }' % (half, half))
    for i in range(N_FORMULA):
        out.append('indicator "f%d" { title = "Formula %d", unit = "ratio", direction = "increase",' % (i, i))
        out.append('  inputs = { a = "t%d", b = "t%d" },' % (i, (i + 1) % N_TYPED))
        out.append('  formula = function(v) return v.a / v.b end }')
    with open(os.path.join(folder, "init.lua"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def compute(folder, db, start_from, now):
    """Best wall time of RUNS runs of styr compute at time now, each on a fresh copy of
    start_from (None: an empty database)."""
    best = None
    for _ in range(RUNS):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        if start_from:
            shutil.copyfile(start_from, db)
        t0 = time.perf_counter()
        p = subprocess.run([styr, "--max-memory", "2048", "compute", "--config", folder, "--db", db], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=dict(os.environ, STYR_NOW=now))
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            sys.exit("styr compute failed: " + p.stderr.decode()[-2000:])
        best = dt if best is None else min(best, dt)
    return best, p.stdout.decode().strip()


def keep_copy(db, keep):
    """Copies db to keep (styr's last close folds the WAL into the file)."""
    if os.path.exists(db + "-wal"):
        sys.exit("store_bench: %s-wal is still there after styr closed" % db)
    shutil.copyfile(db, keep)


try:
    a, b = os.path.join(work, "a"), os.path.join(work, "b")
    config(a, 0)
    config(b, 1)
    db = os.path.join(work, "styr.db")
    n_values = N_TYPED * len(YEARS) * 3 + N_FORMULA * len(YEARS) * 3
    print("store_bench: %s: %d typed-in and %d computed values (%d in all)" % (styr,
        N_TYPED * len(YEARS) * 3, N_FORMULA * len(YEARS) * 3, n_values))
    t, line = compute(a, db, None, "2026-01-12")
    print("first    %6.2f s  %s" % (t, line))
    base = os.path.join(work, "base.db")
    keep_copy(db, base)
    t, line = compute(a, db, base, "2026-01-13")
    print("again    %6.2f s  %s" % (t, line))
    t, line = compute(b, db, base, "2026-01-14")
    print("changed  %6.2f s  %s" % (t, line))
finally:
    if len(sys.argv) <= 2:
        shutil.rmtree(work, ignore_errors=True)
