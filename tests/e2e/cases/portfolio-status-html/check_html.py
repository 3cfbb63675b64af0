"""Checks a page of efc portfolio status --format html as a browser would take it.

html5lib in strict mode (a parse error fails), then: one self-contained page (no script, no
link to fetch: no src=, href= or url(), no @import), in French, with one table whose rows
are the dossiers. Prints what it found."""
import re
import sys

import html5lib

raw = open(sys.argv[1], "rb").read()
parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
doc = parser.parse(raw)
text = raw.decode("utf-8")
for pattern in (r"<script", r"\bsrc=", r"\bhref=", r"url\(", r"@import", r"https?:"):
    assert not re.search(pattern, text, re.IGNORECASE), f"the page fetches or runs something: {pattern}"
assert doc.get("lang") == "fr", "the page does not say it is in French"
tables = doc.findall(".//table")
assert len(tables) == 1, f"{len(tables)} tables"
rows = tables[0].findall("./tbody/tr")
print(f"html5lib strict: no parse error; lang {doc.get('lang')}; title: {doc.find('.//title').text}")
for row in rows:
    name = row.find("./th")
    print("row:", "".join(name.itertext()).strip(), "|", " | ".join("".join(td.itertext()).strip() for td in row.findall("./td")))
