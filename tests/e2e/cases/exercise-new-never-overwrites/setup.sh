# The year's worksheet and the dated one both exist: nothing is written.
sed 's/^id: 2025-management/id: 2025-01-20-management/' exercises/2025-management.yaml > exercises/2025-01-20-management.yaml
