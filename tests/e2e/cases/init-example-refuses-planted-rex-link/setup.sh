# Issue 13, finding 3: init --example into a folder with a planted rex link wrote the REX files outside.
mkdir -p demo ../outside-rex
ln -s ../../outside-rex demo/rex
