#!/usr/bin/env bash
# Memory and speed of the frontier as known URLs grow: pushes N URLs (default
# 5 million) over 1000 hosts into the store's queue on disk, dispatches
# 100 000 of them, reopens the queue as the next run would; then the same with
# the queue in memory, as the baseline of the same run. Peak RSS from
# /usr/bin/time -v. Usage: bench/frontier_scale.sh [N] [WORK_DIR]
set -euo pipefail
n=${1:-5000000}
work=${2:-$(mktemp -d)}
cd "$(dirname "$0")/.."
cargo build --release -p snapcrawl-store --example frontier_scale
bin=target/release/examples/frontier_scale
for mode in disk memory; do
  rm -rf "${work:?}/$mode"
  /usr/bin/time -v "$bin" "$mode" "$n" "$work/$mode" 2> "$work/$mode.time" | tee "$work/$mode.out"
  grep -E "Maximum resident|Elapsed" "$work/$mode.time"
done
rm -rf "${work:?}/disk" "${work:?}/memory"
