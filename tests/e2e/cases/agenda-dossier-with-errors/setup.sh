# An error in an exercise: an agenda reads dossier.yaml, principles.yaml and its device's
# folder only, so it neither stops nor reads that file.
sed -i "s/^  - question: questions$/  - question: questionz/" exercises/2025-management.yaml
