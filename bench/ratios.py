#!/usr/bin/env python3
"""Prints the ratios of bench/run.sh's hyperfine results (mean wall times)."""
import json
import os
import sys


def means(path):
    with open(path) as f:
        return {r["command"]: r["mean"] for r in json.load(f)["results"]}


out = sys.argv[1]
p = means(os.path.join(out, "portfolio.json"))
s = means(os.path.join(out, "scaling.json"))
# startup.txt: bench/alternate's lines "COMMAND median N us ratio R", /bin/true first.
u = {}
with open(os.path.join(out, "startup.txt")) as f:
    for line in f:
        words = line.split()
        u[" ".join(words[:words.index("median")])] = float(words[-1])


def startup(fragment):
    return next(ratio for command, ratio in u.items() if fragment in command)


print(f"efc / floor            {p['efc'] / p['floor']:.2f}   (target <= 0.60)")
print(f"yamllint / efc         {p['yamllint'] / p['efc']:.1f}   (target >= 25)")
print(f"efc --version / true   {startup('--version'):.2f}   (target <= 1.15)")
print(f"validate 1 file / true {startup('validate'):.2f}   (target <= 1.15)")
print(f"bilan 40 / true        {startup('bilan render'):.2f}   (target <= 3)")
print(f"scaling 2x / 1x        {s['2x'] / s['1x']:.2f}   4x / 1x {s['4x'] / s['1x']:.2f}   (linear: 2, 4)")
print(f"absolute means (s): efc {p['efc']:.3f}, floor {p['floor']:.3f}, yamllint {p['yamllint']:.3f}")
