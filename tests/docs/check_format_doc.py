#!/usr/bin/env python3
"""docs/format.md documents every key efc knows.

Usage: check_format_doc.py EFC SOURCE_DIR

The keys come from `efc schema` (generated from the format description the loader reads,
lib/format/kinds.cpp), so a key or a file kind added there is caught here without editing
this test. For each kind K, docs/format.md must have a `## ` section whose heading ends with
"(kind `K`)"; each mapping of K (the file, and each nested record) must have one table in
that section whose first column lists its keys as `key`, with the columns
key | type | default | visibility | what it holds.
The rules tables are checked against the code's table of rules by the unit tests `diag rules:`
(tests/unit/diag/test_rules.cpp).
"""
import json
import os
import re
import subprocess
import sys

HEADER = "| key | type | default | visibility | what it holds |"


def objects(schema, name):
    """Yields (name, set of keys) for the schema's mapping and every nested one."""
    if isinstance(schema, dict):
        if "properties" in schema:
            yield name, set(schema["properties"])
            for key, sub in schema["properties"].items():
                yield from objects(sub, sub.get("title", key) if isinstance(sub, dict) else key)
        for sub_key in ("items", "anyOf", "oneOf", "allOf"):
            sub = schema.get(sub_key)
            for s in (sub if isinstance(sub, list) else [sub] if sub else []):
                yield from objects(s, s.get("title", name) if isinstance(s, dict) else name)


def sections(text):
    """Maps kind -> text of its `## ... (kind `K`)` section."""
    out = {}
    for part in re.split(r"(?m)^(?=## )", text):
        m = re.match(r"## .*\(kind `([a-z-]+)`\)\s*$", part.split("\n", 1)[0])
        if m:
            out[m.group(1)] = part
    return out


def tables(section):
    """Each key table of a section as (header line, set of keys of its first column)."""
    out = []
    for block in re.findall(r"(?m)(?:^\|.*\n?)+", section):
        lines = block.strip("\n").split("\n")
        keys = {m.group(1) for line in lines[2:] for m in [re.match(r"\| `([^`]+)` \|", line)] if m}
        out.append((lines[0].strip(), keys))
    return out


def main():
    efc, source_dir = sys.argv[1], sys.argv[2]
    with open(os.path.join(source_dir, "docs", "format.md"), encoding="utf-8") as f:
        doc = f.read()
    schemas = json.loads(subprocess.run([efc, "schema"], check=True, stdout=subprocess.PIPE).stdout)
    found = sections(doc)
    missing = []
    checked = 0
    for kind, schema in schemas.items():
        if kind not in found:
            missing.append(f"no section '## ... (kind `{kind}`)' for the file kind {kind}")
            continue
        key_tables = [keys for header, keys in tables(found[kind]) if header == HEADER]
        for name, keys in objects(schema, kind):
            checked += len(keys)
            if not any(keys <= t for t in key_tables):
                best = max(key_tables, key=lambda t: len(keys & t), default=set())
                missing.append(f"kind {kind}, {name}: no table listing {sorted(keys - best) or sorted(keys)}")
    for m in missing:
        print("docs/format.md: " + m)
    print(f"{len(schemas)} file kinds, {checked} keys; {len(missing)} missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
