#!/usr/bin/env bash
# The benchmark harness (performance issue): starts the jar on a generated database and measures, with wrk on
# loopback after a warm-up, the public pages, search, the Atom feed and the write path (a reply by a signed-in member
# through the real form), against nginx serving a saved copy of the topic page as a static file in the same run.
# Writes bench/results/<scale>-<UTC time>.json and .md, and prints the table. See bench/README.md.
#
# Usage (after ./mvnw package -DskipTests; needs wrk and nginx from the OS packages):
#   bench/run.sh                      large scale (1,000,000 posts), generated once into /tmp/mps-bench-large
#   SCALE=medium bench/run.sh         100,000 posts, in /tmp/mps-bench-medium
# Settings (environment): BENCH_DATA (data directory), JVM_OPTS, SECONDS_EACH (20), WARMUP_SECONDS (10),
#   CONNECTIONS (64), WRITE_CONNECTIONS ("8 64"), REPLY_RATE (20 replies/s in all from 64 connections, for PACED_SECONDS,
#   30, before those), SEARCH_RATE (50 queries/s in all for the search rendered at a steady rate), WRITERS (64 members: one per connection, as each browser has its own session), PHASES ("read write"), WRITE_COPY (1: the
#   write phase runs on a copy of the data directory, so the dataset stays as generated), MACHINE (a name for the
#   results; the host name), KEEP_WORK (1: keep the working directory with logs and wrk outputs), AOT (1: start from
#   a Java AOT cache made by a training run of this jar; 0: from the jar alone).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
. bench/lib.sh

SCALE=${SCALE:-large}
DATA=${BENCH_DATA:-/tmp/mps-bench-$SCALE}
PORT=8093
STATIC_PORT=8094
BASE=http://127.0.0.1:$PORT
SECONDS_EACH=${SECONDS_EACH:-20}
WARMUP_SECONDS=${WARMUP_SECONDS:-10}
CONNECTIONS=${CONNECTIONS:-64}
WRITE_CONNECTIONS=${WRITE_CONNECTIONS:-8 64}
REPLY_RATE=${REPLY_RATE:-20}
SEARCH_RATE=${SEARCH_RATE:-50}
PACED_SECONDS=${PACED_SECONDS:-30}
WRITERS=${WRITERS:-64}
PHASES=${PHASES:-read write}
WRITE_COPY=${WRITE_COPY:-1}
MACHINE=${MACHINE:-$(hostname)}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-300}
# wrk's default of 2 s would drop the slowest requests from the latencies; a timeout is counted as a failure.
WRK_TIMEOUT=${WRK_TIMEOUT:-30s}
JSTAT=$(dirname "$JAVA")/jstat
# The write phase lifts the limits that would refuse or hold a benchmark's replies: the hourly limit per member and
# the moderator's review of a member's first posts. The link checker stays off in both phases (it visits the web).
WRITE_ENV=(MPS_FORUM_MEMBER_POSTS_PER_HOUR=100000000 MPS_FORUM_REVIEW_UNTIL_APPROVED=0)
MEMBER_PASSWORD=generated-member-password

[ -x "$JSTAT" ] || { echo "needs jstat beside $JAVA (a JDK, not a JRE)" >&2; exit 1; }
for tool in wrk nginx curl python3; do
  command -v "$tool" > /dev/null || { echo "needs $tool (apt-get install -y wrk nginx-light curl python3)" >&2; exit 1; }
done
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw package -DskipTests first" >&2; exit 1; }
ensure_data "$SCALE" "$DATA"

WORK=$(mktemp -d /tmp/mps-bench-run.XXXXXX)
chmod 755 "$WORK"                                          # nginx's workers read the static copy from here
RECORDS=$WORK/scenarios.jsonl
FACTS=$WORK/facts.tsv
: > "$RECORDS"
: > "$FACTS"
APP=""
NGINX_CONF=""
SAMPLER=""
JSTAT_PID=""
COPY=""
FAILED=0
HZ=$(getconf CLK_TCK)
RUN_TAG=$(tr -dc 'a-z' < /dev/urandom | head -c 6 || true)

