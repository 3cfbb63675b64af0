sed -i 's/name: Karim Benali/name: Olivier Berthier/' dossier.yaml
