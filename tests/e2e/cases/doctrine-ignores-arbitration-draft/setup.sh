# The draft `efc arbitration new --request r-107 --date 2025-03-04` writes: empty summary and
# stakes (3 errors), none in what this command reads.
mkdir -p arbitrations
cp "$CASE/../bilan-ignores-arbitration-draft/2025-004.yaml" arbitrations/2025-004.yaml
