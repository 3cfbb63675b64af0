# A draft whose effort is not a number: the impact reads it, so it stops (the stakes are not read).
sed "s/^  effort_days: 5 .*/  effort_days: cinq/" "$CASE/../bilan-ignores-arbitration-draft/2025-004.yaml" > arbitrations/2025-004.yaml
