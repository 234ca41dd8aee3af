#!/usr/bin/env bash
# Client search and chart with 100,000 clients (issue 4).
#
#   bench/clients.sh [clients]      (default 100000; builds the jar and test classes first)
#
# Starts Tonus on a fresh data directory, fills it with synthetic clients straight in PostgreSQL,
# signs in, and measures time to first byte (curl on loopback) of: four kinds of search
# (part of a name, phone digits, e-mail prefix, date of birth) and the chart of a client with
# 1,000 timeline entries. Medians of 30 requests after 10 warm-up requests each.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
port=18095
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
cp_file=$(mktemp)
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
classpath="target/test-classes:target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; sleep 1; rm -rf "$work"' EXIT

TONUS_DATA_DIR=$work/data PORT=$port TONUS_ADMIN_EMAIL=bench@tonus.test TONUS_ADMIN_PASSWORD=bench-passphrase-1234 \
  java -jar target/tonus.jar > "$work/server.log" 2>&1 &
server=$!
until curl -sf "http://localhost:$port/actuator/health" > /dev/null 2>&1; do sleep 0.2; done
t0=$(date +%s.%N)
long_client=$(java -cp "$classpath" org.tonus.bench.ClientDataGenerator "$work/data" "$count")
t1=$(date +%s.%N)
echo "generated $count clients in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"

jar="$work/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$port/sign-in" | csrf)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode username=bench@tonus.test \
  --data-urlencode password=bench-passphrase-1234 "http://localhost:$port/sign-in"

median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m * 1000 }'; }
measure() { # label, url
  local times=()
  for i in $(seq 1 40); do
    t=$(curl -s -b "$jar" -o /dev/null -w '%{time_starttransfer}' -H 'HX-Request: true' "$2")
    [ "$i" -gt 10 ] && times+=("$t")
  done
  echo "| $1 | $(printf '%s\n' "${times[@]}" | median) ms |"
}
base="http://localhost:$port"
echo "| request ($count clients) | median time to first byte |"
echo "|---|---|"
measure "search by part of a name (\"mül\")" "$base/clients?q=m%C3%BCl"
measure "search by a misspelt name (\"muler\")" "$base/clients?q=muler"
measure "search by phone digits (\"04555\")" "$base/clients?q=04555"
measure "search by e-mail prefix (\"client4242\")" "$base/clients?q=client4242"
measure "search by date of birth (1971-03-02)" "$base/clients?q=1971-03-02"
measure "chart of a client with 1,000 timeline entries" "$base/clients/$long_client"
