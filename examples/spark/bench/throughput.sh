#!/usr/bin/env bash
# Throughput of the Spark job in local[N] against the command line's batch mode on the same pages
# (by default Mozilla's 130 readability test pages), and the memory each needs. A benchmark, not a
# test: the numbers depend on the machine and on whatever else runs on it, so the load is printed.
#
#   examples/spark/bench/throughput.sh [PAGES_GLOB_ROOT]   FORMAT=pdf MASTER=local[2] HEAP=2g
set -euo pipefail
spark_dir="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$spark_dir/../.." && pwd)"
corpus="${1:-$root/../shared/corpus/readability-test-pages}"
format="${FORMAT:-epub}"
master="${MASTER:-local[2]}"
heap="${HEAP:-2g}"
[ -d "$corpus" ] || { echo "no corpus at $corpus: pass its folder" >&2; exit 2; }

(cd "$root" && mvn -B -q -o -DskipTests install)
mvn -B -q -o -f "$spark_dir/pom.xml" -DskipTests package
cp="$(mktemp)"
mvn -B -q -o -f "$spark_dir/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
pages=("$corpus"/*/source.html)
out="$(mktemp -d)"
trap 'rm -rf "$out" "$cp"' EXIT
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false)

echo "${#pages[@]} pages to $format; nproc $(nproc)"
echo "load before: $(uptime)"
echo "== command line, one JVM, pages in turn"
/usr/bin/time -f "cli: %e s wall, %U s user, peak RSS %M KB" \
  java -Xmx"$heap" -Djava.awt.headless=true -jar "$root/target/convert.jar" -q --to "$format" -o "$out/cli/" "${pages[@]}" || true
echo "load: $(uptime)"
echo "== Spark $master, heap $heap (driver and executor in one JVM)"
/usr/bin/time -o "$out/time" -f "spark: %e s wall (start-up included), %U s user, peak RSS %M KB" \
  java -Xmx"$heap" "${opens[@]}" -Djava.awt.headless=true -Dspark.master="$master" -Dspark.ui.enabled=false \
  -cp "$spark_dir/target/classes:$(cat "$cp")" io.convert.spark.ConvertJob --to "$format" "${pages[@]}" "$out/spark" \
  2> >(grep -E '^convert-spark: [0-9]' >&2)
cat "$out/time"
echo "load after: $(uptime)"
