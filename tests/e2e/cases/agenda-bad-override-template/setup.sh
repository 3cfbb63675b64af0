mkdir -p templates/fr
printf "# {{summary}}\n{{#slots}}\n- {{title}}\n" > templates/fr/agenda.md.mustache
