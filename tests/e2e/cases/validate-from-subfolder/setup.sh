# One fault at the root, one in a session: seen from rex/, paths are relative to it.
sed -i '0,/^    organisation: ch$/s//    organisatoin: ch/' dossier.yaml
sed -i 's/^absent: \[lefevre\] .*$/absent: [lefevre, dupont]/' rex/chefs-de-service/sessions/02.yaml
