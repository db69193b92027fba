#!/usr/bin/env bash
# Runs one of the Java benchmarks or reports in src/bench/java (mains, not tests), which only the
# `bench` Maven profile compiles:
#   src/bench/run.sh io.convert.bench.HtmlReaderBench [ARGS...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
main="$1"; shift
mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
exec java -Xmx1g -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
  "$main" "$@"
