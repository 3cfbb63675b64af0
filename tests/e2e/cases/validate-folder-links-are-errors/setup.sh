# Issue 13, finding 3: a device folder that is a link was dropped in silence (validate exit 0,
# status said "no device"); a sessions folder that is a link was read from outside the dossier.
mkdir -p ../outside
cp -R rex/chefs-de-service ../outside/linked-device
ln -s ../../outside/linked-device rex/linked-device
mv rex/chefs-de-service/sessions ../outside/sessions
ln -s ../../../outside/sessions rex/chefs-de-service/sessions
