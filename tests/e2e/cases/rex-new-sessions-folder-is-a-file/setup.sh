rm -r rex/chefs-de-service/sessions
echo "a file where the sessions folder should be" > rex/chefs-de-service/sessions
