#!/usr/bin/python3
"""Runs docs/tutorial.md as a reader would and compares each command's output with the text.

    tutorial.py STYR WORKDIR BASE SYSTEMD_DIR TUTORIAL

The tutorial is read top to bottom:

  * a ```console block holds commands ("$ styr …") each followed by the output it shows (standard
    output, then standard error, as a terminal shows them for these commands);
  * an HTML comment "<!-- tutorial: write FILE -->", "<!-- tutorial: append FILE -->" or
    "<!-- tutorial: edit FILE -->" before a fenced block writes the block to FILE, appends it, or
    applies it as an edit (a ```diff block: the lines without "+" are found in FILE and replaced
    by the lines without "-").

Commands run in WORKDIR with `styr` on PATH and the clock fixed (STYR_NOW), except `styr doctor`,
which runs on the real clock as on a reader's machine (it warns about a fixed one). Before each
`styr fetch` the local replay server (BASE) is given Kolada answers, with invented numbers, for the
KPIs, municipalities and years the configuration then asks for. In the output, the replay server
stands in for Kolada (BASE/kolada/v3 "from STYR_URL_KOLADA" reads as Kolada's own address "from the
default"), SYSTEMD_DIR for /etc/systemd/system, and the versions of styr, Lua and SQLite are
compared by their form only. Prints one "ok - …" or "not ok - …" line per command or step, with a
unified diff when the output differs.
"""
import difflib
import json
import os
import re
import subprocess
import sys
import zlib

STYR, WORK, BASE, SYSTEMD, TUTORIAL = sys.argv[1:6]
NOW = "2026-03-02"


def normalise(text):
    text = text.replace(BASE + "/kolada/v3 from STYR_URL_KOLADA", "https://api.kolada.se/v3 from the default")
    text = text.replace(BASE + "/kolada/v3 (from STYR_URL_KOLADA", "https://api.kolada.se/v3 (from the default")
    text = text.replace(BASE + "/kolada/v3", "https://api.kolada.se/v3")
    text = text.replace(SYSTEMD, "/etc/systemd/system")
    text = re.sub(r"styr \d+\.\d+\.\d+ \(scripts \d+\.\d+\.\d+\), Lua 5\.4\.\d+, SQLite 3\.\d+\.\d+",
                  "styr X (scripts X), Lua 5.4.X, SQLite 3.X", text)
    return text.rstrip("\n")


def kolada_answers():
    """Kolada's answers for the configuration's kolada source, as the API would shape them."""
    src = open(os.path.join(WORK, "norrkoping", "sources.lua"), encoding="utf-8").read()
    block = src.split('source "kolada"')[1].split("\n}")[0]
    kpis = sorted(set(re.findall(r'= "([NU]\d{5})"', block)))
    munis = re.findall(r'"(\d{4})"', block.split("municipalities = {")[1].split("}")[0])
    y0, y1 = map(int, re.search(r"years = \{ from = (\d+), to = (\d+) \}", block).groups())
    root = os.path.join(WORK, "www", "kolada", "v3")
    os.makedirs(root + "/kpi", exist_ok=True)
    json.dump({"count": len(kpis), "values": [{"id": k, "title": "KPI " + k} for k in kpis]},
              open(root + "/kpi/" + ",".join(kpis) + ".json", "w"))
    json.dump({"count": 1, "values": [{"id": kpis[0], "title": "KPI " + kpis[0]}]}, open(root + "/kpi.json", "w"))
    vals = []
    for k in kpis:
        for m in munis:
            for y in range(y0, y1 + 1):
                cells = [{"count": 1, "gender": g, "status": "",
                          "value": 1 + zlib.crc32(("%s%s%d%s" % (k, m, y, g)).encode()) % 1000 / 100.0}
                         for g in "TKM"]
                vals.append({"kpi": k, "municipality": m, "period": y, "values": cells})
    d = root + "/data/kpi/" + ",".join(kpis) + "/municipality/" + ",".join(munis) + "/year"
    os.makedirs(d, exist_ok=True)
    json.dump({"count": len(vals), "values": vals},
              open(d + "/" + ",".join(str(y) for y in range(y0, y1 + 1)) + ".json", "w"))


