#!/usr/bin/env python3
"""Kill test: every writing command, killed (SIGKILL) at random moments, writes whole or nothing.

Usage: kill_writes.py EFC SOURCE_DIR [SECONDS]

Each writing command (rex new, arbitration new, exercise new, init --example, schema -o, principles render -o)
is first run to the end once, for the reference of what it writes; then, again and again, it is
started and killed after a random delay drawn between 0 and 1.2 times its usual run time. After
each kill the place it writes to must hold either nothing new, or the complete new file (or
folder) byte for byte, or efc's hidden temporary entries (".NAME.efc-tmp-XXXXXX"). A leftover
inside a dossier must be reported by `efc validate` (warning leftover-temp-file); every leftover,
once made older than a minute (its time set back: efc clears only old ones, and the test cannot
wait), must be cleared by the next run of the same command, which must then succeed. The runs
share SECONDS (default 45) of wall time, at least 20 runs per command. Prints the figures.
"""
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ENV = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", NO_COLOR="1", TZ="UTC", LC_ALL="C.UTF-8")
ENV.pop("GITHUB_ACTIONS", None)
TEMP_MARK = ".efc-tmp-"
MIN_RUNS = 20


def run(args, cwd):
    return subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True)


def snapshot(folder):
    """Every path below `folder` (relative), with the bytes of files; folders map to None."""
    out = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder)
            out[rel] = None if os.path.isdir(path) and not os.path.islink(path) else open(path, "rb").read()
    return out


def is_temp(rel):
    return any(part.startswith(".") and TEMP_MARK in part for part in rel.split(os.sep))


class Command:
    """One writing command: where it runs, where it writes, what it writes when left alone."""

    def __init__(self, name, args, workdir, watched, dossier):
        self.name, self.args, self.workdir, self.watched, self.dossier = name, args, workdir, watched, dossier
        self.before = snapshot(watched)
        self.reference = None  # the new entries of a complete run: {rel: bytes or None}
        self.seconds = 0.0
        self.outcomes = {"unchanged": 0, "complete": 0, "leftover": 0}

    def new_entries(self):
        after = snapshot(self.watched)
        return {rel: data for rel, data in after.items() if rel not in self.before}

    def undo(self, entries):
        """Removes what a run added, deepest first, to start the next run from the same state."""
        for rel in sorted(entries, key=len, reverse=True):
            path = os.path.join(self.watched, rel)
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            elif os.path.lexists(path):
                os.unlink(path)

    def learn(self):
        times = []
        for _ in range(3):
            start = time.monotonic()
            r = run(self.args, self.workdir)
            times.append(time.monotonic() - start)
            if r.returncode != 0:
                fail(f"{self.name}: a complete run failed (exit {r.returncode}): {r.stderr}")
            entries = self.new_entries()
            if self.reference is not None and entries != self.reference:
                fail(f"{self.name}: two complete runs wrote different things")
            self.reference = entries
            self.undo(entries)
        self.seconds = sorted(times)[1]

    def killed_run(self):
        delay = random.uniform(0, 1.2 * self.seconds)
        p = subprocess.Popen(self.args, cwd=self.workdir, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
        self.judge(self.new_entries())

    def judge(self, entries):
        temps = {rel for rel in entries if is_temp(rel)}
        rest = {rel: data for rel, data in entries.items() if rel not in temps}
        if rest and rest != self.reference:
            fail(f"{self.name}: a killed run left a partial result: {sorted(rest)}")
        if not temps:
            self.outcomes["complete" if rest else "unchanged"] += 1
            self.undo(entries)
            return
        self.outcomes["leftover"] += 1
        tops = sorted({rel.split(os.sep)[0] if not self.dossier else top_temp(rel) for rel in temps})
        if self.dossier:
            self.check_reported(tops)
        self.undo(rest)
        self.check_cleared(tops)

    def check_reported(self, temps):
        r = run([EFC, "validate"], self.dossier)
        for rel in temps:
            shown = os.path.relpath(os.path.join(self.watched, rel), self.dossier)
            if f"{shown}:1:1: warning: " not in r.stderr or "[leftover-temp-file]" not in r.stderr:
                fail(f"{self.name}: validate does not report the leftover {shown}:\n{r.stderr}")

    def check_cleared(self, temps):
        old = time.time() - 120
        for rel in temps:
            os.utime(os.path.join(self.watched, rel), (old, old), follow_symlinks=False)
        r = run(self.args, self.workdir)
        if r.returncode != 0:
            fail(f"{self.name}: the run after a kill failed (exit {r.returncode}): {r.stderr}")
        entries = self.new_entries()
        if entries != self.reference:
            fail(f"{self.name}: the run after a kill did not clear {temps} or wrote something else: {sorted(entries)}")
        self.undo(entries)


def top_temp(rel):
    """The outermost temporary entry on the path `rel`."""
    parts = rel.split(os.sep)
    for i, part in enumerate(parts):
        if part.startswith(".") and TEMP_MARK in part:
            return os.sep.join(parts[: i + 1])
    return rel


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def main():
    global EFC
    EFC = os.path.abspath(sys.argv[1])
    source = sys.argv[2]
    budget = float(sys.argv[3]) if len(sys.argv) > 3 else 45.0
    random.seed(int(os.environ.get("EFC_KILL_SEED", str(int(time.time())))))
    with tempfile.TemporaryDirectory() as tmp:
        dossier = os.path.join(tmp, "d")
        shutil.copytree(os.path.join(source, "examples"), dossier)
        sessions = os.path.join(dossier, "rex", "chefs-de-service", "sessions")
        outside = os.path.join(tmp, "out")
        os.mkdir(outside)
        commands = [
            Command("rex new", [EFC, "rex", "new", "chefs-de-service", "--date", "2026-01-05"], dossier, sessions, dossier),
            Command("arbitration new", [EFC, "arbitration", "new", "--kind", "shared-stake", "--date", "2026-01-05"],
                    dossier, os.path.join(dossier, "arbitrations"), dossier),
            Command("exercise new", [EFC, "exercise", "new", "cooperation", "--date", "2026-01-05"],
                    dossier, os.path.join(dossier, "exercises"), dossier),
            Command("principles render -o", [EFC, "principles", "render", "-o", "charter.md"], dossier, dossier, dossier),
            Command("init --example", [EFC, "init", "demo", "--example"], outside, outside, None),
            Command("schema -o", [EFC, "schema", "-o", "schemas"], outside, outside, None),
        ]
        for c in commands:
            c.learn()
        start = time.monotonic()
        runs = 0
        while True:
            for c in commands:
                c.killed_run()
                runs += 1
            spent = time.monotonic() - start
            if runs >= MIN_RUNS * len(commands) and spent >= budget:
                break
            if spent >= 4 * budget:
                break
        spent = time.monotonic() - start
        print(f"{runs} killed runs in {spent:.1f} s")
        for c in commands:
            o = c.outcomes
            print(f"  {c.name}: {sum(o.values())} runs (usual run {c.seconds * 1000:.0f} ms): "
                  f"{o['unchanged']} unchanged, {o['complete']} complete, {o['leftover']} leftovers reported and cleared")
        if snapshot(dossier) != snapshot(os.path.join(source, "examples")):
            fail("the dossier is not back to the example after the runs")
    print("OK")


if __name__ == "__main__":
    main()
