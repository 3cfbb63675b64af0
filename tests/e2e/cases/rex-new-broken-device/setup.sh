printf "id: chefs-de-service\ntitle: [unclosed\n" > rex/chefs-de-service/device.yaml
