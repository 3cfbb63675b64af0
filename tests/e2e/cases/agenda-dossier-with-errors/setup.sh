# An error in an arbitration: an agenda reads dossier.yaml, principles.yaml and its device's
# folder only, so it neither stops nor reads that file.
sed -i "s/^  - who: commercial-b$/  - who: commerciale-b/" arbitrations/2025-001.yaml
