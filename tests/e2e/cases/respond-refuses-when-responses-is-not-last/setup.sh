# 'transmissions' written after 'responses': efc respond cannot add at the end of the list.
f=rex/chefs-de-service/responses.yaml
python3 - "$f" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
head, rest = s.split("transmissions:\n", 1)
trans, resp = rest.split("responses:\n", 1)
open(p, "w", encoding="utf-8").write(head + "responses:\n" + resp + "transmissions:\n" + trans)
PY
