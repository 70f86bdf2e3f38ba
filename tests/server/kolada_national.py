#!/usr/bin/python3
"""A generated national job: Kolada-shaped answers for many KPIs x municipalities x years x T/K/M,
and the styr configuration that fetches them and computes a ratio and its change since a base
year per pair of KPIs. Used by `make bench` (tests/bench/national_bench.py) and by
tests/e2e/national_test.sh (a smaller job, its values compared cell by cell). Python 3 standard
library only.

  kolada_national.py serve [--kpis N] [--municipalities N] [--years N] [--per-page N]
                           [--lifetime S] [--fail-page P]
      Binds 127.0.0.1 on a free port, prints the port and its process id (one line each, as
      tests/server/replay.py does), then answers until SIGTERM, until its parent goes away or
      until the lifetime (default 3600 s) ends:

        /kolada/v3/kpi/IDS                          the KPIs' metadata (id, title)
        /kolada/v3/data/kpi/IDS/municipality/MS/year/YS?per_page=N[&page=P]
                                                    the values, ordered by KPI, municipality and
                                                    year, N entries (each with T, K and M) a page
                                                    (N at most --per-page),
                                                    next_url to the next page while there is one
        /_stats                                     {"requests", "not_modified", "bytes"} (body
                                                    bytes sent) since the start or /_reset
        /_reset                                     clears the counts

      Every answer carries an ETag; If-None-Match with it answers 304 Not Modified. The answers
      of the requests styr's Kolada connector makes for the job (KPIs and municipalities in
      chunks of 25) are made before the port is printed, so that generating them is not
      measured as part of a fetch. With --fail-page P, page P of every data request answers 500
      (a fetch that breaks off in the middle of its pages).

  kolada_national.py config DIR URL [--kpis N] [--municipalities N] [--years N]
      Writes DIR/init.lua: the home municipality (0580), a Kolada source at URL for every KPI,
      municipality and year, one indicator per KPI (k001 …), and per pair of KPIs a ratio r01 =
      k001 / k002 and its change since the first year c01, with a report "national" on the home
      municipality.

  kolada_national.py expected [--kpis N] [--municipalities N] [--years N]
      Prints every value the job stores, computed here independently of styr: one line per
      indicator, area, gender and year, "ID|AREA|GENDER|YEAR|STATUS|VALUE" with the value
      rounded to 9 significant digits (or the note of a missing value), sorted.

The values are a fixed function of (KPI, municipality, year, gender): some are null (stored as
missing), some are 0 (a ratio's division by zero), some carry Kolada's status "B".
"""
import hashlib
import http.server
import json
import os
import signal
import sys
import threading
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGUE = os.path.join(HERE, "..", "fixtures", "opendata", "kolada", "municipality_v3.csv")
FIRST_YEAR = 2005
HOME = "0580"
CHUNK = 25
CONNECTOR_PER_PAGE = 5000  # what styr's Kolada connector asks for (plugins/kolada.lua)


def municipalities(n):
    """The first n of Sweden's 290 municipality codes (Kolada's catalogue, type K), the home
    municipality first."""
    codes = []
    with open(CATALOGUE, encoding="utf-8") as f:
        for line in f:
            parts = [p.strip('"') for p in line.rstrip("\n").split(",")]
            if len(parts) == 3 and parts[2] == "K":
                codes.append(parts[0])
    codes.remove(HOME)
    return ([HOME] + codes)[:n]


def kpi_ids(n):
    return ["N%05d" % (i + 1) for i in range(n)]


GENDERS = ("T", "K", "M")


def cell(k, m, y, g):
    """(value or None, status) of KPI index k, municipality index m, year y, gender index g."""
    h = (k * 7919 + m * 104729 + (y - 2000) * 131 + g * 17) % 1000003
    if h % 211 == 0:
        return None, ""
    if h % 97 == 0:
        return 0, ""
    value = round((h % 100000) / 7.0 + 1, 8)
    return value, ("B" if h % 53 == 0 else "")


