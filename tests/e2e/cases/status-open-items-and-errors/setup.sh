sed -i "/^decision:/,\$d" arbitrations/2025-003.yaml arbitrations/2025-002.yaml
sed -i "s/owner: directeur/owner: directrice/" rex/chefs-de-service/sessions/02.yaml
rm rex/chefs-de-service/sessions/05.yaml
