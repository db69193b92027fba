#!/usr/bin/env bash
# PDF benchmark (not a test): cold wall time (median of N fresh JVMs) and peak RSS of
# `./convert ... --to pdf` on the seed and on a 30+ page Arabic article, against WeasyPrint
# (Debian `weasyprint`) on the HTML examples in the same run. Targets: <= 0.5 s for the seed,
# <= 0.4x WeasyPrint, peak RSS <= 200 MB.
#   src/bench/pdf-bench.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-7}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$root"
./convert --version >/dev/null                     # builds the jar if needed
./convert examples/article-ar.txt --to pdf -o "$out/warm.pdf" --quiet   # makes the CDS archive

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {   # label, then a command; prints "label median-ms peak-rss-MB" and sets $last_ms
  local label="$1"; shift
  local times=() rss=0
  for _ in $(seq "$runs"); do
    local t0 t1 r
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$out/time" "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
    r=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$out/time")
    (( r > rss )) && rss=$r
  done
  last_ms=$(printf '%s\n' "${times[@]}" | median)
  printf '%-44s median %6s ms   peak RSS %5d MB\n' "$label" "$last_ms" $(( rss / 1024 ))
}

long="$out/long-ar.txt"
{ head -n 8 examples/article-ar.txt; for _ in $(seq 40); do tail -n +9 examples/article-ar.txt; done; } > "$long"

measure "convert article-ar.txt --to pdf" ./convert examples/article-ar.txt --to pdf -o "$out/ar.pdf" --quiet
seed_ms=$last_ms
measure "convert 30+ page Arabic --to pdf" ./convert "$long" --to pdf -o "$out/long.pdf" --quiet
echo "  (pages: seed $(pdfinfo "$out/ar.pdf" | awk '/^Pages/{print $2}'), long $(pdfinfo "$out/long.pdf" | awk '/^Pages/{print $2}'))"
for page in article-ar.html article-en.html; do
  measure "convert $page --to pdf" ./convert "examples/$page" --to pdf -o "$out/$page.pdf" --quiet
  html_ms=$last_ms
  if command -v weasyprint >/dev/null 2>&1; then
    measure "weasyprint $page" weasyprint -q "examples/$page" "$out/w-$page.pdf"
    awk -v a="$html_ms" -v b="$last_ms" 'BEGIN {printf "  convert / weasyprint = %.2f\n", a / b}'
  fi
done
awk -v a="$seed_ms" 'BEGIN {printf "seed target <= 500 ms: %s\n", a <= 500 ? "met" : "missed"}'
