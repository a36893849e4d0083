#!/usr/bin/env bash
# Extraction speed and memory on a labelled corpus (one core).
#
#   bench/extract_speed.sh CORPUS_ROOT [RUNS] [PEER.jsonl]
#
# Runs `snapcrawl eval CORPUS_ROOT` RUNS times (default 3) pinned to one
# core under GNU time, and prints per run: pages/s of extraction (one
# thread; file reading and scoring excluded), the slowest page, and peak
# RSS of the whole process (pages are read and extracted one at a time, so
# this bounds the memory one page needs). With PEER.jsonl (e.g. from
# bench/peer_trafilatura.sh) the peer's pages/s from the same file is shown
# beside ours, with the ratio.
set -euo pipefail
root=${1:?usage: bench/extract_speed.sh CORPUS_ROOT [RUNS] [PEER.jsonl]}
runs=${2:-3}
peer=${3:-}
repo=$(cd "$(dirname "$0")/.." && pwd)
bin=$repo/target/release/snapcrawl
[ -x "$bin" ] || (cd "$repo" && cargo build --release)
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for run in $(seq 1 "$runs"); do
  args=(eval "$root")
  [ -n "$peer" ] && args+=(--peer "$peer")
  ${pin[@]+"${pin[@]}"} /usr/bin/time -v -o "$work/time.txt" "$bin" "${args[@]}" >"$work/eval.txt"
  ours=$(awk '$1 == "all" && $2 == "snapcrawl" {print $(NF-2), $(NF-1)}' "$work/eval.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time.txt")
  line="run $run: snapcrawl ${ours% *} pages/s (slowest page ${ours#* } ms), peak RSS ${rss} MB"
  if [ -n "$peer" ]; then
    theirs=$(awk '$1 != "all" && prev_all && NF > 5 {print $(NF-2); exit} {prev_all = ($1 == "all")}' "$work/eval.txt")
    line="$line; peer $theirs pages/s; ratio $(awk -v a="${ours% *}" -v b="$theirs" 'BEGIN {printf "%.1f", a / b}')x"
  fi
  echo "$line"
done