fact() { printf '%s\t%s\n' "$1" "$2" >> "$FACTS"; }
loud() { echo "!!! $*" >&2; FAILED=1; }

stop_app() {
  [ -n "$APP" ] || return 0
  kill "$APP" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$APP" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  APP=""
}

cleanup() {
  local status=$?
  [ -z "$SAMPLER" ] || kill "$SAMPLER" 2>/dev/null || true
  [ -z "$JSTAT_PID" ] || kill "$JSTAT_PID" 2>/dev/null || true
  stop_app
  if [ -n "$NGINX_CONF" ] && [ -f "$WORK/nginx.pid" ]; then nginx -c "$NGINX_CONF" -s stop 2>/dev/null || true; fi
  [ -z "$COPY" ] || rm -rf "$COPY"
  if [ "$status" -eq 0 ] && [ "$FAILED" -eq 0 ] && [ "${KEEP_WORK:-0}" != 1 ]; then
    rm -rf "$WORK"
  else
    echo "logs and wrk outputs kept in $WORK" >&2
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() {
  if timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; then
    echo "port $1 is in use by another process: stop it (this script never stops what it did not start)" >&2
    exit 1
  fi
}

# Starts the site on data directory $1 (further arguments: VAR=value settings) and sets STARTUP_MS: the wall time
# from launching java to the first 200 of /ja/, polled every 50 ms.
start_app() {
  local dir=$1 log
  shift
  port_free "$PORT"
  log=$WORK/app-$(basename "$dir").log
  local t0 code
  t0=$(date +%s%N)
  env MPS_DATA_DIR="$dir" MPS_PORT="$PORT" MPS_LINKS_CHECK_CRON=- "$@" "$JAVA" $JVM_OPTS $AOT_OPTS -jar "$RUN_JAR" > "$log" 2>&1 &
  APP=$!
  while :; do
    code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/ja/" || true)
    [ "$code" = 200 ] && break
    if ! kill -0 "$APP" 2>/dev/null; then
      APP=""; tail -20 "$log" >&2; echo "the site stopped during start-up; log: $log" >&2; exit 1
    fi
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt "$STARTUP_TIMEOUT" ]; then
      echo "no 200 from /ja/ within $STARTUP_TIMEOUT s; log: $log" >&2; exit 1
    fi
    sleep 0.05
  done
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

cpu_ticks() { # utime + stime (fields 14 and 15 of /proc/PID/stat) of the given processes, in clock ticks
  local total=0 pid
  for pid in "$@"; do
    total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat") ))
  done
  echo "$total"
}
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$APP/status"; }
# VmRSS, RssAnon (the heap, metaspace, code, thread stacks, buffers) and RssFile (mapped files: the search index,
# which Lucene maps into memory, and the jar), in kB.
rss_parts() { awk '/^(VmRSS|RssAnon|RssFile)/ {printf "%s ", $2} END {print ""}' "/proc/$APP/status"; }

# While wrk runs, samples once a second the site's RSS (/proc) and its heap (jstat, which reads the JVM's
# performance counters from shared memory: /actuator/prometheus would wait in line behind wrk's requests and add
# its own). Heap used = survivor, eden and old spaces in use, what Micrometer's jvm_memory_used_bytes{area="heap"}
# sums; jstat's GCT column gives the time spent in GC.
start_sampler() { # name
  "$JSTAT" -gc "$APP" 1000 > "$WORK/$1.jstat" 2>&1 &
  JSTAT_PID=$!
  for _ in $(seq 1 100); do [ "$(wc -l < "$WORK/$1.jstat")" -ge 2 ] && break; sleep 0.05; done
  (
    while :; do rss_parts >> "$WORK/$1.rss" 2>/dev/null || true; sleep 1; done
  ) &
  SAMPLER=$!
}
stop_sampler() {
  kill "$SAMPLER" "$JSTAT_PID" 2>/dev/null || true
  wait "$SAMPLER" "$JSTAT_PID" 2>/dev/null || true
  SAMPLER=""
  JSTAT_PID=""
}
# The samples of scenario $1 as JSON members: RSS now and its maximum, heap used at most, GC time during the run.
memory_json() {
  rss_parts >> "$WORK/$1.rss"
  awk '
    FNR == 1 { file++ }
    file == 1 { if ($1 > rss_max) rss_max = $1; rss = $1; anon = $2; mapped = $3; next }
    /^ *S0C/ { for (i = 1; i <= NF; i++) col[$i] = i; next }
    col["EU"] && $1 ~ /^[0-9.]+$/ {
      heap = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]
      if (heap > heap_max) heap_max = heap
      if (gct_first == "") gct_first = $col["GCT"]
      gct_last = $col["GCT"]
    }
    END {
      printf ", \"rss_mb\": %.1f, \"rss_anon_mb\": %.1f, \"rss_file_mb\": %.1f, \"rss_max_mb\": %.1f",
        rss / 1024, anon / 1024, mapped / 1024, rss_max / 1024
      if (heap_max != "") printf ", \"heap_max_mb\": %.1f, \"gc_ms\": %.1f", heap_max / 1024, (gct_last - gct_first) * 1000
    }' "$WORK/$1.rss" "$WORK/$1.jstat"
}

