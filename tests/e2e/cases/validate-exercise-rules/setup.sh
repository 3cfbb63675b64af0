# One fault per rule of the exercises, each on its own line.
f=exercises/2025-management.yaml
sed -i 's|^    postponed: À reprendre.*|    text: ""|' "$f"                       # exercise-unanswered: an empty text
sed -i 's|^  - question: questions$|  - question: question|' "$f"              # unknown-ref, and the question left unanswered
sed -i 's|^  - question: talk-about-work$|  - question: attention|' "$f"        # duplicate-id, and talk-about-work unanswered
sed -i 's|^id: 2025-cooperation$|id: 2025-coop|' exercises/2025-cooperation.yaml   # id-mismatch
