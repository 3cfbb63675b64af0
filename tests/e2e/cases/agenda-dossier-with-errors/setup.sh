sed -i "s/validated_by: \[directeur, president\]/validated_by: [directeur, presidente]/" dossier.yaml
