# One typo in device.yaml: one line, not an attendance-mismatch for every person of every session.
sed -i "s/^participants:/particpants:/" rex/chefs-de-service/device.yaml
