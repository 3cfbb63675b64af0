# Issue 13, finding 4: entries efc did not read passed validate --strict without a word.
mkdir -p rex/chefs-de-service/session sessions-copy arbitration rex/chefs-de-service/sessions/old
cp rex/chefs-de-service/sessions/*.yaml rex/chefs-de-service/session/
printf 'id: 2025-001\n' > arbitration/2025-001.yaml
cp rex/chefs-de-service/sessions/05.yaml rex/chefs-de-service/sessions/old/05.yaml
mv rex/chefs-de-service/sessions/05.yaml rex/chefs-de-service/sessions/05.YAML
rmdir sessions-copy
