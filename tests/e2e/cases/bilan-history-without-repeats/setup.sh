sed -i '50s/status: accepted/status: proposed/' rex/chefs-de-service/sessions/04.yaml
