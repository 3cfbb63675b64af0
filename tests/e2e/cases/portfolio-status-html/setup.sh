. "$CASE/../../fixtures/portfolio.sh"
