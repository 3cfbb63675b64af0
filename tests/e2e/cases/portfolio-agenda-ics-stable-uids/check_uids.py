"""Reads calendars of efc portfolio agenda with python3-icalendar: the UIDs are unique, the
same in both runs (the portfolio moved and a dossier was renamed in between), and the one
efc agenda gives the same session; prints what a calendar client sees.

Usage: check_uids.py FIRST.ics SECOND.ics SINGLE.ics"""
import sys

from icalendar import Calendar


def events(path):
    calendar = Calendar.from_ical(open(path, "rb").read())
    return [(str(e["UID"]), e.decoded("DTSTART").isoformat(), str(e["SUMMARY"]), str(e.get("DESCRIPTION", "")))
            for e in calendar.walk("VEVENT")]


first, second, single = (events(p) for p in sys.argv[1:4])
uids = [e[0] for e in first]
assert len(uids) == len(set(uids)), f"a UID is repeated: {uids}"
assert first == second, f"the second run differs:\n{first}\n{second}"
assert len(single) == 1 and single[0][0] in uids, f"efc agenda gives {single[0][0]}, not among {uids}"
print(f"{len(uids)} events, UIDs unique and the same in both runs; efc agenda's UID {single[0][0]} is among them")
for uid, start, summary, description in first:
    print(" | ".join([uid, start, summary, description]))
