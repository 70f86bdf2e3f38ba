"""Reads every file of a rendered Swedish or Danish report and prints TAP lines: no engine phrase
(English, technical) reaches the reader. The words a reader sees are the HTML and SVG text, the CSV
and Markdown, the XLSX's strings, and the JSON less the fields that keep the technical reason on
purpose (a value's detail, the source's location and ids: docs/report.schema.json).
Usage: reader_words_check.py LABEL FILE..."""
import json
import re
import sys
import zipfile

label, paths = sys.argv[1], sys.argv[2:]

# Engine phrases: the formula engine's and the store's reasons, configuration file names, the
# connector's id in brackets, and a count of one in a plural form.
PHRASES = [
    ("has no value", re.compile(r"has no value")),
    ("division by zero", re.compile(r"division by zero")),
    ("input '", re.compile(r"input '")),
    ("is missing for", re.compile(r"is missing for")),
    ("no numeric target", re.compile(r"no numeric target")),
    ("no base year", re.compile(r"no base year")),
    ("removed from the configuration", re.compile(r"removed from the configuration")),
    ("months missing", re.compile(r"\d+ of \d+ months")),
    ("a configuration file (.lua)", re.compile(r"[\w/-]\.lua\b")),
    ("Källa: a file", re.compile(r"(Källa|Kilde):\s*\S+\.lua")),
    ("a connector's id (kolada)", re.compile(r"\((kolada|pxweb|statbank|jobindsats|csv)\)")),
    ("inmatat i konfigurationen", re.compile(r"inmatat i konfigurationen|indtastet i konfigurationen")),
    ("a plural after 1", re.compile(r"(?<![\d.,])1 (reports|indicators|goals|activities|months|rapporter|indikatorer|"
                                    r"aktiviteter|månader|måneder|veckor|uger)\b")),
]
TECHNICAL = {"detail", "source", "ref", "source_id"}


def strip_technical(x):
    if isinstance(x, dict):
        return {k: strip_technical(v) for k, v in x.items() if k not in TECHNICAL}
    if isinstance(x, list):
        return [strip_technical(v) for v in x]
    return x


def texts(path):
    if path.endswith(".xlsx"):
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8") for n in z.namelist()
                             if n == "xl/sharedStrings.xml" or n.startswith("xl/worksheets/sheet"))
    data = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        return json.dumps(strip_technical(json.loads(data)), ensure_ascii=False)
    if path.endswith(".html") or path.endswith(".svg"):
        # what a reader sees or hears: text and the attributes read aloud or shown on hover
        shown = re.sub(r"<(script|style)\b.*?</\1>", " ", data, flags=re.S)
        attrs = re.findall(r'\b(?:title|alt|aria-label)="([^"]*)"', shown)
        return re.sub(r"<[^>]+>", " ", shown) + "\n" + "\n".join(attrs)
    return data


bad = []
for path in paths:
    t = texts(path)
    for name, rx in PHRASES:
        m = rx.search(t)
        if m:
            bad.append((path.rsplit("/", 1)[-1], name, t[max(0, m.start() - 60):m.end() + 60].replace("\n", " ")))
print(("ok - " if not bad else "not ok - ") + f"{label}: no engine phrase in {len(paths)} files")
for b in bad[:10]:
    print("    " + str(b))
