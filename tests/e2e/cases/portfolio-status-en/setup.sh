. "$CASE/../../fixtures/portfolio.sh"
sed -i 's/^lang: fr$/lang: en/' clients/hopital/dossier.yaml clients/atelier/dossier.yaml
