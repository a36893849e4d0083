#!/usr/bin/env bash
# Acceptance check of "scheduled crawls that lose nothing": a crawl of the
# shared bench rig is killed with SIGKILL at random moments KILLS times and
# restarted over the same store, then run once more to completion. Before
# each restart UPDATES articles of the site are revised (bench/kill_update.py:
# new content, new ETag), as between two scheduled crawls of a news site, so
# that every run has new versions to store while it is killed. Then
# bench/kill_check.py compares the server's access logs, `snapcrawl dump
# --all-versions`, the rig's truth and the revisions:
#   - every article of the site that robots.txt allows is stored, and every
#     content version it served with 200 and never revised afterwards;
#   - each (URL, content version) is stored exactly once;
#   - no article is fetched with a plain GET (status 200) after the run that
#     stored its current content; conditional rechecks (304) are fine;
#   - no robots.txt-disallowed URL is fetched;
#   - every run opened the store (killed runs die of signal 9, the others
#     exit 0) and peak RSS stays flat across runs.
#
#   bench/kill_loop.sh RIG_DIR [KILLS] [HOSTS] [PAGES]
#   SNAPCRAWL=/tmp/snapcrawl-killloop/snapcrawl bench/kill_loop.sh /work/shared/bench
#
# RIG_DIR is the rig's folder (gen_site.py, serve.sh, audit.py; not part of
# this repo). Defaults: KILLS=30, HOSTS=4, PAGES=100 (about 3.5 minutes on
# 2 cores).
# Environment:
#   SNAPCRAWL     binary (default: target/release/snapcrawl of this repo)
#   KILL_WORK     scratch folder, replaced on each run (default /tmp/snapcrawl-killloop/run)
#   BASE_PORT     port of the first rig host (default 18301; all on 127.0.0.1)
#   DELAY         crawl --delay, the per-host floor (default 0.05s; one request
#                 in flight per host, robots.txt obeyed)
#   REVISIT_ARTICLES  [crawl] revisit_articles (default 0s: every run re-checks
#                 every stored article with a conditional request, so every run
#                 has a whole crawl's work to be killed in)
#   UPDATES       articles revised before each restart (default 20; 0 = a static site)
#   KILL_SEED     seed of the kill moments and revisions (default 1; same seed, same moments)
#   KILL_RANGE    "LO,HI" seconds after start to kill at (default: 10%..90% of
#                 a calibration crawl of the same site into a scratch store)
#   RSS_RATIO     allowed growth of peak RSS, late runs vs early runs (default 1.5)
# Everything goes to KILL_WORK: site/, nginx/, store/, logs/runNN.log (the
# access log of run NN; calib.log), runs/runNN.{out,err,time}, runs.tsv,
# updates.tsv, dump.jsonl, stats.json, report.txt. The check alone, again:
#   bench/kill_check.py --rig RIG_DIR --work KILL_WORK
# Exit status: kill_check.py's (0 = every check passed; 2 = usage).
set -euo pipefail

usage="usage: bench/kill_loop.sh RIG_DIR [KILLS] [HOSTS] [PAGES]"
rig=$(cd "${1:?$usage}" && pwd)
kills=${2:-30}
hosts=${3:-4}
pages=${4:-100}
repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${SNAPCRAWL:-$repo/target/release/snapcrawl}
work=${KILL_WORK:-${TMPDIR:-/tmp}/snapcrawl-killloop/run}
base_port=${BASE_PORT:-18301}
delay=${DELAY:-0.05s}
revisit=${REVISIT_ARTICLES:-0s}
kill_seed=${KILL_SEED:-1}
kill_range=${KILL_RANGE:-}
rss_ratio=${RSS_RATIO:-1.5}
updates=${UPDATES:-20}

for n in "$kills" "$hosts" "$pages" "$base_port" "$updates"; do
    [[ "$n" =~ ^[0-9]+$ ]] || { echo "$usage (numbers expected, got '$n')" >&2; exit 2; }
done
[[ -x "$bin" ]] || { echo "kill_loop.sh: no binary $bin (cargo build --release, or set SNAPCRAWL)" >&2; exit 2; }
bin=$(realpath "$bin")

# The scratch folder is replaced: only one this script made (it has a marker).
if [[ -e "$work" ]]; then
    [[ -f "$work/.kill_loop" ]] || { echo "kill_loop.sh: $work exists and was not made by kill_loop.sh" >&2; exit 2; }
    RUN_DIR="$work/nginx" "$rig/stop.sh" >/dev/null 2>&1 || true
    rm -rf "$work"
fi
mkdir -p "$work/logs" "$work/runs"
touch "$work/.kill_loop"

