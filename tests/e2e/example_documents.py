"""The worked example's dossiers and every document each one gives (used by canary.py and
examples_apart.py): one place that knows which commands a dossier answers.
"""
import html
import os
import re
import subprocess

import yaml

EXAMPLES = ["hopital-valmont", "marche-valmont", "mecanique-du-rhone"]
ENV = dict(os.environ, NO_COLOR="1", LC_ALL="C.UTF-8", TZ="UTC", SOURCE_DATE_EPOCH="1767225600")
ENV.pop("GITHUB_ACTIONS", None)


def set_lang(dossier, lang):
    """Makes the documents of `dossier` come in `lang` (its dossier.yaml's `lang:`)."""
    path = os.path.join(dossier, "dossier.yaml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(re.sub(r"^lang: \w+", "lang: " + lang, text, flags=re.M))


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def yaml_files(dossier):
    for folder, dirs, files in os.walk(dossier):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.endswith(".yaml"):
                yield os.path.join(folder, f)


def names(dossier):
    """The names a document of this dossier may print: organisations, people, clients, and the
    titles of the mission and of its devices."""
    d = load(os.path.join(dossier, "dossier.yaml"))
    found = {o["name"] for o in d.get("organisations") or []} | {p["name"] for p in d.get("people") or []}
    found.add(d["title"])
    rex = os.path.join(dossier, "rex")
    for device in sorted(os.listdir(rex)) if os.path.isdir(rex) else []:
        found.add(load(os.path.join(rex, device, "device.yaml"))["title"])
    folder = os.path.join(dossier, "arbitrations")
    for path in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        data = load(os.path.join(folder, path))
        for request in data.get("requests") or [data.get("request") or {}]:
            if request.get("client"):
                found.add(request["client"])
    return found


def ids(efc, dossier, *what):
    out = subprocess.run([efc, "__complete", *what], cwd=dossier, env=ENV, capture_output=True, text=True).stdout
    return out.split()


def audiences(dossier, device):
    """(id, receives) of each audience of the device."""
    d = load(os.path.join(dossier, "rex", device, "device.yaml"))
    return [(a["id"], a["receives"]) for a in d.get("audiences") or []]


def commands(efc, dossier):
    """Every document command of the dossier: (label, args, shared), shared False for what a
    group audience receives."""
    out = []
    for device in ids(efc, dossier, "devices"):
        for audience, receives in audiences(dossier, device):
            for fmt in ["md", "json", "html"]:
                out.append((f"bilan {device} {audience} {fmt}",
                            ["bilan", "render", device, "--audience", audience, "--format", fmt], receives == "shared"))
        sessions = sorted(int(f[:-5]) for f in os.listdir(os.path.join(dossier, "rex", device, "sessions"))
                          if re.fullmatch(r"[0-9]+\.yaml", f))
        for n in sessions:
            for fmt in ["md", "ics"]:
                out.append((f"agenda {device} {n} {fmt}", ["agenda", device, "--session", str(n), "--format", fmt], True))
    for fmt in ["md", "json"]:
        out.append((f"doctrine {fmt}", ["doctrine", "--format", fmt], True))
    out.append(("principles", ["principles", "render"], True))
    for fmt in ["text", "json", "html"]:
        out.append((f"status {fmt}", ["status", "--format", fmt], True))
    if os.path.isdir(os.path.join(dossier, "arbitrations")):
        for fmt in ["md", "json", "html"]:
            out.append((f"arbitration report {fmt}", ["arbitration", "report", "--format", fmt], True))
        for arbitration in ids(efc, dossier, "arbitrations"):
            if load(os.path.join(dossier, "arbitrations", arbitration + ".yaml")).get("kind") == "urgent-request":
                for fmt in ["text", "json", "html"]:
                    out.append((f"arbitration impact {arbitration} {fmt}",
                                ["arbitration", "impact", arbitration, "--format", fmt], True))
    for exercise in ids(efc, dossier, "exercises"):
        for fmt in ["md", "json"]:
            out.append((f"exercise {exercise} {fmt}", ["exercise", "render", exercise, "--format", fmt], True))
    for fmt in ["text", "json", "html"]:
        out.append((f"portfolio status {fmt}", ["portfolio", "status", "--format", fmt], True))
    out.append(("portfolio agenda", ["portfolio", "agenda"], True))
    return out


def run(efc, dossier, args):
    return subprocess.run([efc, *args], cwd=dossier, env=ENV, capture_output=True, timeout=60)


def readable(data):
    """The text a reader sees: iCalendar lines unfolded and unescaped, HTML entities decoded."""
    text = data.decode("utf-8", errors="replace").replace("\r\n ", "").replace("\n ", "")
    return html.unescape(text.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n"))
