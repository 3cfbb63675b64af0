cp -R "$CASE/../../fixtures/en-rex/." .
rm rex/workshop/sessions/04.yaml rex/workshop/sessions/03.yaml
