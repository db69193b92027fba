#!/usr/bin/env bash
# Many inputs in one run (issue 16): Mozilla's 130 Readability test pages to PDF and to Markdown
# with --jobs 2, the same pages eight times over (1,040 inputs) to PDF for peak memory, --jobs 1
# against --jobs 2 for identical bytes, and a cold single conversion of the seed with plain
# `java -jar` and with the launcher. WeasyPrint and Typst are timed in the same run when installed
# (WeasyPrint from Debian: `apt-get install weasyprint`; Typst: see src/bench/typst-seed.mjs).
# Not a test: run it by hand on a quiet machine and read the numbers (the load is printed with them).
#   src/bench/batch-bench.sh [CORPUS_DIR] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus="${1:-$root/../shared/corpus/readability-test-pages}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
[ -d "$corpus" ] || { echo "no corpus at $corpus (pass its folder)" >&2; exit 2; }
./convert --version >/dev/null   # builds the jar and the start-up archive if needed
export SOURCE_DATE_EPOCH=1700000000

ls "$corpus"/*/source.html > "$work/pages.lst"
pages=$(wc -l < "$work/pages.lst")
for _ in 1 2 3 4 5 6 7 8; do cat "$work/pages.lst"; done > "$work/pages8.lst"

echo "load before: $(uptime | sed 's/.*load average/load average/')"
echo "processors: $(nproc)"

# label, expected number of outputs, then the convert arguments; prints outputs/s and peak RSS
batch() {
  local label="$1" count="$2"; shift 2
  local t0 t1 ms rss
  t0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/rss" ./convert "$@" --quiet || true
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 ))
  rss=$(tail -n 1 "$work/rss")
  awk -v l="$label" -v n="$count" -v ms="$ms" -v rss="$rss" \
    'BEGIN { printf "%-44s %6.2f s  %6.1f /s  peak RSS %4d MB\n", l, ms / 1000, n * 1000 / ms, rss / 1024 }'
}

batch "$pages pages -> PDF, --jobs 2" "$pages" --inputs-from "$work/pages.lst" --to pdf -o "$work/pdf2/" --jobs 2
batch "$pages pages -> PDF, --jobs 1" "$pages" --inputs-from "$work/pages.lst" --to pdf -o "$work/pdf1/" --jobs 1
batch "$pages pages -> Markdown, --jobs 2" "$pages" --inputs-from "$work/pages.lst" --to md -o "$work/md2/" --jobs 2
batch "$((pages * 8)) inputs -> PDF, --jobs 2" "$((pages * 8))" --inputs-from "$work/pages8.lst" --to pdf \
  -o "$work/pdf8/" --jobs 2
if diff -r -q "$work/pdf1" "$work/pdf2" >/dev/null; then
  echo "--jobs 1 and --jobs 2: $(ls "$work/pdf1" | wc -l) PDFs, byte-identical"
else
  echo "--jobs 1 and --jobs 2: PDFs DIFFER:"; diff -r -q "$work/pdf1" "$work/pdf2" | head
fi
echo "outputs of the 1,040-input run: $(ls "$work/pdf8" | wc -l)"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
cold() {   # label, then the command
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%-44s median %5s ms (of %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "$runs"
}
cold "seed -> PDF, java -jar target/convert.jar" java -jar target/convert.jar examples/article-ar.txt --to pdf \
  -o "$work/seed.pdf"
cold "seed -> PDF, ./convert" ./convert examples/article-ar.txt --to pdf -o "$work/seed.pdf"

sample=$(head -n 5 "$work/pages.lst")
if command -v weasyprint >/dev/null 2>&1; then
  # WeasyPrint lays out our reader view of the page, as it would a page saved for print.
  i=0
  for page in $sample; do ./convert "$page" --to html -o "$work/w$i.html" --quiet; i=$((i + 1)); done
  t0=$(date +%s%N)
  for f in "$work"/w*.html; do weasyprint -q "$f" "${f%.html}.pdf"; done
  t1=$(date +%s%N)
  awk -v ms=$(( (t1 - t0) / 1000000 )) 'BEGIN { printf "%-44s %6.2f s per page\n", "WeasyPrint (5 reader-view pages)", ms / 5000 }'
else
  echo "WeasyPrint: not installed"
fi
if command -v typst >/dev/null 2>&1; then
  printf '#set text(lang: "ar")\n%s\n' "$(tail -n +2 examples/article-ar.txt)" > "$work/seed.typ"
  cold "seed -> PDF, typst compile" typst compile "$work/seed.typ" "$work/seed-typst.pdf"
elif [ -n "${TYPST_NODE:-}" ] && [ -d "$TYPST_NODE/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
  # Typst's compiler through its Node binding (src/bench/typst-seed.mjs says how to install it);
  # the time includes starting Node.
  tail -n +2 examples/article-ar.txt > "$work/seed-typst.txt"
  NODE_PATH="$TYPST_NODE/node_modules" cold "seed -> PDF, Typst (Node binding)" \
    node src/bench/typst-seed.mjs "$work/seed-typst.txt" "$work/seed-typst.pdf" "$root/fonts"
else
  echo "Typst: not installed (or set TYPST_NODE, see src/bench/typst-seed.mjs)"
fi
echo "load after: $(uptime | sed 's/.*load average/load average/')"
