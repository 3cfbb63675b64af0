#!/usr/bin/env python3
"""Markdown that holds: user text cannot break the layout of a rendered document.

Usage: markdown_holds.py EFC SOURCE_DIR

Renders the bilan (group and shared), the doctrine and the charter of two dossiers that differ
only in their texts: one with plain words, one where every text is hostile Markdown ("*", "_",
"#", "|", "<", "{{", line breaks, list markers, pandoc syntax...). pandoc must read every
document (YAML front matter included) with two readers, CommonMark and pandoc's Markdown, and
both dossiers must give the same document structure: same blocks, same tables, no emphasis,
link, code, raw HTML, math or citation coming from user text. Every hostile text must read back
verbatim (white space collapsed). The worked example's documents must convert too.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

READERS = ["commonmark+pipe_tables+yaml_metadata_block", "markdown-smart"]
HOSTILE = [
    "*bold* and _em_ | pipe | `code` <b>html</b> & &amp; {{notes}} {{{title}}}",
    "# not a heading",
    "- not a list item",
    "1. not an ordered item",
    "> not a quote",
    "line one\n\nline two\n    indented code\n---",
    "[link](http://example.com) ![img](x.png) <http://auto.link>",
    "$math$ ^sup^ ~sub~ @cite [^note] \\ trailing backslash \\",
    "===\n***",
    "a. fancy list",
    ": definition",
    "| a | b |\n|---|---|",
    "```\nfenced\n```",
    "<!-- comment --> <script>alert(1)</script>",
    "ends with pipe |",
    "%title block",
    "+ plus item",
    "12) paren item",
    "(a) example item",
    "-1",
    "Travail & Coopération, R&D &c. Urgent ! #RDC -1 +33",
    "#RDC (séance 1) n'est pas un titre",
    "- -",
    "(12) paren list",
]
# Inline elements no user text may produce (our templates use none of them).
FORBIDDEN_INLINES = {"Emph", "Strong", "Code", "Link", "Image", "RawInline", "Math", "Cite", "Superscript",
                     "Subscript", "Strikeout", "Note", "Span", "Underline", "SmallCaps"}
INLINES = FORBIDDEN_INLINES | {"Str", "Space", "SoftBreak", "LineBreak", "Quoted"}
# Column attributes: pandoc's Markdown reader gives relative widths to tables wider than 72
# characters; long texts widen a table without changing its structure.
IGNORED = {"AlignDefault", "AlignLeft", "AlignRight", "AlignCenter", "ColWidth", "ColWidthDefault"}


class Texts:
    """Hands out the texts of a dossier: plain words, or the hostile strings in turn from `offset`."""

    def __init__(self, hostile, offset=0):
        self.hostile = hostile
        self.offset = offset
        self.count = 0
        self.used = []

    def __call__(self):
        self.count += 1
        text = HOSTILE[(self.count + self.offset) % len(HOSTILE)] if self.hostile else f"plain words {self.count}"
        self.used.append(text)
        return json.dumps(text)  # a JSON string is a YAML double-quoted scalar


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def make_dossier(root, hostile, offset=0):
    t = Texts(hostile, offset)
    write(os.path.join(root, "dossier.yaml"), f"""efc: 1
id: md
title: {t()}
lang: en
organisations:
  - id: org
    name: {t()}
    kind: public
  - id: cab
    name: {t()}
    kind: facilitator
people:
  - {{id: ann, name: {t()}, organisation: org, role: {t()}}}
  - {{id: bob, name: {t()}, organisation: org, role: {t()}}}
  - {{id: boss, name: {t()}, organisation: org, role: {t()}}}
  - {{id: fay, name: {t()}, organisation: cab, role: {t()}}}
backing:
  statement: {t()}
  validated_by: [boss]
""")
    write(os.path.join(root, "principles.yaml"), f"""status: adopted
elaborated_with: [{t()}, ann]
validated_by: [boss]
adopted: 2025-01-05
principles:
  - {{id: help, title: {t()}, statement: {t()}, question: {t()}}}
  - {{id: other, title: {t()}, statement: {t()}}}
""")
    write(os.path.join(root, "rex/dev/device.yaml"), f"""id: dev
