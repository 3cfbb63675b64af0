#!/usr/bin/env python3
"""Documents a consultant sends: one title, a date in the reader's language (issue 14).

Usage: documents_title_date.py EFC SOURCE_DIR

Each Markdown document of the worked example (the bilan for each audience, the doctrine, the
charter), in French and in English, is read by pandoc: its title is the front matter's and no
level-1 heading repeats it (a docx would get a Title and a Heading 1; markdownlint's MD025), and
its date reads as the reader writes it ("2 juin 2025", "2 June 2025"), not 2025-06-02.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

DATE = {
    "fr": re.compile(r"^(1er|[1-9]|[12][0-9]|3[01]) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                     r"octobre|novembre|décembre) [0-9]{4}$"),
    "en": re.compile(r"^([1-9]|[12][0-9]|3[01]) (January|February|March|April|May|June|July|August|September|"
                     r"October|November|December) [0-9]{4}$"),
}
DOCUMENTS = [
    ["bilan", "render", "chefs-de-service"],
    ["bilan", "render", "chefs-de-service", "--audience", "participants"],
    ["doctrine"],
    ["principles", "render"],
]


def meta_text(value):
    """The plain text of a pandoc metadata value."""
    if value["t"] == "MetaString":
        return value["c"]
    parts = []
    for inline in value["c"]:
        parts.append(" " if inline["t"] == "Space" else inline.get("c", "") if inline["t"] == "Str" else "")
    return "".join(parts)


def main():
    efc, source_dir = os.path.abspath(sys.argv[1]), sys.argv[2]
    if shutil.which("pandoc") is None:
        print("SKIP: pandoc is not installed (apt-get install pandoc)")
        return 77
    failures = 0
    with tempfile.TemporaryDirectory() as work:
        dossier = os.path.join(work, "d")
        shutil.copytree(os.path.join(source_dir, "examples", "hopital-valmont"), dossier)
        for lang in ["fr", "en"]:
            if lang == "en":
                path = os.path.join(dossier, "dossier.yaml")
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text.replace("lang: fr", "lang: en"))
            for args in DOCUMENTS:
                md = subprocess.run([efc, "-q"] + args, cwd=dossier, check=True, stdout=subprocess.PIPE).stdout
                ast = json.loads(subprocess.run(["pandoc", "-f", "markdown", "-t", "json"], input=md, check=True,
                                                stdout=subprocess.PIPE).stdout)
                title = meta_text(ast["meta"]["title"]) if "title" in ast["meta"] else None
                date = meta_text(ast["meta"]["date"]) if "date" in ast["meta"] else None
                h1 = [b for b in ast["blocks"] if b["t"] == "Header" and b["c"][0] == 1]
                name = f"{lang}: efc {' '.join(args)}"
                ok = bool(title) and not h1 and date is not None and DATE[lang].match(date)
                print(f"{'ok' if ok else 'FAIL'} {name}: title {title!r}, {len(h1)} level-1 heading(s), date {date!r}")
                failures += 0 if ok else 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
