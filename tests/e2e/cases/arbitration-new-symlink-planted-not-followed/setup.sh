# A link planted where the arbitration file will be written, to a file outside the dossier.
ln -s ../../planted.yaml arbitrations/2025-900.yaml
