#!/usr/bin/env python3
"""Generates one valid dossier whose sessions hold many items, for the scaling benchmark.

The worked example's hospital (examples/hopital-valmont) with its device grown to SESSIONS sessions of EXPERIMENTS
experiments each (every file within the limits of docs/limits.md), plus a question, a
hypothesis and a vocabulary term per hundred experiments. Half of each session's experiments
follow up experiments of the session before (same id), half are new, so that documents
track thousands of experiments across sessions; one in ten invokes a principle.

usage: gen_items.py OUT_DIR [--sessions 4] [--experiments 20000]
"""
import argparse
import datetime
import os
import re
import shutil

from gen_portfolio import EXAMPLE, read, write  # the worked example, read and written the same way
DEVICE = "chefs-de-service"
PRINCIPLES = ["soutien", "deliberation", "coproduction", "equite"]
STATUSES = ["proposed", "accepted", "running", "done"]


def experiment_id(session, i):
    """Experiment i of a session: even ones carry on from the session before, odd ones are new."""
    if session > 1 and i % 2 == 0:
        return experiment_id(session - 1, i)
    return f"e{session}-{i}"


def session_text(number, count, sessions):
    date = datetime.date(2024, 1, 8) + datetime.timedelta(days=14 * number)
    bilan = number == sessions
    lines = [
        f"number: {number}",
        f"date: {date.isoformat()}",
        'start: "14:00"',
        f"kind: {'bilan' if bilan else 'regular'}",
        "present: [dupont, bernard, lefevre, moreau]",
        "absent: []",
    ]
    if not bilan:
        lines += [
            "stories:",
            "  - {narrator: dupont, title: Nuit, situation: s, keywords: [nuit, garde]}",
        ]
    # Within the limit of 200,000 YAML values per file (docs/limits.md): an experiment is
    # 5 values; one in 10 also invokes a principle, one in 20 has a status.
    lines.append("questions:")
    lines += [f"  - text: q{number}-{i}" for i in range(0, count, 100)]
    lines.append("hypotheses:")
    lines += [f"  - text: h{number}-{i}" for i in range(0, count, 100)]
    lines.append("experiments:")
    for i in range(count):
        fields = [f"id: {experiment_id(number, i)}", "text: t"]
        if i % 20 == 0:
            fields.append(f"status: {STATUSES[(number + i // 20) % len(STATUSES)]}")
        if i % 10 == 0:
            fields.append(f"principles: [{PRINCIPLES[(i // 10) % len(PRINCIPLES)]}]")
        lines.append("  - {" + ", ".join(fields) + "}")
    lines.append("vocabulary:")
    lines += [f"  - {{term: mot{i}, meaning: m}}" for i in range(0, count, 100)]
    if bilan:
        lines += ["produced: [p]", "lessons: [l]", "perspectives: [p]"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--sessions", type=int, default=4)
    parser.add_argument("--experiments", type=int, default=20000)
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    for rel in ("dossier.yaml", "principles.yaml"):
        write(os.path.join(args.out, rel), read(rel))
    device = read(f"rex/{DEVICE}/device.yaml")
    device = re.sub(r"(?m)^planned_sessions: \d+", f"planned_sessions: {args.sessions}", device)
    write(os.path.join(args.out, f"rex/{DEVICE}/device.yaml"), device)
    for n in range(1, args.sessions + 1):
        write(os.path.join(args.out, f"rex/{DEVICE}/sessions/{n:02}.yaml"),
              session_text(n, args.experiments, args.sessions))


if __name__ == "__main__":
    main()
