# The frame of trust of the cross-actor device: one fault per rule.
f=rex/marche-de-valmont/device.yaml
sed -i '/^initial_stake:$/,/^    clientèle encore fragile.$/d' "$f"           # stake-missing
sed -i '/^trust_measures:$/,/^  - Chacun peut se retirer/d' "$f"              # trust-frame-missing (voluntary: false)
sed -i 's|^carried_by: \[mairie, amap\]|carried_by: [mairie]|' "$f"         # device-carried-by-one
