#!/usr/bin/env bash
# Cold command-line benchmarks: wall time (median of N runs, each a fresh JVM) and peak RSS of
# ./convert on the examples, for every format. Not a test: run it by hand and read the numbers.
#   src/bench/cli-bench.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-10}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$root"
./convert --version >/dev/null   # builds the jar and the start-up archive if needed
./convert examples/article-ar.txt --to md -o "$out/warmup.md" --quiet

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {   # label, then the convert arguments
  local label="$1"; shift
  local times=() rss=0
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$out/rss" ./convert "$@" --quiet >/dev/null
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
    local r; r=$(cat "$out/rss"); (( r > rss )) && rss=$r
  done
  printf '%-40s median %5s ms   peak RSS %6d KB\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "$rss"
}

for f in md json txt html epub pdf; do
  measure "article-ar.txt --to $f" examples/article-ar.txt --to "$f" -o "$out/ar.$f"
done
measure "article-ar.html --to pdf" examples/article-ar.html --to pdf -o "$out/arh.pdf"
measure "article-en.html --to pdf" examples/article-en.html --to pdf -o "$out/en.pdf"

# A ~30-page Arabic article: the seed's body repeated.
long="$out/long-ar.txt"
{ head -n 8 examples/article-ar.txt; for _ in $(seq 40); do tail -n +9 examples/article-ar.txt; done; } > "$long"
measure "30-page Arabic article --to pdf" "$long" --to pdf -o "$out/long.pdf"
pages=$(pdfinfo "$out/long.pdf" 2>/dev/null | awk '/^Pages/{print $2}') && echo "  (that PDF has ${pages:-?} pages)"

if command -v weasyprint >/dev/null 2>&1; then
  ./convert examples/article-ar.html --to html -o "$out/ar-reader.html" --quiet
  times=()
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N); /usr/bin/time -f "%M" -o "$out/rss" weasyprint -q "$out/ar-reader.html" "$out/w.pdf"; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%-40s median %5s ms   peak RSS %6d KB\n' "weasyprint (reader HTML of article-ar)" \
    "$(printf '%s\n' "${times[@]}" | median)" "$(cat "$out/rss")"
fi
