. "$CASE/../../fixtures/portfolio.sh"
# A copy of the hospital's dossier keeps its id; the workshop has an error in a session file.
cp -R clients/hopital clients/hopital-copie
sed -i 's/^kind: bilan$/kind: bilann/' clients/atelier/rex/chefs-de-service/sessions/05.yaml
