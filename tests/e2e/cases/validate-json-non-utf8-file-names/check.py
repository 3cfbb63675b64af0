"""Reads efc's JSON diagnostics strictly (UTF-8, then JSON) and prints each path and message."""
import json
import sys

raw = open(sys.argv[1], "rb").read()
for d in json.loads(raw.decode("utf-8", errors="strict")):
    print(f"{d['path']} | {d['rule']} | {d['message']}")
