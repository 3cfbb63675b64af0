# Two files named with the byte 0xFF, which is not UTF-8: one at the root, one among the sessions.
printf 'x: 1\n' > "$(printf 'notes\377').yaml"
printf 'number: 6\n' > "rex/chefs-de-service/sessions/$(printf '0\3776').yaml"
