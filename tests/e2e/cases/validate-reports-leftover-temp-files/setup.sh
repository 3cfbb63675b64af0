# Issue 13, finding 2: what a killed rex new leaves (a hidden temporary file in sessions/, here a
# full orphan copy) was not reported by validate, and nothing ever removed it. The second one
# has the name of earlier versions, at the root, as a killed `bilan render -o bilan.md` leaves.
cp rex/chefs-de-service/sessions/05.yaml rex/chefs-de-service/sessions/.06.yaml.efc-tmp-Ab12Cd
printf 'half a bil' > .bilan.md.efc-abcdef
