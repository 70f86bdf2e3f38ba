"""The national job benchmark (issue 13): one Kolada-shaped national job served by the tests' local
server (tests/server/kolada_national.py: KPIs x municipalities x years x T/K/M, a ratio and its
change since the first year per pair of KPIs), run at two sizes, the second half the first, so
that peak memory can be compared as the job doubles. For each size it prints

  fetch       styr fetch into an empty store: values/s and peak memory (the child's maxrss)
  fetch 304   the same fetch again, every request answered 304 Not Modified: time and body bytes
  compute     styr compute: derived values/s and peak memory
  report      styr report national (HTML and CSV): time and peak memory
  total       fetch, compute and report together: wall time, and the largest peak of the three
  open        opening the (big) store and reading its last run (styr history --limit 1)
  status      `styr status` on it: time and peak memory (it reads the series' summaries kept
              by the write path, schema 9, not their observations)
  raw insert  the same number of rows inserted with one prepared statement into an
              observation-shaped SQLite table in one transaction (Python's sqlite3, same machine,
              same run), measured right before and right after fetch and right before and right
              after compute (a shared machine's speed drifts by a third within minutes), and each
              of the two phases' values/s as a share of the mean of its own two. The raw table has
              the observations' columns and their main index only, as the issue defines it; the
              store's own table also checks its status and keeps a partial index of typed-in
              values, so styr does a little more per row than the raw insert does.

No assertion on time; a phase that fails (for example over the memory limit) prints its error
and the rest goes on. Run by `make bench`; not part of `make test`.

Usage: national_bench.py STYR_BINARY [--kpis N] [--municipalities N] [--years N]
                         [--max-memory MIB] [--work DIR]
  --kpis N   the larger size's KPIs (default 100, the issue's 1.74 million values); the smaller
             size has half as many. BENCH_KPIS in the environment sets it too (make bench).
  --max-memory MIB   passed to styr (default: styr's own default of 64 MiB)."""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "..", "server", "kolada_national.py")


def parse_args(argv):
    if len(argv) < 2 or argv[1].startswith("-"):
        sys.exit(__doc__)
    if not os.access(argv[1], os.X_OK):
        sys.exit("national_bench.py: %s is not an executable styr binary (make builds build/styr)" % argv[1])
    o = {"styr": os.path.abspath(argv[1]), "kpis": int(os.environ.get("BENCH_KPIS", "100")),
         "municipalities": 290, "years": 20, "max-memory": None, "work": None}
    rest = argv[2:]
    while rest:
        a = rest.pop(0)
        if not a.startswith("--") or a[2:] not in o or not rest:
            sys.exit("national_bench.py: unknown or incomplete argument %s\n%s" % (a, __doc__))
        v = rest.pop(0)
        o[a[2:]] = v if a in ("--work", "--max-memory") else int(v)
    return o


