# A 30 MB session file: efc reads 4 MiB and one byte of it, then refuses it by size.
{ printf 'number: 5\nnotes: '; head -c 31457280 /dev/zero | tr '\0' x; printf '\n'; } > rex/chefs-de-service/sessions/05.yaml
