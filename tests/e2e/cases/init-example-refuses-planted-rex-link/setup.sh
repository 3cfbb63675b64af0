# Issue 13, finding 3: init --example into a folder with a planted link wrote files outside.
# A dossier's folder of the portfolio planted as a link: nothing may be written through it.
mkdir -p demo ../outside-rex
ln -s ../../outside-rex demo/hopital-valmont
