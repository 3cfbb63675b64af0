#!/usr/bin/env python3
"""Routes around the confidentiality promise, one CTest entry each (issue 12).

Usage: attacks.py EFC SOURCE_DIR ROUTE

Each route starts from a copy of the canary dossier (tests/e2e/fixtures/canary: every group
field holds the word "canary"), plants one attack, and asserts what users see: the diagnostics
(exact rule, position, message), the exit codes, and that no output for a shared audience, and
no diagnostic in any form, holds the word "canary". Run with no ROUTE to list the routes.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

MARKER = re.compile(r"canary", re.IGNORECASE)
DEVICE = "sentinel-dev"
SESSIONS = os.path.join("rex", DEVICE, "sessions")
# The agenda lists the participants by name: these names are not leaks there.
PARTICIPANTS = ["Zzcanarynarrator Person", "Zzcanaryabsent Person", "zz-canary-narrator", "zz-canary-absent"]


class Dossier:
    def __init__(self, efc, path):
        self.efc, self.path = efc, path

    def run(self, *args):
        env = dict(os.environ, NO_COLOR="1", LC_ALL="C.UTF-8", TZ="UTC", SOURCE_DATE_EPOCH="1767225600")
        env.pop("GITHUB_ACTIONS", None)
        r = subprocess.run([self.efc, *args], cwd=self.path, env=env, capture_output=True, timeout=60)
        return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")

    def write(self, rel, text):
        full = os.path.join(self.path, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)

    def read(self, rel):
        with open(os.path.join(self.path, rel), encoding="utf-8") as f:
            return f.read()

    def append_session(self, n, text):
        rel = os.path.join(SESSIONS, f"{n:02}.yaml")
        self.write(rel, self.read(rel) + text)

    def add_items(self, n, key, items):
        """Adds list items (YAML text) under `key` of session n, creating the key if absent."""
        rel = os.path.join(SESSIONS, f"{n:02}.yaml")
        text = self.read(rel)
        head = f"\n{key}:\n"
        if head in text:
            at = text.index(head) + len(head)
            self.write(rel, text[:at] + items + text[at:])
        else:
            self.write(rel, text + f"{key}:\n" + items)


class Failures(list):
    def expect(self, cond, what):
        if not cond:
            self.append(what)

    def no_marker(self, label, text, allowed=()):
        for name in allowed:
            text = text.replace(name, "")
        leaks = [line.strip() for line in text.replace("\r\n ", "").splitlines() if MARKER.search(line)]
        self.expect(not leaks, f"{label}: group text leaks: {leaks[:1]}")


def shared_outputs(d, f, allow_errors=True):
    """Every output for a shared audience, and every diagnostic form: none may hold the marker."""
    for fmt in ["text", "json"]:
        code, out, err = d.run("status", "--format", fmt)
        f.expect(code == 0, f"status {fmt}: exit {code}: {err}")
        f.no_marker(f"status {fmt}", out + err)
    for args in (["bilan", "render", DEVICE], ["bilan", "render", DEVICE, "--format", "json"], ["doctrine"],
                 ["principles", "render"], ["agenda", DEVICE, "--session", "1"], ["arbitration", "report"]):
        code, out, err = d.run(*args)
        f.no_marker(" ".join(args), out + err, PARTICIPANTS if args[0] == "agenda" else ())
    for fmt in ["text", "json", "github"]:
        code, out, err = d.run("validate", "--format", fmt)
        f.no_marker(f"validate {fmt}", out + err)


def diagnostics(d):
    code, out, _ = d.run("validate", "--format", "json")
    return code, json.loads(out) if out.strip() else []


def session(n):
    return f"{SESSIONS}/{n:02}.yaml"


# --- Routes ---------------------------------------------------------------------------------

def route_status_invalid_confidential(d, f):
    """An experiment whose confidential flag is not a boolean, or whose key is misspelt."""
    d.add_items(2, "experiments",
                "  - text: zzcanaryyesflag\n    confidential: yes\n"
                "  - text: zzcanaryouiflag\n    confidential: oui\n"
                "  - text: zzcanarymisspelt\n    confidental: true\n")
    code, diags = diagnostics(d)
    f.expect(code == 1, f"validate exit {code}")
    messages = [x["message"] for x in diags if x["path"] == session(2)]
    f.expect("'confidential' must be true or false, found a value that is not shown (group text)" in messages,
             f"the bad flag is not reported without its value: {messages}")
    f.expect(any(m.startswith("unknown key in experiment, did you mean 'confidential'") for m in messages),
             f"the misspelt key is not reported without its name: {messages}")
    shared_outputs(d, f)
    code, out, _ = d.run("status")
    f.expect("Left out to be safe" in out and "an error inside it" in out, f"status does not say what it left out:\n{out}")
    code, out, _ = d.run("status", "--format", "json")
    withheld = json.loads(out).get("withheld", [])
    f.expect(len(withheld) >= 3 and any(w["reason"] == "item-has-errors" for w in withheld),
             f"status json withheld: {withheld}")


def route_confidential_in_broken_session(d, f):
    """An id marked confidential in a session that does not parse leaks from a later mention."""
    d.write(session(3), "number: 3\ndate: 2025-04-01\nkind: regular\npresent: [ann, zz-canary-narrator]\n"
                        "absent: [zz-canary-absent]\nexperiments:\n"
                        "  - id: pair-nights-secret\n    text: zzcanarybrokensession\n    confidential: true\n"
                        "    status: [unclosed\n")
    d.add_items(2, "experiments", "  - id: pair-nights-secret\n    text: zzcanarylatermention\n    status: running\n")
    shared_outputs(d, f)
    code, out, _ = d.run("status", "--format", "json")
    withheld = json.loads(out).get("withheld", [])
    f.expect({"path": session(2), "reason": "id-in-unreadable-file"} in
             [{"path": w["path"], "reason": w["reason"]} for w in withheld], f"status json withheld: {withheld}")


def route_yaml_tags(d, f):
    """Tags on mappings, sequences and documents are errors, positioned, and keep items in the group."""
    d.add_items(2, "questions", "  - !confidential\n    text: zzcanarytaggedquestion\n")
    d.append_session(2, "hypotheses: !foo\n  - text: zzcanarytaggedlist\n")
    rel = session(2)
    d.write(rel, d.read(rel).replace("vocabulary:\n", "vocabulary: !!omap\n  - term: zzcanaryomapterm\n"))
    text = d.read(session(1))
    d.write(session(1), "--- !secret\n" + text)
    code, diags = diagnostics(d)
    f.expect(code == 1, f"validate exit {code}")
    tag_rule = "YAML tags such as '!confidential' are not supported; remove the tag; to keep an item in the group, write 'confidential: true'"
    f.expect(any(x["rule"] == "bad-type" and x["message"].startswith("YAML tags") for x in diags if x["path"] == session(1)),
             "the document tag is not reported")
    f.expect(any(x["message"] == tag_rule for x in diags), f"the mapping tag is not reported: {diags}")
    f.expect(any("'!foo'" in x["message"] for x in diags), "the sequence tag is not reported")
    f.expect(any("'tag:yaml.org,2002:omap'" in x["message"] for x in diags), "the !!omap tag is not reported")
    shared_outputs(d, f)


def route_rex_new_carry_over(d, f):
    """rex new on a dossier with errors carries an item in doubt as confidential, and says so."""
    d.add_items(2, "experiments", "  - id: doubtful-one\n    text: zzcanarycarried\n    status: running\n"
                                  "    confidential: yes\n")
    code, out, err = d.run("rex", "new", DEVICE, "--date", "2025-05-01")
    f.expect(code == 0, f"rex new exit {code}: {err}")
    new = d.read(session(3))
    block = new[new.index("- id: doubtful-one"):]
    block = block[:block.index("\n  - ")] if "\n  - " in block else block
    f.expect("confidential: true" in block, f"the doubtful item was carried as shared:\n{block}")
    f.expect(f"efc: note: the experiment carried over from {session(2)}:" in err and "is written 'confidential: true'" in err,
             f"rex new does not say so: {err}")
    f.no_marker("rex new stderr", err)
    # Fixing the old flag does not make the carried copy shared.
    d.write(session(2), d.read(session(2)).replace("confidential: yes", "confidential: true"))
    shared_outputs(d, f)


def route_audiences(d, f):
    """Two audiences with one id, and a group audience with an outsider, are errors."""
    rel = os.path.join("rex", DEVICE, "device.yaml")
    text = d.read(rel)
    text = text.replace("  - id: partners\n    label: Partners\n    members: [chair]\n    receives: shared",
                        "  - id: board\n    label: Partners\n    members: [chair]\n    receives: group")
    d.write(rel, text)
    code, diags = diagnostics(d)
    f.expect(code == 1, f"validate exit {code}")
    f.expect(any(x["rule"] == "duplicate-id" and x["message"].startswith("audience id 'board' is already used at line")
                 for x in diags), f"duplicate audience not reported: {diags}")
    f.expect(any(x["rule"] == "group-audience-outsider" and x["message"].startswith("'chair' receives the group bilan")
                 for x in diags), f"outsider not reported: {diags}")
    code, out, err = d.run("bilan", "render", DEVICE, "--audience", "board")
    f.expect(code == 1, f"bilan on a device with errors: exit {code}")
    f.no_marker("bilan --audience board", out + err)
    shared_outputs(d, f)


EVASIONS = {
    # Each shared question repeats the first story's words in another Unicode form.
    "nfd": "l'équipe a attendu très longtemps avant que l'infirmière arrive",
    "zero-width": "the te\u200bam wai\u00adted for a lo\u200dng time before the ni\u2060ght nurse came",
    "spaces": "the\u2009team\u3000waited\u00a0for a\u202flong time before\u2010the night nurse came",
    "cyrillic": "th\u0435 t\u0435\u0430m w\u0430it\u0435d f\u043er \u0430 l\u043eng tim\u0435 b\u0435f\u043er\u0435 th\u0435 night nurs\u0435 c\u0430m\u0435",
    "greek": "the team waited f\u03bfr \u03b1 l\u03bfng time bef\u03bfre the night nurse c\u03b1me",
    "accents": "thé téam wàitéd fôr a lòng timé béfore thé night nursé camé",
    "case": "THE TEAM WAITED FOR A LONG TIME BEFORE THE NIGHT NURSE CAME",
}


def route_group_text_evasions(d, f):
    """group-text-shared sees through Unicode tricks, aliases, and checks device texts."""
    import unicodedata
    text = d.read(session(1)).replace(
        "situation: |\n      zzcanarysituation the team waited\n      for zzcanarysituationline two.",
        "situation: |\n      zzcanarysituation the team waited for a long time before the night nurse came\n"
        "      for zzcanarysituationline two.")
    text = text.replace("prescribed: zzcanaryprescribed the plan said so",
                        "prescribed: &plan zzcanaryprescribed l'équipe a attendu très longtemps avant que l'infirmière arrive")
    d.write(session(1), text)
    questions = "".join(f"  - text: \"{(unicodedata.normalize('NFD', v) if k == 'nfd' else v)}\"\n"
                        for k, v in EVASIONS.items())
    d.append_session(2, "questions:\n" + questions)
    d.append_session(1, "lessons:\n  - *plan\n")
    rel = os.path.join("rex", DEVICE, "device.yaml")
    d.write(rel, d.read(rel).replace("  - What is said here stays here.",
                                     "  - What is said here stays here.\n"
                                     "  - the team waited for a long time before the night nurse came"))
    code, diags = diagnostics(d)
    shared = [x for x in diags if x["rule"] == "group-text-shared"]
    lines = sorted(x["line"] for x in shared if x["path"] == session(2))
    f.expect(len(lines) == len(EVASIONS), f"{len(lines)} of {len(EVASIONS)} evasions caught: {shared}")
    f.expect(any(x["path"] == session(1) and x["severity"] == "error" and "YAML alias" in x["message"] for x in shared),
             f"the alias is not caught: {shared}")
    f.expect(any(x["path"] == rel for x in shared), f"the device rule is not checked: {shared}")
    for x in diags:
        f.no_marker("validate", x["message"])


def route_diagnostics_quote_nothing(d, f):
    """No diagnostic quotes a group field, a key inside one, or a ref written in one."""
    text = d.read(session(1))
    text = text.replace("    prescribed: zzcanaryprescribed the plan said so\n",
                        "    prescribed: zzcanaryprescribed the plan said so\n"
                        "    zzcanarykeyinstory: zzcanaryvalue\n")
    text = text.replace("  - narrator: ann\n", "  - narrator: zz-canary-nobody\n")
    text = text.replace("absent: [zz-canary-absent]", "absent: [zz-canary-absent, zz-canary-absent, zz-canary-stranger]")
    text = text.replace("    confidential: true\nquestions:", "    confidential: zzcanaryflag\nquestions:")
    text = text.replace("notes: |\n  zzcanarynotes first session.", "notes: [zzcanarynoteslist]")
    d.write(session(1), text)
    d.add_items(2, "stories", "  - narrator: ann\n    title: zzcanaryduptitle\n    title: zzcanaryduptitletwo\n"
                              "    keywords: [a]\n")
    code, diags = diagnostics(d)
    f.expect(code == 1, f"validate exit {code}")
    rules = {x["rule"] for x in diags}
    for rule in ["unknown-key", "unknown-ref", "bad-value", "bad-type", "duplicate-key", "attendance-mismatch", "narrator-absent"]:
        f.expect(rule in rules, f"no {rule} finding: the test would not exercise it ({sorted(rules)})")
    shared_outputs(d, f)


def route_template_links(d, f):
    """A template or partial that is a symbolic link is refused, naming it; nothing is printed."""
    os.makedirs(os.path.join(d.path, "templates"))
    d.write("templates/bilan.md.mustache", "{{> _story}}\n")
    os.symlink(os.path.join("..", SESSIONS, "01.yaml"), os.path.join(d.path, "templates", "_story.mustache"))
    code, out, err = d.run("bilan", "render", DEVICE)
    f.expect(code == 3, f"bilan with a linked partial: exit {code}")
    f.expect("efc: bad template: templates/_story.mustache: a template may not be a symbolic link" in err, f"stderr: {err}")
    f.no_marker("bilan with a linked partial", out + err)
    os.remove(os.path.join(d.path, "templates", "_story.mustache"))
    shutil.rmtree(os.path.join(d.path, "templates"))
    os.symlink(os.path.join(SESSIONS), os.path.join(d.path, "templates"))
    code, out, err = d.run("status")
    f.expect(code == 3 and "templates: a template folder may not be a symbolic link" in err, f"linked folder: {code} {err}")
    f.no_marker("status with a linked template folder", out + err)


ROUTES = {name[len("route_"):].replace("_", "-"): fn for name, fn in globals().items() if name.startswith("route_")}


def main():
    if len(sys.argv) < 4:
        print("\n".join(ROUTES))
        return 0
    efc, source, route = sys.argv[1], sys.argv[2], sys.argv[3]
    f = Failures()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "d")
        shutil.copytree(os.path.join(source, "tests/e2e/fixtures/canary"), path)
        ROUTES[route](Dossier(efc, path), f)
    for x in f:
        print("FAIL " + x)
    print(f"{route}: {'failed' if f else 'passed'}")
    return 1 if f else 0


if __name__ == "__main__":
    sys.exit(main())
