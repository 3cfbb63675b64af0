#!/usr/bin/env python3
"""Exit codes scripts can trust (README, "Exit codes").

1. Every command that writes on stdout, --help and --version included, exits 3 with
   "efc: cannot write to stdout" when stdout is /dev/full or closed.
2. An unknown name (device, audience, session, arbitration, request) is exit 3 for every
   command, nothing on stdout, one line on stderr naming it.
3. validate --format json prints a JSON array even when it refuses to check anything, or
   when the rest of the command line is wrong.

Usage: exit_codes.py EFC SOURCE_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile

# Commands run from a copy of the example's dossier that holds what they name (dossier_for);
# each prints something on stdout when it succeeds.
PRINTING = [
    ["--help"], ["--version"], ["validate", "--help"], ["bilan", "render", "--help"],
    ["validate", "--format", "json"],
    ["-C", "../faults", "validate", "--format", "github"],
    ["status"], ["status", "--format", "json"],
    ["bilan", "render", "chefs-de-service"], ["bilan", "render", "chefs-de-service", "--format", "json"],
    ["doctrine"], ["doctrine", "--format", "json"], ["principles", "render"],
    ["agenda", "chefs-de-service", "--session", "2"], ["agenda", "chefs-de-service", "--session", "2", "--format", "ics"],
    ["arbitration", "impact", "2025-001"], ["arbitration", "impact", "2025-001", "--format", "json"],
    ["arbitration", "report"], ["arbitration", "report", "--format", "json"],
    ["exercise", "render", "2025-management"], ["exercise", "render", "2025-cooperation", "--format", "json"],
    ["portfolio", "status"], ["portfolio", "status", "--format", "json"], ["portfolio", "status", "--format", "html"],
    ["portfolio", "agenda"],
    ["schema"], ["schema", "session"],
    ["completion", "bash"], ["completion", "zsh"], ["completion", "fish"],
    ["__complete", "devices"], ["__man"],
    # Writing commands, run in a copy of their own: the file is written, its path cannot be printed.
    ["rex", "new", "chefs-de-service", "--date", "2025-09-01"],
    ["arbitration", "new", "--kind", "shared-stake", "--date", "2025-09-01"],
    ["exercise", "new", "management", "--date", "2026-02-01"],
]
WRITING = ("rex", "arbitration new", "exercise new")

# An unknown name of each kind, and how the one line on stderr starts.
UNKNOWN = [
    (["bilan", "render", "nope"], "efc: no device 'nope' in this dossier"),
    (["bilan", "render", "chefs-de-service", "--audience", "nope"], "efc: device 'chefs-de-service' has no audience 'nope'"),
    (["agenda", "nope"], "efc: no device 'nope' in this dossier"),
    (["agenda", "chefs-de-service", "--session", "9"], "efc: device 'chefs-de-service' has no session 9"),
    (["rex", "new", "nope"], "efc: no device 'nope' in this dossier"),
    (["arbitration", "impact", "2025-099"], "efc: no arbitration '2025-099'"),
    (["arbitration", "new", "--request", "r-999"], "efc: no request 'r-999'"),
    (["exercise", "render", "2025-nope"], "efc: no exercise '2025-nope'"),
]

# The worked example is a portfolio: arbitrations are the engineering company's, the
# cooperation exercise the market's, everything else the hospital's.
def dossier_for(args):
    if "arbitration" in args:
        return "mecanique-du-rhone"
    return "marche-valmont" if "2025-cooperation" in args else "hopital-valmont"


ENV = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", NO_COLOR="1", TZ="UTC", LC_ALL="C.UTF-8")
ENV.pop("GITHUB_ACTIONS", None)


def run(efc, args, cwd, stdout):
    """`stdout`: "full" (/dev/full), "closed" or "pipe"."""
    if stdout == "closed":
        cmd = ["bash", "-c", 'exec "$@" >&-', "efc", efc] + args
        out = subprocess.DEVNULL
    else:
        cmd = [efc] + args
        out = open("/dev/full", "w") if stdout == "full" else subprocess.PIPE
    p = subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.PIPE, text=True, env=ENV)
    return p.returncode, p.stdout or "", p.stderr


def main():
    efc, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        faults, elsewhere = (os.path.join(tmp, n) for n in ("faults", "elsewhere"))
        for name in ("hopital-valmont", "marche-valmont", "mecanique-du-rhone"):
            shutil.copytree(os.path.join(source, "examples", name), os.path.join(tmp, name))
        shutil.copytree(os.path.join(source, "tests/e2e/fixtures/faults"), faults)
        os.mkdir(elsewhere)

        for args in PRINTING:
            for how in ("pipe", "full", "closed"):
                cwd = os.path.join(tmp, dossier_for(args))
                if " ".join(args).startswith(WRITING):
                    cwd = os.path.join(tmp, f"{args[0]}-{how}")
                    shutil.copytree(os.path.join(tmp, dossier_for(args)), cwd)
                code, _, err = run(efc, args, cwd, how)
                if how == "pipe":
                    if code not in (0, 1):
                        failures.append(f"efc {' '.join(args)}: exit {code} with a writable stdout\n{err}")
                    continue
                if code != 3 or not err.endswith("efc: cannot write to stdout\n"):
                    failures.append(f"efc {' '.join(args)} (stdout {how}): exit {code}, stderr ends {err[-80:]!r}")

        for args, start in UNKNOWN:
            code, out, err = run(efc, args, os.path.join(tmp, dossier_for(args)), "pipe")
            if code != 3 or out or not err.startswith(start) or err.count("\n") != 1:
                failures.append(f"efc {' '.join(args)}: exit {code}, stdout {out!r}, stderr {err!r}")

        code, out, err = run(efc, ["validate", "--format", "json"], elsewhere, "pipe")
        expected_err = "efc: not in a dossier: no dossier.yaml in . or any folder above it\n"
        if (code, out, err) != (3, "[]\n", expected_err):
            failures.append(f"validate --format json outside a dossier: exit {code}, stdout {out!r}, stderr {err!r}")
        code, out, err = run(efc, ["validate", "--format", "json", "--bogus"], os.path.join(tmp, "hopital-valmont"), "pipe")
        if (code, out) != (2, "[]\n") or not err.startswith("efc: The following argument was not expected: --bogus"):
            failures.append(f"validate --format json --bogus: exit {code}, stdout {out!r}, stderr {err!r}")

    for f in failures:
        print(f)
    print(f"{len(PRINTING) * 2} runs without stdout, {len(UNKNOWN)} unknown names, 2 refusals in JSON: "
          f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
