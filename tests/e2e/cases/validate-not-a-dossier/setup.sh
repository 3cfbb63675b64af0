# A folder with files but no dossier.yaml here or above.
mkdir notes && echo "not yaml" > notes/a.txt && echo "a: 1" > draft.yaml