title: {t()}
kind: internal
facilitators: [fay]
participants: [ann, bob]
planned_sessions: 2
session_minutes: 120
stories_per_session: [1, 2]
audiences:
  - {{id: board, label: {t()}, members: [boss, fay], receives: shared}}
  - {{id: group, label: {t()}, members: [ann, bob], receives: group}}
""")
    experiment = t()  # one id, one text: later sessions repeat it as it was (rule duplicate-id)
    write(os.path.join(root, "rex/dev/sessions/01.yaml"), f"""number: 1
date: 2025-02-01
place: {t()}
present: [ann]
absent: [bob]
stories:
  - {{narrator: ann, title: {t()}, situation: {t()}, keywords: [{t()}, {t()}]}}
questions:
  - text: {t()}
hypotheses:
  - text: {t()}
experiments:
  - {{id: e1, text: {experiment}, owner: boss, status: proposed, principles: [help]}}
vocabulary:
  - {{term: {t()}, meaning: {t()}}}
notes: {t()}
""")
    write(os.path.join(root, "rex/dev/sessions/02.yaml"), f"""number: 2
date: 2025-03-01
kind: bilan
present: [ann, bob]
absent: []
experiments:
  - {{id: e1, text: {experiment}, owner: boss, status: running, principles: [help]}}
vocabulary:
  - {{term: {t()}, meaning: {t()}}}
