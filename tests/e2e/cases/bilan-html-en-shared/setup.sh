# The English dossier shared by the English golden cases.
cp -R "$CASE/../../fixtures/en-dossier/." .
