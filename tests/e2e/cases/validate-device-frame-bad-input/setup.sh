# Bad input in the frame of trust: an unknown key (suggested), a wrong type, a duplicate key.
f=rex/marche-de-valmont/device.yaml
sed -i 's|^  kind: friction$|  kind: friction\n  kind: ambition|' "$f"
sed -i 's|^voluntary: false |voluntary: "non" |' "$f"
sed -i 's|^trust_measures:$|trust_mesures:|' "$f"
sed -i 's|^carried_by: \[mairie, amap\]|carried_by: [mairie, amapp]|' "$f"
