# Faults of every layer, as in README's tour and beyond: an unknown key, an absent narrator, a
# duplicate key, a bad date, an unknown person, and a session without its stories (a warning).
sed -i '0,/^    organisation:/s//    organistion:/' dossier.yaml
sed -i '11s/narrator: bernard/narrator: lefevre/' rex/chefs-de-service/sessions/02.yaml
printf 'date: 2025-13-40\n' >> rex/chefs-de-service/sessions/03.yaml
sed -i 's/^facilitators: \[martin, leroy\]/facilitators: [martin, inconnu]/' rex/chefs-de-service/device.yaml
