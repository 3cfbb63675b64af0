#!/usr/bin/env python3
"""The GitHub Actions workflow of docs/ci.md works as written, on one dossier and on a portfolio.

The `run:` scripts of its Validate and Render steps are taken from docs/ci.md and run with bash
as GitHub runs them (-eo pipefail, GITHUB_ACTIONS=true, GITHUB_WORKSPACE the repository root),
with the efc under test first in PATH, on:
- a repository whose root is a dossier (the worked example);
- a portfolio: three dossiers in folders, one of them with a space in its name;
- the same portfolio with a fault: Validate fails, its annotation names the file from the
  repository root, and the totals follow.

Usage: check_ci_steps.py EFC SOURCE_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

STEPS = ("Validate", "Render the documents")


def workflow_steps(doc_path):
    """{step name: its run script} from the first yaml block of docs/ci.md holding `jobs:`."""
    with open(doc_path, encoding="utf-8") as f:
        blocks = re.findall(r"```yaml\n(.*?)```", f.read(), re.S)
    block = next(b for b in blocks if "\njobs:" in b)
    steps, name, lines = {}, None, block.split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"\s*- name: (.*)$", line)
        if m:
            name = m.group(1).strip()
            continue
        m = re.match(r"(\s*)run: (.*)$", line)
        if not m or name is None:
            continue
        indent, value = len(m.group(1)), m.group(2)
        if value.strip() != "|":
            steps[name] = value + "\n"
            continue
        script = []
        for body in lines[i + 1:]:
            if body.strip() and len(body) - len(body.lstrip()) <= indent:
                break
            script.append(body[indent + 2:])
        steps[name] = "\n".join(script).rstrip() + "\n"
    return steps


def run_step(script, repo, bin_dir):
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", GITHUB_ACTIONS="true", GITHUB_WORKSPACE=repo,
               SOURCE_DATE_EPOCH="1767225600", NO_COLOR="1", TZ="UTC", LC_ALL="C.UTF-8")
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=repo, env=env,
                          capture_output=True, text=True)


def files_under(folder):
    return sorted(os.path.relpath(os.path.join(d, f), folder) for d, _, fs in os.walk(folder) for f in fs)


def documents(prefix):
    names = ["arbitrations.md", "bilan-chefs-de-service-direction.md", "bilan-chefs-de-service-participants.md",
             "doctrine.md"]
    return [os.path.join(prefix, n) if prefix else n for n in names]


def main():
    efc, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    steps = workflow_steps(os.path.join(source, "docs/ci.md"))
    missing = [s for s in STEPS if s not in steps]
    if missing:
        print(f"FAIL: docs/ci.md has no step named {', '.join(missing)}")
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        bin_dir = os.path.join(tmp, "bin")
        os.mkdir(bin_dir)
        os.symlink(efc, os.path.join(bin_dir, "efc"))
        single = os.path.join(tmp, "single")
        shutil.copytree(os.path.join(source, "examples", "hopital-valmont"), single)
        portfolio = os.path.join(tmp, "portfolio")
        folders = ["clients/hopital", "clients/atelier", "clients/mission b"]
        for folder in folders:
            shutil.copytree(os.path.join(source, "examples", "hopital-valmont"), os.path.join(portfolio, folder))

        for repo, expected in ((single, documents("")),
                               (portfolio, sorted(sum((documents(f) for f in folders), [])))):
            for step in STEPS:
                p = run_step(steps[step], repo, bin_dir)
                if p.returncode != 0 or p.stdout:
                    failures.append(f"{step} on {os.path.basename(repo)}: exit {p.returncode}\n{p.stdout}{p.stderr}")
            out = os.path.join(repo, "out")
            found = files_under(out) if os.path.isdir(out) else []
            if found != sorted(expected):
                failures.append(f"{os.path.basename(repo)}: out/ holds {found}, expected {sorted(expected)}")
            for f in found:
                if os.path.getsize(os.path.join(out, f)) == 0:
                    failures.append(f"{os.path.basename(repo)}: out/{f} is empty")

        device = os.path.join(portfolio, "clients/atelier/rex/chefs-de-service/device.yaml")
        with open(device, encoding="utf-8") as f:
            text = f.read().replace("\nkind: internal\n", "\nkind: interne\n")
        with open(device, "w", encoding="utf-8") as f:
            f.write(text)
        p = run_step(f"cd clients/atelier/rex\n{steps['Validate']}", portfolio, bin_dir)
        annotation = "::error file=clients/atelier/rex/chefs-de-service/device.yaml,line=5,col=7,title=bad-value::"
        lines = p.stdout.splitlines()
        if p.returncode != 1 or len(lines) != 2 or not lines[0].startswith(annotation) or \
                not lines[1].startswith("::notice title=efc validate::1 error, 0 warnings"):
            failures.append(f"Validate with a fault, from a subfolder: exit {p.returncode}\n{p.stdout}{p.stderr}")

    for f in failures:
        print(f"FAIL: {f}")
    print(f"docs/ci.md steps {', '.join(STEPS)}: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
