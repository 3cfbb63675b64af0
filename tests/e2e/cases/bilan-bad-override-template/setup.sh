# A broken override of bilan.md in the dossier: refused, naming the file.
mkdir -p templates/fr
printf "# {{title}}\n{{#questions}}\n{{text}}\n" > templates/fr/bilan.md.mustache
