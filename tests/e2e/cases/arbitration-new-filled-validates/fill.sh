# Fills what `efc arbitration new` leaves to fill: the summary, each party's stakes, the decision.
set -e
f=$1
sed -i 's/^  summary: .*$/  summary: Chiffrage d une ligne de convoyeurs/' "$f"
n=0
for stakes in "Garder le client." "Tenir son plan de charge." "Presenter un budget a son comite."; do
  n=$((n + 1))
  sed -i "0,/^    stakes: \"\"$/s//    stakes: $stakes/" "$f"
done
sed -i 's/^# decision:.*$/decision:/; s/^#   outcome: negotiated .*$/  outcome: negotiated/; s/^#   deadline: AAAA-MM-JJ$/  deadline: 2025-03-14/' "$f"
sed -i 's/^#   rationale: .*$/  rationale: Le client accepte le 14 mars./; s/^#   decided_by: /  decided_by: /; s/^#   client_informed: true$/  client_informed: true/' "$f"
