# Three faults people make by hand, each reported at its own line with how to write it:
# French typography (a space before ':'), an apostrophe inside '...', a key without its colon.
sed -i "s/^  - text: Une grille purement/  - text: Hypothèse : une grille purement/" rex/chefs-de-service/sessions/02.yaml
sed -i "s/^    title: .*/    title: 'L'heure du repas'/" rex/chefs-de-service/sessions/03.yaml
sed -i "s/^kind: regular/kind regular/" rex/chefs-de-service/sessions/04.yaml
