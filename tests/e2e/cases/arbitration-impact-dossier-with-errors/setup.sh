sed -i "s/    effort_days: 3$/    effort_days: three/" arbitrations/queue.yaml
