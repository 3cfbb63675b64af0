# Issue 13, finding 2: schema -o on a full disk left half its files or an empty folder. Now a new
# folder is built hidden and renamed into place; a leftover of a killed run is cleared.
mkdir .out.efc-tmp-a1b2c3
printf '{"half' > .out.efc-tmp-a1b2c3/device.schema.json
touch -d "2 minutes ago" .out.efc-tmp-a1b2c3
