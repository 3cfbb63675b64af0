#!/usr/bin/env python3
"""The HTML pages (--format html) in a real browser and a strict parser, one CTest entry per
page and check.

Usage: html_pages.py --list                      the entries, one "PAGE.CHECK" a line
       html_pages.py EFC SOURCE_DIR PAGE.CHECK   runs one

Checks:
  dom       Debian's chromium, headless and offline, loads the page (--dump-dom): the title,
            the expected words and every chart (an svg with its <title> and a figcaption)
            are in the document it built; no "canary" anywhere.
  pdf       chromium prints it to PDF (A4, the page's print style sheet): the PDF exists, its
            page count is in the expected range (pdfinfo), pdftotext finds the title.
  html5lib  html5lib's strict parser reports no error; the page is self-contained: no script,
            no link, no outside URL (only the SVG namespace), no font to fetch.

A check whose tool is missing prints "efc-test-skipped: why" and exits 77 (skipped), unless
EFC_REQUIRE_BROWSER=1 (.ci/run), where a missing tool is a failure.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ENV = {"NO_COLOR": "1", "LC_ALL": "C.UTF-8", "TZ": "UTC", "SOURCE_DATE_EPOCH": "1767225600"}



def fr(text):
    """French typography, as efc sets it in French pages: U+00A0 before : and %, U+202F before ; ? !."""
    return re.sub(r" ([;?!])", "\u202f\\1", re.sub(r" ([:%])", "\u00a0\\1", text)).replace("'", "\u2019")


# name: (dossier, efc arguments, title, words the page must hold, charts, PDF pages (min, max))
PAGES = {
    "bilan-fr-shared": ("examples/hopital-valmont", ["bilan", "render", "chefs-de-service", "--format", "html"],
                        fr("Bilan : Espace de réflexion des chefs de service"),
                        ["Séances et présence", "Ce que sont devenues les remontées", fr("Version : direction")],
                        ["chart-attendance", "chart-themes", "chart-experiments", "chart-loop"], (5, 9)),
    "bilan-fr-group": ("examples/hopital-valmont", ["bilan", "render", "chefs-de-service", "--audience", "participants", "--format", "html"],
                       fr("Bilan : Espace de réflexion des chefs de service"),
                       ["Présence de chaque participant", "Récits", fr("Version : groupe")],
                       ["chart-attendance", "chart-themes", "chart-experiments", "chart-loop"], (6, 10)),
    "bilan-en": ("tests/e2e/fixtures/en-rex", ["bilan", "render", "workshop", "--format", "html"],
                 "Bilan:", ["Sessions and attendance", "What became of what went up", "Version: for management"],
                 ["chart-attendance", "chart-experiments"], (2, 4)),
    "bilan-canary": ("tests/e2e/fixtures/canary", ["bilan", "render", "sentinel-dev", "--audience", "board", "--format", "html"],
                     "Bilan:", ["What became of what went up"], ["chart-attendance", "chart-loop"], (2, 4)),
    "status": ("examples/hopital-valmont", ["status", "--format", "html"], fr("État du dossier : Soutenir la coopération"),
               ["Portage institutionnel", "Remontées en attente de réponse"], ["chart-sessions"], (1, 4)),
    "impact": ("examples/mecanique-du-rhone", ["arbitration", "impact", "2025-001", "--format", "html"], fr("Arbitrage 2025-001 : impact sur la file"),
               [fr("Un engagement ne serait plus tenu : r-103."), "plus tenu"], ["chart-queue"], (1, 3)),
    "report": ("examples/mecanique-du-rhone", ["arbitration", "report", "--format", "html"], "Arbitrages conjoints",
               ["Totaux", "Remontées à la direction"], ["chart-outcomes", "chart-deadlines"], (1, 3)),
}
CHECKS = ["dom", "pdf", "html5lib"]
SKIPPED = 77


def skip_or_fail(why):
    if os.environ.get("EFC_REQUIRE_BROWSER") == "1" or os.environ.get("CI"):
        print(f"FAIL {why} (required here: EFC_REQUIRE_BROWSER=1 or CI is set)")
        return 1
    print(f"efc-test-skipped: {why}")
    print("  (make test-deps installs it; .ci/run sets EFC_REQUIRE_BROWSER=1, which makes its absence a failure)")
    return SKIPPED


def render(efc, source, page, tmp):
    dossier, args = PAGES[page][0], PAGES[page][1]
    work = os.path.join(tmp, "d")
    shutil.copytree(os.path.join(source, dossier), work)
    r = subprocess.run([efc, *args], cwd=work, env=dict(os.environ, **ENV), capture_output=True, timeout=60)
    if r.returncode != 0:
        raise SystemExit(f"FAIL efc {' '.join(args)}: exit {r.returncode}: {r.stderr.decode(errors='replace')}")
    path = os.path.join(tmp, page + ".html")
    with open(path, "wb") as f:
        f.write(r.stdout)
    return path, r.stdout


def chromium(tmp, *args):
    profile = tempfile.mkdtemp(dir=tmp, prefix="profile-")
    cmd = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, timeout=120, cwd=tmp)


def check_dom(page, path, tmp):
    _, _, title, words, charts, _ = PAGES[page]
    r = chromium(tmp, "--dump-dom", "file://" + path)
    dom = r.stdout.decode("utf-8", errors="replace")
    failures = []
    if r.returncode != 0 or "<body" not in dom:
        return [f"chromium --dump-dom: exit {r.returncode}: {r.stderr.decode(errors='replace')[-400:]}"]
    dom = dom.replace("&nbsp;", "\u00a0")  # the DOM's serialisation writes U+00A0 as an entity
    if f"<h1>{title}" not in dom:
        failures.append(f"the title '{title}' is not the page's h1")
    for w in words:
        if w.replace("'", "&#39;") not in dom and w not in dom:
            failures.append(f"'{w}' is not in the page")
    for c in charts:
        m = re.search(r'<svg[^>]*aria-labelledby="%s-title"[^>]*>.*?</svg>\s*<figcaption>([^<]+)</figcaption>' % c, dom, re.S)
        if not m:
            failures.append(f"chart {c}: no svg followed by its figcaption in the DOM")
            continue
        svg = m.group(0)
        svg_title = re.search(r'<title id="%s-title">([^<]+)</title>' % c, svg)
        if not svg_title or svg_title.group(1) != m.group(1):
            failures.append(f"chart {c}: the svg's <title> differs from the figcaption")
        if svg.count("<rect") + svg.count("<circle") < 1:
            failures.append(f"chart {c}: nothing drawn")
    if re.search("canary", dom, re.I):
        failures.append("'canary' is in the DOM")
    print(f"dom: {len(dom)} characters, {dom.count('<svg')} charts, {dom.count('<table')} tables")
    return failures


def check_pdf(page, path, tmp):
    _, _, title, _, _, (low, high) = PAGES[page]
    for tool in ("pdfinfo", "pdftotext"):
        if shutil.which(tool) is None:
            return None, f"{tool} is not installed (Debian package poppler-utils)"
    pdf = os.path.join(tmp, page + ".pdf")
    r = chromium(tmp, "--no-pdf-header-footer", "--print-to-pdf-no-header", f"--print-to-pdf={pdf}", "file://" + path)
    if not os.path.exists(pdf) or os.path.getsize(pdf) == 0:
        return [f"chromium --print-to-pdf wrote no PDF: exit {r.returncode}: {r.stderr.decode(errors='replace')[-400:]}"], None
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, timeout=60).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, timeout=60).stdout
    print(f"pdf: {pages} pages ({size}), {os.path.getsize(pdf)} bytes")
    failures = []
    if not low <= pages <= high:
        failures.append(f"{pages} pages, expected {low} to {high}")
    if "A4" not in size:
        failures.append(f"page size {size}, expected A4")
    if " ".join(title.split()) not in " ".join(text.split()):
        failures.append(f"pdftotext does not find the title '{title}'")
    if re.search("canary", text, re.I):
        failures.append("'canary' is in the PDF's text")
    return failures, None


def check_html5lib(page, data):
    try:
        import html5lib
    except ImportError:
        return None, "python3-html5lib is not installed"
    parser = html5lib.HTMLParser(strict=True)
    failures = []
    try:
        parser.parse(data)
    except Exception as e:  # strict mode raises on the first parse error
        failures.append(f"html5lib strict: {e}")
    text = data.decode("utf-8")
    print(f"html5lib: {len(data)} bytes parsed, {len(parser.errors)} errors")
    for pattern, what in [(r"<script", "a script"), (r"<link\b", "a link element"), (r"\bsrc=", "a src attribute"),
                          (r"\bhref=", "a link"), (r"@import|@font-face", "a style sheet or font to fetch"),
                          (r"url\((?!#)", "a url() that is not a reference inside the page")]:
        if re.search(pattern, text, re.I):
            failures.append(f"the page is not self-contained: {what}")
    urls = set(re.findall(r"https?://[^\s\"'<>]+", text)) - {"http://www.w3.org/2000/svg"}
    if urls:
        failures.append(f"outside URLs in the page: {sorted(urls)}")
    if re.search("canary", text, re.I):
        failures.append("'canary' is in the page's bytes")
    return failures, None


def main():
    if sys.argv[1:] == ["--list"]:
        for page in PAGES:
            for check in CHECKS:
                print(f"{page}.{check}")
        return 0
    efc, source, entry = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    page, check = entry.rsplit(".", 1)
    if check in ("dom", "pdf") and not os.access(CHROMIUM, os.X_OK):
        return skip_or_fail(f"chromium is not installed ({CHROMIUM}, Debian package chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        path, data = render(efc, source, page, tmp)
        missing = None
        if check == "dom":
            failures = check_dom(page, path, tmp)
        elif check == "pdf":
            failures, missing = check_pdf(page, path, tmp)
        else:
            failures, missing = check_html5lib(page, data)
        if missing:
            return skip_or_fail(missing)
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
