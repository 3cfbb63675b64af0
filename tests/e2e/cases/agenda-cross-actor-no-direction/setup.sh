sed -i 's/^kind: internal/kind: cross-actor/' rex/chefs-de-service/device.yaml
