#!/usr/bin/env python3
"""The confidentiality test: no group text reaches a shared audience, in any document.

Usage: canary.py EFC SOURCE_DIR

The canary dossier (tests/e2e/fixtures/canary) holds a marker containing "canary" in every
group field: story titles, situations, prescribed, real, narrators (id, name, role), notes,
items marked confidential (story, question, hypothesis, experiment, vocabulary) and the absent
list, and the confidential initial stake of the (cross-actor) device. No shared field contains that word; responses.yaml answers shared items, so the loop
sections (bilan, agenda, status) are covered too. Every document command is run for every shared
audience and every format, HTML pages included (their bytes and their text once entities are
decoded, SVG charts included; arbitration files are added for the impact and report pages),
first with the built-in templates, then with a hostile template set that names group fields and
every chart slot; no output may contain the marker. As a check that the test can
fail, the group audience's bilan must hold the markers. Every output must also be
byte-identical across two runs.

The worked example is checked the same way, each of its dossiers on its own: every document it
gives a shared audience (example_documents.commands) must hold no group text of that dossier
(story titles whole, and no eight words in a row of a story, a note or a confidential item),
while the group's own bilan holds them.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

import example_documents

MARKER = re.compile(r"canary", re.IGNORECASE)
SHARED_AUDIENCES = ["board", "partners"]  # checked against device.yaml below
GROUP_AUDIENCE = "group"
# The agenda is addressed to the participants and lists them: their names and ids may appear
# there (as participants, not as narrators or absentees); every other marker may not.
PARTICIPANT_NAMES = ["Zzcanarynarrator Person", "Zzcanaryabsent Person", "zz-canary-narrator", "zz-canary-absent"]
DEVICE = "sentinel-dev"

# Names every group field and the keys a curious template author would try; with partials.
HOSTILE = """HOSTILE TEMPLATE IN USE
{{> _leak}}
{{situation}} {{notes}} {{narrator}} {{narrator.name}} {{{title}}} {{present}} {{absent}} {{prescribed}} {{real}}
{{#stories}}{{title}} {{situation}} {{prescribed}} {{real}} {{narrator}} {{narrator.name}} {{narrator.id}} {{keywords}}{{/stories}}
{{#sessions}}{{notes}} {{present}} {{absent}}{{#stories}}{{situation}}{{/stories}}{{#questions}}{{text}}{{/questions}}{{/sessions}}
{{#attendance}}{{#participants}}{{name}} {{absent_sessions_text}}{{/participants}}{{/attendance}}
{{#device}}{{participants}}{{#participants}}{{.}} {{name}}{{/participants}}{{/device}}
{{#experiments}}{{id}} {{text}} {{owner.name}}{{/experiments}}
{{#vocabulary}}{{term}} {{meaning}}{{/vocabulary}}
{{#terms}}{{term}}{{#meanings}}{{meaning}}{{/meanings}}{{/terms}}
{{#principles}}{{title}}{{#experiments}}{{text}}{{/experiments}}{{/principles}}
{{#people}}{{name}}{{/people}} {{dossier}} {{raw}} {{model}} {{confidential}} {{#confidential}}x{{/confidential}}
{{#loop}}{{#items}}{{text}} {{id}}{{#answers}}{{text}}{{/answers}}{{/items}}{{#transmissions}}{{presented_by_text}}{{/transmissions}}{{/loop}}
{{#follow_up}}{{#answers}}{{item_text}} {{text}}{{/answers}}{{#questions}}{{text}}{{/questions}}{{/follow_up}}
{{#awaiting_answers}}{{text}} {{id}}{{/awaiting_answers}} {{responses}} {{transmissions}}
{{#device}}{{#frame}}{{#stake}}{{text}}{{/stake}}{{stake}}{{/frame}}{{/device}} {{initial_stake}} {{stake}}
"""
LEAK_PARTIAL = """{{#stories}}{{situation}}{{/stories}}{{notes}}{{#sessions}}{{notes}}{{/sessions}}
"""
HOSTILE_NAMES = ["bilan.md", "doctrine.md", "principles.md", "agenda.md", "agenda.txt", "agenda.ics", "status.md", "status.txt",
                 "exercise.md", "portfolio-status.txt"]
# HTML pages may print unescaped only the charts efc builds: the hostile pages ask for every
# group field escaped, and for every chart slot, which is built from the same redacted data.
HOSTILE_HTML = HOSTILE.replace("{{{title}}}", "{{title}}") + """
{{{charts.attendance.svg}}} {{{charts.experiments.svg}}} {{{charts.themes.svg}}} {{{charts.loop.svg}}}
{{{charts.sessions.svg}}} {{{charts.queue.svg}}} {{{charts.outcomes.svg}}} {{{charts.deadlines.svg}}}
{{#charts}}{{#attendance}}{{summary}}{{/attendance}}{{#loop}}{{summary}}{{/loop}}{{#sessions}}{{summary}}{{/sessions}}{{/charts}}
"""
HOSTILE_HTML_NAMES = ["bilan.html", "status.html", "arbitration-impact.html", "arbitration-report.html",
                      "portfolio-status.html"]
# The canary dossier has no arbitration of its own: these make the impact and report pages
# (whose texts are all shared) run on it, beside the group text of its devices.
ARBITRATION_FILES = {
    "queue.yaml": """rule: fifo
performer: boss
working_days: [mon, tue, wed, thu, fri]
requests:
  - id: r-1
    client: Client One
    entered: 2025-02-24
    requested_by: ann
    effort_days: 3
    promised: 2025-03-06
  - id: r-2
    client: Client Two
    entered: 2025-02-25
    requested_by: ann
    effort_days: 2
""",
    "2025-001.yaml": """id: 2025-001
kind: urgent-request
date: 2025-03-03
request:
  ref: r-2
  client: Client Two
  summary: An urgent quote
  requested_by: ann
  requested_deadline: 2025-03-05
  effort_days: 2
parties:
  - who: ann
    stakes: Keep the client.
  - who: boss
    stakes: Keep the plan of work.
decision:
  outcome: negotiated
  deadline: 2025-03-07
  rationale: Both agreed on a later date that breaks no promise.
  decided_by: [ann, boss]
""",
}
# The portfolio commands also run on a day before every session of the fixture, so that the
# sessions are ahead (next session, calendar events) and the loop is still open.
EARLY = "1736899200"  # 2025-01-15


def run(efc, cwd, args, today="1767225600"):
    env = dict(os.environ, NO_COLOR="1", LC_ALL="C.UTF-8", TZ="UTC", SOURCE_DATE_EPOCH=today)
    return subprocess.run([efc, *args], cwd=cwd, env=env, capture_output=True, timeout=60)


def unfold_ics(text):
    # iCalendar folds long lines (CRLF + space): a marker could be split across two lines.
    return text.replace("\r\n ", "").replace("\n ", "")


def commands(efc, dossier, hostile=False):
    """Every document command this efc knows, with its arguments: (label, args, today)."""
    listing = run(efc, dossier, ["--help"]).stdout.decode()
    out = []
    for aud in SHARED_AUDIENCES:
        for fmt in ["md", "json", "html"]:
            out.append((f"bilan {aud} {fmt}", ["bilan", "render", DEVICE, "--audience", aud, "--format", fmt]))
    out.append(("bilan default md", ["bilan", "render", DEVICE]))
    for fmt in ["md", "json"]:
        out.append((f"doctrine {fmt}", ["doctrine", "--format", fmt]))
    out.append(("principles", ["principles", "render"]))
    if re.search(r"^\s+agenda\b", listing, re.MULTILINE):
        for n in ["1", "2"]:
            for fmt in ["md", "ics"]:
                out.append((f"agenda {n} {fmt}", ["agenda", DEVICE, "--session", n, "--format", fmt]))
    if re.search(r"^\s+status\b", listing, re.MULTILINE):
        for fmt in ["text", "json", "html"]:
            out.append((f"status {fmt}", ["status", "--format", fmt]))
    for fmt in ["text", "json", "html"]:
        out.append((f"arbitration impact {fmt}", ["arbitration", "impact", "2025-001", "--format", fmt]))
    for fmt in ["md", "json", "html"]:
        out.append((f"arbitration report {fmt}", ["arbitration", "report", "--format", fmt]))
    if re.search(r"^\s+exercise\b", listing, re.MULTILINE):
        for fmt in ["md", "json"]:
            out.append((f"exercise {fmt}", ["exercise", "render", "2025-management", "--format", fmt]))
    # French typography (--typography) runs on the rendered, already redacted Markdown.
    if "--typography" in run(efc, dossier, ["bilan", "render", "--help"]).stdout.decode():
        for aud in SHARED_AUDIENCES:
            out.append((f"bilan {aud} md typography", ["bilan", "render", DEVICE, "--audience", aud, "--typography"]))
        out.append(("doctrine md typography", ["doctrine", "--typography"]))
        out.append(("principles typography", ["principles", "render", "--typography"]))
        out.append(("agenda 2 md typography", ["agenda", DEVICE, "--session", "2", "--typography"]))
        out.append(("arbitration report md typography", ["arbitration", "report", "--typography"]))
        out.append(("exercise md typography", ["exercise", "render", "2025-management", "--typography"]))
    out = [(label, args, "1767225600") for label, args in out]
    if re.search(r"^\s+portfolio\b", listing, re.MULTILINE):
        # A portfolio reads no dossier's templates/ folder: the hostile set comes by --templates.
        templates = ["--templates", os.path.join(dossier, "templates")] if hostile else []
        for today in ["1767225600", EARLY]:
            for fmt in ["text", "json", "html"]:
                out.append((f"portfolio status {fmt} {today}", ["portfolio", "status", "--format", fmt, *templates], today))
            # From the folder above too: the dossier is then one of a portfolio.
            out.append((f"portfolio status above {today}", ["-C", "..", "portfolio", "status", *templates], today))
            out.append((f"portfolio agenda {today}", ["portfolio", "agenda", "--format", "ics"], today))
    return out


def check_audiences(dossier):
    device = open(os.path.join(dossier, "rex", DEVICE, "device.yaml"), encoding="utf-8").read()
    found = re.findall(r"- id: (\S+)\n(?:    .*\n)*?    receives: (shared|group)", device)
    shared = sorted(a for a, r in found if r == "shared")
    if shared != sorted(SHARED_AUDIENCES):
        return [f"the fixture's shared audiences are {shared}, the test knows {SHARED_AUDIENCES}"]
    return []


def check_outputs(efc, dossier, label_suffix, expect_hostile, only=lambda label: True):
    failures = []
    covered = []
    for label, args, today in commands(efc, dossier, expect_hostile):
        if not only(label):
            continue
        first = run(efc, dossier, args, today)
        second = run(efc, dossier, args, today)
        name = f"{label}{label_suffix}"
        covered.append(name)
        if first.returncode != 0:
            failures.append(f"{name}: exit {first.returncode}: {first.stderr.decode(errors='replace').strip()}")
            continue
        if first.stdout != second.stdout:
            failures.append(f"{name}: two runs gave different bytes")
        allowed = PARTICIPANT_NAMES if label.startswith("agenda") else []
        if MARKER.search(html.unescape(first.stdout.decode("utf-8", errors="replace"))) and label.endswith("html"):
            failures.append(f"{name}: group text in the page, its SVG charts included")
        for stream, data in (("stdout", first.stdout), ("stderr", first.stderr)):
            text = unfold_ics(data.decode("utf-8", errors="replace"))
            for allowed_name in allowed:
                text = text.replace(allowed_name, "")
            leaks = [line for line in text.splitlines() if MARKER.search(line)]
            if leaks:
                failures.append(f"{name}: group text in {stream}: {leaks[0].strip()[:160]}")
        if expect_hostile and label.split()[0] in ("bilan", "doctrine", "principles", "agenda", "status", "arbitration", "exercise",
                                                   "portfolio") \
                and not (label.startswith("arbitration") and not label.endswith("html")):
            if "json" not in label and not label.startswith("portfolio agenda") and "HOSTILE TEMPLATE IN USE" not in unfold_ics(first.stdout.decode(errors="replace")):
                failures.append(f"{name}: the hostile template was not used")
        if expect_hostile and label.endswith("html") and "<svg" not in first.stdout.decode(errors="replace"):
            failures.append(f"{name}: the hostile page printed no chart")
    return failures, covered


def check_group_sees(efc, dossier):
    """The test must be able to fail: the group's own bilan holds the group text."""
    failures = []
    r = run(efc, dossier, ["bilan", "render", DEVICE, "--audience", GROUP_AUDIENCE])
    text = r.stdout.decode()
    for needle in ["Zzcanarytitle of the night", "Zzcanarynarrator Person", "Zzcanaryabsent Person",
                   "zzcanaryconfidentialstory", "zzcanaryconfidentialquestion", "zzcanaryconfidentialexperiment",
                   "Zzcanarystake the feud"]:
        if needle not in text:
            failures.append(f"group bilan: '{needle}' missing (exit {r.returncode})")
    return failures


def check_group_page(efc, dossier):
    """The HTML page can fail too: the group's page holds the markers, in its text and its charts."""
    r = run(efc, dossier, ["bilan", "render", DEVICE, "--audience", GROUP_AUDIENCE, "--format", "html"])
    text = r.stdout.decode()
    failures = []
    if "Zzcanarytitle of the night" not in text:
        failures.append(f"group page: a story's title is missing (exit {r.returncode})")
    if 'aria-labelledby="chart-attendance-title"' not in text or "Attendance per session" not in text:
        failures.append("group page: the attendance chart per session is missing")
    return failures


def check_loop_is_shown(efc, dossier):
    """Responses reach the shared outputs (so the canary checks cover them): the answer is there."""
    failures = []
    for label, args in [("bilan board", ["bilan", "render", DEVICE, "--audience", "board"]),
                        ("agenda 2", ["agenda", DEVICE, "--session", "2"])]:
        r = run(efc, dossier, args)
        if "The night manager decides" not in r.stdout.decode(errors="replace"):
            failures.append(f"{label}: the response of responses.yaml is missing (exit {r.returncode})")
    return failures


def check_portfolio_shows(efc, dossier):
    """The portfolio outputs are not empty: before the sessions, both are ahead and in the calendar."""
    failures = []
    agenda = run(efc, dossier, ["portfolio", "agenda"], EARLY).stdout.decode(errors="replace")
    if agenda.count("BEGIN:VEVENT") != 2 or "Sentinel space" not in agenda:
        failures.append(f"portfolio agenda: the two sessions of the fixture are not in the calendar:\n{agenda}")
    status = run(efc, dossier, ["portfolio", "status"], EARLY).stdout.decode(errors="replace")
    if "Sentinel space (0 of 2)" not in status or "2 sessions ahead" not in status:
        failures.append(f"portfolio status: the device's sessions are missing:\n{status}")
    return failures


def words(text):
    return " ".join(str(text).split())


def group_texts(dossier):
    """The group texts of an example dossier: story titles (whole), then longer texts."""
    titles, texts = [], []
    sessions_of = [p for p in example_documents.yaml_files(dossier) if "/sessions/" in p]
    for path in sessions_of:
        session = example_documents.load(path)
        for story in session.get("stories") or []:
            titles.append(words(story["title"]))
            texts += [words(story[k]) for k in ("situation", "prescribed", "real") if story.get(k)]
        if session.get("notes"):
            texts.append(words(session["notes"]))
        for key in ("questions", "hypotheses", "experiments", "vocabulary"):
            for item in session.get(key) or []:
                if item.get("confidential"):
                    texts += [words(item[k]) for k in ("text", "term", "meaning") if item.get(k)]
    return titles, texts


def leaked(output, titles, texts):
    """The first group text found in `output`: a whole title, or eight words in a row of a text."""
    flat = words(output)
    for title in titles:
        if title in flat:
            return title
    for text in texts:
        w = text.split()
        for i in range(0, max(1, len(w) - 7), 2):
            if " ".join(w[i:i + 8]) in flat:
                return " ".join(w[i:i + 8])
    return None


def check_examples(efc, source, tmp):
    """Each dossier of the worked example: no group text in what a shared audience receives."""
    failures, checked = [], 0
    for name in example_documents.EXAMPLES:
        dossier = os.path.join(tmp, "example-" + name)
        shutil.copytree(os.path.join(source, "examples", name), dossier)
        titles, texts = group_texts(dossier)
        group_seen = False
        for label, args, shared in example_documents.commands(efc, dossier):
            r = example_documents.run(efc, dossier, args)
            output = example_documents.readable(r.stdout) + example_documents.readable(r.stderr)
            found = leaked(output, titles, texts)
            if shared:
                checked += 1
                if r.returncode != 0:
                    failures.append(f"{name}: {label}: exit {r.returncode}")
                elif found:
                    failures.append(f"{name}: {label}: group text for a shared audience: {found}")
            elif found:
                group_seen = True
        if titles and not group_seen:
            failures.append(f"{name}: the group's bilan holds none of the group texts: the check sees nothing")
    print(f"worked example: {checked} shared outputs of {len(example_documents.EXAMPLES)} dossiers checked")
    return failures


def main():
    efc, source = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        dossier = os.path.join(tmp, "d")
        shutil.copytree(os.path.join(source, "tests/e2e/fixtures/canary"), dossier)
        failures = check_examples(efc, source, tmp)
        failures += check_audiences(dossier)
        failures += check_group_sees(efc, dossier)
        failures += check_loop_is_shown(efc, dossier)
        os.makedirs(os.path.join(dossier, "arbitrations"))
        for name, text in ARBITRATION_FILES.items():
            with open(os.path.join(dossier, "arbitrations", name), "w", encoding="utf-8") as f:
                f.write(text)
        failures += check_group_page(efc, dossier)
        failures += check_portfolio_shows(efc, dossier)
        found, covered = check_outputs(efc, dossier, "", False)
        failures += found
        # French pages are typeset after rendering (HTML always, Markdown with --typography):
        # the same checks on the fixture in French.
        example_documents.set_lang(dossier, "fr")
        found, covered_fr = check_outputs(efc, dossier, " (fr)", False, lambda label: "html" in label or "typography" in label)
        failures += found
        covered += covered_fr
        example_documents.set_lang(dossier, "en")
        templates = os.path.join(dossier, "templates")
        os.makedirs(templates)
        for name in HOSTILE_NAMES:
            with open(os.path.join(templates, name + ".mustache"), "w", encoding="utf-8") as f:
                f.write(HOSTILE)
        for name in HOSTILE_HTML_NAMES:
            with open(os.path.join(templates, name + ".mustache"), "w", encoding="utf-8") as f:
                f.write(HOSTILE_HTML)
        with open(os.path.join(templates, "_leak.mustache"), "w", encoding="utf-8") as f:
            f.write(LEAK_PARTIAL)
        found, covered_hostile = check_outputs(efc, dossier, " (hostile templates)", True)
        failures += found
    print(f"{len(covered) + len(covered_hostile)} outputs checked: " + "; ".join(covered))
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
