rm rex/chefs-de-service/responses.yaml