produced: [{t()}]
lessons: [{t()}, {t()}]
perspectives: [{t()}]
next_steps: [{t()}]
""")
    return t.used


DOCUMENTS = {
    "bilan-shared": ["bilan", "render", "dev", "--audience", "board"],
    "bilan-group": ["bilan", "render", "dev", "--audience", "group"],
    "doctrine": ["doctrine"],
    "principles": ["principles", "render"],
}


def efc_run(efc, cwd, args):
    env = dict(os.environ, NO_COLOR="1", LC_ALL="C.UTF-8")
    r = subprocess.run([efc, *args], cwd=cwd, env=env, capture_output=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError(f"efc {' '.join(args)} in {cwd}: exit {r.returncode}: {r.stderr.decode()}")
    return r.stdout.decode()


def pandoc_ast(markdown, reader):
    r = subprocess.run(["pandoc", "-f", reader, "-t", "json"], input=markdown.encode(), capture_output=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError(f"pandoc -f {reader} refused the document: {r.stderr.decode()}")
    return json.loads(r.stdout)


def shape(node, out):
    """Block types in document order, plus any inline that is not plain text."""
    if isinstance(node, list):
        for n in node:
            shape(n, out)
    elif isinstance(node, dict):
        kind = node.get("t")
        if kind in FORBIDDEN_INLINES or (kind is not None and kind not in INLINES | IGNORED and kind[0].isupper()):
            out.append(kind)
        if "c" in node:
            shape(node["c"], out)
    return out


def stringify(node, out):
    if isinstance(node, list):
        for n in node:
            stringify(n, out)
    elif isinstance(node, dict):
        kind = node.get("t")
        if kind == "Str":
            out.append(node["c"])
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif kind in ("Para", "Plain", "Header"):
            out.append("\n")
            stringify(node.get("c"), out)
            out.append("\n")
        elif "c" in node:
            stringify(node["c"], out)
    return out


def collapse(text):
    return " ".join(text.split())


def read_back(doc, reader, plain_blocks, hostile_blocks, hostile_texts):
    """Text N of the hostile dossier must read back wherever "plain words N" shows in the plain one."""
    plain_body = "".join(stringify(plain_blocks, []))
    hostile_body = collapse("".join(stringify(hostile_blocks, [])))
    shown = sorted({int(n) for n in re.findall(r"plain words (\d+)", plain_body)})
    if not shown:
        return [f"{doc} ({reader}): no user text shown at all"]
    return [f"{doc} ({reader}): text {n} does not read back verbatim: {hostile_texts[n - 1]!r}"
            for n in shown if collapse(hostile_texts[n - 1]) not in hostile_body]


def strip_front_matter(markdown):
    if markdown.startswith("---\n"):
        return markdown[markdown.index("\n---\n", 4) + 5 :]
    return markdown


# Put between concatenated documents, which have no level-1 heading of their own (their title
# is the front matter's): split_documents cuts there.
SEPARATOR = "\n# efc-next-document\n\n"


def split_documents(blocks):
    """The blocks of documents joined with SEPARATOR, one list per document (the separator dropped)."""
    docs = [[]]
    for b in blocks:
        if b.get("t") == "Header" and b["c"][0] == 1:
            docs.append([])
            continue
        docs[-1].append(b)
    return docs


def main():
    efc, source = sys.argv[1], sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        # Every field gets every hostile string once: one hostile dossier per offset. The documents
        # of all offsets are read by pandoc in one go (front matter kept for the first only).
        plain_root = os.path.join(tmp, "plain")
        make_dossier(plain_root, False)
        hostile = []
        for offset in range(len(HOSTILE)):
            root = os.path.join(tmp, f"hostile-{offset}")
            hostile.append((root, make_dossier(root, True, offset)))
        for doc, args in DOCUMENTS.items():
            plain_one = efc_run(efc, plain_root, args)
            outputs = [efc_run(efc, root, args) for root, _ in hostile]
            plain_md = plain_one + "".join(SEPARATOR + strip_front_matter(plain_one) for _ in outputs[1:])
            hostile_md = outputs[0] + "".join(SEPARATOR + strip_front_matter(o) for o in outputs[1:])
            for reader in READERS:
                plain_ast, hostile_ast = pandoc_ast(plain_md, reader), pandoc_ast(hostile_md, reader)
                if "title" not in hostile_ast["meta"] or "lang" not in hostile_ast["meta"]:
                    failures.append(f"{doc} ({reader}): the front matter was not read as metadata")
                plain_docs, hostile_docs = split_documents(plain_ast["blocks"]), split_documents(hostile_ast["blocks"])
                if len(hostile_docs) != len(plain_docs):
                    failures.append(f"{doc} ({reader}): {len(hostile_docs)} documents (level-1 headings) instead of {len(plain_docs)}")
                    continue
                for offset, (plain_blocks, hostile_blocks) in enumerate(zip(plain_docs, hostile_docs)):
                    if shape(plain_blocks, []) != shape(hostile_blocks, []):
                        failures.append(f"{doc} ({reader}, offset {offset}): hostile text changed the structure:\n"
                                        f"  plain:   {shape(plain_blocks, [])}\n  hostile: {shape(hostile_blocks, [])}")
                    failures += read_back(f"{doc} offset {offset}", reader, plain_blocks, hostile_blocks, hostile[offset][1])
        shutil.copytree(os.path.join(source, "examples"), os.path.join(tmp, "example"))
        hospital, market, company = (os.path.join(tmp, "example", d) for d in ("hopital-valmont", "marche-valmont", "mecanique-du-rhone"))
        for example, args in ((hospital, ["bilan", "render", "chefs-de-service"]),
                              (hospital, ["bilan", "render", "chefs-de-service", "--audience", "participants"]),
                              (hospital, ["doctrine"]), (hospital, ["principles", "render"]),
                              (market, ["bilan", "render", "marche-de-valmont"]), (market, ["principles", "render"]),
                              (company, ["principles", "render"])):
            md = efc_run(efc, example, args)
            for reader in READERS:
                ast = pandoc_ast(md, reader)
                extra = [k for k in shape(ast["blocks"], []) if k in FORBIDDEN_INLINES]
                if extra:
                    failures.append(f"example {' '.join(args)} ({reader}): unexpected inline markup {extra}")
                if "title" not in ast["meta"]:
                    failures.append(f"example {' '.join(args)} ({reader}): no title in the front matter")
                if any(b.get("t") == "Header" and b["c"][0] == 1 for b in ast["blocks"]):
                    failures.append(f"example {' '.join(args)} ({reader}): a level-1 heading repeats the title")
    for f in failures:
        print("FAIL " + f)
    print(f"{len(DOCUMENTS)} documents x {len(HOSTILE)} hostile dossiers x {len(READERS)} readers against the plain "
          "dossier; the worked example's documents converted")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
