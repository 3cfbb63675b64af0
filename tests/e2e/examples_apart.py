#!/usr/bin/env python3
"""One dossier is one mission for one client (issue 20): no document of a dossier of the worked
example names another dossier's clients, organisations or people.

Usage: examples_apart.py EFC SOURCE_DIR

For each dossier of examples/, every document command it answers (example_documents.commands:
bilans for each audience and format, agendas, doctrine, charter, status, arbitration report and
impacts, exercises, portfolio status and calendar) is run; none may print a name that another
dossier holds and this one does not. As a check that the test can fail, each dossier's own
documents must print its own names.
"""
import os
import shutil
import sys
import tempfile

import example_documents as ex


def main():
    efc, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    failures = []
    runs = 0
    with tempfile.TemporaryDirectory() as tmp:
        own = {}
        for name in ex.EXAMPLES:
            shutil.copytree(os.path.join(source, "examples", name), os.path.join(tmp, name))
            own[name] = ex.names(os.path.join(tmp, name))
        for name in ex.EXAMPLES:
            dossier = os.path.join(tmp, name)
            others = set().union(*(own[o] for o in ex.EXAMPLES if o != name)) - own[name]
            seen = set()
            for label, args, _ in ex.commands(efc, dossier):
                r = ex.run(efc, dossier, args)
                runs += 1
                if r.returncode != 0:
                    failures.append(f"{name}: efc {' '.join(args)}: exit {r.returncode}: {r.stderr.decode().strip()}")
                    continue
                text = ex.readable(r.stdout) + ex.readable(r.stderr)
                for other in sorted(others):
                    if other in text:
                        failures.append(f"{name}: {label} names '{other}', of another dossier")
                seen |= {n for n in own[name] if n in text}
            if len(seen) < 2:
                failures.append(f"{name}: its documents print {sorted(seen)} of its own names: the check sees nothing")
            print(f"{name}: {len(others)} names of the other dossiers looked for; {len(seen)} of its own printed")
    for f in failures:
        print("FAIL " + f)
    print(f"{runs} documents of {len(ex.EXAMPLES)} dossiers read, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
