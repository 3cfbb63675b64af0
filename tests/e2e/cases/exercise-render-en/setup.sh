sed -i 's/^lang: fr$/lang: en/' dossier.yaml
