#!/usr/bin/env bash
# Scans a throwaway local instance of the site with wapiti and sqlmap, and says whether the run is clean.
#
#   scripts/security-scan.sh                 # about 10-15 minutes on 2 cores
#   SCAN_DATA=none scripts/security-scan.sh  # without generated forum data (only the shipped articles)
#
# What it does:
#   1. installs wapiti and sqlmap with apt-get when they are missing (Debian 12 has wapiti 3.0.4, sqlmap 1.7.2);
#   2. builds target/mps-commons.jar if it is missing or older than the sources (offline Maven), else reuses it;
#   3. makes a fresh temporary data directory (H2), fills it with generate-data (SCAN_DATA=small: 1,000 posts in 100
#      topics by 50 members, 10 articles per language; none: skip) and starts the site on a free loopback port with a
#      first admin, the link checker off, the bot timer at 0 s and the guest limits raised (so that attacks reach the
#      code behind them instead of the "too fast"/"too many" answers), and waits for /actuator/health;
#   4. runs wapiti from /en/ and /ja/ with the modules that fit the site (WAPITI_MODULES), its SSRF endpoint being a
#      local stand-in (security-scan/endpoint.py): nothing is sent off the machine;
#   5. runs sqlmap in batch mode on the parameters that reach SQL or choose what is read: search, the forum's lists
#      (paging cursor, language filter, order), the kit's doctor-response form and the sign-in form (both with their
#      CSRF token, fetched again for each request);
#   6. writes target/security-scan/<time>/summary.txt (security-scan/summary.py) and exits 1 if wapiti reported a
#      vulnerability above "info" that is not one of the three only a plain-HTTP instance shows (each is checked
#      against the site's TLS behaviour before it is waived), any HTTP 500, sqlmap an injectable parameter, the site
#      fetched a URL an attacker gave it, or the site logged an ERROR; 0 if clean;
#   7. stops the site and removes the temporary data (KEEP_DATA=1 keeps it) whatever happens.
#
# Reports, per run: target/security-scan/<time>/ (wapiti.json, wapiti.log, sqlmap-<target>.log, sqlmap/ (sqlmap's own
# session and CSV), ssrf-endpoint.log, site.log, summary.txt).
#
# A tool for developers and operators, never part of ./mvnw verify or CI. Only ever point it at this script's own
# instance: it attacks. Settings (environment): JAVA, SCAN_DATA, WAPITI_MODULES, WAPITI_EXCLUDE,
# WAPITI_MAX_SCAN_TIME (crawl, s), WAPITI_MAX_ATTACK_TIME (per module, s), SQLMAP_LEVEL (GET targets),
# SQLMAP_FORM_LEVEL (POST forms), SQLMAP_RISK, KEEP_DATA.
set -euo pipefail
cd "$(dirname "$0")/.."

SCAN_DATA=${SCAN_DATA:-small}
WAPITI_MODULES=${WAPITI_MODULES:-xss,permanentxss,sql,exec,file,crlf,redirect,ssrf,csp,http_headers,cookieflags}
WAPITI_MAX_SCAN_TIME=${WAPITI_MAX_SCAN_TIME:-120}
WAPITI_MAX_ATTACK_TIME=${WAPITI_MAX_ATTACK_TIME:-90}
SQLMAP_LEVEL=${SQLMAP_LEVEL:-2}
SQLMAP_RISK=${SQLMAP_RISK:-1}
# The forms' fields are each checked against a fixed list before anything is written; level 1 keeps them to about a
# minute (level 2: over three).
SQLMAP_FORM_LEVEL=${SQLMAP_FORM_LEVEL:-1}
JAR=target/mps-commons.jar
OUT=target/security-scan/$(date +%Y%m%d-%H%M%S)
ADMIN_EMAIL=admin@scan.invalid
ADMIN_PASSWORD=scan-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
# Wapiti's category names are translated; the summary reads the English ones.
export LANG=C.UTF-8 LANGUAGE=en
started_at=$(date +%s)

log() { echo "[$(date +%H:%M:%S)] $*"; }

