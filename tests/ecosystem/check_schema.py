#!/usr/bin/env python3
"""The JSON Schemas of `efc schema`, checked with a real validator (python3-jsonschema).

Usage: check_schema.py EFC SOURCE_DIR

1. The six schemas are valid draft 2020-12 schemas, deterministic, and the three ways
   of getting them (`efc schema KIND`, `efc schema`, `efc schema -o DIR`) agree.
2. Every file of the example's dossiers (examples/*/) is accepted.
3. Each sample below changes one file of a copy of the example's dossier that holds it;
   `efc validate` and the schema must flag the same files (efc counting only its structural rules that a schema can see).
   DIFFERENCES lists the faults only efc sees (docs/schema.md says why), so that a change
   on either side shows here.
4. As an editor would: the files efc scaffolds (init, rex new, arbitration new, device new,
   queue new) start with a
   yaml-language-server line whose schema path, relative to the file, reaches the schema that
   efc init wrote; validated with it, each file gets the same verdict as from efc validate,
   before and after a typo is made in it.
YAML is read as yaml-language-server reads it: YAML 1.2 core schema (14:00 and 2025-02-03
are strings, 5 is an integer, true a boolean).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as e:  # the Makefile's test-deps install both
    print(f"SKIP: {e} (install python3-jsonschema and python3-yaml)")
    sys.exit(77)

SCHEMA_RULES = {"unknown-key", "missing-key", "bad-type", "bad-value"}
SESSION2 = "rex/chefs-de-service/sessions/02.yaml"
DEVICE = "rex/chefs-de-service/device.yaml"
ARB = "arbitrations/2025-001.yaml"
QUEUE = "arbitrations/queue.yaml"

# (name, file, old text, new text, efc rule expected or None when both must accept)
SAMPLES = [
    ("unknown top key", SESSION2, "place:", "summary: x\nplace:", "unknown-key"),
    ("unknown nested key", SESSION2, "    prescribed:", "    prescribd: x\n    prescribed:", "unknown-key"),
    ("misspelt required key", "dossier.yaml", "title:", "titel:", "unknown-key"),
    ("missing required key", DEVICE, "session_minutes: 120\n", "", "missing-key"),
    ("missing nested required key", "dossier.yaml", "    kind: association\n", "", "missing-key"),
    ("enum", DEVICE, "kind: internal", "kind: interne", "bad-value"),
    ("impossible date", SESSION2, "date: 2025-03-10", "date: 2025-02-30", "bad-value"),
    ("not a leap year", SESSION2, "date: 2025-03-10", "date: 2025-02-29", "bad-value"),
    ("short date", SESSION2, "date: 2025-03-10", "date: 2025-3-10", "bad-value"),
    ("year zero", "principles.yaml", "adopted: 2025-02-03", "adopted: 0000-02-03", "bad-value"),
    ("hour 24", SESSION2, 'start: "14:00"', 'start: "24:00"', "bad-value"),
    ("time without colon", SESSION2, 'start: "14:00"', 'start: "1400"', "bad-value"),
    ("id with capitals", "dossier.yaml", "id: dupont", "id: Dupont", "bad-value"),
    ("id too long", "dossier.yaml", "id: amap", "id: " + "a" * 65, "bad-value"),
    ("ref with a space", SESSION2, "present: [dupont, bernard, moreau]", "present: [dupont, bernard, dr moreau]", "bad-value"),
    ("quoted integer", DEVICE, "planned_sessions: 5", 'planned_sessions: "5"', "bad-type"),
    ("integer below minimum", DEVICE, "planned_sessions: 5", "planned_sessions: 0", "bad-value"),
    ("negative integer", ARB, "effort_days: 5", "effort_days: -5", "bad-type"),
    ("decimal integer", DEVICE, "session_minutes: 120", "session_minutes: 90.5", "bad-type"),
    ("integer too large", QUEUE, "effort_days: 4", "effort_days: 1234567890", "bad-value"),
    ("yes is not a boolean", ARB, "client_informed: true", "client_informed: yes", "bad-value"),
    ("scalar for a list", DEVICE, "participants: [dupont, bernard, lefevre, moreau]", "participants: dupont", "bad-type"),
    ("empty list below minItems", DEVICE, "facilitators: [martin, leroy]", "facilitators: []", "bad-value"),
    ("null list below minItems", DEVICE, "facilitators: [martin, leroy]", "facilitators:", "bad-value"),
    ("too many items", DEVICE, "stories_per_session: [1, 2]", "stories_per_session: [1, 2, 3]", "bad-value"),
    ("list for a mapping", ARB, "decision:\n", "decision: [negotiated]\nold_decision:\n", "bad-type"),
    ("mapping for a text", SESSION2, "place: Salle du conseil, bâtiment administratif", "place: {salle: conseil}", "bad-type"),
    ("list for a text", SESSION2, "place: Salle du conseil, bâtiment administratif", "place: [conseil]", "bad-type"),
    ("empty text", SESSION2, "place: Salle du conseil, bâtiment administratif", "place:", "bad-type"),
    ("null text", SESSION2, "place: Salle du conseil, bâtiment administratif", "place: ~", "bad-type"),
    ("empty required mapping", ARB, "decision:\n", "decision:\nold_decision:\n", "missing-key"),
    ("queue rule", QUEUE, "rule: fifo", "rule: lifo", "bad-value"),
    ("working day", QUEUE, "working_days: [mon, tue, wed, thu, fri]", "working_days: [monday]", "bad-value"),
    ("holiday date", QUEUE, "holidays: [2025-04-21, 2025-05-01]", "holidays: [2025-13-01]", "bad-value"),
    ("principles status", "principles.yaml", "status: adopted", "status: adoptee", "bad-value"),
    ("format version 0", "dossier.yaml", "efc: 1", "efc: 0", "bad-value"),
    ("experiment status", SESSION2, "status: proposed", "status: open", "bad-value"),
    ("story as a text", SESSION2, "stories:\n  - narrator: bernard", "stories:\n  - bernard\nold:\n  - narrator: bernard", "bad-type"),
    # accepted by both
    ("number as a text", SESSION2, "place: Salle du conseil, bâtiment administratif", "place: 2025", None),
    ("boolean as a text", "dossier.yaml", "role: cheffe du service des urgences", "role: true", None),
    ("quoted date", SESSION2, "date: 2025-03-10", 'date: "2025-03-10"', None),
    ("leap day", SESSION2, "date: 2025-03-10", "date: 2028-02-29", None),
    ("plain time", SESSION2, 'start: "14:00"', "start: 14:00", None),
    ("one-digit hour", SESSION2, 'start: "14:00"', "start: 9:00", None),
    ("null list", SESSION2, "absent: [lefevre]         # en congé", "absent:", None),
    ("empty keywords", SESSION2, "keywords: [évaluation individuelle, travail collectif, tutorat, reconnaissance]", "keywords: []", None),
    ("numeric id", "dossier.yaml", "id: amap", "id: 42", None),
    ("confidential item", SESSION2, "  - text: Une grille", "  - confidential: false\n    text: Une grille", None),
]

# Faults only efc sees: cross-field, cross-file and YAML-level checks (docs/schema.md).
DIFFERENCES = [
    ("duplicate key", DEVICE, "kind: internal", "kind: internal\nkind: cross-actor", "duplicate-key"),
    ("stories_per_session reversed", DEVICE, "stories_per_session: [1, 2]", "stories_per_session: [2, 1]", "bad-value"),
    ("format version 2", "dossier.yaml", "efc: 1", "efc: 2", "bad-value"),
    ("shared stake with a request", ARB, "kind: urgent-request", "kind: shared-stake", "bad-value"),
    ("duplicate person id", "dossier.yaml", "id: leroy", "id: martin", "bad-value"),
    ("leading zero", DEVICE, "planned_sessions: 5", "planned_sessions: 05", "bad-value"),
]


class CoreLoader(yaml.SafeLoader):
    """YAML 1.2 core schema, as yaml-language-server reads files."""


CoreLoader.yaml_implicit_resolvers = {}
for tag, regex, first in [
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
]:
    CoreLoader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(regex), first)


def construct_core_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


CoreLoader.add_constructor("tag:yaml.org,2002:int", construct_core_int)


def kind_of(rel):
    parts = rel.split("/")
    if rel in ("dossier.yaml", "principles.yaml", "assessment.yaml"):
        return rel[:-5]
    if len(parts) == 2 and parts[0] == "exercises":
        return "exercise"
    if len(parts) == 3 and parts[0] == "rex" and parts[2] == "device.yaml":
        return "device"
    if len(parts) == 3 and parts[0] == "rex" and parts[2] == "responses.yaml":
        return "responses"
    if len(parts) == 4 and parts[0] == "rex" and parts[2] == "sessions":
        return "session"
    if len(parts) == 2 and parts[0] == "arbitrations":
        return "queue" if parts[1] == "queue.yaml" else "arbitration"
    return None


def yaml_files(root):
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.endswith(".yaml"):
                out.append(os.path.relpath(os.path.join(folder, f), root))
    return sorted(out)


class Checker:
    def __init__(self, efc, schema_dir):
        self.efc = efc
        self.validators = {}
        for name in sorted(os.listdir(schema_dir)):
            with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
                schema = json.load(f)
            jsonschema.Draft202012Validator.check_schema(schema)
            self.validators[name[: -len(".schema.json")]] = jsonschema.Draft202012Validator(
                schema, format_checker=jsonschema.FormatChecker())

    def schema_errors(self, root, rel):
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            data = yaml.load(f, Loader=CoreLoader)
        return [e.message for e in self.validators[kind_of(rel)].iter_errors(data)]

    def schema_flags(self, root):
        return {rel: errs for rel in yaml_files(root) if (errs := self.schema_errors(root, rel))}

    def efc_flags(self, root):
        run = subprocess.run([self.efc, "validate", "--format", "json"], cwd=root, capture_output=True, text=True)
        flags = {}
        for d in json.loads(run.stdout):
            flags.setdefault(d["path"], set()).add(d["rule"])
        return flags


# The worked example's dossiers, searched in this order for a sample's file and text.
EXAMPLES = ["hopital-valmont", "mecanique-du-rhone", "marche-valmont"]


def example_holding(source, rel, old):
    """The first dossier of the example whose file `rel` holds the text `old`."""
    for name in EXAMPLES:
        path = os.path.join(source, "examples", name, rel)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                if old in f.read():
                    return name
    raise SystemExit(f"sample text not found in {rel} of any example dossier: {old!r}")


def mutated_copy(source, work, rel, old, new):
    root = os.path.join(work, "d")
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(os.path.join(source, "examples", example_holding(source, rel, old)), root)
    path = os.path.join(root, rel)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))
    return root


def check_schemas_agree(efc, work):
    schema_dir = os.path.join(work, "schemas")
    subprocess.run([efc, "-q", "schema", "-o", schema_dir], check=True)
    combined = subprocess.run([efc, "schema"], check=True, capture_output=True, text=True).stdout
    again = subprocess.run([efc, "schema"], check=True, capture_output=True, text=True).stdout
    assert combined == again, "efc schema is not deterministic"
    combined = json.loads(combined)
    names = sorted(os.listdir(schema_dir))
    assert names == sorted(k + ".schema.json" for k in combined), names
    for kind in combined:
        one = subprocess.run([efc, "schema", kind], check=True, capture_output=True, text=True).stdout
        with open(os.path.join(schema_dir, kind + ".schema.json"), encoding="utf-8") as f:
            assert f.read() == one, f"efc schema {kind} differs from -o"
        assert json.loads(one) == combined[kind], f"efc schema {kind} differs from the combined object"
    return schema_dir


MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


def efc_run(efc, *args, cwd=None):
    run = subprocess.run([efc, *args], cwd=cwd, capture_output=True, text=True)
    return run.stdout.strip()


def check_scaffolded(efc, work, checker, failures):
    """Scaffolds files, follows their modelines as the language server does, compares verdicts."""
    skeleton, portfolio = os.path.join(work, "skeleton"), os.path.join(work, "example")
    efc_run(efc, "init", "--lang", "en", skeleton)
    efc_run(efc, "init", "--example", portfolio)
    example, company = os.path.join(portfolio, "hopital-valmont"), os.path.join(portfolio, "mecanique-du-rhone")
    session = efc_run(efc, "-C", example, "rex", "new", "chefs-de-service", "--date", "2025-09-01")
    arbitration = efc_run(efc, "-C", company, "arbitration", "new", "--kind", "shared-stake", "--date", "2025-09-01")
    # The arbitration draft leaves the party to name (`who:` empty: flagged by both); name one.
    draft = os.path.join(company, arbitration)
    if arbitration and os.path.isfile(draft):
        with open(draft, encoding="utf-8") as f:
            text = f.read()
        with open(draft, "w", encoding="utf-8") as f:
            f.write(re.sub(r"^  - who:.*$", "  - who: chiffreur", text, count=1, flags=re.M))
    device = efc_run(efc, "-C", example, "device", "new", "cadres", "--kind", "cross-actor")
    efc_run(efc, "-C", skeleton, "queue", "new", "--performer", "management")
    files = [(skeleton, "dossier.yaml"), (example, session), (company, arbitration), (example, device),
             (skeleton, "arbitrations/queue.yaml")]
    for root, rel in files:
        path = os.path.join(root, rel)
        if not rel or not os.path.isfile(path):
            failures.append(f"scaffolding did not write a file in {root}: {rel!r}")
            continue
        with open(path, encoding="utf-8") as f:
            first = f.readline().rstrip("\n")
        m = MODELINE.match(first)
        if not m:
            failures.append(f"{rel}: first line is not a yaml-language-server modeline: {first!r}")
            continue
        schema_path = os.path.normpath(os.path.join(os.path.dirname(path), m.group(1)))
        with open(schema_path, encoding="utf-8") as f:
            if json.load(f) != checker.validators[kind_of(rel)].schema:
                failures.append(f"{rel}: {m.group(1)} is not the {kind_of(rel)} schema")
        for typo in (False, True):
            if typo:  # right under the modeline, as a slip of the keyboard would put it
                with open(path, encoding="utf-8") as f:
                    lines = f.readlines()
                with open(path, "w", encoding="utf-8") as f:
                    f.writelines(lines[:1] + ["summry: a typo\n"] + lines[1:])
            schema_says = bool(checker.schema_errors(root, rel))
            efc_says = bool(checker.efc_flags(root).get(rel, set()) & SCHEMA_RULES)
            state = "with a typo" if typo else "as scaffolded"
            if schema_says != efc_says or (typo and not schema_says):
                failures.append(f"{rel} {state}: schema flags it: {schema_says}, efc validate flags it: {efc_says}")
            else:
                print(f"ok  {rel} {state}: {m.group(1)} resolves; schema and efc validate both "
                      f"{'flag' if schema_says else 'accept'} it")


def main():
    efc, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory() as work:
        checker = Checker(efc, check_schemas_agree(efc, work))
        print(f"schemas: {len(checker.validators)} valid draft 2020-12 schemas, identical by all three routes")

        for name in EXAMPLES:
            example = os.path.join(source, "examples", name)
            flagged = checker.schema_flags(example)
            for rel, errs in flagged.items():
                failures.append(f"examples/{name}/{rel} rejected by its schema: {errs[0]}")
            print(f"examples/{name}: {len(yaml_files(example)) - len(flagged)} of {len(yaml_files(example))} files accepted")

        for name, rel, old, new, rule in SAMPLES:
            root = mutated_copy(source, work, rel, old, new)
            found = checker.efc_flags(root)
            efc_files = {p for p, rules in found.items() if rules & SCHEMA_RULES}
            schema = checker.schema_flags(root)
            expected = {rel} if rule else set()
            if efc_files != expected or set(schema) != expected or (rule and rule not in found.get(rel, set())):
                failures.append(f"{name}: expected {sorted(expected)} [{rule}], efc {found}, schema {schema}")
            else:
                print(f"ok  {name:32} {rel}: {schema[rel][0] if rule else 'accepted by both'}")
        for name, rel, old, new, rule in DIFFERENCES:
            root = mutated_copy(source, work, rel, old, new)
            efc_rules = checker.efc_flags(root).get(rel, set())
            schema = checker.schema_flags(root)
            if rule not in efc_rules or schema:
                failures.append(f"{name}: expected efc [{rule}] and no schema error, efc {sorted(efc_rules)}, schema {schema}")
            else:
                print(f"ok  {name:32} {rel}: efc only [{rule}]")
        check_scaffolded(efc, work, checker, failures)
        both = sum(1 for s in SAMPLES if s[4])
        print(f"samples: {both} rejected by both, {len(SAMPLES) - both} accepted by both, "
              f"{len(DIFFERENCES)} documented differences seen by efc only")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
