#!/usr/bin/env python3
"""Every ```console block of README.md, run for real and compared with what it shows.

Usage: check_readme.py EFC SOURCE_DIR [README]

The block format, kept simple so that whoever edits the README only keeps blocks true:
- each block starts in hopital-valmont/ of a fresh copy of examples/ (the worked example, a
  portfolio: `cd ../marche-valmont` reaches another of its dossiers), with `efc` on PATH, SOURCE_DATE_EPOCH=1767225600 (1 January 2026), NO_COLOR=1, TZ=UTC;
- a line `$ COMMAND` is run by bash (a `cd` holds for the rest of the block, `echo $?`
  shows the exit code of the command before); every other line is expected output,
  stdout and stderr together, in the order they are written;
- a line `...` stands for any number of lines (none included);
- an HTML comment `<!-- console-setup: COMMANDS -->` on the line just before the block runs
  COMMANDS first in the same shell, silently (to seed a fault, or `cd ..` to leave the
  dossier); the reader of the rendered README does not see it.
Blocks fenced ```sh or ```text are illustrations and are not run.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SETUP = re.compile(r"^<!-- console-setup: (.*) -->$")


def blocks(readme_text):
    """Yields (first line number, setup command or None, lines) for each console block."""
    lines = readme_text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].strip() == "```console":
            setup = SETUP.match(lines[i - 1]) if i > 0 else None
            start = i + 2
            body = []
            i += 1
            while i < len(lines) and lines[i].strip() != "```":
                body.append(lines[i])
                i += 1
            yield start, setup.group(1) if setup else None, body
        i += 1


def script_of(body):
    """A bash script printing `$ COMMAND` then running it, keeping $? for the next command."""
    out = ["__rc=0"]
    for line in body:
        if line.startswith("$ "):
            command = line[2:]
            out.append("printf '%s\\n' " + shell_quote(line))
            out.append(f"(exit $__rc); {command}")
            out.append("__rc=$?")
    return "\n".join(out) + "\n"


def shell_quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def matches(expected, actual):
    """Whether actual lines match expected ones, `...` matching any run of lines."""
    memo = {}

    def m(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == len(expected):
            r = j == len(actual)
        elif expected[i] == "...":
            r = any(m(i + 1, k) for k in range(j, len(actual) + 1))
        else:
            r = j < len(actual) and expected[i] == actual[j] and m(i + 1, j + 1)
        memo[(i, j)] = r
        return r

    return m(0, 0)


def run_block(efc_dir, source_dir, setup, body):
    work = tempfile.mkdtemp(prefix="efc-readme-")
    try:
        shutil.copytree(os.path.join(source_dir, "examples"), os.path.join(work, "examples"))
        root = os.path.join(work, "examples", "hopital-valmont")
        env = dict(os.environ, PATH=efc_dir + os.pathsep + os.environ.get("PATH", ""),
                   SOURCE_DATE_EPOCH="1767225600", NO_COLOR="1", TZ="UTC", LC_ALL="C.UTF-8")
        env.pop("GITHUB_ACTIONS", None)
        script = (f"{{ {setup}\n}} >/dev/null 2>&1 || echo 'console-setup failed'\n" if setup else "") + script_of(body)
        result = subprocess.run(["bash", "-c", script], cwd=root, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        return result.stdout.decode("utf-8", "replace").rstrip("\n").split("\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    efc, source_dir = sys.argv[1], sys.argv[2]
    readme = sys.argv[3] if len(sys.argv) > 3 else os.path.join(source_dir, "README.md")
    efc_dir = tempfile.mkdtemp(prefix="efc-bin-")
    os.symlink(os.path.abspath(efc), os.path.join(efc_dir, "efc"))
    failures = 0
    count = 0
    try:
        with open(readme, encoding="utf-8") as f:
            text = f.read()
        for start, setup, body in blocks(text):
            count += 1
            expected = [line.rstrip() for line in body]
            actual = [line.rstrip() for line in run_block(efc_dir, source_dir, setup, body)]
            if not matches(expected, actual):
                failures += 1
                print(f"{readme}:{start}: this console block does not show what efc prints")
                print("--- shown in the README")
                print("\n".join(expected))
                print("+++ printed now")
                print("\n".join(actual))
                print()
    finally:
        shutil.rmtree(efc_dir, ignore_errors=True)
    print(f"{count} console blocks, {failures} not true")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