def number(v):
    return repr(v) if isinstance(v, float) else str(v)


def entries(kpis, munis, years, index_k, index_m):
    """The value entries of one data request, as JSON texts, in Kolada's order."""
    out = []
    for kpi in kpis:
        k = index_k[kpi]
        for muni in munis:
            m = index_m[muni]
            for y in years:
                cells = []
                for g, gender in enumerate(GENDERS):
                    v, status = cell(k, m, y, g)
                    cells.append('{"count":1,"gender":"%s","status":"%s","value":%s}' %
                                 (gender, status, "null" if v is None else number(v)))
                out.append('{"kpi":"%s","municipality":"%s","period":%d,"values":[%s]}' %
                           (kpi, muni, y, ",".join(cells)))
    return out


class Job:
    def __init__(self, n_kpis, n_munis, n_years, per_page):
        self.kpis = kpi_ids(n_kpis)
        self.munis = municipalities(n_munis)
        self.years = list(range(FIRST_YEAR, FIRST_YEAR + n_years))
        self.index_k = {k: i for i, k in enumerate(self.kpis)}
        self.index_m = {m: i for i, m in enumerate(self.munis)}
        self.per_page = per_page
        self.fail_page = 0
        self.base = None  # http://127.0.0.1:PORT, set once bound
        self.cache = {}
        self.lock = threading.Lock()
        self.stats = {"requests": 0, "not_modified": 0, "bytes": 0}

    def answer(self, path, query):
        """(status, body bytes, etag) for a path and query, or (404, message, None)."""
        key = path + "?" + query
        with self.lock:
            hit = self.cache.get(key)
        if hit:
            return hit
        res = self.make(path, query)
        if res[0] == 200:
            with self.lock:
                self.cache[key] = res
        return res

    def make(self, path, query):
        parts = path.strip("/").split("/")
        q = urllib.parse.parse_qs(query)
        if parts[:3] != ["kolada", "v3", "kpi"] and parts[:4] != ["kolada", "v3", "data", "kpi"]:
            return 404, b"not found\n", None
        if parts[2] == "kpi":
            ids = parts[3].split(",") if len(parts) == 4 else []
            vals = [{"id": i, "title": "Nyckeltal %s" % i} for i in ids if i in self.index_k]
            body = json.dumps({"count": len(vals), "values": vals}, ensure_ascii=False).encode()
        else:
            if len(parts) != 9 or parts[5] != "municipality" or parts[7] != "year":
                return 404, b"not found\n", None
            kpis = [k for k in parts[4].split(",") if k in self.index_k]
            munis = [m for m in parts[6].split(",") if m in self.index_m]
            years = [int(y) for y in parts[8].split(",") if y.isdigit()]
            # --per-page caps what a request asks for (Kolada caps it at 5000), so that a small
            # job still comes in many pages.
            per_page = min(int(q.get("per_page", [str(self.per_page)])[0]), self.per_page)
            page = int(q.get("page", ["1"])[0])
            if page == self.fail_page:
                return 500, b"page %d fails on purpose (--fail-page)\n" % page, None
            all_entries = entries(kpis, munis, years, self.index_k, self.index_m)
            chunk = all_entries[(page - 1) * per_page: page * per_page]
            more = page * per_page < len(all_entries)
            next_url = ('"%s%s?page=%d&per_page=%d"' % (self.base, path, page + 1, per_page)
                        if more else "null")
            body = ('{"count":%d,"next_url":%s,"values":[%s]}' %
                    (len(all_entries), next_url, ",".join(chunk))).encode()
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:20]
        return 200, body, etag

    def first_urls(self):
        """The paths and queries of the requests styr's Kolada connector makes for the job."""
        kpis = sorted(self.kpis)
        years = ",".join(str(y) for y in self.years)
        out = []
        for i in range(0, len(kpis), CHUNK):
            out.append(("/kolada/v3/kpi/" + ",".join(kpis[i:i + CHUNK]), ""))
        for i in range(0, len(kpis), CHUNK):
            for j in range(0, len(self.munis), CHUNK):
                out.append(("/kolada/v3/data/kpi/%s/municipality/%s/year/%s" %
                            (",".join(kpis[i:i + CHUNK]), ",".join(self.munis[j:j + CHUNK]), years),
                            "per_page=%d" % CONNECTOR_PER_PAGE))
        return out

    def prepare(self):
        for path, query in self.first_urls():
            status, body, _ = self.answer(path, query)
            page = 2
            # Only data answers have pages (a next_url that is not null); KPI metadata has none.
            while status == 200 and b'"next_url":"' in body[:300]:
                status, body, _ = self.answer(path, "page=%d&per_page=%d" % (page, self.per_page))
                page += 1


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "styr-kolada-national/1"
    job = None

    def log_message(self, fmt, *args):
        pass

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        job = self.job
        if url.path == "/_stats":
            with job.lock:
                return self.send(200, json.dumps(job.stats).encode(), "application/json")
        if url.path == "/_reset":
            with job.lock:
                job.stats = {"requests": 0, "not_modified": 0, "bytes": 0}
            return self.send(200, b"reset\n", "text/plain")
        status, body, etag = job.answer(url.path, url.query)
        with job.lock:
            job.stats["requests"] += 1
        if etag is not None and self.headers.get("If-None-Match") == etag:
            with job.lock:
                job.stats["not_modified"] += 1
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        with job.lock:
            job.stats["bytes"] += len(body)
        return self.send(status, body, "application/json" if status == 200 else "text/plain",
                         etag)

    def send(self, status, body, ctype, etag=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


def sizes(args):
    """--kpis, --municipalities, --years, --per-page, --lifetime from args (a list, consumed)."""
    out = {"kpis": 100, "municipalities": 290, "years": 20, "per-page": 5000, "lifetime": 3600,
           "fail-page": 0}
    rest = []
    while args:
        a = args.pop(0)
        if a.startswith("--") and a[2:] in out:
            out[a[2:]] = float(args.pop(0)) if a == "--lifetime" else int(args.pop(0))
        else:
            rest.append(a)
    return out, rest


def serve(args):
    o, rest = sizes(args)
    if rest:
        sys.exit("kolada_national.py serve: unknown arguments %s" % rest)
    job = Job(o["kpis"], o["municipalities"], o["years"], o["per-page"])
    job.fail_page = o["fail-page"]
    Handler.job = job
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    job.base = "http://127.0.0.1:%d" % server.server_address[1]
    job.prepare()
    stopping = threading.Event()

    def stop(*_):
        if not stopping.is_set():
            stopping.set()
            threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    timer = threading.Timer(o["lifetime"], stop)
    timer.daemon = True
    timer.start()
    parent = os.getppid()

    def watch_parent():
        while not stopping.wait(0.5):
            if os.getppid() != parent:
                stop()

    threading.Thread(target=watch_parent, daemon=True).start()
    sys.stdout.write("%d\n%d\n" % (server.server_address[1], os.getpid()))
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.1)
    finally:
        server.server_close()


