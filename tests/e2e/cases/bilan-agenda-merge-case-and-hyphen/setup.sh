sed -i '71s/term: faire tampon/term: Faire-tampon/' rex/chefs-de-service/sessions/03.yaml
sed -i '40s/planning/Week end/' rex/chefs-de-service/sessions/03.yaml
