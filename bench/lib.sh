# Shared by the benchmark scripts (sourced, not run): the JVM, the jar, and the generated dataset.
JAR=target/mps-commons.jar
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
JVM_OPTS=${JVM_OPTS:--XX:+UseParallelGC -Xmx512m}

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