def run_measured(cmd, cwd):
    """Runs cmd as a child of this process and returns (seconds, peak KiB, rc, stdout, stderr)."""
    out_f = tempfile.TemporaryFile()
    err_f = tempfile.TemporaryFile()
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.chdir(cwd)
            os.dup2(out_f.fileno(), 1)
            os.dup2(err_f.fileno(), 2)
            os.execv(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.monotonic() - t0
    out_f.seek(0)
    err_f.seek(0)
    rc = os.waitstatus_to_exitcode(status)
    return (seconds, usage.ru_maxrss, rc, out_f.read().decode(errors="replace"),
            err_f.read().decode(errors="replace"))


def raw_insert_rate(n, folder):
    """Rows/s of n prepared inserts into an observation-shaped table, one transaction, WAL."""
    path = os.path.join(folder, "raw.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE observations (seq INTEGER PRIMARY KEY, series_id INTEGER NOT NULL, "
               "period TEXT NOT NULL, value REAL, value_text TEXT, status TEXT NOT NULL, note TEXT, "
               "source TEXT NOT NULL, vintage TEXT NOT NULL, request_id INTEGER, fetched_at TEXT, "
               "run_id INTEGER)")
    db.execute("CREATE INDEX observations_by_period ON observations (series_id, period, seq)")
    rows = ((i // 20, str(2005 + i % 20), i * 0.5, None, "ok", None, "kolada", "2026-01-01T00:00:00Z",
             1 + i // 5000, "2026-01-01T00:00:00Z", 1) for i in range(n))
    t0 = time.monotonic()
    db.execute("BEGIN")
    db.executemany("INSERT INTO observations (series_id, period, value, value_text, status, note, "
                   "source, vintage, request_id, fetched_at, run_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   rows)
    db.execute("COMMIT")
    seconds = time.monotonic() - t0
    db.close()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return n / seconds


def start_server(o, kpis):
    p = subprocess.Popen([sys.executable, SERVER, "serve", "--kpis", str(kpis), "--municipalities",
                          str(o["municipalities"]), "--years", str(o["years"])],
                         stdout=subprocess.PIPE, text=True)
    port = int(p.stdout.readline())
    p.stdout.readline()
    return p, "http://127.0.0.1:%d" % port


def stats(base, reset=False):
    with urllib.request.urlopen(base + ("/_reset" if reset else "/_stats")) as r:
        body = r.read()
    return None if reset else json.loads(body)


def mib(kib):
    return "%.0f MiB" % (kib / 1024.0)


def one_size(o, kpis, work):
    n_values = kpis * o["municipalities"] * o["years"] * 3
    n_derived = (kpis // 2) * 2 * o["municipalities"] * o["years"] * 3
    folder = os.path.join(work, "k%d" % kpis)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    print("== %d KPIs x %d municipalities x %d years x 3 genders: %d values, %d derived" %
          (kpis, o["municipalities"], o["years"], n_values, n_derived), flush=True)
    server, base = start_server(o, kpis)
    try:
        subprocess.run([sys.executable, SERVER, "config", folder, base + "/kolada/v3", "--kpis", str(kpis),
                        "--municipalities", str(o["municipalities"]), "--years", str(o["years"])], check=True)
        styr = [o["styr"]] + (["--max-memory", o["max-memory"]] if o["max-memory"] else [])
        # The raw rate right before and right after each of fetch and compute (a shared
        # machine's speed drifts): each phase's share is of the mean of its own two.
        raws = {}
        timed = []

        def measure(name, args):
            timed.append((name,) + run_measured(styr + args, folder))
            return timed[-1][3]  # the exit code

        stats(base, reset=True)
        raws["fetch"] = [raw_insert_rate(n_values, folder)]
        fetched = measure("fetch", ["fetch", "--quiet"]) == 0
        raws["fetch"].append(raw_insert_rate(n_values, folder))
        first = stats(base)
        stats(base, reset=True)
        measure("fetch 304", ["fetch", "--quiet"])
        again = stats(base)
        raws["compute"] = [raw_insert_rate(n_values, folder)]
        measure("compute", ["compute"])
        raws["compute"].append(raw_insert_rate(n_values, folder))
        measure("report", ["report", "national", "--out", os.path.join(folder, "out")])
        db = os.path.join(folder, "styr.db")
        size = os.path.getsize(db) if os.path.exists(db) else 0
        measure("open", ["history", "--limit", "1"])
        measure("status", ["status"])
        every = raws["fetch"] + raws["compute"]
        raw = sum(every) / len(every)
        res = {"raw": raw}
        # Derived values per second mean something only when the values were there to derive from.
        counts = {"fetch": n_values, "compute": n_derived if fetched else 0}
        for name, s, peak, rc, _, err in timed:
            count = counts.get(name, 0)
            rate = count / s if count else 0
            own = sum(raws[name]) / 2 if name in raws else raw
            line = "%-10s %8.2f s  %10.0f values/s  (%5.1f %% of raw %.0f)  peak %s" % (
                name, s, rate, 100.0 * rate / own, own, mib(peak)) if count and rc == 0 else \
                "%-10s %8.2f s  peak %s" % (name, s, mib(peak))
            if rc != 0:
                # The first line that is not a configuration warning says why.
                why = [l for l in err.strip().splitlines() if ": warning:" not in l] or [""]
                line += "  FAILED (exit %d): %s" % (rc, why[0])
            print(line)
            res[name] = {"seconds": s, "peak_kib": peak, "rc": rc, "rate": rate}
            if name == "fetch 304":
                print("%-10s %d requests, %d answered 304, %d body bytes (first fetch: %d requests, %d bytes)" %
                      ("", again["requests"], again["not_modified"], again["bytes"], first["requests"],
                       first["bytes"]))
        job = [t for t in timed if t[0] in ("fetch", "compute", "report")]
        print("%-10s %8.2f s  the national job (fetch, compute and report); peak memory %s (its largest phase)" % (
            "total", sum(t[1] for t in job), mib(max(t[2] for t in job))))
        print("%-10s the store is %.0f MiB; open: opening it and reading the last run (styr history "
              "--limit 1); status reads each series' kept summary" % ("", size / 1048576.0))
        print("%-10s rows/s before and after fetch %s, before and after compute %s (Python sqlite3, one "
              "prepared INSERT, one transaction, WAL, synchronous=FULL); each phase's share is of the mean of "
              "its two" % ("raw insert", " and ".join("%.0f" % r for r in raws["fetch"]),
                           " and ".join("%.0f" % r for r in raws["compute"])), flush=True)
        return res
    finally:
        server.terminate()
        server.wait()


def main():
    o = parse_args(sys.argv)
    work = o["work"] or tempfile.mkdtemp(prefix="styr-national-bench-")
    try:
        small = one_size(o, max(2, o["kpis"] // 2), work)
        big = one_size(o, o["kpis"], work)
        print("== peak memory as the job doubles (%d -> %d KPIs)" % (max(2, o["kpis"] // 2), o["kpis"]))
        for name in ("fetch", "fetch 304", "compute", "report", "open", "status"):
            a, b = small[name]["peak_kib"], big[name]["peak_kib"]
            print("%-10s %s -> %s (x%.2f)" % (name, mib(a), mib(b), b / a if a else 0))
    finally:
        if not o["work"]:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
