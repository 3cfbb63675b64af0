# An arbitration still open (no decision yet) between two heads of department.
mkdir -p arbitrations
cat > arbitrations/2025-001.yaml <<'YAML'
id: 2025-001
kind: shared-stake
date: 2025-11-17
parties:
  - who: dupont
    stakes: Trouver chaque soir assez de lits d'aval pour ne laisser personne sur un brancard.
  - who: lefevre
    stakes: Garder en gériatrie les lits des entrées programmées de la semaine.
YAML
sed -i "s/owner: directeur/owner: directrice/" rex/chefs-de-service/sessions/02.yaml
rm rex/chefs-de-service/sessions/05.yaml
