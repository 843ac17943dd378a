#!/usr/bin/env bash
# Compares two results of bench/run.sh: each scenario's p50 from A to B (medium to large: the performance issue
# allows no page's p50 to grow more than 20%), flagging the ones over. Exit status 1 when any is over.
# Usage: bench/compare.sh bench/results/medium-….json bench/results/large-….json
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 A.json B.json" >&2; exit 2; }
exec python3 "$(dirname "$0")/report.py" compare "$1" "$2"
