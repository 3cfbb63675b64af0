# Bad input in an exercise: an unknown key (suggested), a wrong type, a duplicate key.
f=exercises/2025-cooperation.yaml
sed -i 's|^participants: |particpants: |' "$f"
sed -i 's|^date: 2025-03-20$|date: [2025-03-20]|' "$f"
sed -i 's|^exercise: cooperation$|exercise: cooperation\nexercise: management|' "$f"
mkdir exercises/brouillons && touch exercises/notes.txt
