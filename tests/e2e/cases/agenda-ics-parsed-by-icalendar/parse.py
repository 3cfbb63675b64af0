"""Reads an iCalendar file with python3-icalendar and prints what a calendar client sees.

Also checks what the parser forgives: CRLF line ends and lines of at most 75 octets."""
import sys

from icalendar import Calendar

raw = open(sys.argv[1], "rb").read()
lines = raw.split(b"\r\n")
assert lines[-1] == b"", "the file must end with CRLF"
assert all(b"\n" not in line and b"\r" not in line for line in lines), "bare CR or LF"
assert max(len(line) for line in lines) <= 75, "a line is longer than 75 octets"

calendar = Calendar.from_ical(raw)
print("calendar", calendar["VERSION"], calendar["PRODID"])
for event in calendar.walk("VEVENT"):
    print("uid", event["UID"])
    print("start", event.decoded("DTSTART").isoformat())
    print("end", event.decoded("DTEND").isoformat())
    print("stamp", event.decoded("DTSTAMP").isoformat())
    print("summary", event["SUMMARY"])
    print("location", event.get("LOCATION", ""))
    for line in str(event["DESCRIPTION"]).split("\n"):
        print("|", line)
