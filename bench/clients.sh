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
source bench/lib.sh
build_with_classpath
start_tonus "$port"
t0=$(date +%s.%N)
long_client=$(java -cp "$classpath" org.tonus.bench.ClientDataGenerator "$work/data" "$count")
t1=$(date +%s.%N)
echo "generated $count clients in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"

sign_in

measure() { # label, url
  local times=()
  for i in $(seq 1 40); do
    t=$(curl -s -b "$jar" -o /dev/null -w '%{time_starttransfer}' -H 'HX-Request: true' "$2")
    [ "$i" -gt 10 ] && times+=("$t")
  done
  echo "| $1 | $(printf '%s\n' "${times[@]}" | median_ms) ms |"
}
echo "| request ($count clients) | median time to first byte |"
echo "|---|---|"
measure "search by part of a name (\"mül\")" "$base/clients?q=m%C3%BCl"
measure "search by a misspelt name (\"muler\")" "$base/clients?q=muler"
measure "search by phone digits (\"04555\")" "$base/clients?q=04555"
measure "search by e-mail prefix (\"client4242\")" "$base/clients?q=client4242"
measure "search by date of birth (1971-03-02)" "$base/clients?q=1971-03-02"
measure "chart of a client with 1,000 timeline entries" "$base/clients/$long_client"
