# Dates beyond the years 1900-2999 and session numbers beyond 9999, each where it is written.
s=rex/chefs-de-service/sessions
sed -i 's/^date: .*/date: 9999-12-31/' $s/05.yaml
sed -i 's/^number: 4$/number: 10000/' $s/04.yaml
sed -i 's/^planned_sessions: .*/planned_sessions: 10000/' rex/chefs-de-service/device.yaml
sed -i 's/^  date: .*/  date: 1899-12-31/' dossier.yaml
