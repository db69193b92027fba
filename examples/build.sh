#!/usr/bin/env bash
# Regenerates every output format for every example into examples/out/, by the input's kind
# (out/txt/, out/html/): article-ar.txt and article-ar.html would otherwise write the same names.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
convert="$here/../convert"
out="$here/out"
mkdir -p "$out"
formats=$("$convert" --list-formats | awk '/^Output formats/{w=1; next} w && NF {print $1}')
for example in "$here"/article-*.txt "$here"/article-*.html; do
  for format in $formats; do
    "$convert" "$example" --to "$format" -o "$out/${example##*.}/" --quiet
  done
done
ls -lR "$out"
