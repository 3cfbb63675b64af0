# An error in a session: nothing may be rendered from a dossier with errors.
sed -i "s/^absent: \[lefevre\].*/absent: [lefevre]\nsumary: oops/" rex/chefs-de-service/sessions/02.yaml
