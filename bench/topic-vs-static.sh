#!/usr/bin/env bash
# Measures the forum topic page (20 posts, anonymous, warm) against nginx serving the same HTML as a static file,
# on this machine, with wrk at 64 connections. A first measurement until the benchmark harness (issue 8) exists.
# Usage: bench/topic-vs-static.sh          one topic on an otherwise empty database (seed-topic-h2.sql)
#        SEED=large bench/topic-vs-static.sh   the same topic among 1,000,000 posts (seed-large-h2.sql)
# (after ./mvnw package -DskipTests; needs wrk and nginx from the OS packages)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/mps-commons.jar
DATA=$(mktemp -d)
PORT=8091
STATIC_PORT=8092
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
H2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | tail -1)
DB="jdbc:h2:file:$DATA/db/mps-commons;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
JVM_OPTS=${JVM_OPTS:--XX:+UseParallelGC -Xmx512m}

start() {
  MPS_DATA_DIR=$DATA MPS_PORT=$PORT "$JAVA" $JVM_OPTS -jar "$JAR" > "$DATA/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null && return; sleep 0.5; done
  echo "the site did not start; see $DATA/app.log"; exit 1
}

start; kill $APP; wait $APP || true                    # creates the schema
SEED_SQL=bench/seed-${SEED:-topic}-h2.sql
echo "seeding with $SEED_SQL"
time "$JAVA" -cp "$H2" org.h2.tools.RunScript -url "$DB" -user sa -script "$SEED_SQL"
start
URL="http://127.0.0.1:$PORT/ja/forum/t/1/topic"
curl -sf "$URL" > "$DATA/topic.html"
echo "topic page: $(wc -c < "$DATA/topic.html") bytes, $(grep -c '<article' "$DATA/topic.html") posts"

mkdir -p "$DATA/static"; cp "$DATA/topic.html" "$DATA/static/index.html"
cat > "$DATA/nginx.conf" <<CONF
worker_processes 2;
pid $DATA/nginx.pid;
error_log $DATA/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$STATIC_PORT; root $DATA/static; default_type text/html; }
}
CONF
nginx -c "$DATA/nginx.conf"

wrk -t2 -c8 -d15s "$URL" > /dev/null                   # warm-up at low concurrency (JIT)
echo "== nginx, static copy of the same page"
wrk -t2 -c64 -d20s --latency "http://127.0.0.1:$STATIC_PORT/" | grep -E "Requests/sec|50%|99%"
echo "== MPS Commons topic page (H2, anonymous)"
wrk -t2 -c64 -d20s --latency "$URL" | grep -E "Requests/sec|50%|99%"
echo "== MPS Commons topic page, gzip (as browsers ask for it)"
wrk -t2 -c64 -d20s --latency -H "Accept-Encoding: gzip" "$URL" | grep -E "Requests/sec|50%|99%"
# A cookie the visitor page cache does not know sends every request through the whole stack: the rendered page.
echo "== MPS Commons topic page rendered for each request (not from the visitor page cache)"
wrk -t2 -c64 -d20s --latency -H "Cookie: bench=1" "$URL" | grep -E "Requests/sec|50%|99%"

nginx -c "$DATA/nginx.conf" -s stop
kill $APP; wait $APP || true
