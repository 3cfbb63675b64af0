# A link planted where the bilan will be written, to a file outside the dossier.
ln -s ../planted.md bilan.md
