# A file is already where the bilan should go: it must be left alone.
printf "my own notes\n" > bilan.md
