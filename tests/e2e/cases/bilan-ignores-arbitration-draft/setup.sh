# The draft `efc arbitration new --request r-107 --date 2025-03-04` writes: empty summary and
# stakes (3 errors). A bilan is not built from arbitrations: it reads neither stops on them.
mkdir -p arbitrations
cp "$CASE/2025-004.yaml" arbitrations/2025-004.yaml