def config(args):
    o, rest = sizes(args)
    if len(rest) != 2:
        sys.exit("usage: kolada_national.py config DIR URL [--kpis N] [--municipalities N] [--years N]")
    folder, url = rest
    kpis = kpi_ids(o["kpis"])
    munis = municipalities(o["municipalities"])
    years = list(range(FIRST_YEAR, FIRST_YEAR + o["years"]))
    out = ['municipality { code = "%s", name = "Linköpings kommun", country = "SE", language = "sv",' % HOME,
           '               perspectives = { "Medborgare" } }',
           'body "AMN" { name = "Arbetsmarknadsnämnden", kind = "committee", level = "decision" }',
           'source "kolada" { kind = "kolada", url = "%s",' % url,
           '  kpis = { %s },' % ", ".join('k%03d = "%s"' % (i + 1, k) for i, k in enumerate(kpis)),
           '  municipalities = { %s },' % ", ".join('"%s"' % m for m in munis),
           '  years = { from = %d, to = %d } }' % (years[0], years[-1])]
    for i, k in enumerate(kpis):
        out.append('indicator "k%03d" { title = "Nyckeltal %s", unit = "count", direction = "increase" }'
                   % (i + 1, k))
    for p in range(len(kpis) // 2):
        a, b = "k%03d" % (2 * p + 1), "k%03d" % (2 * p + 2)
        out.append('indicator "r%02d" { title = "Kvot %s / %s", unit = "ratio", direction = "increase",' % (p + 1, a, b))
        out.append('  inputs = { a = "%s", b = "%s" },' % (a, b))
        out.append('  formula = function(v, ctx) return ctx.ratio(v.a, v.b) end }')
        out.append('indicator "c%02d" { title = "Förändring av kvot %02d sedan %d", unit = "ratio",' % (p + 1, p + 1, years[0]))
        out.append('  direction = "increase", base = { year = %d, value = 0 }, inputs = { r = "r%02d" },' % (years[0], p + 1))
        out.append('  formula = function(v, ctx) return ctx.change("r", "base") end }')
    shown = ["r%02d" % (p + 1) for p in range(min(5, len(kpis) // 2))] + \
            ["c%02d" % (p + 1) for p in range(min(5, len(kpis) // 2))]
    out.append('goal "G" { title = "Jämförelse", perspective = "Medborgare", body = "AMN",')
    out.append('  indicators = { %s } }' % ", ".join('"%s"' % s for s in shown))
    out.append('report "national" { title = "Linköping i riket", year = %d, goals = { "G" },' % years[-1])
    out.append('  formats = { "html", "csv" }, peers = { %s } }' % ", ".join('"%s"' % m for m in munis[1:5]))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "init.lua"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def significant(x):
    return "%.9g" % x


def expected(args):
    """Every stored value of the job, computed here (the fetched ones, the ratios, the changes)."""
    o, rest = sizes(args)
    if rest:
        sys.exit("kolada_national.py expected: unknown arguments %s" % rest)
    kpis = kpi_ids(o["kpis"])
    munis = municipalities(o["municipalities"])
    years = list(range(FIRST_YEAR, FIRST_YEAR + o["years"]))
    lines = []
    raw = {}
    for k, kpi in enumerate(kpis):
        ind = "k%03d" % (k + 1)
        for m, muni in enumerate(munis):
            for y in years:
                for g, gender in enumerate(GENDERS):
                    v, status = cell(k, m, y, g)
                    raw[ind, muni, gender, y] = v
                    if v is None:
                        text = "missing|Kolada: värde saknas"
                    else:
                        text = "ok|" + significant(v)
                    lines.append("%s|%s|%s|%d|%s" % (ind, muni, gender, y, text))
    for p in range(len(kpis) // 2):
        a, b = "k%03d" % (2 * p + 1), "k%03d" % (2 * p + 2)
        r, c = "r%02d" % (p + 1), "c%02d" % (p + 1)
        ratio = {}
        for muni in munis:
            for gender in GENDERS:
                for y in years:
                    va, vb = raw[a, muni, gender, y], raw[b, muni, gender, y]
                    ratio[muni, gender, y] = None if va is None or vb is None or vb == 0 else va / vb
                    lines.append("%s|%s|%s|%d|%s" % (r, muni, gender, y,
                                 "missing" if ratio[muni, gender, y] is None else "ok|" + significant(ratio[muni, gender, y])))
                for y in years:
                    now, base = ratio[muni, gender, y], ratio[muni, gender, years[0]]
                    lines.append("%s|%s|%s|%d|%s" % (c, muni, gender, y,
                                 "missing" if now is None or base is None else "ok|" + significant(now - base)))
    for line in sorted(lines):
        print(line)


def main(argv):
    if len(argv) < 2 or argv[1] not in ("serve", "config", "expected"):
        sys.exit(__doc__)
    {"serve": serve, "config": config, "expected": expected}[argv[1]](list(argv[2:]))


if __name__ == "__main__":
    main(sys.argv)
