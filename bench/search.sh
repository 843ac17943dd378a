#!/usr/bin/env bash
# Measures search on a generated database: 1-3 word queries in Japanese and in English (bench/queries-*.txt), each
# list on its own, through the real results page (/ja/search, /en/search) with wrk on loopback after a warm-up.
# Latency alone at 1 connection, then under load at 64. Each request carries a cookie the visitor page cache does not
# know, so every query is searched and its page rendered (the cache would answer the 30 queries from memory after their
# first request); CACHED=1 measures the pages as visitors get them. Reports the index's size; the generation's output (kept in
# the data directory) says how fast the index was built.
# Usage: bench/search.sh                 on the large scale (1,000,000 posts), generated once into $BENCH_DATA
#        SCALE=medium bench/search.sh    another scale (a data directory of its own)
# (after ./mvnw package -DskipTests; needs wrk from the OS packages). bench/run.sh measures the same lists at 64
# connections among all the other pages; this script adds the latency of a query on its own.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
SCALE=${SCALE:-large}
DATA=${BENCH_DATA:-/tmp/mps-bench-$SCALE}
PORT=8091
SECONDS_EACH=${SECONDS_EACH:-20}
BYPASS=(-H "Cookie: bench=1")
[ "${CACHED:-0}" != 1 ] || BYPASS=()

if curl -s -o /dev/null -m 1 "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is in use by another process" >&2; exit 1
fi
ensure_data "$SCALE" "$DATA"
grep -E "wrote|reindex: done" "$DATA/generate.log" || true
echo "search index: $(du -sh "$DATA/search" | cut -f1) on disk"

MPS_DATA_DIR=$DATA MPS_PORT=$PORT "$JAVA" $JVM_OPTS -jar "$JAR" > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null && break; sleep 0.5; done

measure() { # language, connections
  QUERIES=bench/queries-$1.txt PATH_PREFIX="/$1/search?q=" wrk -t"$(( $2 < 2 ? 1 : 2 ))" -c"$2" -d"${SECONDS_EACH}s" --latency \
    "${BYPASS[@]}" -s bench/query-list.lua "http://127.0.0.1:$PORT/" | grep -E "Requests/sec|^ +50%|^ +99%|Non-2xx"
}
echo "warming up"
for language in ja en; do
  QUERIES=bench/queries-$language.txt PATH_PREFIX="/$language/search?q=" wrk -t2 -c8 -d10s "${BYPASS[@]}" \
    -s bench/query-list.lua "http://127.0.0.1:$PORT/" > /dev/null
done
for language in ja en; do
  echo "== $language queries, 1 connection (latency alone)"
  measure "$language" 1
  echo "== $language queries, 64 connections"
  measure "$language" 64
done
