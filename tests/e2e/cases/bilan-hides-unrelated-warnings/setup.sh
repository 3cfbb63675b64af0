# No backing in dossier.yaml (warning backing-missing): not about the bilan, not printed with it.
python3 - <<'PY'
import re
s = open("dossier.yaml").read()
s = re.sub(r"\nbacking:\n(  .*\n|\s*#.*\n|\n)*", "\n", s, count=1)
open("dossier.yaml", "w").write(s)
PY
