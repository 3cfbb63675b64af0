sed -i "s/    confidential: true        # le groupe/    confidential: oui        # le groupe/" rex/chefs-de-service/sessions/03.yaml
