sed -i 's/^start: "14:00"/start: 9h00/' rex/chefs-de-service/sessions/02.yaml
