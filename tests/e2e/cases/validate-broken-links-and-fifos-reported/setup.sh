# Files that cannot be read are reported, never skipped: broken links and a fifo.
ln -s ../../../../planted.yaml rex/chefs-de-service/sessions/06.yaml
mkdir -p arbitrations
ln -s nowhere.yaml arbitrations/2025-900.yaml
ln -s missing.yaml principles.yaml.tmp && rm principles.yaml && mv principles.yaml.tmp principles.yaml
mkfifo arbitrations/2025-901.yaml
