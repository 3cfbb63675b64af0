# A dossier template overriding bilan.md for every language, with a partial.
mkdir -p templates
printf "{{> _head}}\n{{#questions}}\n- {{text}}\n{{/questions}}\n" > templates/bilan.md.mustache
printf "# {{device.title}}: {{audience.label}}\n" > templates/_head.mustache