# wrk's report as JSON members: requests, requests/s, p50 and p99 in ms (wrk prints us, ms, s or m), the mean size of
# a response (headers included; wrk prints the bytes read to 2 decimals, in KB, MB or GB), errors, and the reply counts
# bench/member.lua adds.
parse_wrk() {
  awk '
    function ms(v,  n, u) {
      n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
      if (u == "us") return n / 1000; if (u == "s") return n * 1000; if (u == "m") return n * 60000
      return n
    }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    function bytes(v,  n, u) {
      n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
      if (u == "KB") return n * 1024; if (u == "MB") return n * 1048576; if (u == "GB") return n * 1073741824
      if (u == "TB") return n * 1099511627776
      return n
    }
    / requests in / { requests = $1; read = bytes($5) }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10; timeouts = $10 }
    /^replies created:/ { created = $3 } /^replies refused:/ { refused = $3 }
    /^replies held:/ { held = $3 } /^replies other:/ { other = $3 }
    END {
      printf "\"requests\": %d, \"requests_per_s\": %.1f, \"p50_ms\": %.3f, \"p99_ms\": %.3f, ", requests, rps, p50, p99
      printf "\"kb_per_response\": %.1f, ", requests ? read / requests / 1024 : 0
      printf "\"non_2xx_3xx\": %d, \"socket_errors\": %d, \"timeouts\": %d", non2xx, errors, timeouts
      if (created != "") printf ", \"replies_created\": %d, \"replies_refused\": %d, \"replies_held\": %d, \"replies_other\": %d", created, refused, held, other
    }'
}

