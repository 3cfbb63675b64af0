mkdir -p templates
printf "{{#items}}\n- {{date}} {{id}} : {{outcome}} ({{client}})\n{{/items}}\nÉcart médian : {{median_gap}}\n" > templates/arbitration-report.md.mustache
