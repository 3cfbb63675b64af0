# A folder of client dossiers: alpha and gamma have an error, beta only a warning;
# notes/ holds no dossier.
examples="$CASE/../../../../examples/hopital-valmont"
mkdir -p clients/alpha clients/beta clients/gamma clients/notes
cp -R "$examples/." clients/alpha/
cp -R "$examples/." clients/beta/
cp -R "$examples/." clients/gamma/
echo "minutes of the kick-off" > clients/notes/kickoff.txt
sed -i 's/^efc: 1$/efc: 2/' clients/alpha/dossier.yaml
sed -i 's/^planned_sessions: 5$/planned_sessions: 4/' clients/beta/rex/chefs-de-service/device.yaml
sed -i 's/^lang: fr$/lang: de/' clients/gamma/dossier.yaml
