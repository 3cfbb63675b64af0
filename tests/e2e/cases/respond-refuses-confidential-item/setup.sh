# The question the group keeps (session 3, confidential) gets an id: answering it is refused.
sed -i 's|^  - text: Les rappels répétés|  - id: q-rappels\n    text: Les rappels répétés|' rex/chefs-de-service/sessions/03.yaml
