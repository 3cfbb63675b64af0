# A decided arbitration invoking a principle that does not exist: the charter is built from it.
sed -i "s/^  principles: \[equite\]/  principles: [equity]/" arbitrations/2025-001.yaml
