# Issue 13, finding 3: rex new wrote through a sessions folder linked to outside the dossier.
mkdir -p ../outside
mv rex/chefs-de-service/sessions ../outside/sessions
ln -s ../../../outside/sessions rex/chefs-de-service/sessions