# measure NAME LABEL CONNECTIONS URL [wrk arguments...]: a warm-up at low concurrency (JIT, caches), then the
# measurement. Measures the site's process unless SERVER_PIDS names others (nginx).
measure() {
  local name=$1 label=$2 connections=$3 url=$4
  shift 4
  local threads=$(( connections < 2 ? 1 : 2 )) warm=$(( connections < 8 ? connections : 8 ))
  local pids=${SERVER_PIDS:-$APP}
  echo "== $label ($connections connections)"
  if [ "$WARMUP_SECONDS" -gt 0 ]; then
    wrk -t"$(( warm < 2 ? 1 : 2 ))" -c"$warm" -d"${WARMUP_SECONDS}s" --timeout "$WRK_TIMEOUT" "$@" "$url" \
      > "$WORK/$name.warmup" 2>&1
  fi
  local ticks memory=""
  [ -n "${SERVER_PIDS:-}" ] || start_sampler "$name"
  ticks=$(cpu_ticks $pids)
  wrk -t"$threads" -c"$connections" -d"${SECONDS_EACH}s" --timeout "$WRK_TIMEOUT" --latency "$@" "$url" \
    > "$WORK/$name.wrk" 2>&1
  ticks=$(( $(cpu_ticks $pids) - ticks ))
  if [ -z "${SERVER_PIDS:-}" ]; then
    stop_sampler
    memory=$(memory_json "$name")
  fi
  local stats requests
  stats=$(parse_wrk < "$WORK/$name.wrk")
  requests=$(awk '/ requests in / {print $1}' "$WORK/$name.wrk")
  [ -n "$requests" ] && [ "$requests" -gt 0 ] || { cat "$WORK/$name.wrk" >&2; loud "$name: wrk reported no requests"; return; }
  printf '{"name": "%s", "label": "%s", "connections": %d, "seconds": %d, "url": "%s", %s, "server_cpu_ms_per_request": %.4f%s}\n' \
    "$name" "$label" "$connections" "$SECONDS_EACH" "${SHOWN_URL:-/${url#http://127.0.0.1:*/}}" "$stats" \
    "$(awk -v t="$ticks" -v hz="$HZ" -v n="$requests" 'BEGIN {print t * 1000 / hz / n}')" "$memory" >> "$RECORDS"
  grep -E "Requests/sec|^ +50%|^ +99%|Non-2xx|Socket errors|^replies" "$WORK/$name.wrk" | sed 's/^ */   /'
  local bad
  bad=$(tail -1 "$RECORDS" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["non_2xx_3xx"] + r["socket_errors"] + r.get("replies_refused", 0) + r.get("replies_held", 0) + r.get("replies_other", 0))')
  [ "$bad" -eq 0 ] || loud "$name: $bad failed requests (non-2xx/3xx, socket errors, refused or held replies); see $WORK/$name.wrk"
}

# One number from the H2 database of data directory $1 (the site stopped), with the H2 jar inside the site's jar.
h2_query() {
  local h2=$WORK/h2.jar
  [ -f "$h2" ] || python3 - "$JAR" "$h2" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as jar:
    name = next(n for n in jar.namelist() if n.startswith("BOOT-INF/lib/h2-") and n.endswith(".jar"))
    with open(sys.argv[2], "wb") as out:
        out.write(jar.read(name))
PY
  "$JAVA" -cp "$h2" org.h2.tools.Shell -user sa -password "" -sql "$2" \
    -url "jdbc:h2:file:$1/db/mps-commons;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;TRACE_LEVEL_FILE=0" | awk 'NR == 2 {print $1}'
}

check_200() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$1")
  [ "$code" = 200 ] || { echo "$1 answered $code, not 200" >&2; exit 1; }
}

