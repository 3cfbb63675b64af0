#!/usr/bin/env python3
"""The recipe of docs/schema.md ("Other validators"), run as written on the worked example.

Usage: check_schema_recipe.py EFC SOURCE_DIR

The ```python block of that section is saved as a file and run with each kind's schema (from
`efc schema -o`) on the files of the example's dossiers (examples/*/): every file accepted. Then a wrong date must still
be refused, and plain yaml.safe_load must show the fault the recipe avoids (a date object).
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as e:  # the Makefile's test-deps install both
    print(f"SKIP: {e} (install python3-jsonschema and python3-yaml)")
    sys.exit(77)

KINDS = {
    "dossier": ["dossier.yaml"],
    "principles": ["principles.yaml"],
    "device": ["rex/*/device.yaml"],
    "session": ["rex/*/sessions/*.yaml"],
    "queue": ["arbitrations/queue.yaml"],
    "arbitration": ["arbitrations/2*.yaml"],
}


def recipe(source_dir):
    with open(os.path.join(source_dir, "docs", "schema.md"), encoding="utf-8") as f:
        text = f.read()
    section = text.split("## Other validators", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    if not found:
        sys.exit("docs/schema.md: no ```python block in 'Other validators'")
    return found.group(1)


def run(script, schema, files):
    r = subprocess.run([sys.executable, script, schema] + files, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return r.returncode, r.stdout.decode()


def main():
    efc, source_dir = sys.argv[1], sys.argv[2]
    examples = os.path.join(source_dir, "examples")
    failures = 0
    with tempfile.TemporaryDirectory() as work:
        script = os.path.join(work, "check-yaml.py")
        with open(script, "w", encoding="utf-8") as f:
            f.write(recipe(source_dir))
        schemas = os.path.join(work, "schemas")
        subprocess.run([efc, "schema", "-o", schemas], check=True, stderr=subprocess.DEVNULL)
        for kind, patterns in KINDS.items():
            files = sorted(p for pat in patterns for p in glob.glob(os.path.join(examples, "*", pat)))
            code, out = run(script, os.path.join(schemas, f"{kind}.schema.json"), files)
            print(f"{kind}: {len(files)} files, exit {code}")
            if code != 0 or not files:
                print(out)
                failures += 1
        session_schema = os.path.join(schemas, "session.schema.json")
        wrong = os.path.join(work, "02.yaml")
        with open(os.path.join(examples, "hopital-valmont/rex/chefs-de-service/sessions/02.yaml"), encoding="utf-8") as f:
            text = f.read()
        with open(wrong, "w", encoding="utf-8") as f:
            f.write(text.replace("date: 2025-03-10", "date: 2025-02-30").replace('start: "14:00"', "start: 14:00"))
        code, out = run(script, session_schema, [wrong])
        print(f"wrong date: exit {code}: {out.strip()}")
        if code != 1 or "date: '2025-02-30' does not match" not in out or "start" in out:
            failures += 1
        with open(session_schema, encoding="utf-8") as f:
            validator = jsonschema.Draft202012Validator(__import__("json").load(f))
        with open(os.path.join(examples, "hopital-valmont/rex/chefs-de-service/sessions/02.yaml"), encoding="utf-8") as f:
            plain = [e.message for e in validator.iter_errors(yaml.safe_load(f))]
        print(f"plain yaml.safe_load: {plain}")
        if "datetime.date(2025, 3, 10) is not of type 'string'" not in plain:
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
