#!/usr/bin/env python3
"""Checks that the engine's Lua scripts require one way (scripts/README.md: the folders are layers).

Usage: script_layers.py [ROOT]   (ROOT: the checkout, default the current folder)

The folders of scripts/ are layers, lowest first:

    lib < model < engine < report < schedule < serve < cli

A script may require a script of its own folder or of a folder below it, never above. A module name
is the script's file name (scripts/report/render_html.lua is "styr.render_html"); names that are
no script of scripts/ (styr's C modules such as styr.store or styr.json, and the connectors,
styr.plugin.NAME) may be required from any layer. Every literal require is read, at the top of a
file or inside a function ("lazy"), in every form: require "styr.X", require 'styr.X',
require("styr.X"), pcall(require, "styr.X"); requires in comments and long strings do not count. A
module name computed at run time (require(name), "styr.plugin." .. kind) cannot be read here.

Inside report/, the data flow one way too (CONVENTIONS 24): model → document → renderers. A
renderer (scripts/report/render_*.lua) takes a built document; it may not require the builder or
the pipeline that drives it (BUILDER below). Its words come from styr.report_text.

Prints one line per problem, "FILE:LINE: what is wrong", and exits 1 when there is any; prints
"script-layers: ok (N scripts, N requires)" and exits 0 otherwise; exits 2 when ROOT has no
scripts/ folder. A folder of scripts/ missing from LAYERS is a problem too: say where it belongs.
"""
import os
import re
import sys

# Lowest first. serve/ (the web workspace) sits between schedule/ and cli/.
LAYERS = ["lib", "model", "engine", "report", "schedule", "serve", "cli"]

# The report builder's modules and the pipeline's driver: no renderer requires them.
BUILDER = {"styr.report", "styr.report_rows", "styr.provenance", "styr.stored_series", "styr.pipeline"}
RENDERER = re.compile(r"^scripts/report/render_\w+\.lua$")

# require "styr.X", require 'styr.X', require("styr.X"), and pcall(require, "styr.X") (a module that
# may be missing, loaded when it is there).
REQUIRE = re.compile(r"""\b(?:require\s*(?:\(\s*)?|pcall\s*\(\s*require\s*,\s*)(?:"(styr\.[\w.]+)"|'(styr\.[\w.]+)')""")
# A long bracket ([[ … ]], [==[ … ]==]): the level is the number of "=".
LONG_OPEN = re.compile(r"\[(=*)\[")


def code_lines(text):
    """The text as lines with comments and long strings blanked, so a require named in a comment
    or in documentation text is not read; short strings are kept (they hold the module names)."""
    out, i, n = [], 0, len(text)
    buf = []
    while i < n:
        c = text[i]
        if text.startswith("--", i):
            m = LONG_OPEN.match(text, i + 2)
            if m:  # --[[ … ]] or --[==[ … ]==]
                end = text.find("]" + m.group(1) + "]", m.end())
                end = n if end < 0 else end + len(m.group(1)) + 2
            else:
                end = text.find("\n", i)
                end = n if end < 0 else end
            buf.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif c == "[" and LONG_OPEN.match(text, i):
            m = LONG_OPEN.match(text, i)
            end = text.find("]" + m.group(1) + "]", m.end())
            end = n if end < 0 else end + len(m.group(1)) + 2
            buf.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            buf.append(text[i:j + 1])
            i = j + 1
        else:
            buf.append(c)
            i += 1
    out = "".join(buf).split("\n")
    return out


def scripts(root):
    """{module name: folder} and the list of (path, folder) of every script, sorted."""
    base = os.path.join(root, "scripts")
    modules, files = {}, []
    for folder in sorted(os.listdir(base)):
        if not os.path.isdir(os.path.join(base, folder)):
            continue
        for dirpath, dirs, names in os.walk(os.path.join(base, folder)):
            dirs.sort()
            for name in sorted(names):
                if name.endswith(".lua"):
                    path = os.path.relpath(os.path.join(dirpath, name), root)
                    modules["styr." + name[:-4]] = folder
                    files.append((path, folder))
    return modules, files


def check(root):
    modules, files = scripts(root)
    problems, count = [], 0
    for folder in sorted({f for _, f in files}):
        if folder not in LAYERS:
            problems.append((f"scripts/{folder}", 0,
                             f"folder '{folder}' is not one of the layers ({' < '.join(LAYERS)}): add it to "
                             "LAYERS in tests/layout/script_layers.py where it belongs"))
    rank = {name: i for i, name in enumerate(LAYERS)}
    for path, folder in files:
        with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
            lines = code_lines(f.read())
        for n, line in enumerate(lines, 1):
            for m in REQUIRE.finditer(line):
                name = m.group(1) or m.group(2)
                count += 1
                if RENDERER.match(path) and name in BUILDER:
                    problems.append((path, n,
                                     f'requires "{name}": a renderer takes the built document and never requires '
                                     "the builder or the pipeline (model → document → renderers); take what it "
                                     "needs from the document, and its words from styr.report_text"))
                target = modules.get(name)
                if target is None or folder not in rank or target not in rank:
                    continue  # a C module or a connector: usable from any layer
                if rank[target] > rank[folder]:
                    problems.append((path, n,
                                     f'requires "{name}" (scripts/{target}/), a layer above {folder}/: a script may '
                                     f"require only its own folder and those below ({' < '.join(LAYERS)}); move "
                                     "what both need down, or let the upper layer pass it in"))
    return len(files), count, problems


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    if not os.path.isdir(os.path.join(root, "scripts")):
        print(f"script-layers: {root} has no scripts/ folder", file=sys.stderr)
        return 2
    nfiles, count, problems = check(root)
    for p, n, msg in sorted(problems):
        print(f"{p}:{n}: {msg}")
    if problems:
        print(f"script-layers: {len(problems)} problem(s) in {nfiles} scripts (scripts/README.md says "
              "how the layers run)")
        return 1
    print(f"script-layers: ok ({nfiles} scripts, {count} requires)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
