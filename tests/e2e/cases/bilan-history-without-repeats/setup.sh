sed -i "54s/status: accepted/status: proposed/" rex/chefs-de-service/sessions/04.yaml  # accueil-renfort stays proposed
