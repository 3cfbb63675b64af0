sed -i 's/^session_minutes: 120/session_minutes: 150\nbreak_minutes: 0/' rex/chefs-de-service/device.yaml
