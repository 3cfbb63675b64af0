# The only shared audience becomes a group one: the user must choose.
# Its members become insiders, or the device would have errors (group-audience-outsider).
sed -i "s/receives: shared .*/receives: group/; s/members: \[directeur, president, martin, moreau\]/members: [martin, moreau]/" \
  rex/chefs-de-service/device.yaml
