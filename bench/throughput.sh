#!/usr/bin/env bash
# Throughput benchmark on the shared bench rig (loopback nginx).
#
#   bench/throughput.sh RIG_DIR [HOSTS] [PAGES]
#
# RIG_DIR is the rig's folder (the one with gen_site.py, serve.sh, audit.py;
# not part of this repo). Generates HOSTS x PAGES articles with
# --crawl-delay-every 0 (throughput, not Crawl-delay, is measured), serves
# them, crawls them with a release snapcrawl at --delay 0s --per-host 8 and
# adaptive_factor = 0 (explicit settings for one's own servers: no pacing at
# all), then prints the audit and:
# distinct documents/s = (200 responses - same-content refetches) / wall
# seconds, CPU seconds and peak RSS from GNU time.
set -euo pipefail
rig=$(cd "${1:?usage: bench/throughput.sh RIG_DIR [HOSTS] [PAGES]}" && pwd)
hosts=${2:-20}
pages=${3:-200}
repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${SNAPCRAWL:-$repo/target/release/snapcrawl}
work=${BENCH_WORK:-${TMPDIR:-/tmp}/snapcrawl-bench}
[ -x "$bin" ] || (cd "$repo" && cargo build --release)
rm -rf "$work" && mkdir -p "$work"
"$rig/gen_site.py" --hosts "$hosts" --pages "$pages" --seed 1 --crawl-delay-every 0 --out "$work/site" | tail -n 1
RUN_DIR="$work/run" "$rig/serve.sh" "$work/site" | tail -n 1
trap 'RUN_DIR="$work/run" "$rig/stop.sh" >/dev/null 2>&1 || true' EXIT
RUN_DIR="$work/run" "$rig/rotate_log.sh" "$work/warmup.log" >/dev/null
seeds=()
for i in $(seq 1 "$hosts"); do seeds+=(--seed "http://127.0.0.1:$((18000 + i))/"); done
printf '[politeness]\nadaptive_factor = 0\n' >"$work/own-servers.toml"
/usr/bin/time -v -o "$work/time.txt" "$bin" crawl --config "$work/own-servers.toml" --store "$work/store" --delay 0s --per-host 8 "${seeds[@]}" \
  >"$work/crawl.out" 2>"$work/crawl.log"
RUN_DIR="$work/run" "$rig/rotate_log.sh" "$work/access.log" >/dev/null
cat "$work/crawl.out"
"$rig/audit.py" --site "$work/site" --log "$work/access.log" --json >"$work/audit.json"
"$rig/audit.py" --site "$work/site" --log "$work/access.log" | tail -n 8
"$bin" dump --store "$work/store" >"$work/items.jsonl"
# Read whole, not through `head`: under pipefail a closed pipe fails the run.
"$rig/score.py" --site "$work/site" --items "$work/items.jsonl" >"$work/score.txt"
head -n 1 "$work/score.txt"
python3 - "$work" <<'PY'
import json, re, sys
work = sys.argv[1]
s = json.load(open(f"{work}/audit.json"))["summary"]
t = open(f"{work}/time.txt").read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", t).group(1).strip()
wall_parts = [float(x) for x in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(wall_parts)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size (kbytes)")) / 1024
distinct = (s.get("status_200") or 0) - (s.get("dup_content") or 0)
print(f"wall {wall:.2f} s, cpu {cpu:.2f} s, peak RSS {rss:.0f} MB")
print(f"requests {s['requests']}, 200s {s.get('status_200')}, dup_exact {s.get('dup_exact')}, dup_content {s.get('dup_content')}, disallowed {s.get('disallowed')}")
print(f"distinct documents/s {distinct / wall:.1f}  (requests/s {s['requests'] / wall:.1f})")
PY