def steps(text):
    """The tutorial's steps in order: ("run", command, expected, line) and ("file", how, path, body, line)."""
    lines = text.split("\n")
    i, pending = 0, None
    while i < len(lines):
        m = re.match(r"<!-- tutorial: (write|append|edit) (\S+) -->\s*$", lines[i])
        if m:
            pending = (m.group(1), m.group(2), i + 1)
            i += 1
            continue
        fence = re.match(r"```(\w*)", lines[i])
        if not fence:
            i += 1
            continue
        start = i + 1
        j = start
        while j < len(lines) and not lines[j].startswith("```"):
            j += 1
        body = lines[start:j]
        if pending:
            yield ("file", pending[0], pending[1], "\n".join(body) + "\n", pending[2])
            pending = None
        elif fence.group(1) == "console":
            k = 0
            while k < len(body):
                if body[k].startswith("$ "):
                    cmd, out, line = body[k][2:], [], start + k + 1
                    k += 1
                    while k < len(body) and not body[k].startswith("$ "):
                        out.append(body[k])
                        k += 1
                    yield ("run", cmd, "\n".join(out), line)
                else:
                    k += 1
        i = j + 1


def apply(how, path, body):
    full = os.path.join(WORK, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if how == "write":
        open(full, "w", encoding="utf-8").write(body)
    elif how == "append":
        open(full, "a", encoding="utf-8").write("\n" + body)
    else:
        before = "\n".join(l[1:] for l in body.rstrip("\n").split("\n") if not l.startswith("+"))
        after = "\n".join(l[1:] for l in body.rstrip("\n").split("\n") if not l.startswith("-"))
        text = open(full, encoding="utf-8").read()
        if before not in text:
            return "the lines to change are not in %s:\n%s" % (path, before)
        open(full, "w", encoding="utf-8").write(text.replace(before, after, 1))
    return None


def main():
    text = open(TUTORIAL, encoding="utf-8").read()
    bindir = os.path.join(WORK, "bin")
    os.makedirs(bindir, exist_ok=True)
    os.symlink(STYR, os.path.join(bindir, "styr"))
    env = dict(os.environ)
    env.update(PATH=bindir + ":/usr/bin:/bin", STYR_URL_KOLADA=BASE + "/kolada/v3", STYR_SYSTEMD_DIR=SYSTEMD)
    n = 0
    for step in steps(text):
        n += 1
        if step[0] == "file":
            _, how, path, body, line = step
            err = apply(how, path, body)
            what = "docs/tutorial.md:%d: %s %s" % (line, how, path)
            print(("not ok - %s\n    %s" % (what, err.replace("\n", "\n    "))) if err else ("ok - " + what))
            continue
        _, cmd, expected, line = step
        if re.match(r"styr fetch\b", cmd):
            kolada_answers()
        run_env = dict(env)
        if cmd.startswith("styr doctor"):
            run_env.pop("STYR_NOW", None)
        else:
            run_env["STYR_NOW"] = NOW
        p = subprocess.run(["/bin/sh", "-c", cmd], cwd=WORK, env=run_env, capture_output=True)
        got = normalise(p.stdout.decode("utf-8", "replace") + p.stderr.decode("utf-8", "replace"))
        want = normalise(expected)
        what = "docs/tutorial.md:%d: $ %s" % (line, cmd)
        if got == want:
            print("ok - " + what)
        else:
            print("not ok - %s: the output differs from the tutorial (exit %d)" % (what, p.returncode))
            for d in difflib.unified_diff(want.split("\n"), got.split("\n"), "docs/tutorial.md", "styr", lineterm=""):
                print("    " + d)
    if n == 0:
        print("not ok - docs/tutorial.md has no steps")


if __name__ == "__main__":
    main()
