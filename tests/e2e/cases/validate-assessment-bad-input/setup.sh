# Bad input in assessment.yaml: an unknown key (suggested), a wrong type, a duplicate key, a level out of range.
f=assessment.yaml
sed -i 's|^      relation-to-real: {level: 0, evidence: \[\]}|      relation-to-reel: {level: 0, evidence: []}|' "$f"
sed -i 's|^      cooperation-support: {level: 1, evidence: \[\]}|      cooperation-support: {level: 1, evidence: rex/chefs-de-service}|' "$f"
sed -i 's|^      instituted-times: {level: 0, evidence: \[\]}|      instituted-times: {level: 0, level: 1}|' "$f"
sed -i 's|^      training: {mode: mixed}|      training: {mode: collectif}|' "$f"
sed -i '0,/^        level: 2$/s//        level: 5/' "$f"