# --- 1. tools -----------------------------------------------------------------------------------------------------
missing=()
command -v wapiti > /dev/null || missing+=(wapiti)
command -v sqlmap > /dev/null || missing+=(sqlmap)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# A JDK 21 or newer: $JAVA, else the newest under /usr/lib/jvm, else java on the PATH.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA:-}" ]; then
  for candidate in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V -r) "$(command -v java || true)"; do
    if [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then JAVA=$candidate; break; fi
  done
fi
[ -n "${JAVA:-}" ] || { echo "no JDK 21+ found: set JAVA" >&2; exit 2; }

# --- 2. the jar ---------------------------------------------------------------------------------------------------
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
  log "building $JAR"
  ./mvnw -q -o package -DskipTests
fi

# --- 3. a throwaway site ------------------------------------------------------------------------------------------
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
DATA=$(mktemp -d /tmp/mps-security-scan.XXXXXX)
site_pid=""
endpoint_pid=""
cleanup() {
  # Only the processes this script started, by their id.
  if [ -n "$site_pid" ] && kill -0 "$site_pid" 2>/dev/null; then
    kill "$site_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$site_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$site_pid" 2>/dev/null || true
  fi
  if [ -n "$endpoint_pid" ]; then kill "$endpoint_pid" 2>/dev/null || true; fi
  if [ "${KEEP_DATA:-0}" = 1 ]; then echo "data kept in $DATA"; else rm -rf "$DATA"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Settings for the scan only: no link checker (it would visit the web), forms accepted at once (the scanners fill
# them in milliseconds; otherwise every attack on a public form ends at the bot check), guests' per-address limits
# out of the way (otherwise all but the first five comments end at "too many"). Sign-in, registration and reset
# keep their limits: sqlmap on sign-in then meets them after about 30 tries, which is the behaviour to keep.
site_env=(
  MPS_DATA_DIR="$DATA" MPS_ADMIN_EMAIL="$ADMIN_EMAIL" MPS_ADMIN_PASSWORD="$ADMIN_PASSWORD"
  MPS_LINKS_CHECK_CRON=- MPS_FORM_MIN_FILL_TIME=PT0S
  MPS_FORUM_GUEST_POSTS_PER_HOUR_PER_ADDRESS=100000 MPS_FORUM_GUEST_POSTS_PER_HOUR=100000
)
if [ "$SCAN_DATA" != none ]; then
  log "generating the $SCAN_DATA dataset into $DATA"
  env "${site_env[@]}" "$JAVA" -Xmx512m -jar "$JAR" generate-data --scale="$SCAN_DATA" > "$OUT/generate.log" 2>&1 \
    || { tail -20 "$OUT/generate.log" >&2; echo "generate-data failed" >&2; exit 2; }
  grep "^generate-data: done" "$OUT/generate.log" || true
fi

PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
log "starting the site at $BASE (log: $OUT/site.log)"
env "${site_env[@]}" MPS_PORT="$PORT" "$JAVA" -XX:+UseParallelGC -Xmx512m -jar "$JAR" > "$OUT/site.log" 2>&1 &
site_pid=$!
for i in $(seq 1 180); do
  curl -sf "$BASE/actuator/health" > /dev/null 2>&1 && break
  kill -0 "$site_pid" 2>/dev/null || { tail -30 "$OUT/site.log" >&2; echo "the site did not start" >&2; exit 2; }
  [ "$i" -lt 180 ] || { echo "no /actuator/health after 180 s" >&2; exit 2; }
  sleep 1
done
log "site up"

# --- 4. wapiti ----------------------------------------------------------------------------------------------------
ENDPOINT_PORT=$(free_port)
python3 scripts/security-scan/endpoint.py "$ENDPOINT_PORT" "$OUT/ssrf-endpoint.log" &
endpoint_pid=$!
sleep 1
# Wapiti runs on the Python its own launcher names; with wapiti 3.0.4 (Debian 12) through security-scan/wapiti.py,
# which repairs its -x exclusions (they stop the scan on Python 3.11 otherwise).
wapiti_python=$(head -1 "$(command -v wapiti)" | sed -n 's/^#!//p')
if "$wapiti_python" -c 'import inspect, sys, wapitiCore.net.crawler as c
sys.exit(0 if "(?ms)" in inspect.getsource(c.wildcard_translate) else 1)' 2> /dev/null; then
  wapiti_cmd=("$wapiti_python" scripts/security-scan/wapiti.py)
else
  wapiti_cmd=(wapiti)
fi
# Crawl from both languages' home pages (the root only redirects to one of them by Accept-Language) and a few pages
# of each kind, and stay on this instance; depth 7 reaches the doctor kit's last step (the letter, with its note). The generated forum has 100 topics, 1,000 posts and 50 members whose pages
# are all alike: only topics 1-3 (topic 1 has 20 posts in Japanese), posts 1-9 and members 1-9 are kept, so that the
# time goes into attacking every kind of page and form rather than the same one a hundred times. Also left out: the
# admin area (it answers a visitor with the sign-in page), PDFs (each request renders a document) and photos. "-S
# paranoid" keeps one of each form (the same form with a new CSRF token on every page is otherwise a new form) and
# a few of each link that differs only in its values (the 20 "quote" links of a topic page, the language switch).
# Some parameters are not attacked: the CSRF token and the form timer (any change is refused before anything else
# runs, so every payload there only costs a request), and the doctor kit's body regions and diagnoses (checkboxes,
# 60 and 15 of them in every step's form, each value looked up in a fixed list): with them each kit form took
# wapiti several minutes per module, and wapiti checks its time limit only between forms. The kit's other fields
# (step, since, age, the effects of treatments, signs shown, letter language, note) are attacked.
# Wapiti instantiates every module, and its technology-fingerprint module (not used here) downloads a database from
# GitHub when it has none; an empty one keeps the scan off the network.
mkdir -p "$OUT/wapiti-config"
echo '{}' > "$OUT/wapiti-config/apps.json"
log "wapiti: modules $WAPITI_MODULES; crawl at most ${WAPITI_MAX_SCAN_TIME}s, each module at most ${WAPITI_MAX_ATTACK_TIME}s"
# WAPITI_EXCLUDE: more paths to leave out, space-separated, relative to the site ("/language/* /en/forum/new").
extra_excludes=()
for path in ${WAPITI_EXCLUDE:-}; do extra_excludes+=(-x "$BASE$path"); done
wapiti_status=0
PYTHONUNBUFFERED=1 "${wapiti_cmd[@]}" -u "$BASE/" --scope folder "${extra_excludes[@]}" \
  -s "$BASE/en/" -s "$BASE/ja/" -s "$BASE/en/forum/t/1" -s "$BASE/ja/forum/t/2" -s "$BASE/en/forum/t/3" \
  -s "$BASE/en/search?q=pain" -s "$BASE/ja/search?q=%E7%97%9B%E3%81%BF" -s "$BASE/en/doctor-kit/responses/new" \
  -s "$BASE/en/articles/what-is-mps" -s "$BASE/ja/articles/what-is-mps" -s "$BASE/en/password-reset" \
  -x "$BASE/*/forum/t/[4-9]*" -x "$BASE/*/forum/t/[1-9][0-9]*" -x "$BASE/*/forum/p/[1-9][0-9]*" \
  -x "$BASE/*/members/[1-9][0-9]*" -x "$BASE/*/articles/generated-*" -x "$BASE/language/*/forum/[tp]/*" \
  -x "$BASE/admin*" -x "$BASE/*.pdf" -x "$BASE/media/*" \
  --skip _csrf --skip started --skip regions --skip diagnoses \
  -m "$WAPITI_MODULES" -d 7 --max-links-per-page 100 -S paranoid \
  --max-scan-time "$WAPITI_MAX_SCAN_TIME" --max-attack-time "$WAPITI_MAX_ATTACK_TIME" -t 20 \
  --endpoint "http://127.0.0.1:$ENDPOINT_PORT/" \
  --flush-session --store-session "$OUT/wapiti-session" --store-config "$OUT/wapiti-config" \
  --no-bugreport -v 1 -f json -o "$OUT/wapiti.json" > "$OUT/wapiti.log" 2>&1 || wapiti_status=$?
[ "$wapiti_status" = 0 ] || log "wapiti exited with $wapiti_status (see $OUT/wapiti.log)"
log "wapiti done"

# --- 5. sqlmap ----------------------------------------------------------------------------------------------------
# One page of the forum's latest topics carries a real keyset cursor ("after=<time>.<id>"); the lists are tested
# with it so that the paging query itself is what sqlmap varies.
cursor=$(curl -s "$BASE/en/forum/" | grep -o 'after=[0-9.]*' | head -1 | cut -d= -f2 || true)
cursor=${cursor:-1768206128288298.70}
category=$(curl -s "$BASE/en/forum/" | grep -o 'href="/en/forum/c/[a-z-]*"' | head -1 | sed 's|.*/c/||; s|"||' || true)
category=${category:-treatments}
# The doctor-response form's timer stamp (signed, valid for 12 hours) is taken once; the CSRF token is fetched by
# sqlmap before each request (--csrf-token/--csrf-url), with the cookie the site sets.
stamp=$(curl -s "$BASE/en/doctor-kit/responses/new" | grep -o 'name="started" value="[^"]*"' | cut -d'"' -f4)

sqlmap_run() {
  local name=$1 level=$2
  shift 2
  log "sqlmap: $name"
  sqlmap --batch --disable-coloring --level="$level" --risk="$SQLMAP_RISK" --output-dir="$OUT/sqlmap" \
    --flush-session "$@" < /dev/null > "$OUT/sqlmap-$name.log" 2>&1 || true
}
sqlmap_run search "$SQLMAP_LEVEL" -u "$BASE/en/search?q=pain&type=post&language=en&category=$category&since=year&page=1" \
  -p q,type,language,category,since,page
sqlmap_run forum-latest "$SQLMAP_LEVEL" -u "$BASE/ja/forum/?after=$cursor" -p after
sqlmap_run forum-category "$SQLMAP_LEVEL" -u "$BASE/en/forum/c/$category?lang=en&sort=latest&after=$cursor" -p lang,sort,after
sqlmap_run doctor-responses "$SQLMAP_FORM_LEVEL" -u "$BASE/en/doctor-kit/responses/new" \
  --data="_csrf=x&diagnosis=sciatica&response=open_treated&country=jp&prefecture=aomori&year=$(date +%Y)&month=1&website=&started=$stamp" \
  --csrf-token=_csrf --csrf-url="$BASE/en/doctor-kit/responses/new" -p diagnosis,response,country,prefecture,year,month
sqlmap_run sign-in "$SQLMAP_FORM_LEVEL" -u "$BASE/en/login" --data="_csrf=x&email=member@example.org&password=not-the-password-1" \
  --csrf-token=_csrf --csrf-url="$BASE/en/login" -p email

# --- 6. summary ---------------------------------------------------------------------------------------------------
status=0
python3 scripts/security-scan/summary.py "$OUT" "$BASE" || status=$?
log "took $(( $(date +%s) - started_at )) s; reports in $OUT"
exit "$status"
