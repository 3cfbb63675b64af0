cp -R "$CASE/../../fixtures/en-rex/." .
