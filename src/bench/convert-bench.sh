#!/usr/bin/env bash
# Warm in-process conversions per second for every example and format (io.convert.bench.ConvertBench).
#   src/bench/convert-bench.sh [seconds-per-case]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
java -Xmx1g -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
  io.convert.bench.ConvertBench "${1:-3}"
