# The fault fixture: one fault per rule of CLI.md, each on its own line.
cp -R "$CASE/../../fixtures/faults/." .
