#!/usr/bin/env python3
"""Generates a realistic portfolio of valid dossiers for benchmarks.

Each dossier is the worked example's hospital (examples/hopital-valmont) grown to a long
REX device of SESSIONS sessions, with ARBITRATIONS arbitrations over the queue of the
example's engineering company (examples/mecanique-du-rhone, whose people it adds), so that
efc does all of its work (every rule runs, nothing is rejected early).

usage: gen_portfolio.py OUT_DIR [--dossiers 100] [--sessions 40] [--arbitrations 40]
"""
import argparse
import datetime
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "..", "examples", "hopital-valmont")
COMPANY = os.path.join(HERE, "..", "examples", "mecanique-du-rhone")
# What the arbitrations need from the company's dossier.yaml: its organisations and people.
COMPANY_IDS = ["meca-rhone", "acme", "commercial-a", "commercial-b", "chiffreur", "dirigeant", "lambert"]


def read(rel):
    """A file of the hospital's dossier, or of the company's when the hospital has none."""
    path = os.path.join(EXAMPLE, rel)
    with open(path if os.path.exists(path) else os.path.join(COMPANY, rel), encoding="utf-8") as f:
        return f.read()


def merged_dossier():
    """The hospital's dossier.yaml with the company's organisations and people added."""
    with open(os.path.join(COMPANY, "dossier.yaml"), encoding="utf-8") as f:
        company = f.read()
    blocks = {i: re.search(rf"(?m)^  - id: {re.escape(i)}\n(?:    .*\n)+", company).group(0) for i in COMPANY_IDS}
    text = read("dossier.yaml")
    text = text.replace("\npeople:\n", "\n" + blocks["meca-rhone"] + blocks["acme"] + "\npeople:\n", 1)
    people = "".join(blocks[i] for i in COMPANY_IDS[2:])
    return re.sub(r"(?m)^(# Portage)", lambda m: people + "\n" + m.group(1), text, count=1)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def session_text(template, number, date, bilan):
    text = re.sub(r"(?m)^number: \d+", f"number: {number}", template)
    text = re.sub(r"(?m)^date: [0-9-]+", f"date: {date.isoformat()}", text)
    return text


def dossier(out, index, sessions, arbitrations):
    root = os.path.join(out, f"d{index:03}")
    # Each dossier has an id of its own, as in a real portfolio (efc portfolio agenda needs it).
    write(os.path.join(root, "dossier.yaml"), re.sub(r"(?m)^id: .*", f"id: d{index:03}", merged_dossier()))
    for rel in ("principles.yaml", "arbitrations/queue.yaml"):
        write(os.path.join(root, rel), read(rel))
    device = read("rex/chefs-de-service/device.yaml")
    write(os.path.join(root, "rex/chefs-de-service/device.yaml"),
          re.sub(r"(?m)^planned_sessions: \d+", f"planned_sessions: {sessions}", device))
    regular = [read(f"rex/chefs-de-service/sessions/0{i}.yaml") for i in range(1, 5)]
    bilan = read("rex/chefs-de-service/sessions/05.yaml")
    start = datetime.date(2020, 1, 6)
    for n in range(1, sessions + 1):
        template = bilan if n == sessions else regular[(n - 1) % 4]
        date = start + datetime.timedelta(days=7 * n)
        write(os.path.join(root, f"rex/chefs-de-service/sessions/{n:02}.yaml"),
              session_text(template, n, date, n == sessions))
    arbitration = read("arbitrations/2025-001.yaml")
    for n in range(1, arbitrations + 1):
        ident = f"2025-{n:03}"
        write(os.path.join(root, f"arbitrations/{ident}.yaml"),
              re.sub(r"(?m)^id: .*", f"id: {ident}", arbitration))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--dossiers", type=int, default=100)
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--arbitrations", type=int, default=40)
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    for i in range(args.dossiers):
        dossier(args.out, i, args.sessions, args.arbitrations)


if __name__ == "__main__":
    main()
