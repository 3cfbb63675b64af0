# The only shared audience becomes a group one: the user must choose.
sed -i "s/receives: shared .*/receives: group/" rex/chefs-de-service/device.yaml
