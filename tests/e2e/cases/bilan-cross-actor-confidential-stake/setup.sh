sed -i 's|^voluntary: false|  confidential: true\nvoluntary: false|' rex/marche-de-valmont/device.yaml
