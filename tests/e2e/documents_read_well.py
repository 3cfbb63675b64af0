#!/usr/bin/env python3
"""Documents read as a native professional writes them, even on thin data (issue 20).

Usage: documents_read_well.py EFC SOURCE_DIR

Every document command (agenda, bilan, doctrine, charter, status) is run in French and in
English on each dossier of the worked example and on a thin dossier: one session past its plan, no start time,
no keyword, one party, one term, one validator, one attendance. Each output must be free of
what a reader would have to correct by hand: empty parentheses, a colon followed by nothing,
a clock starting at 0:00, "N sur M" with N above M, a singular count with a plural noun, a
title without its article, a file name or a key where words are expected, the wording
docs/style-fr.md replaces ("promesses nouvellement manquées"), a clock "14:00" in French prose.
HTML pages, and Markdown asked for with --typography, must also follow French typography
(docs/style-fr.md): no ordinary space before : ; ? ! % » or after «, no typewriter apostrophe
between letters, outside markup, URLs and front matter.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import example_documents

THIN = {
    "dossier.yaml": """efc: 1
id: mini
title: Mission courte
lang: fr
organisations:
  - {id: clinique, name: Clinique des Tilleuls, kind: public}
  - {id: cabinet, name: Cabinet Tiers, kind: facilitator}
people:
  - {id: roy, name: Dr Anne Roy, organisation: clinique, role: cheffe de service}
  - {id: blanc, name: Paul Blanc, organisation: clinique, role: directeur}
  - {id: vidal, name: Inès Vidal, organisation: cabinet, role: consultante}
backing:
  statement: La direction garantit le temps des séances.
  validated_by: [blanc]
  date: 2025-03-01
""",
    "principles.yaml": """status: adopted
elaborated_with: [chefs de service]
validated_by: [blanc]
adopted: 2025-03-01
principles:
  - id: soutien
    title: Soutien
    statement: L'encadrement donne aux équipes les moyens de bien faire.
    question: De quoi l'équipe a-t-elle besoin ?
""",
    "rex/atelier/device.yaml": """id: atelier
title: Atelier des cadres
kind: internal
facilitators: [vidal]
participants: [roy]
planned_sessions: 1
session_minutes: 90
audiences:
  - id: direction
    label: Direction
    members: [blanc]
    receives: shared
""",
    "rex/atelier/sessions/01.yaml": """number: 1
date: 2025-04-02
kind: regular
present: [roy]
absent: []
stories:
  - narrator: roy
    title: Une nuit difficile
    situation: Une nuit sans renfort.
    prescribed: Appeler le cadre de garde.
    real: Personne n'a répondu.
questions:
  - text: Qui décide la nuit ?
experiments:
  - text: Un binôme de nuit pendant un mois.
    owner: roy
    status: accepted
    principles: [soutien]
vocabulary:
  - term: renfort
    meaning: soignant venu d'un autre service