fact scale "$SCALE"
fact machine "$MACHINE"
fact dataset "$(head -1 "$DATA/generate.log")"
fact database_size "$(du -sh "$DATA/db" | cut -f1)"
fact search_index_size "$(du -sh "$DATA/search" | cut -f1)"
fact commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' (with uncommitted changes)')"
fact jar_built "$(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ)"
fact java "$JAVA"
prepare_aot
fact jvm_opts "$JVM_OPTS${AOT_OPTS:+ -XX:AOTCache (training run of this jar)}"
fact seconds_each "$SECONDS_EACH"
fact warmup_seconds "$WARMUP_SECONDS"
fact load_at_start "$(cut -d' ' -f1-3 /proc/loadavg)"
echo "$SCALE scale: $(head -1 "$DATA/generate.log"); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- Read phase: the dataset as generated, the site as configured by default.
if [[ " $PHASES " == *" read "* ]]; then
  start_app "$DATA"
  fact startup_ms "$STARTUP_MS"
  echo "start-up to the first 200 of /ja/: $STARTUP_MS ms"

  CATEGORY=$(curl -s "$BASE/ja/forum/" | grep -o 'href="/ja/forum/c/[^"?#]*"' | head -1 | cut -d'"' -f2)
  TOPIC=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/ja/forum/t/1")
  TOPIC=/${TOPIC#http://127.0.0.1:$PORT/}
  ARTICLE=/ja/articles/what-is-mps
  for path in /ja/ "$CATEGORY" "$TOPIC" "$ARTICLE" /feeds/ja/forum.atom; do check_200 "$path"; done
  mkdir -p "$WORK/static"
  curl -s "$BASE$TOPIC" > "$WORK/static/index.html"
  chmod -R a+rX "$WORK/static"
  POSTS=$(grep -c '<article' "$WORK/static/index.html" || true)
  echo "topic page $TOPIC: $(wc -c < "$WORK/static/index.html") bytes, $POSTS posts; category page $CATEGORY"
  [ "$POSTS" -eq 20 ] || echo "warning: the topic page shows $POSTS posts, not 20 (was the dataset written to?)" >&2
  fact topic_page_bytes "$(wc -c < "$WORK/static/index.html")"
  fact topic_page_posts "$POSTS"

  port_free "$STATIC_PORT"
  NGINX_CONF=$WORK/nginx.conf
  cat > "$NGINX_CONF" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path $WORK/nginx-body;
  proxy_temp_path $WORK/nginx-proxy;
  fastcgi_temp_path $WORK/nginx-fastcgi;
  uwsgi_temp_path $WORK/nginx-uwsgi;
  scgi_temp_path $WORK/nginx-scgi;
  server { listen 127.0.0.1:$STATIC_PORT; root $WORK/static; default_type text/html; }
}
CONF
  nginx -c "$NGINX_CONF" 2> "$WORK/nginx-start.log" || { cat "$WORK/nginx-start.log" >&2; exit 1; }
  for _ in $(seq 1 50); do [ -s "$WORK/nginx.pid" ] && break; sleep 0.1; done
  NGINX_MASTER=$(cat "$WORK/nginx.pid")
  STATIC=http://127.0.0.1:$STATIC_PORT/
  [ "$(curl -s "$STATIC" | wc -c)" -eq "$(wc -c < "$WORK/static/index.html")" ] \
    || { echo "nginx does not serve the saved page" >&2; exit 1; }
  nginx_pids() { echo "$NGINX_MASTER $(pgrep -P "$NGINX_MASTER" | tr '\n' ' ')"; }

  SERVER_PIDS=$(nginx_pids) measure nginx "nginx, static copy of the topic page" "$CONNECTIONS" "$STATIC"
  # Pages as a visitor gets them (from the visitor page cache where it applies), then, for the topic page and search
  # (and for every page with RENDERED_ALL=1), rendered for each request: a cookie the visitor page cache does not know
  # sends each request through the whole stack, as a signed-in member's page goes, and as a visitor's first request
  # after a change (or a search nobody asked before) goes.
  RENDERED=(-H "Cookie: bench=1")
  measure home "home page /ja/" "$CONNECTIONS" "$BASE/ja/"
  [ "${RENDERED_ALL:-0}" != 1 ] || measure home-rendered "home page, rendered for each request" "$CONNECTIONS" "$BASE/ja/" "${RENDERED[@]}"
  measure category "category page" "$CONNECTIONS" "$BASE$CATEGORY"
  [ "${RENDERED_ALL:-0}" != 1 ] || measure category-rendered "category page, rendered for each request" "$CONNECTIONS" "$BASE$CATEGORY" "${RENDERED[@]}"
  measure topic "topic page, 20 posts" "$CONNECTIONS" "$BASE$TOPIC"
  measure topic-gzip "topic page, gzip" "$CONNECTIONS" "$BASE$TOPIC" -H "Accept-Encoding: gzip"
  measure topic-rendered "topic page, rendered for each request" "$CONNECTIONS" "$BASE$TOPIC" "${RENDERED[@]}"
  measure article "article page" "$CONNECTIONS" "$BASE$ARTICLE"
  [ "${RENDERED_ALL:-0}" != 1 ] || measure article-rendered "article page, rendered for each request" "$CONNECTIONS" "$BASE$ARTICLE" "${RENDERED[@]}"
  for language in ja en; do
    export QUERIES=bench/queries-$language.txt PATH_PREFIX="/$language/search?q="
    queries="$(wc -l < "$QUERIES") $language queries in turn"
    SHOWN_URL="$PATH_PREFIX<bench/queries-$language.txt>" measure "search-$language" "search, $queries" \
      "$CONNECTIONS" "$BASE/" -s bench/query-list.lua
    SHOWN_URL="$PATH_PREFIX<bench/queries-$language.txt>" measure "search-$language-rendered" \
      "search, $queries, rendered for each request" "$CONNECTIONS" "$BASE/" -s bench/query-list.lua "${RENDERED[@]}"
    # The same at a steady rate in all (SEARCH_RATE a second, each connection at random moments): how long a query
    # nobody asked before takes when the site is not saturated.
    PACE_MS=$(( CONNECTIONS * 1000 / SEARCH_RATE )) SHOWN_URL="$PATH_PREFIX<bench/queries-$language.txt>" \
      measure "search-$language-rendered-paced" "search, $queries, rendered for each request, $SEARCH_RATE/s in all" \
      "$CONNECTIONS" "$BASE/" -s bench/query-list.lua "${RENDERED[@]}"
  done
  measure feed "Atom feed" "$CONNECTIONS" "$BASE/feeds/ja/forum.atom"
  [ "${RENDERED_ALL:-0}" != 1 ] || measure feed-rendered "Atom feed, rendered for each request" "$CONNECTIONS" "$BASE/feeds/ja/forum.atom" "${RENDERED[@]}"
  # nginx again at the end: the two runs show how much the machine drifted during the run.
  SERVER_PIDS=$(nginx_pids) measure nginx-end "nginx again, at the end of the read phase" "$CONNECTIONS" "$STATIC"
  nginx -c "$NGINX_CONF" -s stop
  NGINX_CONF=""
  fact rss_after_read_mb "$(( $(rss_kb) / 1024 ))"
  fact rss_peak_mb "$(( $(awk '/^VmHWM/ {print $2}' "/proc/$APP/status") / 1024 ))"
  stop_app
