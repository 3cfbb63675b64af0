# One fault per rule of responses.yaml, each on its own line.
f=rex/chefs-de-service/responses.yaml
sed -i 's|^  - to: q-lits-nuit|  - to: q-lit-nuit|' "$f"                        # response-unknown-item
sed -i 's|^    presented_by: \[martin, dupont\]|    presented_by: [martin]|' "$f"   # transmission-without-participants
sed -i 's|^    date: 2025-03-25|    date: 2025-03-15|' "$f"                        # response-before-transmission
sed -i 's|^  - text: Les rappels répétés|  - id: q-rappels\n    text: Les rappels répétés|' rex/chefs-de-service/sessions/03.yaml
cat >> "$f" <<'YAML'
  - to: q-rappels
    date: 2025-07-01
    by: [directeur]
    decision: declined
YAML
# duplicate-id: the id of a question of session 1 given to another question in session 4
sed -i 's|^  - id: q-temps-proches|  - id: q-lits-nuit|' rex/chefs-de-service/sessions/04.yaml
