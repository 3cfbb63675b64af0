#!/usr/bin/env python3
"""The French catalogue is complete: every message of lib/ and cli/ that xgettext finds (the
keywords of lib/text/i18n.hpp) has a translation in po/fr.po, none fuzzy, none obsolete, and
each translation keeps the placeholders of its msgid (fmt's {} or {N}) and its line breaks.
usage: check_catalogue.py SOURCE_DIR WORK_DIR"""
import pathlib
import re
import subprocess
import sys

KEYWORDS = ["tr", "trf", "ntr:1,2", "ntrf:1,2", "mark"]


def run(*args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def unquote(lines):
    return "".join(bytes(l[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                   for l in lines)


def entries(po_text):
    """(flags, msgid, msgid_plural, [msgstr...], obsolete) of each entry of a .po file."""
    out = []
    for block in po_text.strip().split("\n\n"):
        lines = block.splitlines()
        obsolete = any(l.startswith("#~") for l in lines)
        lines = [l[3:] if l.startswith("#~ ") else l for l in lines]
        flags = " ".join(l[2:] for l in lines if l.startswith("#,"))
        fields, current = {}, None
        for l in lines:
            m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d\])?) (".*")$', l)
            if m:
                current = m.group(1)
                fields[current] = [m.group(2)]
            elif l.startswith('"') and current:
                fields[current].append(l)
        if "msgid" not in fields:
            continue
        msgstrs = [unquote(v) for k, v in sorted(fields.items()) if k.startswith("msgstr")]
        out.append((flags, unquote(fields["msgid"]), unquote(fields.get("msgid_plural", [])), msgstrs, obsolete))
    return out


def placeholders(s):
    """The arguments a fmt format string uses, as a sorted list of indices."""
    found, auto = [], 0
    for m in re.finditer(r"\{\{|\}\}|\{(\d*)(:[^}]*)?\}", s):
        if m.group(0) in ("{{", "}}"):
            continue
        if m.group(1):
            found.append(int(m.group(1)))
        else:
            found.append(auto)
            auto += 1
    return sorted(set(found))


def main():
    source, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    work.mkdir(parents=True, exist_ok=True)
    po = source / "po" / "fr.po"
    files = sorted(str(p.relative_to(source)) for d in ("lib", "cli") for p in (source / d).rglob("*.[ch]pp"))
    pot = work / "efc.pot"
    run("xgettext", "--language=C++", "--from-code=UTF-8", "--no-wrap", "--sort-by-file", "-D", str(source),
        *[f"--keyword={k}" for k in KEYWORDS], "-o", str(pot), *files)
    run("msgfmt", "--check", "-o", "/dev/null", str(po))
    code = {e[1]: e for e in entries(pot.read_text(encoding="utf-8")) if e[1]}
    faults = []
    seen = set()
    for flags, msgid, plural, msgstrs, obsolete in entries(po.read_text(encoding="utf-8")):
        if not msgid:
            continue
        seen.add(msgid)
        name = repr(msgid)
        if obsolete or msgid not in code:
            faults.append(f"obsolete (no longer in the code): {name}")
        elif "fuzzy" in flags:
            faults.append(f"fuzzy: {name}")
        elif not msgstrs or any(not s for s in msgstrs):
            faults.append(f"untranslated: {name}")
        else:
            for i, s in enumerate(msgstrs):
                source_text = msgid if (i == 0 or not plural) else plural
                if placeholders(s) != placeholders(source_text) and placeholders(s) != placeholders(plural or msgid):
                    faults.append(f"placeholders differ: {name} -> {s!r}")
                if s.count("\n") != source_text.count("\n"):
                    faults.append(f"line breaks differ: {name} -> {s!r}")
        if msgid in code and bool(plural) != bool(code[msgid][2]):
            faults.append(f"plural forms differ from the code: {name}")
    for msgid, (_, _, _, _, _) in code.items():
        if msgid not in seen:
            where = next((l for l in pot.read_text(encoding="utf-8").split("\n\n") if f'msgid "{msgid[:30]}' in l), "")
            ref = " ".join(l[3:] for l in where.splitlines() if l.startswith("#: "))
            faults.append(f"missing in po/fr.po: {msgid!r} ({ref})")
    for f in faults:
        print(f)
    print(f"{len(code)} messages in the code, {len(seen)} in po/fr.po, {len(faults)} faults")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
