#!/usr/bin/env python3
"""Checks that the C core's dependencies run one way (core/README.md), for `make check-layout`.

Usage: check_layout.py [ROOT]   (ROOT: the checkout, default the current folder)

Prints one line per problem, "FILE:LINE: what is wrong", and exits 1 when there is any; prints
"check-layout: ok (N files)" and exits 0 otherwise. The rules:

1. Only core/lua/ uses Lua's API: no other file of core/ and no benchmark or test includes lua.h,
   lauxlib.h, lualib.h or luaconf.h, directly or through the headers it includes.
2. No module includes a header of core/lua/ (a module including a binding). The one exception is
   core/main.c, which includes lua/host.h, the host's Lua-free public face.
3. Headers form no include cycle.
4. The files of one folder of core/ use each other one way: when a.c calls a function defined in
   b.c, no chain of such calls leads from b.c back to a.c.

Tests under tests/unit and tests/fuzz that test the Lua host or its bindings may include Lua and
core/lua/ headers; they are named in TESTS_OF_THE_HOST below.
"""
import os
import re
import sys

LUA_HEADERS = {"lua.h", "lauxlib.h", "lualib.h", "luaconf.h"}

# Tests of the Lua host or of bindings, which need the Lua API to drive them.
TESTS_OF_THE_HOST = {
    "tests/unit/test_host.c",    # the sandboxed state, styr_pcall, host_run_cli
    "tests/unit/test_sched.c",   # sched.call's budget and abort, through the host
    "tests/unit/test_store.c",   # the styr.store binding
    "tests/unit/test_output.c",  # the styr.output binding
    "tests/unit/test_json.c",    # the styr.json binding
    "tests/fuzz/fuzz_host.h",    # a host for the fuzz harnesses below
    "tests/fuzz/fuzz_config.c",  # configurations loaded through the host
    "tests/fuzz/fuzz_csv.c",     # the csv plugin, run in the host
    "tests/fuzz/fuzz_html_escape.c",  # the HTML renderer's escaping, run in the host
}

# main.c may include these headers of core/lua/ (Lua-free, checked by rule 1's closure).
MAIN_MAY_INCLUDE = {"core/lua/host.h"}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def sources(root):
    """The files checked, as paths relative to root, sorted."""
    found = []
    for top in ("core", "tests/unit", "tests/fuzz", "tests/bench"):
        base = os.path.join(root, top)
        for folder, dirs, files in os.walk(base):
            dirs.sort()
            for name in files:
                if name.endswith((".c", ".h")):
                    found.append(os.path.relpath(os.path.join(folder, name), root))
    return sorted(found)


def includes(root, path):
    """[(line, kind, name)] of path's #include lines; kind is '<' or '"'."""
    out = []
    with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if m:
                out.append((n, m.group(1), m.group(2)))
    return out


def resolve(root, path, name, known):
    """The file a quoted include names: beside the including file, then under core/ (-Icore)."""
    for cand in (os.path.join(os.path.dirname(path), name), os.path.join("core", name)):
        cand = os.path.normpath(cand)
        if cand in known or os.path.isfile(os.path.join(root, cand)):
            return cand
    return None


def strip_comments_and_strings(text):
    """The text with comments and string literals blanked (line breaks kept)."""
    def blank(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', blank, text,
                  flags=re.S)


# A function definition in styr's style (clang-format, Linux braces): the signature at the start of
# a line, the body's brace alone on the next line.
DEFINITION = re.compile(r"^(?!static\b|typedef\b|#)([A-Za-z_][^;{}()=]*?)\b([A-Za-z_]\w*)\s*\("
                        r"[^;{}]*\)\s*\n\{", re.M)


