#!/usr/bin/env python3
"""`efc arbitration impact` against an independent model of docs/arbitration.md.

The model below is written from the documentation only, as plainly as possible: it walks the
calendar one day at a time (no day arithmetic shared with lib/queue), and finds the earliest
safe place by trying every place in turn (lib/queue derives it from the broken promises).
Random queues, seeded, cover what the convention talks about: working days and holidays,
requests done before the arbitration or entered after it, refs in and out of the queue,
efforts of 0 or unknown, promises kept, missed or absent, a week without any working day.

Usage: impact_model.py EFC [CASES] [SEED]
Every case whose JSON (or refusal) differs from the model is printed with its files; exit 1.
"""
import datetime
import json
import os
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
BASE = datetime.date(2025, 3, 3)  # a Monday; every date of a case lies within 60 days of it

DOSSIER = """efc: 1
id: model
title: Impact model
lang: en
organisations:
  - {id: firm, name: Firm, kind: company}
people:
  - {id: seller, name: Seller, organisation: firm}
  - {id: performer, name: Performer, organisation: firm}
"""


# ---- the model -------------------------------------------------------------------------

class Calendar:
    def __init__(self, working_days, holidays):
        self.weekly = set(working_days)
        self.holidays = set(holidays)

    def works(self, day):
        return WEEK[day.weekday()] in self.weekly and day not in self.holidays

    def next_working_day(self, day):
        while not self.works(day):
            day += datetime.timedelta(days=1)
        return day

    def working_days_after(self, before, after):
        """Working days in (before, after]."""
        count, day = 0, before
        while day < after:
            day += datetime.timedelta(days=1)
            count += self.works(day)
        return count


def finishes(cal, start, efforts):
    """Day by day: each request takes its effort in working days, in order, from `start`."""
    out, day = [], start
    for effort in efforts:
        day = cal.next_working_day(day)
        if effort == 0:  # handed over on the day its turn comes, without using it
            out.append(day)
            continue
        left = effort
        while True:
            if cal.works(day):
                left -= 1
                if left == 0:
                    break
            day += datetime.timedelta(days=1)
        out.append(day)
        day += datetime.timedelta(days=1)
    return out


def model(case):
    """What docs/arbitration.md says `impact --format json` prints, or "refused"."""
    q, a = case["queue"], case["arbitration"]
    cal = Calendar(q["working_days"] if q["working_days"] is not None else WEEK[:5], q["holidays"])
    if not cal.weekly:
        return "refused"
    date = a["date"]
    waiting = [r for r in q["requests"] if r["entered"] <= date and not (r["done"] and r["done"] < date)]
    ref = a["ref"]
    by_id = {r["id"]: r for r in q["requests"]}
    effort = a["effort"]
    if effort is None and ref is not None:
        effort = by_id[ref]["effort"]
    if effort is None:
        return "refused"
    in_queue = any(r["id"] == ref for r in waiting)
    position = [r["id"] for r in waiting].index(ref) if in_queue else len(waiting)
    others = [r for r in waiting if r["id"] != ref]
    efforts = [r["effort"] or 0 for r in others]

    def plan(slot):
        f = finishes(cal, date, efforts[:slot] + [effort] + efforts[slot:])
        return f[:slot] + f[slot + 1:], f[slot]

    before, urgent_as_is = plan(position)
    after, urgent_first = plan(0)

    def kept_as_is(i):
        p = others[i]["promised"]
        return p is not None and before[i] <= p

    def breaks_none(slot):
        moved, _ = plan(slot)
        return all(not kept_as_is(i) or moved[i] <= others[i]["promised"] for i in range(len(others)))

    safe = next(slot for slot in range(position + 1) if breaks_none(slot))
    iso = lambda d: d.isoformat() if d else None
    slips = []
    for i, r in enumerate(others):
        slips.append({"id": r["id"], "slip_days": cal.working_days_after(before[i], after[i]),
                      "finish_before": iso(before[i]), "finish_after": iso(after[i]), "promised": iso(r["promised"]),
                      "newly_missed": kept_as_is(i) and after[i] > r["promised"]})
    deadline = a["deadline"]
    return {
        "arbitration": a["id"],
        "request": ref,
        "slips": slips,
        "start": iso(cal.next_working_day(date)),
        "urgent": {"client": a["client"], "effort_days": effort, "in_queue": in_queue, "position": position,
                   "finish_as_is": iso(urgent_as_is), "finish_first": iso(urgent_first),
                   "requested_deadline": iso(deadline),
                   "requested_deadline_met": None if deadline is None else urgent_first <= deadline,
                   "safe_deadline": iso(plan(safe)[1]), "safe_after": others[safe - 1]["id"] if safe else None},
        "effort_unknown": [r["id"] for r in others if r["effort"] is None],
    }


# ---- random cases ----------------------------------------------------------------------

def some_day(rng, low, high):
    return BASE + datetime.timedelta(days=rng.randint(low, high))


