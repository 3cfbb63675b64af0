# The last session a series holds is 9999.yaml.
mv rex/chefs-de-service/sessions/05.yaml rex/chefs-de-service/sessions/9999.yaml
sed -i 's/^number: 5$/number: 9999/' rex/chefs-de-service/sessions/9999.yaml