def call_cycles(root, files):
    """Problems for rule 4: cycles among the .c files of each folder of core/."""
    problems = []
    folders = sorted({os.path.dirname(p) for p in files if p.startswith("core/") and p.endswith(".c")})
    for folder in folders:
        cfiles = [p for p in files if os.path.dirname(p) == folder and p.endswith(".c")]
        texts = {}
        defined = {}
        for p in cfiles:
            with open(os.path.join(root, p), encoding="utf-8", errors="replace") as f:
                texts[p] = strip_comments_and_strings(f.read())
            for m in DEFINITION.finditer(texts[p]):
                defined.setdefault(m.group(2), p)
        # uses[a][b] = (line, function): the first place a.c calls a function of b.c
        uses = {p: {} for p in cfiles}
        for p in cfiles:
            for n, line in enumerate(texts[p].split("\n"), 1):
                for m in re.finditer(r"\b([A-Za-z_]\w*)\s*\(", line):
                    owner = defined.get(m.group(1))
                    if owner and owner != p and owner not in uses[p]:
                        uses[p][owner] = (n, m.group(1))
        for cycle in find_cycles({p: sorted(uses[p]) for p in cfiles}):
            steps = []
            for a, b in zip(cycle, cycle[1:]):
                n, fn = uses[a][b]
                steps.append(f"{a}:{n} calls {fn}() of {os.path.basename(b)}")
            first = cycle[0]
            problems.append((first, uses[first][cycle[1]][0],
                             "files that use each other in a cycle: " + "; ".join(steps) +
                             " (move what both need below both, or into the file that needs it)"))
    return problems


def find_cycles(graph):
    """Each elementary cycle found by a depth-first search, once, as [a, b, …, a]."""
    cycles, seen_sets = [], set()
    state = {}

    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                key = frozenset(cycle)
                if key not in seen_sets:
                    seen_sets.add(key)
                    cycles.append(cycle)
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return cycles


def check(root):
    files = sources(root)
    known = set(files)
    incs = {p: includes(root, p) for p in files}
    problems = []

    # Quoted includes resolved to files: edges[p] = [(line, target)]
    edges = {}
    for p in files:
        edges[p] = []
        for n, kind, name in incs[p]:
            if kind == '"':
                target = resolve(root, p, name, known)
                if target:
                    edges[p].append((n, target))

    def lua_reached(p, seen):
        """(line in p, chain) when p reaches a Lua header, else None."""
        for n, kind, name in incs[p]:
            if os.path.basename(name) in LUA_HEADERS:
                return n, [f"{p}:{n} includes {name}"]
        for n, target in edges.get(p, []):
            if target in seen:
                continue
            seen.add(target)
            found = lua_reached(target, seen)
            if found:
                return n, [f"{p}:{n} includes {os.path.relpath(target, 'core')}"] + found[1]
        return None

    for p in files:
        if p.startswith("core/lua/") or p in TESTS_OF_THE_HOST:
            continue
        # Rule 2: a header of core/lua/ included from outside it.
        for n, target in edges[p]:
            if target.startswith("core/lua/") and not (p == "core/main.c" and target in MAIN_MAY_INCLUDE):
                problems.append((p, n, f"includes {os.path.relpath(target, 'core')}, a header of "
                                       "core/lua/: only the bindings may use the Lua host "
                                       "(core/main.c may include lua/host.h)"))
        # Rule 1: Lua's headers, directly or through the headers included.
        found = lua_reached(p, {p})
        if found:
            n, chain = found
            how = chain[0] if len(chain) == 1 else " -> ".join(chain)
            problems.append((p, n, f"uses Lua's API ({how}): only core/lua/ may; put the Lua "
                                   "side in a binding (core/lua/lua_*.c)"))

    # Rule 3: include cycles among headers (and the files including them).
    graph = {p: sorted({t for _, t in edges[p]}) for p in files}
    for cycle in find_cycles(graph):
        steps = []
        for a, b in zip(cycle, cycle[1:]):
            n = next(n for n, t in edges[a] if t == b)
            steps.append(f"{a}:{n} includes {os.path.basename(b)}")
        problems.append((cycle[0], next(n for n, t in edges[cycle[0]] if t == cycle[1]),
                         "include cycle: " + "; ".join(steps)))

    # Rule 4: files of one folder that use each other in a cycle.
    problems.extend(call_cycles(root, files))
    return files, problems


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    if not os.path.isdir(os.path.join(root, "core")):
        print(f"check-layout: {root} has no core/ folder", file=sys.stderr)
        return 2
    files, problems = check(root)
    for p, n, msg in sorted(problems):
        print(f"{p}:{n}: {msg}")
    if problems:
        print(f"check-layout: {len(problems)} problem(s) in {len(files)} files (core/README.md "
              "says how the core's dependencies run)")
        return 1
    print(f"check-layout: ok ({len(files)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
