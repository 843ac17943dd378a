#!/usr/bin/env bash
# JMH benchmark of the Markdown → sanitized HTML pipeline (src/jmh/java, the Maven profile "jmh"), on the dataset
# generator's posts in Japanese and in English. Prints JMH's table (average microseconds per post).
# Usage: bench/markdown.sh [JMH options]   e.g. bench/markdown.sh -f 1 -wi 3 -i 3
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
./mvnw -B -q -Pjmh test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/jmh.classpath > /dev/null
"$JAVA" -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main \
  MarkdownPipelineBenchmark "$@"
