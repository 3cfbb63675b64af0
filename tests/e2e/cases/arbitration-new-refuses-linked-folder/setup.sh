# Issue 13, finding 3: arbitration new wrote through an arbitrations folder linked to outside.
mkdir -p ../outside
mv arbitrations ../outside/arbitrations
ln -s ../outside/arbitrations arbitrations
