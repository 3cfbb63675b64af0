rm rex/chefs-de-service/sessions/05.yaml