def random_case(rng, n):
    if rng.random() < 0.15:
        working = None  # Monday to Friday
    else:
        working = [d for d in WEEK if rng.random() < (0.75 if d not in ("sat", "sun") else 0.2)]
        if not working and rng.random() < 0.7:
            working = ["wed"]
    holidays = sorted({some_day(rng, -5, 45) for _ in range(rng.randint(0, 5))})
    requests = []
    for i in range(rng.randint(0, 8)):
        entered = some_day(rng, -20, 20)
        done = entered + datetime.timedelta(days=rng.randint(0, 25)) if rng.random() < 0.3 else None
        requests.append({"id": f"r-{i + 1}", "client": f"Client {i + 1}", "entered": entered,
                         "effort": None if rng.random() < 0.1 else rng.randint(0, 6),
                         "promised": some_day(rng, -5, 50) if rng.random() < 0.5 else None, "done": done})
    date = some_day(rng, -5, 25)
    ref = rng.choice(requests)["id"] if requests and rng.random() < 0.75 else None
    effort = rng.randint(0, 6) if rng.random() < 0.5 or ref is None and rng.random() < 0.8 else None
    deadline = date + datetime.timedelta(days=rng.randint(0, 20)) if rng.random() < 0.6 else None
    arbitration = {"id": f"2025-{n:03d}", "date": date, "ref": ref, "client": "Urgent client",
                   "effort": effort, "deadline": deadline}
    return {"queue": {"working_days": working, "holidays": holidays, "requests": requests}, "arbitration": arbitration}


def queue_yaml(q):
    lines = ["rule: fifo", "performer: performer"]
    if q["working_days"] is not None:
        lines.append(f"working_days: [{', '.join(q['working_days'])}]")
    lines.append(f"holidays: [{', '.join(d.isoformat() for d in q['holidays'])}]")
    lines.append("requests:" if q["requests"] else "requests: []")
    for r in q["requests"]:
        lines += [f"  - id: {r['id']}", f"    client: {r['client']}", f"    entered: {r['entered']}",
                  "    requested_by: seller"]
        for key, value in (("effort_days", r["effort"]), ("promised", r["promised"]), ("done", r["done"])):
            if value is not None:
                lines.append(f"    {key}: {value}")
    return "\n".join(lines) + "\n"


def arbitration_yaml(a):
    lines = [f"id: {a['id']}", "kind: urgent-request", f"date: {a['date']}", "request:"]
    if a["ref"]:
        lines.append(f"  ref: {a['ref']}")
    lines += [f"  client: {a['client']}", "  summary: An urgent request", "  requested_by: seller"]
    if a["deadline"]:
        lines.append(f"  requested_deadline: {a['deadline']}")
    if a["effort"] is not None:
        lines.append(f"  effort_days: {a['effort']}")
    lines += ["parties:", "  - who: seller", "    stakes: Keep the client.",
              "  - who: performer", "    stakes: Keep the plan."]
    return "\n".join(lines) + "\n"


def write_case(root, case):
    os.makedirs(os.path.join(root, "arbitrations"))
    files = {"dossier.yaml": DOSSIER, "arbitrations/queue.yaml": queue_yaml(case["queue"]),
             f"arbitrations/{case['arbitration']['id']}.yaml": arbitration_yaml(case["arbitration"])}
    for name, text in files.items():
        with open(os.path.join(root, name), "w", encoding="utf-8") as f:
            f.write(text)
    return files


def run_efc(efc, root, case):
    p = subprocess.run([efc, "-C", root, "arbitration", "impact", case["arbitration"]["id"], "--format", "json"],
                       capture_output=True, text=True)
    if p.returncode == 3 and not p.stdout:
        return "refused"
    if p.returncode != 0:
        return f"exit {p.returncode}: {p.stderr.strip()}"
    return json.loads(p.stdout)


def main():
    efc = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20251202
    rng = random.Random(seed)
    cases = [random_case(rng, n % 999 + 1) for n in range(count)]
    with tempfile.TemporaryDirectory() as tmp:
        roots, texts = [], []
        for n, case in enumerate(cases):
            roots.append(os.path.join(tmp, str(n)))
            texts.append(write_case(roots[-1], case))
        with ThreadPoolExecutor(max_workers=2) as pool:
            actual = list(pool.map(lambda i: run_efc(efc, roots[i], cases[i]), range(count)))
    failures = 0
    kinds = {"refused": 0, "in queue": 0, "ref outside": 0, "new": 0}
    for n, case in enumerate(cases):
        expected = model(case)
        if expected == "refused":
            kinds["refused"] += 1
        elif expected["urgent"]["in_queue"]:
            kinds["in queue"] += 1
        else:
            kinds["ref outside" if expected["request"] else "new"] += 1
        if actual[n] == expected:
            continue
        failures += 1
        if failures <= 5:
            print(f"case {n} (seed {seed}) differs")
            for name, text in texts[n].items():
                print(f"--- {name}\n{text}", end="")
            print(f"--- model\n{json.dumps(expected, indent=1)}\n--- efc\n{json.dumps(actual[n], indent=1)}\n")
    print(f"{count} random queues, {count - failures} agree with the model "
          f"({', '.join(f'{v} {k}' for k, v in kinds.items())})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
