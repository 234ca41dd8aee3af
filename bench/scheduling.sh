#!/usr/bin/env bash
# Scheduling figures (issue 6), on the embedded PostgreSQL:
#   1. 50 concurrent bookings of one slot, 200 rounds: exactly one 201 and 49 409s each, no 5xx;
#   2. 10,000 random book/move/cancel requests from 16 threads, then zero overlapping appointments;
#   3. with 1,000,000 past appointments: free slots of 10 practitioners over 28 days
#      (GET /api/v1/availability), a practitioner's week view (GET /schedule?view=week), and a booking
#      (POST /api/v1/appointments): medians of curl's time_total on loopback.
#
#   bench/scheduling.sh [appointments]      (default 1000000; builds what it needs; about 10 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
port=18097
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
cp_file=$(mktemp)
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
classpath="target/test-classes:target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; sleep 1; (grep -h " ERROR " "$work/server.log" | sed "s/.*ERROR [0-9]* --- //" | sort | uniq -c | head) || true; rm -rf "$work"' EXIT
TONUS_TIME_ZONE=Europe/Berlin TONUS_DATA_DIR=$work/data PORT=$port TONUS_ADMIN_EMAIL=bench@tonus.test TONUS_ADMIN_PASSWORD=bench-passphrase-1234 \
  java -jar target/tonus.jar > "$work/server.log" 2>&1 &
server=$!
base="http://localhost:$port"
until curl -sf "$base/actuator/health" > /dev/null 2>&1; do sleep 0.2; done

jar="$work/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | csrf)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode username=bench@tonus.test \
  --data-urlencode password=bench-passphrase-1234 "$base/sign-in"
token=$(curl -s -c "$jar" -b "$jar" "$base/account" | csrf)
api=$(curl -s -L -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode name=bench "$base/account/api-tokens" \
  | grep -o 'id="new-token">[^<]*' | sed 's/.*>//')
auth=(-H "Authorization: Bearer $api")

first=""
for i in $(seq 1 10); do
  id=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' --data "{\"name\": \"Practitioner $i\", \"email\": \"p$i@example.com\",
    \"workingHours\": [{\"day\": \"MONDAY\", \"from\": \"09:00\", \"to\": \"17:00\"}, {\"day\": \"TUESDAY\", \"from\": \"09:00\", \"to\": \"17:00\"},
    {\"day\": \"WEDNESDAY\", \"from\": \"09:00\", \"to\": \"17:00\"}, {\"day\": \"THURSDAY\", \"from\": \"09:00\", \"to\": \"17:00\"},
    {\"day\": \"FRIDAY\", \"from\": \"09:00\", \"to\": \"17:00\"}]}" "$base/api/v1/practitioners" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  first=${first:-$id}
done
t0=$(date +%s.%N)
java -cp "$classpath" org.tonus.bench.ScheduleDataGenerator "$work/data" "$count" 1000
t1=$(date +%s.%N)
echo "generated $count past appointments in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"

java -cp "$classpath" org.tonus.bench.BookingRaceBench "$base" "$api" "$work/data" 200 50 10000

median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m * 1000 }'; }
measure() { # label, curl arguments...
  local label=$1; shift
  local times=()
  for i in $(seq 1 40); do
    t=$(curl -s -o /dev/null -w '%{time_total}' "$@")
    [ "$i" -gt 10 ] && times+=("$t")
  done
  echo "| $label | $(printf '%s\n' "${times[@]}" | median) ms |"
}
from=$(date -d 'next monday + 7 days' +%F)
to=$(date -d "$from + 27 days" +%F)
measure "free slots, 10 practitioners x 28 days (GET /api/v1/availability), median of 30" "${auth[@]}" \
  "$base/api/v1/availability?from=$from&to=$to&minutes=60"
measure "week view of one practitioner (GET /schedule?view=week), median of 30" -b "$jar" \
  "$base/schedule?view=week&practitioner=$first&date=$from"
client=$(curl -s "${auth[@]}" "$base/api/v1/clients?q=Bench&size=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
times=()
for i in $(seq 0 39); do
  day=$(date -d "$from + $((84 + i / 8 * 7)) days" +%F)
  t=$(curl -s -o /dev/null -w '%{time_total}' "${auth[@]}" -H 'Content-Type: application/json' \
    --data "{\"practitionerId\": \"$first\", \"clientId\": \"$client\", \"start\": \"${day}T$(printf '%02d' $((9 + i % 8))):00:00+01:00\", \"minutes\": 45}" \
    "$base/api/v1/appointments")
  [ "$i" -ge 10 ] && times+=("$t")
done
echo "| booking (POST /api/v1/appointments), median of 30 | $(printf '%s\n' "${times[@]}" | median) ms |"
