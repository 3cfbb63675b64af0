mkdir -p templates/fr
printf "# {{title}}\n{{#items}}\n- {{id}}\n" > templates/fr/arbitration-report.md.mustache
