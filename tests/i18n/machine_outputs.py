#!/usr/bin/env python3
"""What the language must not change (docs/i18n.md): efc run in C.UTF-8 and in fr_FR.UTF-8 on
the same faulty dossier gives the same machine outputs byte for byte (--format json, schemas,
completion scripts, the man page), the same documents (they follow the dossier's lang), the
same exit codes, and diagnostics with the same positions, severities and rule ids, their
messages in French. The French locale is the one tests/i18n/make_locale.sh compiles.

Usage: machine_outputs.py EFC SOURCE_DIR"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

MACHINE = [
    ["validate", "--format", "json"], ["validate", "--format=json"], ["schema"], ["schema", "session"],
    ["completion", "bash"], ["completion", "zsh"], ["completion", "fish"], ["__man"],
    ["status", "--format", "json"], ["bilan", "render", "chefs-de-service", "--format", "json"],
    ["arbitration", "report", "--format", "json"],
]
DOCUMENTS = [
    ["bilan", "render", "chefs-de-service"], ["agenda", "chefs-de-service", "--session", "2"],
    ["agenda", "chefs-de-service", "--session", "2", "--format", "ics"], ["principles", "render"], ["doctrine"],
]
LINE = re.compile(r"^(.*?:\d+:\d+): (error|warning): (.*) \[([a-z-]+)\]$")


def run(efc, cwd, args, env):
    p = subprocess.run([efc, *args], cwd=cwd, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    return p.returncode, p.stdout, p.stderr


def main():
    efc, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    locales = os.path.join(os.path.dirname(efc), "locale-test")
    if not os.path.isdir(os.path.join(locales, "fr_FR.UTF-8")):
        print(f"skipped: no fr_FR.UTF-8 in {locales} (tests/i18n/make_locale.sh)")
        return 1 if os.environ.get("CI") == "true" else 77
    base = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE", "GITHUB_ACTIONS")}
    base.update(NO_COLOR="1", TZ="UTC", SOURCE_DATE_EPOCH="1767225600")
    c_env = dict(base, LC_ALL="C.UTF-8")
    fr_env = dict(base, LC_ALL="fr_FR.UTF-8", LOCPATH=locales)
    faults = []
    with tempfile.TemporaryDirectory() as tmp:
        d = os.path.join(tmp, "d")
        shutil.copytree(os.path.join(source, "examples", "hopital-valmont"), d)
        # Faults of several layers: an unknown key, a broken reference, a YAML syntax error.
        with open(os.path.join(d, "dossier.yaml"), encoding="utf-8") as f:
            text = f.read().replace("organisation:", "organistion:", 1)
        with open(os.path.join(d, "dossier.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(d, "rex/chefs-de-service/sessions/02.yaml"), "a", encoding="utf-8") as f:
            f.write("bogus: [unclosed\n")
        for args in MACHINE + DOCUMENTS:
            c, fr = run(efc, d, args, c_env), run(efc, d, args, fr_env)
            if c[0] != fr[0] or c[1] != fr[1]:
                faults.append(f"efc {' '.join(args)}: exit or stdout differs in French ({c[0]} / {fr[0]})")
        # Diagnostics: the same findings, in French.
        c, fr = run(efc, d, ["validate"], c_env), run(efc, d, ["validate"], fr_env)
        c_lines, fr_lines = c[2].splitlines(), fr[2].splitlines()
        if c[0] != fr[0] or c[0] != 1 or len(c_lines) != len(fr_lines) or len(c_lines) < 3:
            faults.append(f"efc validate: exit {c[0]} / {fr[0]}, {len(c_lines)} / {len(fr_lines)} lines")
        translated = 0
        for cl, fl in zip(c_lines, fr_lines):
            cm, fm = LINE.match(cl), LINE.match(fl)
            if not cm or not fm:
                continue  # the closing count line
            if (cm.group(1), cm.group(2), cm.group(4)) != (fm.group(1), fm.group(2), fm.group(4)):
                faults.append(f"position, severity or rule differs:\n  {cl}\n  {fl}")
            translated += cm.group(3) != fm.group(3)
        if translated < len(c_lines) - 1:
            faults.append(f"only {translated} of {len(c_lines) - 1} messages are translated:\n" + fr[2])
        # LANGUAGE chooses among the catalogues only when the locale is not C (GNU gettext).
        lang = run(efc, d, ["validate"], dict(c_env, LC_ALL="C", LANGUAGE="fr"))
        if lang[2] != c[2]:
            faults.append("LANGUAGE=fr with LC_ALL=C changed the messages")
    for f in faults:
        print(f)
    print(f"{len(MACHINE) + len(DOCUMENTS)} commands compared, {len(faults)} faults")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