# The rig's ports must be free (another worker may be running the rig).
for ((i = 0; i < hosts; i++)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$((base_port + i))") 2>/dev/null; then
        echo "kill_loop.sh: 127.0.0.1:$((base_port + i)) is in use; pick another BASE_PORT" >&2
        exit 2
    fi
done

crawler_pidfile=$work/runs/crawler.pid
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
    # the crawler of an interrupted run (its pid was written by its own shell)
    local pid
    pid=$(cat "$crawler_pidfile" 2>/dev/null || true)
    if [[ -n "$pid" && $(readlink "/proc/$pid/exe" 2>/dev/null) == "$bin" ]]; then
        kill -9 "$pid" 2>/dev/null || true
    fi
    RUN_DIR="$work/nginx" "$rig/stop.sh" >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== site: $hosts hosts x $pages articles on 127.0.0.1:$base_port.., work $work"
"$rig/gen_site.py" --hosts "$hosts" --pages "$pages" --seed 1 --base-port "$base_port" \
    --crawl-delay-every 0 --out "$work/site" 2>&1 | tail -n 1
RUN_DIR="$work/nginx" "$rig/serve.sh" "$work/site" | tail -n 1

seeds=()
while IFS=$'\t' read -r _id port _rest; do
    seeds+=(--seed "http://127.0.0.1:$port/")
done < <(tail -n +2 "$work/site/manifest.tsv")

printf '# written by bench/kill_loop.sh\n[crawl]\nrevisit_articles = "%s"\n' "$revisit" >"$work/crawl.toml"

now() { date +%s.%N; }

# run_crawl LABEL STORE KILL_AFTER: one crawl under GNU time (peak RSS); with
# KILL_AFTER (seconds) it gets SIGKILL that long after it started, if still
# running. Appends a line to runs.tsv (or calib.tsv for the calibration) and
# moves the access log of the run to logs/LABEL.log.
run_crawl() {
    local label=$1 store=$2 kill_after=$3 table=$4
    local start end rc=0 killed=0 cpid=""
    rm -f "$crawler_pidfile"
    start=$(now)
    # bash writes its pid, then becomes snapcrawl: that pid is the one to kill
    # shellcheck disable=SC2016  # $0/$@ belong to the inner shell
    /usr/bin/time -v -o "$work/runs/$label.time" \
        bash -c 'echo $$ >"$0"; exec "$@"' "$crawler_pidfile" \
        "$bin" crawl --config "$work/crawl.toml" --store "$store" --delay "$delay" "${seeds[@]}" \
        >"$work/runs/$label.out" 2>"$work/runs/$label.err" &
    local tpid=$!
    for _ in $(seq 1 100); do
        [[ -s "$crawler_pidfile" ]] && break
        sleep 0.01
    done
    cpid=$(cat "$crawler_pidfile")
    if [[ -n "$kill_after" ]]; then
        local until_s
        until_s=$(awk -v s="$start" -v k="$kill_after" 'BEGIN { printf "%.3f", s + k }')
        # sleep to the kill moment, but stop early if the run ends by itself
        while kill -0 "$cpid" 2>/dev/null && [[ $(readlink "/proc/$cpid/exe" 2>/dev/null) == "$bin" ]]; do
            local left
            left=$(awk -v u="$until_s" -v n="$(now)" 'BEGIN { d = u - n; printf "%.3f", (d > 0.05 ? 0.05 : d) }')
            if awk -v l="$left" 'BEGIN { exit !(l <= 0) }'; then
                kill -9 "$cpid"
                killed=1
                break
            fi
            sleep "$left"
        done
    fi
    wait "$tpid" || rc=$?
    end=$(now)
    rm -f "$crawler_pidfile"
    # requests in flight at the kill end within the rig's 20 ms latency
    sleep 0.3
    RUN_DIR="$work/nginx" "$rig/rotate_log.sh" "$work/logs/$label.log" >/dev/null
    local peak
    peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/runs/$label.time")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$start" "$end" "${kill_after:--}" "$killed" "$rc" "${peak:-0}" >>"$work/$table"
    printf '%s: %6.2f s, %s, exit %s, peak RSS %s MB\n' "$label" \
        "$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')" \
        "$([[ $killed -eq 1 ]] && echo "killed at ${kill_after} s" || echo "ran to the end")" \
        "$rc" "$(( ${peak:-0} / 1024 ))"
}

for table in runs.tsv calib.tsv; do
    printf 'label\tstart\tend\tkill_after_s\tkilled\texit\tpeak_rss_kb\n' >"$work/$table"
done
printf 'before_run\tport\tpath\tversion\n' >"$work/updates.tsv"

if [[ -z "$kill_range" ]]; then
    echo "== calibration: one whole crawl into a scratch store"
    run_crawl calib "$work/calib-store" "" calib.tsv
    full=$(awk -F'\t' 'NR == 2 { print $3 - $2 }' "$work/calib.tsv")
    kill_range=$(awk -v f="$full" 'BEGIN { printf "%.2f,%.2f", 0.1 * f, 0.9 * f }')
    rm -rf "$work/calib-store"
fi
[[ "$kill_range" =~ ^[0-9.]+,[0-9.]+$ ]] || { echo "kill_loop.sh: KILL_RANGE must be LO,HI seconds" >&2; exit 2; }

# Kill moments: uniform over KILL_RANGE, from a seeded generator.
mapfile -t moments < <(python3 -c '
import random, sys
lo, hi = map(float, sys.argv[1].split(","))
rng = random.Random(int(sys.argv[2]))
for _ in range(int(sys.argv[3])):
    print(f"{rng.uniform(lo, hi):.3f}")
' "$kill_range" "$kill_seed" "$kills")

# revise UPDATES articles before run LABEL (not before the first)
revise() {
    if [[ "$updates" -gt 0 && "$1" != run01 ]]; then
        python3 "$repo/bench/kill_update.py" --work "$work" --before "$1" --count "$updates" --seed "$kill_seed"
    fi
}

echo "== $kills killed runs (kill moments uniform over ${kill_range/,/..} s, seed $kill_seed), then one to the end;" \
    "$updates articles revised before each restart"
for ((i = 0; i < kills; i++)); do
    label=$(printf 'run%02d' "$((i + 1))")
    revise "$label"
    run_crawl "$label" "$work/store" "${moments[$i]}" runs.tsv
done
label=$(printf 'run%02d' "$((kills + 1))")
revise "$label"
run_crawl "$label" "$work/store" "" runs.tsv

"$bin" dump --store "$work/store" --all-versions >"$work/dump.jsonl"
"$bin" stats --store "$work/store" --json >"$work/stats.json"

echo "== check"
status=0
python3 "$repo/bench/kill_check.py" --rig "$rig" --work "$work" --rss-ratio "$rss_ratio" \
    >"$work/report.txt" || status=$?
cat "$work/report.txt"
exit "$status"
