# group-audience-outsider: the director, in no role of the device, added to the audience that
# receives the group's text.
f=rex/chefs-de-service/device.yaml
sed -i 's|^    members: \[dupont, bernard, lefevre, moreau\]|    members: [dupont, bernard, lefevre, moreau, directeur]|' "$f"
