sed -i 's/^session_minutes: 120/session_minutes: 150/' rex/chefs-de-service/device.yaml
