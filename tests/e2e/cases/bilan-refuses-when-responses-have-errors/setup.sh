sed -i 's|^    decision: adopted|    decison: adopted|' rex/chefs-de-service/responses.yaml
