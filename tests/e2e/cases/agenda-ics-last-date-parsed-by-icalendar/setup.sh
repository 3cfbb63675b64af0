# The last day efc accepts, late in the evening: the session ends on 3000-01-01.
sed -i -e 's/^date: .*/date: 2999-12-31/' -e 's/^start: .*/start: "23:00"/' rex/chefs-de-service/sessions/05.yaml