fi

# ---- Write phase: replies by signed-in members through the real form, on a copy of the dataset.
if [[ " $PHASES " == *" write "* ]]; then
  WRITE_DATA=$DATA
  if [ "$WRITE_COPY" = 1 ]; then
    COPY=$DATA-write
    rm -rf "$COPY"
    echo "copying $DATA for the write phase"
    cp -a "$DATA" "$COPY"
    WRITE_DATA=$COPY
  fi
  start_app "$WRITE_DATA" "${WRITE_ENV[@]}"
  echo "write phase: site started in $STARTUP_MS ms with ${WRITE_ENV[*]}"
  fact write_env "${WRITE_ENV[*]}"
  fact writers "$WRITERS"
  TOPIC=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/ja/forum/t/1")
  TOPIC=/${TOPIC#http://127.0.0.1:$PORT/}
  CATEGORY=$(curl -s "$BASE/ja/forum/" | grep -o 'href="/ja/forum/c/[^"?#]*"' | head -1 | cut -d'"' -f2)

  # Each member signs in through /en/login (CSRF cookie and the form's hidden token, then email and password), then
  # opens the topic page, whose reply form gives the fields a browser would post.
  MEMBERS=$WORK/members.tsv
  : > "$MEMBERS"
  for id in $(seq 1 "$WRITERS"); do
    jar=$WORK/member$id.cookies
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/en/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
    answer=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "_csrf=$token" \
      --data-urlencode "email=member$id@generated.invalid" --data-urlencode "password=$MEMBER_PASSWORD" "$BASE/en/login")
    [ "$answer" = "302 $BASE/en/account" ] || { echo "member $id could not sign in: $answer" >&2; exit 1; }
    curl -s -c "$jar" -b "$jar" "$BASE$TOPIC" > "$WORK/member$id.html"
    form=$(awk '/<form [^>]*action="[^"]*\/reply"/ {inside = 1} inside {print} inside && /<\/form>/ {exit}' "$WORK/member$id.html")
    grep -q 'enctype="multipart/form-data"' <<< "$form" || { echo "member $id sees no member's reply form" >&2; exit 1; }
    action=$(grep -o 'action="[^"]*"' <<< "$form" | head -1 | cut -d'"' -f2)
    csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<< "$form" | head -1 | cut -d'"' -f4)
    started=$(grep -o 'name="started" value="[^"]*"' <<< "$form" | head -1 | cut -d'"' -f4)
    cookie=$(awk '!/^# / && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$jar")
    printf '%s\t%s\t%s\t%s\n' "$cookie" "$csrf" "$started" "$action" >> "$MEMBERS"
  done
  IFS=$'\t' read -r _ CSRF1 STARTED1 ACTION < <(head -1 "$MEMBERS")
  # Replies go where people reply: the topics on the first page of the category (latest activity first), each through
  # the same form as topic 1's (its action names the topic). WRITE_TOPICS=one sends them all to topic 1, a topic
  # that then grows by thousands of posts.
  TOPICS=$WORK/topics.txt
  if [ "${WRITE_TOPICS:-category}" = one ]; then
    echo "$ACTION" > "$TOPICS"
  else
    curl -s "$BASE$CATEGORY" | grep -o 'href="/ja/forum/t/[0-9]*/' | cut -d/ -f5 | awk '!seen[$0]++' \
      | while read -r id; do echo "${ACTION/\/t\/1\//\/t\/$id\/}"; done > "$TOPICS"
  fi
  [ -s "$TOPICS" ] || { echo "found no topics to reply to on $CATEGORY" >&2; exit 1; }
  echo "$WRITERS members signed in; replies go to $(wc -l < "$TOPICS") topics ($(head -1 "$TOPICS") …)"
  fact write_topics "$(wc -l < "$TOPICS")"

  # Posts a reply as member 1 with curl, as a browser does; prints the number of the new post (from the redirect).
  reply_once() {
    local answer
    answer=$(curl -s -b "$WORK/member1.cookies" -o /dev/null -w '%{http_code} %{redirect_url}' -F "_csrf=$CSRF1" \
      -F "started=$STARTED1" -F "body=$1" -F "image=@/dev/null;filename=" -F "imageAlt=" -F "language=" -F "website=" \
      "$BASE$ACTION")
    [[ "$answer" == "302 "*"#post-"* && "$answer" != *"posted="* ]] || { echo "reply not saved: $answer" >&2; exit 1; }
    echo "${answer##*#post-}"
  }
  # Posts a reply holding a made-up word and asks /ja/search for it every 50 ms. Prints two times in ms: from sending
  # the reply, and from its answer (the post saved) to the first results page that shows it; -1 -1 if not found.
  searchable() {
    local word t0 t1
    word=zq$(tr -dc 'a-z' < /dev/urandom | head -c 10 || true)
    t0=$(date +%s%N)
    reply_once "検索に出るまでの時間を測ります: $word" > /dev/null
    t1=$(date +%s%N)
    while ! curl -s "$BASE/ja/search?q=$word" | grep -q "<mark>$word</mark>"; do
      [ $(( ($(date +%s%N) - t1) / 1000000000 )) -lt 120 ] || { echo "-1 -1"; return; }
      sleep 0.05
    done
    echo "$(( ($(date +%s%N) - t0) / 1000000 )) $(( ($(date +%s%N) - t1) / 1000000 ))"
  }
  # searchable, reported as fact $1 (from sending) and $1_saved (from the saved reply), described by $2.
  measure_searchable() {
    local sent saved
    read -r sent saved < <(searchable)
    [ "$saved" -ge 0 ] || loud "a reply was not found by search within 120 s ($2)"
    echo "== a reply found by search $saved ms after it was saved, $sent ms after it was sent ($2)"
    fact "$1" "$sent"
    fact "$1_saved" "$saved"
  }

  export MEMBERS RUN_TAG READ_PATH=$TOPIC MODE=read
  SHOWN_URL=$TOPIC measure topic-member "topic page, signed-in member ($WRITERS in turn)" "$CONNECTIONS" "$BASE/" -s bench/member.lua
  sleep 2
  measure_searchable searchable_ms "quiet site"
  export MODE=reply TOPICS
  # First the 64 members writing at a steady rate in all (REPLY_RATE a second, each at random moments) rather than
  # as fast as the site answers: how long a reply takes when the site is not saturated. Before the saturated runs,
  # which leave the site notifying followers of thousands of replies for minutes afterwards.
  PACE_MS=$(( 64000 / REPLY_RATE )) SECONDS_EACH=$PACED_SECONDS SHOWN_URL="/ja/forum/t/<$(wc -l < "$TOPICS") topics>/reply" \
    measure reply-paced "reply by a signed-in member, $REPLY_RATE replies/s in all" 64 "$BASE/" -s bench/member.lua
  for connections in $WRITE_CONNECTIONS; do
    SHOWN_URL="/ja/forum/t/<$(wc -l < "$TOPICS") topics>/reply" measure "reply-c$connections" "reply by a signed-in member" "$connections" "$BASE/" -s bench/member.lua
  done
  measure_searchable searchable_after_load_ms "right after the write load"
  fact rss_peak_write_mb "$(( $(awk '/^VmHWM/ {print $2}' "/proc/$APP/status") / 1024 ))"
  stop_app
  # Every reply wrk counted as saved (warm-ups included) must be in the database, published: counted there by the
  # run's mark in their text once the site has stopped. Requests still in flight when wrk stopped may add up to one
  # per connection.
  COUNTED=$(cat "$WORK"/reply-*.warmup "$WORK"/reply-*.wrk | awk '/^replies created:/ {s += $3} END {print s + 0}')
  IN_FLIGHT=0
  for connections in $WRITE_CONNECTIONS 64; do IN_FLIGHT=$(( IN_FLIGHT + connections + (connections < 8 ? connections : 8) )); done
  # A request wrk gave up on (timeout) may still have been saved.
  IN_FLIGHT=$(( IN_FLIGHT + $(cat "$WORK"/reply-*.warmup "$WORK"/reply-*.wrk \
    | awk '/Socket errors:/ {gsub(",", ""); s += $10} END {print s + 0}') ))
  STORED=$(h2_query "$WRITE_DATA" "SELECT COUNT(*) FROM forum_post WHERE status = 'VISIBLE' AND body_source LIKE '%bench$RUN_TAG %'")
  echo "== replies counted as saved by wrk: $COUNTED; published in the database: $STORED"
  fact replies_counted "$COUNTED"
  fact replies_stored "$STORED"
  [ "$STORED" -ge "$COUNTED" ] && [ "$STORED" -le $(( COUNTED + IN_FLIGHT )) ] \
    || loud "wrk counted $COUNTED saved replies, the database holds $STORED"
fi

fact load_at_end "$(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p bench/results
OUT=bench/results/$SCALE-$(date -u +%Y%m%dT%H%MZ)
python3 bench/report.py build "$RECORDS" "$FACTS" "$OUT"
cat "$OUT.md"
echo
echo "results: $OUT.json, $OUT.md"
if [ "$FAILED" -ne 0 ]; then
  echo "!!! some requests failed (see the lines marked !!! above): these results are not valid" >&2
  exit 1
fi
