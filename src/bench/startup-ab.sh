#!/usr/bin/env bash
# Start-up of two or more builds compared on a busy machine: each round runs every jar once, in
# turn (every other round in reverse order, so that neither goes first throughout), so that a
# change in the machine's load falls on all of them alike. Prints each jar's median wall time
# and median CPU time (user + system), for the seed to PDF and for --version, and the load
# average before and after. CPU time is the figure to compare when other work shares the cores:
# wall time then mostly measures the queue. For each jar after the first it also prints the
# median of its per-round CPU difference from the first and in how many rounds it used less:
# at load 13 two medians of 16 rounds can differ by 50 ms one way while the rounds, paired,
# differ by 80 ms the other.
#   src/bench/startup-ab.sh RUNS JAR...      (e.g. a copy of target/convert.jar before a change, then after)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:?usage: startup-ab.sh RUNS JAR...}"
shift
[ $# -ge 1 ] || { echo "usage: startup-ab.sh RUNS JAR..." >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jars=()
for jar in "$@"; do jars+=("$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"); done
cd "$root"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

compare() {   # label, then the arguments after the jar
  local label="$1"; shift
  for j in "${!jars[@]}"; do
    java -jar "${jars[$j]}" "$@" >/dev/null 2>&1 || true   # warm the file cache
    : > "$work/wall$j"; : > "$work/cpu$j"
  done
  local order round
  for round in $(seq "$runs"); do
    order=("${!jars[@]}")
    (( round % 2 == 0 )) && order=($(printf '%s\n' "${order[@]}" | sort -rn))
    for j in "${order[@]}"; do
      /usr/bin/time -f "%e %U %S" -o "$work/t" java -jar "${jars[$j]}" "$@" >/dev/null 2>&1 || true
      awk '{print $1 * 1000 >> "'"$work/wall$j"'"; print ($2 + $3) * 1000 >> "'"$work/cpu$j"'"}' "$work/t"
    done
  done
  for j in "${!jars[@]}"; do
    printf '%-14s %-40s wall %5s ms   cpu %5s ms   (median of %s)\n' "$label" "${jars[$j]}" \
      "$(median < "$work/wall$j")" "$(median < "$work/cpu$j")" "$runs"
    if (( j > 0 )); then
      printf '%-14s %-40s cpu %5s ms per round against the first, less in %s of %s rounds\n' "" "" \
        "$(paste "$work/cpu0" "$work/cpu$j" | awk '{print $2 - $1}' | median)" \
        "$(paste "$work/cpu0" "$work/cpu$j" | awk '$2 < $1' | wc -l)" "$runs"
    fi
  done
}

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
compare "seed -> PDF" examples/article-ar.txt --to pdf -o "$work/seed.pdf"
compare "--version" --version
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
