#!/usr/bin/env bash
# Referred-pain engine figures (issue 3):
#   1. JMH: ranking one 20-mark drawing against the whole knowledge base (median, µs);
#   2. the refer command line: wall time for one drawing including JVM start (median of 5), and the
#      marginal cost per drawing when streaming 20,000 drawings;
#   3. the interactive map: server time of one ranking update (POST /body-map/candidates), median of 50.
#
#   bench/referral.sh            (builds what it needs; takes about 3 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
build_with_classpath

echo "== JMH: ReferralEngineBenchmark"
java -cp "$classpath" org.openjdk.jmh.Main ReferralEngineBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -rf text -rff /dev/stdout \
  | grep -E "rankTwentyMarkDrawing(:p0.50|  )" || true

work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true' EXIT
java -cp "$classpath" org.tonus.bench.DrawingGenerator 20000 > "$work/many.jsonl"
head -1 "$work/many.jsonl" > "$work/one.jsonl"

now() { date +%s.%N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "== CLI"
one=() many=()
for _ in 1 2 3 4 5; do
  t0=$(now); java -jar target/tonus.jar refer < "$work/one.jsonl" > /dev/null; t1=$(now)
  one+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
  t0=$(now); java -jar target/tonus.jar refer < "$work/many.jsonl" > /dev/null; t1=$(now)
  many+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
done
one_median=$(printf '%s\n' "${one[@]}" | median)
many_median=$(printf '%s\n' "${many[@]}" | median)
echo "one drawing, wall time (s): median $one_median of: ${one[*]}"
echo "20000 drawings, wall time (s): median $many_median"
awk -v a="$one_median" -v b="$many_median" 'BEGIN { printf "marginal cost per drawing: %.1f µs\n", (b - a) / 19999 * 1e6 }'

echo "== Map ranking update (server time)"
data="$work/data"
TONUS_DATA_DIR=$data PORT=18090 TONUS_ADMIN_EMAIL=bench@tonus.test TONUS_ADMIN_PASSWORD=bench-passphrase-1234 \
  java -jar target/tonus.jar > "$work/server.log" 2>&1 &
server=$!
until curl -sf http://localhost:18090/actuator/health > /dev/null 2>&1; do sleep 0.2; done
jar="$work/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -s -c "$jar" -b "$jar" http://localhost:18090/sign-in | csrf)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode username=bench@tonus.test \
  --data-urlencode password=bench-passphrase-1234 http://localhost:18090/sign-in
token=$(curl -s -c "$jar" -b "$jar" http://localhost:18090/account | csrf)
drawing=$(sed -n 2p "$work/many.jsonl")
times=()
for i in $(seq 1 60); do
  t=$(curl -s -b "$jar" -o /dev/null -w '%{time_starttransfer}' -H 'X-Tonus-Request: fetch' -H 'HX-Request: true' \
    --data-urlencode "_csrf=$token" --data-urlencode "drawing=$drawing" http://localhost:18090/body-map/candidates)
  [ "$i" -gt 10 ] && times+=("$t")
done
echo "time to first byte of a ranking update (ms), median of 50: $(printf '%s\n' "${times[@]}" | median | awk '{ printf "%.1f", $1 * 1000 }')"
