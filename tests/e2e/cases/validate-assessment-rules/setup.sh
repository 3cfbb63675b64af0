# One fault per rule of assessment.yaml, each on its own line.
f=assessment.yaml
sed -i 's|evidence: \[principles.yaml, rex/chefs-de-service\]|evidence: [principles.yaml, rex/chefs-de-service/reponses.yaml]|' "$f"  # evidence-not-found
sed -i '0,/^        evidence: \[rex\/chefs-de-service\]$/s//        evidence: []/' "$f"   # assessment-without-evidence: level 2, no evidence
cat >> "$f" <<'YAML'
  - date: 2026-03-01
    by: [directeur]
    ingredients:
      instituted-times: {level: 3, evidence: [rex/chefs-de-service, ../examples]}
YAML
