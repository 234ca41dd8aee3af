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
source bench/lib.sh
build_with_classpath
start_tonus "$port" TONUS_TIME_ZONE=Europe/Berlin
sign_in
token=$(curl -s -c "$jar" -b "$jar" "$base/account" | form_token)
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
echo "| booking (POST /api/v1/appointments), median of 30 | $(printf '%s\n' "${times[@]}" | median_ms) ms |"
