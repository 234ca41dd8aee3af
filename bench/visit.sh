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
source bench/lib.sh
build_with_classpath

echo "== JMH: SoapDraftBenchmark"
java -cp "$classpath" org.openjdk.jmh.Main SoapDraftBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -rf text -rff /dev/stdout \
  | grep -E "draftThirtyPointSession(:p0.50|  )" || true

start_tonus "$port"
sign_in
token=$(curl -s -c "$jar" -b "$jar" "$base/clients/new" | form_token)
chart=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$token" \
  --data-urlencode givenName=Bench --data-urlencode familyName=Client --data-urlencode dateOfBirth=1980-01-01 \
  --data-urlencode phone=+4930123456 --data-urlencode preferredContact=PHONE "$base/clients")
token=$(curl -s -c "$jar" -b "$jar" "$chart" | form_token)
note=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$token" "$chart/notes")
header=$(curl -s -c "$jar" -b "$jar" "$note" | meta_token)

text=$(printf 'Neck stiff after long days at the laptop, worse in the afternoon. %.0s' $(seq 1 30))
times=()
for version in $(seq 0 109); do
  t=$(curl -s -b "$jar" -o /dev/null -w '%{time_total}' -X PUT -H 'Content-Type: application/json' \
    -H "X-CSRF-TOKEN: $header" -H 'X-Tonus-Request: fetch' \
    --data "{\"baseVersion\": $version, \"subjective\": \"$text\", \"objective\": \"Upper trapezius TP1 right\", \"assessment\": \"\", \"plan\": \"\"}" \
    "$note/draft")
  [ "$version" -ge 10 ] && times+=("$t")
done
echo "| saving a SOAP draft (2 KB), median of 100 | $(printf '%s\n' "${times[@]}" | median_ms) ms |"
token=$(curl -s -c "$jar" -b "$jar" "$note" | form_token)
curl -s -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode baseVersion=110 "$note/sign"
times=()
for i in $(seq 1 40); do
  t=$(curl -s -b "$jar" -o /dev/null -w '%{time_total}' "$note/pdf")
  [ "$i" -gt 10 ] && times+=("$t")
done
echo "| signed note as PDF, warm, median of 30 | $(printf '%s\n' "${times[@]}" | median_ms) ms |"
