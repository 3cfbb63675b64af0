sed -i 's/^  - question: questions$/  - question: questionz/' exercises/2025-management.yaml
