# 2025-002 names r-107 (entered on 2025-04-11, before the arbitration) without effort_days:
# dated 2025-03-04, r-107 is not waiting yet; its effort (5 days) is the urgent request's.
sed -i -e 's/^date: 2025-04-14/date: 2025-03-04/' -e 's/^request: .*/request:\n  ref: r-107/' \
  -e '/^  effort_days: 1/d' -e 's/requested_deadline: 2025-04-16/requested_deadline: 2025-03-12/' arbitrations/2025-002.yaml
sed -i '/^decision:/,$d' arbitrations/2025-002.yaml
