#!/usr/bin/env python3
"""Every key of every JSON output of efc is listed in docs/json.md, with its type.

docs/json.md has one section per output, its heading naming the command in backquotes
(## `efc status --format json`), then a table whose rows start
| `path` | type | null | ...
path: `a.b` is key b of object a, `a[]` the items of list a (`[]` alone: the items of a top-level
list); type: string, date (a string YYYY-MM-DD), integer, number, boolean, object, array;
null: yes when the value can be null, no otherwise.

The outputs are produced on several dossiers (the worked example in French and English, the
English fixtures, a dossier with faults, a fresh skeleton); every key found must be listed, with
a value of its type, null only where allowed. A listed key that no output shows is printed as a
note (not a failure: a key may need data these dossiers lack; documenting it is one line here).

Usage: json_keys.py EFC SOURCE_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

COMMANDS = {  # heading in docs/json.md -> how to produce it on a dossier
    "efc validate --format json": lambda ids: [["validate", "--format", "json"]],
    "efc status --format json": lambda ids: [["status", "--format", "json"]],
    "efc portfolio status --format json": lambda ids: [["portfolio", "status", "--format", "json"]],
    "efc bilan render --format json": lambda ids: [
        ["bilan", "render", d, "--audience", a, "--format", "json"] for d in ids["devices"] for a in ids["audiences"][d]],
    "efc doctrine --format json": lambda ids: [["doctrine", "--format", "json"]],
    "efc arbitration impact --format json": lambda ids: [
        ["arbitration", "impact", a, "--format", "json"] for a in ids["arbitrations"]],
    "efc arbitration report --format json": lambda ids: [["arbitration", "report", "--format", "json"]],
    "efc exercise render --format json": lambda ids: [
        ["exercise", "render", x, "--format", "json"] for x in ids["exercises"]],
}
TYPES = {
    "string": lambda v: isinstance(v, str),
    "date": lambda v: isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v) is not None,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}
ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*([a-z]+)\s*\|\s*(yes|no)\s*\|")


def read_doc(path):
    """{command: {path: (type, nullable)}} from docs/json.md; problems with the form, if any."""
    sections, current, problems = {}, None, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("## "):
                heading = re.search(r"`([^`]+)`", line)
                current = heading.group(1) if heading and heading.group(1) in COMMANDS else None
                if current is not None:
                    sections[current] = {}
                continue
            m = ROW.match(line)
            if current is None or not m:
                continue
            key, type_, nullable = m.groups()
            if type_ not in TYPES:
                problems.append(f"docs/json.md:{n}: unknown type '{type_}' (one of {', '.join(TYPES)})")
            if key in sections[current]:
                problems.append(f"docs/json.md:{n}: `{key}` listed twice under `{current}`")
            sections[current][key] = (type_, nullable == "yes")
    for command in COMMANDS:
        if command not in sections:
            problems.append(f"docs/json.md: no section `{command}`")
    return sections, problems


def walk(value, path, out):
    """(path, value) of every key and list item below `value`."""
    if isinstance(value, dict):
        for k, v in value.items():
            p = f"{path}.{k}" if path else k
            out.append((p, v))
            walk(v, p, out)
    elif isinstance(value, list):
        for v in value:
            out.append((path + "[]", v))
            walk(v, path + "[]", out)


def ids(efc, root, kind, *extra):
    p = subprocess.run([efc, "-C", root, "__complete", kind, *extra], capture_output=True, text=True, check=True)
    return p.stdout.split()


def edit(path, change):
    with open(path, encoding="utf-8") as f:
        text = change(f.read())
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def dossiers(tmp, efc, source):
    """The dossiers to run on: copies, so that nothing is written in the source tree."""
    out = []
    for name, src in (("example-hopital", "examples/hopital-valmont"), ("example-marche", "examples/marche-valmont"),
                      ("example-meca", "examples/mecanique-du-rhone"), ("en-dossier", "tests/e2e/fixtures/en-dossier"),
                      ("en-rex", "tests/e2e/fixtures/en-rex"), ("canary", "tests/e2e/fixtures/canary"),
                      ("faults", "tests/e2e/fixtures/faults")):
        shutil.copytree(os.path.join(source, src), os.path.join(tmp, name))
        out.append(os.path.join(tmp, name))
    for example in ("hopital-valmont", "mecanique-du-rhone"):
        example_en = os.path.join(tmp, f"{example}-en")
        shutil.copytree(os.path.join(source, "examples", example), example_en)
        edit(os.path.join(example_en, "dossier.yaml"), lambda t: t.replace("\nlang: fr\n", "\nlang: en\n"))
        out.append(example_en)
    # The examples where things are still open: an undecided arbitration, a queue request of
    # unknown effort, no bilan session yet (keys that are null or lists that are filled then).
    open_ = os.path.join(tmp, "meca-open")
    shutil.copytree(os.path.join(source, "examples/mecanique-du-rhone"), open_)
    edit(os.path.join(open_, "arbitrations/2025-002.yaml"), lambda t: t[:t.index("\ndecision:")] + "\n")
    edit(os.path.join(open_, "arbitrations/queue.yaml"), lambda t: t.replace("    effort_days: 2\n", ""))
    out.append(open_)
    open_ = os.path.join(tmp, "hopital-open")
    shutil.copytree(os.path.join(source, "examples/hopital-valmont"), open_)
    os.remove(os.path.join(open_, "rex/chefs-de-service/sessions/05.yaml"))
    out.append(open_)
    # A session ahead of the day the outputs are made for (next sessions, a portfolio's summary).
    ahead = os.path.join(tmp, "example-ahead")
    shutil.copytree(os.path.join(source, "examples/hopital-valmont"), ahead)
    edit(os.path.join(ahead, "rex/chefs-de-service/sessions/05.yaml"),
         lambda t: t.replace("\ndate: 2025-06-02\n", "\ndate: 2026-01-12\n"))
    out.append(ahead)
    skeleton = os.path.join(tmp, "skeleton")
    subprocess.run([efc, "init", skeleton, "--lang", "en"], capture_output=True, check=True)
    out.append(skeleton)
    return out


def main():
    efc, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    doc, problems = read_doc(os.path.join(source, "docs/json.md"))
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", NO_COLOR="1", TZ="UTC", LC_ALL="C.UTF-8")
    seen = {command: set() for command in COMMANDS}
    outputs = 0
    with tempfile.TemporaryDirectory() as tmp:
        for root in dossiers(tmp, efc, source):
            found = {"devices": ids(efc, root, "devices"), "arbitrations": ids(efc, root, "arbitrations"),
                     "exercises": ids(efc, root, "exercises")}
            found["audiences"] = {d: ids(efc, root, "audiences", d) for d in found["devices"]}
            for command, make in COMMANDS.items():
                for args in make(found):
                    p = subprocess.run([efc, "-C", root, *args], capture_output=True, text=True, env=env)
                    if not p.stdout:
                        continue  # refused (a shared-stake impact, a dossier with errors): nothing to check
                    outputs += 1
                    where = f"efc {' '.join(args)} on {os.path.basename(root)}"
                    pairs = []
                    walk(json.loads(p.stdout), "", pairs)
                    for path, value in pairs:
                        listed = doc.get(command, {}).get(path)
                        seen[command].add(path)
                        if listed is None:
                            problems.append(f"{where}: `{path}` is not in docs/json.md under `{command}`")
                        elif value is None:
                            if not listed[1]:
                                problems.append(f"{where}: `{path}` is null, docs/json.md says it never is")
                        elif not TYPES[listed[0]](value):
                            problems.append(f"{where}: `{path}` is {value!r}, docs/json.md says {listed[0]}")
    for command, keys in doc.items():
        for path in keys:
            if path not in seen[command]:
                print(f"note: docs/json.md lists `{path}` under `{command}`, which no output here shows")
    for p in sorted(set(problems)):
        print(p)
    print(f"{outputs} JSON outputs, {sum(len(k) for k in doc.values())} keys listed: {len(set(problems))} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
