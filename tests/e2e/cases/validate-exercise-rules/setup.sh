# One fault per rule of the exercises, each on its own line.
f=exercises/2025-management.yaml
sed -i 's|^    postponed: À reprendre.*|    text: ""|' "$f"                       # exercise-unanswered: an empty text
sed -i 's|^  - question: questions$|  - question: question|' "$f"              # unknown-ref, and the question left unanswered
sed -i 's|^  - question: talk-about-work$|  - question: attention|' "$f"        # duplicate-id, and talk-about-work unanswered
cat > exercises/2025-cooperation.yaml <<'YAML'                                # id-mismatch
id: 2025-coop
exercise: cooperation
date: 2025-03-20
participants: [directeur, martin]
answers:
  - question: past-experience
    text: Le groupement hospitalier de territoire, pour les gardes partagées.
  - question: common-language
    text: Rien d'organisé entre les établissements.
  - question: rex-devices
    text: Aucun pour l'instant.
  - question: pooling
    postponed: À reprendre avec les établissements voisins.
YAML
