#!/usr/bin/env python3
"""Colour on a real terminal (a pseudo-terminal): --color auto colours a terminal unless
NO_COLOR is set to something or TERM is dumb; always and never win; a pipe gets no colour in auto mode.
Usage: check_tty_colour.py EFC SOURCE_DIR"""
import os
import shutil
import subprocess
import sys
import tempfile

ESC = b"\x1b["


def stderr_of(efc, cwd, args, env_extra, terminal):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS", "TERM")}
    env["TERM"] = "xterm"
    env.update(env_extra)
    if not terminal:
        run = subprocess.run([efc] + args, cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        return run.stderr
    master, slave = os.openpty()
    subprocess.run([efc] + args, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=slave, timeout=60)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the other side is closed and everything was read
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return out


def main():
    efc, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    cases = [  # (what, args, environment, on a terminal, coloured)
        ("auto on a terminal", [], {}, True, True),
        ("auto on a terminal, NO_COLOR=1", [], {"NO_COLOR": "1"}, True, False),
        ("auto on a terminal, NO_COLOR empty", [], {"NO_COLOR": ""}, True, True),
        ("auto on a terminal, TERM=dumb", [], {"TERM": "dumb"}, True, False),
        ("always on a terminal, TERM=dumb", ["--color", "always"], {"TERM": "dumb"}, True, True),
        ("never on a terminal", ["--color", "never"], {}, True, False),
        ("always on a terminal, NO_COLOR=1", ["--color", "always"], {"NO_COLOR": "1"}, True, True),
        ("auto into a pipe", [], {}, False, False),
        ("always into a pipe", ["--color=always"], {}, False, True),
    ]
    failures = 0
    with tempfile.TemporaryDirectory() as work:
        dossier = os.path.join(work, "d")
        shutil.copytree(os.path.join(source, "examples", "hopital-valmont"), dossier)
        device = os.path.join(dossier, "rex", "chefs-de-service", "device.yaml")
        with open(device, encoding="utf-8") as f:
            text = f.read()
        with open(device, "w", encoding="utf-8") as f:
            f.write(text.replace("kind: internal", "kind: interne", 1))
        for what, args, env, terminal, coloured in cases:
            err = stderr_of(efc, dossier, args + ["validate"], env, terminal)
            ok = b"error:" in err and (ESC in err) == coloured
            failures += 0 if ok else 1
            print(f"{'ok  ' if ok else 'FAIL'} {what}: {'coloured' if ESC in err else 'plain'} {err[:60]!r}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
