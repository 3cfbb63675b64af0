# An override of 1 MiB and one byte: it must be refused, never cut at 1 MiB.
mkdir -p templates
{ head -c 1048576 /dev/zero | tr '\0' 'x'; printf 'y'; } > templates/bilan.md.mustache
