# Shared by the benchmark scripts (sourced, not run): the JVM, the jar, and the generated dataset.
JAR=target/mps-commons.jar
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
JVM_OPTS=${JVM_OPTS:--XX:+UseParallelGC -Xmx320m}

# Generates the dataset of scale $1 into directory $2 unless a finished generation is already there. Generation
# refuses a database that already has topics, so a directory left by an interrupted generation must be removed first.
ensure_data() {
  local scale=$1 data=$2
  if [ -f "$data/generate.log" ] && grep -q "^generate-data: done" "$data/generate.log"; then
    return
  fi
  if [ -d "$data/db" ]; then
    echo "$data holds a database without a finished generation (interrupted?): remove it and run again" >&2
    exit 1
  fi
  [ -f "$JAR" ] || { echo "no $JAR: run ./mvnw package -DskipTests first" >&2; exit 1; }
  echo "generating the $scale dataset into $data"
  mkdir -p "$data"
  MPS_DATA_DIR=$data "$JAVA" -Xmx1g -jar "$JAR" generate-data --scale="$scale" 2>&1 \
    | grep -E "^(generate-data|reindex):" | tee "$data/generate.log.partial"
  mv "$data/generate.log.partial" "$data/generate.log"
  grep -q "^generate-data: done" "$data/generate.log" || { echo "generation failed" >&2; exit 1; }
}

# Java 25's ahead-of-time cache (JEP 483, 514): a training run of the site records the classes it loads and links,
# and later starts map them from the cache instead of loading them again (about half the start-up on 2 cores). The
# cache belongs to one jar and one set of JVM options, so it is made again for each build, beside the jar, from the
# jar extracted as the JVM needs it (`-Djarmode=tools extract`). With AOT=0 the site starts from the jar as it is.
# Sets RUN_JAR and AOT_OPTS.
prepare_aot() {
  RUN_JAR=$JAR
  AOT_OPTS=""
  [ "${AOT:-1}" = 1 ] || return 0
  local dir training
  dir=target/aot-$(date -r "$JAR" +%s)-$(echo "$JVM_OPTS" | md5sum | cut -c1-8)
  if [ ! -f "$dir/app.aot" ]; then
    rm -rf target/aot-*
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$dir/app" > /dev/null
    training=$(mktemp -d)
    echo "making the AOT cache (a training start of the site on an empty database)"
    env MPS_DATA_DIR="$training" MPS_PORT=0 MPS_LINKS_CHECK_CRON=- "$JAVA" $JVM_OPTS -XX:AOTCacheOutput="$dir/app.aot" \
      -Dspring.context.exit=onRefresh -jar "$dir/app/mps-commons.jar" > "$dir/training.log" 2>&1 \
      || { tail -5 "$dir/training.log" >&2; echo "AOT training failed" >&2; exit 1; }
    rm -rf "$training"
  fi
  RUN_JAR=$dir/app/mps-commons.jar
  AOT_OPTS="-XX:AOTCache=$dir/app.aot"
}
