# '#RDC' after an unquoted place is a comment: the text would lose it without a word.
sed -i "s/^place: .*/place: Salle n°2 #RDC/" rex/chefs-de-service/sessions/02.yaml
