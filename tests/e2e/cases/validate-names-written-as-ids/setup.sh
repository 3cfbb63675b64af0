# A person's name where an id is expected, and a principle id written with its accents.
sed -i "s/^    owner: moreau/    owner: Yves Moreau/; s/principles: \[soutien\]/principles: [soutien, équité]/" rex/chefs-de-service/sessions/02.yaml
