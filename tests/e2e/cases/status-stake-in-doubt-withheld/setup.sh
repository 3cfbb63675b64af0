# An error in the device file: the stake may be confidential without saying so; status leaves it out, by position.
sed -i 's|^  kind: friction$|  kind: friction\n  confidentiel: true|' rex/marche-de-valmont/device.yaml
