# A link planted where the next session file will be written, to a file outside the dossier.
ln -s ../../../../planted.yaml rex/chefs-de-service/sessions/06.yaml
