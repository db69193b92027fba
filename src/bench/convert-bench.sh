#!/usr/bin/env bash
# Warm in-process conversions per second for every example and format (io.convert.bench.ConvertBench).
#   src/bench/convert-bench.sh [seconds-per-case]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" io.convert.bench.ConvertBench "${1:-3}"
