# Issue 13, finding 2: a killed init --example left part of a dossier, and the next init refused.
# Now a killed init leaves at most a hidden folder beside DIR, which the next init clears.
mkdir -p .demo.efc-tmp-Zy98Xw/hopital-valmont/rex/chefs-de-service
printf 'id: chefs' > .demo.efc-tmp-Zy98Xw/hopital-valmont/rex/chefs-de-service/device.yaml
touch -d "2 minutes ago" .demo.efc-tmp-Zy98Xw
