#!/usr/bin/env python3
"""The Word recipe of docs/documents.md, run as written there: the Markdown bilan through pandoc,
with and without a reference document, opened with python3-docx.

Usage: docx_recipe.py EFC SOURCE_DIR

The .docx must hold one Title paragraph (the front matter's title, no other), the bilan's
sections as Heading 2 in order, and as many tables as the Markdown has; with --reference-doc,
the reference's styles are the ones used. Skipped (exit 77) without pandoc or python3-docx,
unless EFC_REQUIRE_BROWSER=1 (.ci/run).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ENV = {"NO_COLOR": "1", "LC_ALL": "C.UTF-8", "TZ": "UTC", "SOURCE_DATE_EPOCH": "1767225600"}
TITLE = "Bilan : Espace de réflexion des chefs de service"


def skip(why):
    if os.environ.get("EFC_REQUIRE_BROWSER") == "1" or os.environ.get("CI"):
        print(f"FAIL {why} (required here)")
        return 1
    print(f"efc-test-skipped: {why}")
    return 77


def recipe_lines(source):
    """The shell lines of the recipe, as docs/documents.md writes them."""
    doc = open(os.path.join(source, "docs", "documents.md"), encoding="utf-8").read()
    block = re.search(r"<!-- word-recipe -->\n```sh\n(.*?)```", doc, re.S)
    if not block:
        raise SystemExit("FAIL docs/documents.md has no ```sh block after <!-- word-recipe -->")
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def main():
    efc, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    if shutil.which("pandoc") is None:
        return skip("pandoc is not installed")
    try:
        import docx
    except ImportError:
        return skip("python3-docx is not installed")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "d")
        shutil.copytree(os.path.join(source, "examples", "hopital-valmont"), work)
        bindir = os.path.join(tmp, "bin")
        os.makedirs(bindir)
        os.symlink(os.path.abspath(efc), os.path.join(bindir, "efc"))
        env = dict(os.environ, **ENV, PATH=bindir + os.pathsep + os.environ["PATH"])
        markdown = subprocess.run(["efc", "bilan", "render", "chefs-de-service"], cwd=work, env=env,
                                  capture_output=True, text=True, timeout=60).stdout
        headings = re.findall(r"^## (.+)$", markdown, re.M)
        tables = len(re.findall(r"^\|---", markdown, re.M))
        for line in recipe_lines(source):
            r = subprocess.run(line, shell=True, cwd=work, env=env, capture_output=True, text=True, timeout=120)
            if r.returncode != 0:
                failures.append(f"'{line}': exit {r.returncode}: {r.stderr.strip()[:300]}")
            reference = os.path.join(work, "cabinet.docx")
            if "--print-default-data-file" in line and os.path.exists(reference):
                # What the firm does once in Word: its own title style.
                ref = docx.Document(reference)
                ref.styles["Title"].font.name = "DejaVu Serif"
                ref.save(reference)
        for name in ("bilan.docx", "bilan-cabinet.docx"):
            path = os.path.join(work, name)
            if not os.path.exists(path):
                failures.append(f"{name} was not written by the recipe")
                continue
            d = docx.Document(path)
            titles = [p.text for p in d.paragraphs if p.style.name == "Title"]
            found = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
            print(f"{name}: {os.path.getsize(path)} bytes, {len(titles)} title, {len(found)} headings, {len(d.tables)} tables")
            if titles != [TITLE]:
                failures.append(f"{name}: titles {titles}, expected exactly [{TITLE!r}]")
            if found != headings:
                failures.append(f"{name}: headings {found}, expected {headings}")
            if len(d.tables) != tables:
                failures.append(f"{name}: {len(d.tables)} tables, expected {tables}")
            if name == "bilan-cabinet.docx":
                font = d.styles["Title"].font.name
                if font != "DejaVu Serif":
                    failures.append(f"{name}: the Title style's font is {font}, not the reference document's")
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
