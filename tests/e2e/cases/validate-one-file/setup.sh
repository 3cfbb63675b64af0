# Faults in two files; only the findings of the file named on the command line are shown.
sed -i "0,/^    organisation: ch$/s//    organisatoin: ch/" dossier.yaml
sed -i 's/^date: 2025-03-10$/date: 2025-02-30/' rex/chefs-de-service/sessions/02.yaml
sed -i 's/^  - narrator: bernard$/  - narrator: lefevre/' rex/chefs-de-service/sessions/02.yaml
