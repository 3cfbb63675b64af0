# One warning (a backing validated by no one) and one error (an unknown kind of device).
sed -i "s/^  validated_by: \[directeur, president\]$/  validated_by: []/" dossier.yaml
sed -i "s/^kind: internal$/kind: interne/" rex/chefs-de-service/device.yaml
