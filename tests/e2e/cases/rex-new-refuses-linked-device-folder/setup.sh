# Issue 13, finding 3: a device folder that is a link was dropped in silence by validate, and
# writing through it would put the session outside the dossier.
mkdir -p ../outside
mv rex/chefs-de-service ../outside/chefs-de-service
ln -s ../../outside/chefs-de-service rex/chefs-de-service
