#!/usr/bin/env bash
# Startup time and idle memory of Tonus with its embedded PostgreSQL.
#
#   ./mvnw -B package -DskipTests && bench/startup.sh [runs] [extra java options...]
#
# For each run: a first start on an empty data directory, then a restart on the same directory,
# each timed from launching java to /actuator/health answering UP. After the restart, 20 page
# requests, a 15 s pause, then the proportional set size (PSS) of the JVM plus every PostgreSQL
# process (so shared buffers count once). Prints the median and range of each.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
java_opts=("$@")
jar=target/tonus.jar
port=${BENCH_PORT:-18080}
work=$(mktemp -d /tmp/tonus-bench.XXXXXX)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; sleep 1; rm -rf "$work"' EXIT

now() { date +%s.%N; }

start_and_wait() { # data dir, log file -> sets pid and elapsed (seconds until health is UP)
  local data=$1 log=$2 t0 t1
  t0=$(now)
  TONUS_DATA_DIR=$data PORT=$port java "${java_opts[@]}" -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "Tonus exited; see $log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(now)
  elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
}

stop() {
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
}

pss_kb() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

memory_mb() { # data dir -> total PSS in MB of the JVM and all PostgreSQL processes
  local data=$1 postmaster total
  postmaster=$(head -1 "$data/postgres/postmaster.pid")
  total=$(pss_kb "$pid")
  total=$((total + $(pss_kb "$postmaster")))
  for child in $(pgrep -P "$postmaster"); do total=$((total + $(pss_kb "$child"))); done
  echo $((total / 1024))
}

median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f [%.2f-%.2f]", m, a[1], a[NR] }'; }

first=() restart=() memory=()
for run in $(seq 1 "$runs"); do
  data="$work/data-$run"
  start_and_wait "$data" "$work/first-$run.log"
  first+=("$elapsed")
  stop
  start_and_wait "$data" "$work/restart-$run.log"
  restart+=("$elapsed")
  for _ in $(seq 1 20); do curl -s -o /dev/null "http://localhost:$port/sign-in"; done
  sleep 15
  memory+=("$(memory_mb "$data")")
  stop
  echo "run $run: first start ${first[-1]} s, restart ${restart[-1]} s, idle PSS ${memory[-1]} MB" >&2
done

echo "| measure | median [range] of $runs |"
echo "|---|---|"
echo "| first start, empty data directory, to health UP (s) | $(printf '%s\n' "${first[@]}" | median) |"
echo "| restart, to health UP (s) | $(printf '%s\n' "${restart[@]}" | median) |"
echo "| idle PSS, JVM + PostgreSQL (MB) | $(printf '%s\n' "${memory[@]}" | median) |"
