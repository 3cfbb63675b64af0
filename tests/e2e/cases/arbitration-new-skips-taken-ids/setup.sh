printf "id: 2025-004\n" > arbitrations/2025-004.yaml
mkdir -p arbitrations/2025-005.yaml
