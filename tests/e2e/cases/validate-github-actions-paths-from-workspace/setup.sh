sed -i 's/^kind: internal/kind: interne/' rex/chefs-de-service/device.yaml
