mkdir -p templates && printf "<p>{{{dossier_title}}}</p>\n" > templates/bilan.html.mustache
