#!/usr/bin/env bash
# Outcomes figures (issue 7), on the embedded PostgreSQL, with 100,000 stored measures over 10,000
# clients (each with a prescription and ten finished visits) plus one client with 200 pain ratings:
#   1. that client's measures page (trend charts, verdicts, assignments): GET /clients/{id}/measures;
#   2. a progress report signed and rendered to PDF: POST /clients/{id}/reports;
#   3. the clinic outcomes over all 100,000 measures: GET /outcomes.
# Medians of curl's time_total on loopback, 30 after 10 warm-up requests.
#
#   bench/outcomes.sh [clients]      (default 10000, i.e. 100,000 measures; builds what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-10000}
port=18098
source bench/lib.sh
build_with_classpath
start_tonus "$port"
sign_in
java -cp "$classpath" org.tonus.bench.OutcomesDataGenerator "$work/data" "$clients"
# the measures were written behind Tonus's back: a restart judges each client's progress on them
t0=$(date +%s.%N)
restart_tonus
until [ "$(grep -c "Outcome progress is up to date" "$work/server.log")" -ge 2 ]; do
  kill -0 "$server" 2>/dev/null || { echo "Tonus stopped while judging the progress"; exit 1; }
  sleep 0.5
done
t1=$(date +%s.%N)
grep -o "Outcome progress is up to date.*" "$work/server.log" | tail -1
echo "restart and judging took $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"
trend=00000000-0000-4000-8000-000000000200

status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/clients/$trend/measures")
[ "$status" = 200 ] || { echo "measures page answered $status"; exit 1; }
measure "measures page of a client with 200 measures (GET /clients/{id}/measures), median of 30" -b "$jar" \
  "$base/clients/$trend/measures"
token=$(curl -s -b "$jar" "$base/clients/$trend/report" | form_token)
measure "progress report signed and rendered to PDF (POST /clients/{id}/reports), median of 30" -b "$jar" \
  --data-urlencode "_csrf=$token" --data-urlencode "recommendation=Continue weekly." "$base/clients/$trend/reports"
size=$(curl -s -b "$jar" "$base/clients/$trend/report" | grep -c 'Download the PDF' || true)
echo "signed reports listed: $size"
measure "clinic outcomes over all measures (GET /outcomes), median of 30" -b "$jar" "$base/outcomes"
curl -s -b "$jar" "$base/outcomes" | grep -o '[0-9,]* of [0-9,]* clients ([0-9]*%)' | head -6
