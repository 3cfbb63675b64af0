printf "# Notes de la mission\n" > README.md
