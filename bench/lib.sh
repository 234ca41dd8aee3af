# Shared steps of the bench/*.sh scripts; source it after `set -euo pipefail`.
#   build_with_classpath        builds the jar and the test classes; sets $classpath (with JMH and the generators)
#   start_tonus PORT [VAR=value ...]
#                               starts the jar on a fresh data directory in $work with the bench owner; sets $server,
#                               $base, $work; stops it (and prints the server's ERROR lines) on exit
#   restart_tonus               stops the server and starts it again on the same data (for data written behind its back)
#   sign_in                     signs the bench owner in; the session is in the cookie jar $jar
#   form_token, meta_token      the CSRF token of a page read from standard input (form field, meta tag)
#   median_ms                   median of seconds on standard input, as milliseconds with one decimal
#   measure LABEL CURL-ARGS...  40 requests; prints a table row with the median time_total of the last 30

BENCH_EMAIL=bench@tonus.test
BENCH_PASSWORD=bench-passphrase-1234

build_with_classpath() {
  ./mvnw -B -q package -DskipTests
  ./mvnw -B -q test-compile
  local cp_file
  cp_file=$(mktemp)
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
  classpath="target/test-classes:target/classes:$(cat "$cp_file")"
  rm -f "$cp_file"
}

start_tonus() {
  local port=$1
  shift
  work=$(mktemp -d)
  server=""
  trap '[ -n "$server" ] && kill "$server" 2>/dev/null; sleep 1; (grep -h " ERROR " "$work/server.log" | sed "s/.*ERROR [0-9]* --- //" | sort | uniq -c | head) || true; rm -rf "$work"' EXIT
  tonus_env=("$@")
  tonus_port=$port
  run_tonus
}

run_tonus() {
  env "${tonus_env[@]}" TONUS_DATA_DIR="$work/data" PORT="$tonus_port" TONUS_ADMIN_EMAIL="$BENCH_EMAIL" TONUS_ADMIN_PASSWORD="$BENCH_PASSWORD" \
    java -jar target/tonus.jar >> "$work/server.log" 2>&1 &
  server=$!
  base="http://localhost:$tonus_port"
  until curl -sf "$base/actuator/health" > /dev/null 2>&1; do sleep 0.2; done
}

restart_tonus() {
  kill "$server"
  wait "$server" 2>/dev/null || true
  run_tonus
}

form_token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
meta_token() { grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//;s/"$//'; }

sign_in() {
  jar="$work/cookies"
  local token
  token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | form_token)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "username=$BENCH_EMAIL" \
    --data-urlencode "password=$BENCH_PASSWORD" "$base/sign-in"
}

median_ms() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m * 1000 }'; }

measure() { # label, curl arguments...
  local label=$1; shift
  local times=()
  for i in $(seq 1 40); do
    t=$(curl -s -o /dev/null -w '%{time_total}' "$@")
    [ "$i" -gt 10 ] && times+=("$t")
  done
  echo "| $label | $(printf '%s\n' "${times[@]}" | median_ms) ms |"
}
