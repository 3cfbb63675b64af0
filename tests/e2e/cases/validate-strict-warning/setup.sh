# The only finding: a backing validated by no one (backing-missing, a warning).
sed -i "s/^  validated_by: \[directeur, president\]$/  validated_by: []/" dossier.yaml
