. "$CASE/../../fixtures/portfolio.sh"
# The hospital's dossier.yaml asks for a format efc does not read; the workshop plans fewer sessions than it held.
sed -i 's/^efc: 1$/efc: 2/' clients/hopital/dossier.yaml
sed -i 's/^planned_sessions: 5$/planned_sessions: 2/' clients/atelier/rex/chefs-de-service/device.yaml