""",
}

DOCUMENTS = {
    "hopital-valmont": [
        ["agenda", "chefs-de-service"],
        ["agenda", "chefs-de-service", "--session", "5"],
        ["bilan", "render", "chefs-de-service"],
        ["bilan", "render", "chefs-de-service", "--audience", "participants"],
        ["bilan", "render", "chefs-de-service", "--format", "html"],
        ["bilan", "render", "chefs-de-service", "--typography"],
        ["doctrine"],
        ["doctrine", "--typography"],
        ["principles", "render"],
        ["principles", "render", "--typography"],
        ["status"],
        ["status", "--format", "html"],
        ["portfolio", "status", ".."],
    ],
    "marche-valmont": [
        ["agenda", "marche-de-valmont"],
        ["bilan", "render", "marche-de-valmont"],
        ["bilan", "render", "marche-de-valmont", "--audience", "groupe"],
        ["doctrine"],
        ["principles", "render"],
        ["status"],
        ["exercise", "render", "2025-cooperation"],
        ["arbitration", "report"],
    ],
    "mecanique-du-rhone": [
        ["principles", "render"],
        ["status"],
        ["arbitration", "impact", "2025-001"],
        ["arbitration", "impact", "2025-001", "--format", "html"],
        ["arbitration", "report"],
        ["arbitration", "report", "--typography"],
        ["arbitration", "report", "--format", "html"],
    ],
    "thin": [
        ["agenda", "atelier"],
        ["agenda", "atelier", "--session", "1"],
        ["bilan", "render", "atelier"],
        ["bilan", "render", "atelier", "--format", "html"],
        ["doctrine"],
        ["principles", "render"],
        ["status"],
    ],
}

# (what a reader would correct, pattern, languages)
FLAWS = [
    ("empty parentheses", re.compile(r"\(\s*\)"), "fr en"),
    ("a colon followed by a full stop", re.compile(r":\s*[.;,]"), "fr en"),
    ("a clock starting at 0:00", re.compile(r"(?<![0-9])0:00"), "fr en"),
    ("a count in a sentence above its plan", re.compile(r"\b([0-9]+) (sur|of) ([0-9]+)\b"), "fr en"),
    ("a singular count with a plural noun",
     re.compile(r"(?<![0-9,.])\b[01] (parties|termes|séances|présences|prévues|attendues|participants)\b"), "fr"),
    ("a singular count with a plural noun", re.compile(r"(?<![0-9,.])\b1 (parties|terms|sessions)\b"), "en"),
    ("a title without its article", re.compile(r"\b(par|de|à|pour) (Dr|Pr) "), "fr"),
    ("a file name or a key", re.compile(r"\.yaml|\b(rules|audiences|backing) (dans|in)\b"), "fr en"),
    ("the gendered 'Porteur'", re.compile(r"\bPorteur\b"), "fr"),
    ("'extérieur(e)'", re.compile(r"\(e\)"), "fr"),
    ("the wording docs/style-fr.md replaces", re.compile(r"nouvellement manqu|[Ee]ffort inconnu|\bDoctrine :"), "fr"),
    ("a clock in French prose", re.compile(r"(?<![0-9:])[0-9]{1,2}:[0-5][0-9](?![0-9:])"), "fr"),
]
# French typography, in HTML pages and in Markdown asked for with --typography: what is left
# where a no-break space or a typographic apostrophe belongs (markup, URLs and front matter aside).
TYPOGRAPHY_FLAWS = [
    ("an ordinary space before : or %", re.compile(r"(?<=\S) [:%]")),
    ("an ordinary space before ; ? !", re.compile(r"(?<=\S) [;?!](?!\[)")),
    ("an ordinary space inside « »", re.compile(r"« | »")),
    ("a typewriter apostrophe", re.compile(r"(?<=[A-Za-zÀ-ÿ])'(?=[A-Za-zÀ-ÿ])")),
]
# status is the consultant's own screen: it may point at files to fill in.
FILE_HINTS_ALLOWED = {"status"}


def write_thin(folder, lang):
    for rel, text in THIN.items():
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("lang: fr", "lang: " + lang))


def colon_at_end_without_list(lines):
    """Lines ending with ':' that no list, table or indented line follows."""
    found = []
    for i, line in enumerate(lines):
        if not line.rstrip().endswith(":") or line.lstrip().startswith("|"):
            continue
        rest = [l for l in lines[i + 1:] if l.strip()]
        if not rest or not (rest[0].lstrip().startswith(("-", "|")) or rest[0].startswith("  ")):
            found.append(line)
    return found


def prose_of(text, html):
    """The text a reader reads: without front matter, markup, styles, URLs and code."""
    if html:
        text = re.sub(r"<(style|script|pre|code)\b.*?</\1>", " ", text, flags=re.S)
        text = re.sub(r"<!--.*?-->|<[^>]*>", "\n", text, flags=re.S)
        text = text.replace("&#39;", "'")
    else:
        text = re.sub(r"\A---\n.*?\n(---|\.\.\.)\n", "", text, flags=re.S)
        text = re.sub(r"`[^`]*`", " ", text)
    return re.sub(r"(https?://|mailto:|www\.)[^\s<>()\"]*", " ", text)


def typography_flaws(text, html):
    found = []
    for line in prose_of(text, html).splitlines():
        for name, pattern in TYPOGRAPHY_FLAWS:
            if pattern.search(line):
                found.append((name, line.strip()))
    return found


def flaws_of(text, lang, command, typeset=False, html=False):
    found = typography_flaws(text, html) if typeset else []
    lines = prose_of(text, True).splitlines() if html else text.splitlines()
    for name, pattern, langs in FLAWS:
        if lang not in langs.split():
            continue
        if name == "a file name or a key" and command in FILE_HINTS_ALLOWED:
            continue
        for line in lines:
            for m in pattern.finditer(line):
                if name == "a count in a sentence above its plan" and int(m.group(1)) <= int(m.group(3)):
                    continue
                found.append((name, line.strip()))
    for line in [] if html else colon_at_end_without_list(lines):
        found.append(("a colon followed by nothing", line.strip()))
    return found


def main():
    efc, source_dir = os.path.abspath(sys.argv[1]), sys.argv[2]
    failures = 0
    runs = 0
    with tempfile.TemporaryDirectory() as work:
        for lang in ["fr", "en"]:
            folders = []
            for name in ("hopital-valmont", "marche-valmont", "mecanique-du-rhone"):
                example = os.path.join(work, f"{name}-{lang}")
                shutil.copytree(os.path.join(source_dir, "examples", name), example)
                example_documents.set_lang(example, lang)
                folders.append((name, example))
            thin = os.path.join(work, "thin-" + lang)
            write_thin(thin, lang)
            for name, folder in folders + [("thin", thin)]:
                for args in DOCUMENTS[name]:
                    p = subprocess.run([efc, "-q", "--color", "never"] + args, cwd=folder, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, text=True)
                    runs += 1
                    where = f"{name} ({lang}): efc {' '.join(args)}"
                    if p.returncode != 0:
                        print(f"FAIL {where}: exit {p.returncode}\n{p.stderr}")
                        failures += 1
                        continue
                    html = "html" in args
                    typeset = lang == "fr" and (html or "--typography" in args)
                    if lang == "en" and ("\u00a0" in p.stdout or "\u202f" in p.stdout):
                        print(f"FAIL {where}: a French no-break space in an English document")
                        failures += 1
                    for flaw, line in flaws_of(p.stdout, lang, args[0], typeset, html):
                        print(f"FAIL {where}: {flaw}: {line}")
                        failures += 1
    print(f"{runs} documents read, {failures} flaws")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
