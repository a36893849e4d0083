#!/usr/bin/env bash
# Run the peer extractor trafilatura 2.3.1 over the corpus, for side-by-side scoring.
#
# Usage: bench/peer_trafilatura.sh [CORPUS_ROOT] [OUT.jsonl]
#   CORPUS_ROOT  default /work/shared/corpus   (read-only; <corpus>/<id>.html.gz + <id>.json)
#   OUT.jsonl    default ${TMPDIR:-/tmp}/peer-trafilatura.jsonl (one JSON line per page)
# Env: PEER_SCRATCH (default ${TMPDIR:-/tmp}/snapcrawl-peers) holds the venv, outside
#      the repo; PYTHON (default python3) builds it. Only pip's registry is contacted.
# Prints one summary line: pages, errors, extraction seconds, pages/s, wall seconds.
set -euo pipefail

CORPUS_ROOT=${1:-/work/shared/corpus}
OUT=${2:-${TMPDIR:-/tmp}/peer-trafilatura.jsonl}
SCRATCH=${PEER_SCRATCH:-${TMPDIR:-/tmp}/snapcrawl-peers}
VENV=$SCRATCH/trafilatura-venv
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Idempotent venv: reinstall only if trafilatura 2.3.1 does not import.
# lxml>=5.2 split lxml.html.clean out (needed by justext), hence lxml_html_clean.
if ! "$VENV/bin/python" -c 'import trafilatura as t; assert t.__version__ == "2.3.1"' 2>/dev/null; then
  mkdir -p "$SCRATCH"
  "${PYTHON:-python3}" -m venv "$VENV"
  "$VENV/bin/pip" install -q trafilatura==2.3.1 lxml_html_clean==0.4.6
fi

mkdir -p "$(dirname "$OUT")"
PIN=()
command -v taskset >/dev/null && PIN=(taskset -c 0)  # pin to one core
start=$(date +%s.%N)
summary=$(${PIN[@]+"${PIN[@]}"} "$VENV/bin/python" "$HERE/peer_trafilatura.py" "$CORPUS_ROOT" "$OUT")
end=$(date +%s.%N)
# one line: the helper's counts + wall time of the whole helper run (incl. start-up)
awk -v m="$summary" -v s="$start" -v e="$end" 'BEGIN { printf "%s wall_seconds=%.2f\n", m, e - s }'
