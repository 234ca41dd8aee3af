#!/usr/bin/env bash
# Charting and treatment figures (issue 5):
#   1. JMH: drafting the SOAP note of a 30-point session (median, µs);
#   2. saving a SOAP draft while typing (PUT .../draft, 2 KB of text): median server time of 100 saves;
#   3. a signed note as PDF (GET .../pdf), warm: median of 30 after 10 warm-up requests.
# HTTP times are curl's time_total on loopback (the request is tiny, so this is server time).
#
#   bench/visit.sh            (builds what it needs; takes about 2 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
port=18096
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
cp_file=$(mktemp)
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
classpath="target/test-classes:target/classes:$(cat "$cp_file")"
rm -f "$cp_file"

echo "== JMH: SoapDraftBenchmark"
java -cp "$classpath" org.openjdk.jmh.Main SoapDraftBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -rf text -rff /dev/stdout \
  | grep -E "draftThirtyPointSession(:p0.50|  )" || true

work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; sleep 1; rm -rf "$work"' EXIT
TONUS_DATA_DIR=$work/data PORT=$port TONUS_ADMIN_EMAIL=bench@tonus.test TONUS_ADMIN_PASSWORD=bench-passphrase-1234 \
  java -jar target/tonus.jar > "$work/server.log" 2>&1 &
server=$!
until curl -sf "http://localhost:$port/actuator/health" > /dev/null 2>&1; do sleep 0.2; done
base="http://localhost:$port"
jar="$work/cookies"
form_token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
meta_token() { grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//;s/"$//'; }
token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | form_token)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode username=bench@tonus.test \
  --data-urlencode password=bench-passphrase-1234 "$base/sign-in"
token=$(curl -s -c "$jar" -b "$jar" "$base/clients/new" | form_token)
chart=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$token" \
  --data-urlencode givenName=Bench --data-urlencode familyName=Client --data-urlencode dateOfBirth=1980-01-01 \
  --data-urlencode phone=+4930123456 --data-urlencode preferredContact=PHONE "$base/clients")
token=$(curl -s -c "$jar" -b "$jar" "$chart" | form_token)
note=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$token" "$chart/notes")
header=$(curl -s -c "$jar" -b "$jar" "$note" | meta_token)

median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m * 1000 }'; }
text=$(printf 'Neck stiff after long days at the laptop, worse in the afternoon. %.0s' $(seq 1 30))
times=()
for version in $(seq 0 109); do
  t=$(curl -s -b "$jar" -o /dev/null -w '%{time_total}' -X PUT -H 'Content-Type: application/json' \
    -H "X-CSRF-TOKEN: $header" -H 'X-Tonus-Request: fetch' \
    --data "{\"baseVersion\": $version, \"subjective\": \"$text\", \"objective\": \"Upper trapezius TP1 right\", \"assessment\": \"\", \"plan\": \"\"}" \
    "$note/draft")
  [ "$version" -ge 10 ] && times+=("$t")
done
echo "| saving a SOAP draft (2 KB), median of 100 | $(printf '%s\n' "${times[@]}" | median) ms |"
token=$(curl -s -c "$jar" -b "$jar" "$note" | form_token)
curl -s -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode baseVersion=110 "$note/sign"
times=()
for i in $(seq 1 40); do
  t=$(curl -s -b "$jar" -o /dev/null -w '%{time_total}' "$note/pdf")
  [ "$i" -gt 10 ] && times+=("$t")
done
echo "| signed note as PDF, warm, median of 30 | $(printf '%s\n' "${times[@]}" | median) ms |"
