#!/usr/bin/env bash
# Start-up of one conversion, each run a fresh JVM: median wall time and median CPU time (user +
# system, which a busy machine disturbs less than wall time) of each command, hyperfine-style.
#   src/bench/startup-bench.sh [RUNS] [-- COMMAND...]
# Without a command it times the seed to PDF with plain `java -jar target/convert.jar` and with
# the ./convert launcher. Also prints how many classes each loads and from where.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-11}"
shift || true
[ "${1:-}" = "--" ] && shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
./convert --version >/dev/null   # builds the jar and the start-up archive if needed

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {   # label, then the command
  local label="$1"; shift
  "$@" >/dev/null 2>&1 || true   # warm the file cache
  : > "$work/wall"; : > "$work/cpu"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>&1 || true
    awk '{print $1 * 1000 >> "'"$work/wall"'"; print ($2 + $3) * 1000 >> "'"$work/cpu"'"}' "$work/t"
  done
  printf '%-48s wall %5s ms   cpu %5s ms   (median of %s)\n' "$label" "$(median < "$work/wall")" \
    "$(median < "$work/cpu")" "$runs"
}

echo "load: $(uptime | sed 's/.*load average/load average/')"
if [ $# -gt 0 ]; then
  measure "$*" "$@"
  exit 0
fi
seed=(examples/article-ar.txt --to pdf -o "$work/seed.pdf")
measure "java -jar target/convert.jar (seed -> PDF)" java -jar target/convert.jar "${seed[@]}"
measure "./convert (seed -> PDF)" ./convert "${seed[@]}"
java -Xlog:class+load:file="$work/classes.txt" -jar target/convert.jar "${seed[@]}" >/dev/null 2>&1
printf 'classes loaded by java -jar: %d (%d from the JDK archive, %d from the JDK, %d from the jar)\n' \
  "$(wc -l < "$work/classes.txt")" "$(grep -c 'shared objects file' "$work/classes.txt")" \
  "$(grep -c 'source: jrt' "$work/classes.txt")" "$(grep -c 'source: file' "$work/classes.txt")"
echo "load: $(uptime | sed 's/.*load average/load average/')"
