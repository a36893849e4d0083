#!/usr/bin/env python3
"""Judge a kill loop made by bench/kill_loop.sh: did scheduled crawls that
were killed at random moments lose or duplicate anything?

Python 3 standard library only. Reads, from the kill loop's WORK folder:

    site/          the site gen_site.py made (truth.json per host, robots.txt)
    runs.tsv       one line per run: label, start, end (epoch s), kill moment,
                   killed (0/1), exit status, peak RSS (kB, GNU time)
    logs/LABEL.log the rig's nginx access log of that run (serve.sh format)
    runs/LABEL.err the crawler's log of that run
    dump.jsonl     `snapcrawl dump --all-versions` after the last run

and checks (each failure is listed, and the exit status is 1):

  runs       killed runs died of SIGKILL (exit 137), every other run exited 0
             (the store always opened), the last run ran to the end, no panic
             in a crawler log, and at least half the runs were really killed
             mid-crawl (else the kill moments missed the crawl)
  coverage   every article of the site that robots.txt allows is stored, as
             an article, under its canonical URL
  once       each (URL, content hash) is stored once; versions of a URL are
             distinct; the site is static, so an article has one version;
             no two article URLs hold the same content (the second must be
             an alias)
  refetch    no article is served with 200 after the run that stored it
             (nor again later in that run): the rig's log format does not
             show request headers, so a 304 counts as the conditional
             recheck (the rig's files never change: a conditional request
             gets 304, only a plain GET gets 200)
  robots     no request that the site's robots.txt disallows
  memory     peak RSS is flat: the largest peak of the last third of the
             runs is within RSS_RATIO of the largest of the first three

The rig's audit.py (RIG_DIR/audit.py) parses the logs and robots.txt, so
this check and the rig's audit agree on what a request and a rule are.

    bench/kill_check.py --rig /work/shared/bench --work /tmp/snapcrawl-killloop/run
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import os
import re
import sys
from datetime import datetime, timezone
from urllib.parse import urlsplit


def load_audit(rig: str):
    """The rig's audit.py as a module (not copied: referenced by path)."""
    spec = importlib.util.spec_from_file_location("rig_audit", os.path.join(rig, "audit.py"))
    if spec is None or spec.loader is None:
        sys.exit(f"kill_check.py: no audit.py in {rig}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TS = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$")


def epoch(ts: str) -> float:
    """RFC 3339 (nanoseconds allowed) -> epoch seconds."""
    m = _TS.match(ts)
    if not m:
        raise ValueError(f"bad timestamp {ts!r}")
    zone = "+00:00" if m.group(3) == "Z" else m.group(3)
    base = datetime.fromisoformat(m.group(1) + zone).astimezone(timezone.utc)
    frac = float("0." + m.group(2)) if m.group(2) else 0.0
    return base.timestamp() + frac


class Run:
    def __init__(self, index: int, row: dict):
        self.index = index
        self.label = row["label"]
        self.start = float(row["start"])
        self.end = float(row["end"])
        self.kill_after = None if row["kill_after_s"] == "-" else float(row["kill_after_s"])
        self.killed = row["killed"] == "1"
        self.exit = int(row["exit"])
        self.peak_kb = int(row["peak_rss_kb"] or 0)
        self.entries: list[dict] = []


def read_runs(work: str, audit) -> list[Run]:
    with open(os.path.join(work, "runs.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f if line.strip()]
    runs = [Run(i, row) for i, row in enumerate(rows)]
    for run in runs:
        entries, bad = audit.read_log(os.path.join(work, "logs", run.label + ".log"), None, None, None)
        if bad:
            print(f"note: {bad} unparsed lines in logs/{run.label}.log")
        run.entries = entries
    return runs


def fmt_entry(run: Run, e: dict) -> str:
    return f"{run.label} {e['start']:.3f} :{e['port']} {e['status']} {e['method']} {e['target']}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rig", required=True, help="the rig's folder (audit.py)")
    ap.add_argument("--work", required=True, help="the kill loop's work folder")
    ap.add_argument("--rss-ratio", type=float, default=1.5,
                    help="allowed peak RSS growth, last third of runs vs first three (default 1.5)")
    ap.add_argument("--show", type=int, default=10, help="examples listed per failure (default 10)")
    args = ap.parse_args()
    audit = load_audit(args.rig)
    work = args.work
    site = os.path.join(work, "site")
    with open(os.path.join(site, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    hosts = {str(row["port"]): audit.HostTruth(site, row) for row in manifest["hosts"]}
    runs = read_runs(work, audit)
    records = []
    with open(os.path.join(work, "dump.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                records.append(json.loads(line))

    failures: list[tuple[str, list[str]]] = []

    def fail(what: str, examples: list[str]) -> None:
        failures.append((what, examples))

    show = args.show

    # ------------------------------------------------------------ runs
    print(f"runs: {len(runs)} ({sum(r.killed for r in runs)} killed), "
          f"{sum(len(r.entries) for r in runs)} requests, {len(records)} records in the dump")
    if not runs:
        fail("no runs in runs.tsv", [])
    else:
        bad_exit = [f"{r.label}: killed={int(r.killed)} exit {r.exit}" for r in runs
                    if (r.killed and r.exit != 137) or (not r.killed and r.exit != 0)]
        if bad_exit:
            fail("runs that did not die of the kill or exit 0 (store did not open?)", bad_exit)
        last = runs[-1]
        if last.killed or last.exit != 0:
            fail("the last run did not run to the end", [f"{last.label}: exit {last.exit}"])
        loop = runs[:-1]
        killed = sum(r.killed for r in loop)
        if loop and killed * 2 < len(loop):
            fail("most runs ended before their kill moment: the loop tested little",
                 [f"{killed} of {len(loop)} killed"])
        panics = []
        for r in runs:
            path = os.path.join(work, "runs", r.label + ".err")
            if os.path.exists(path):
                with open(path, encoding="utf-8", errors="replace") as f:
                    panics += [f"{r.label}: {line.strip()}" for line in f if "panicked" in line]
        if panics:
            fail("panics in crawler logs", panics)
        summary = os.path.join(work, "runs", last.label + ".out")
        if os.path.exists(summary):
            with open(summary, encoding="utf-8", errors="replace") as f:
                text = f.read().strip().splitlines()
            print("last run: " + (" | ".join(text[:6]) if text else "(no output)"))

    def run_at(t: float) -> Run | None:
        for r in runs:
            if r.start <= t <= r.end:
                return r
        return None

    # ------------------------------------------------------------ records
    by_url: dict[str, list[dict]] = collections.defaultdict(list)
    for rec in records:
        by_url[rec["url"]].append(rec)
    truth_urls = {}
    for h in hosts.values():
        for a in h.t["articles"]:
            truth_urls[a["url"]] = (h, a["path"])

    def content_path(url: str) -> tuple[audit.HostTruth | None, str]:
        """A record URL -> (host, article path it serves) as the server sees it."""
        parts = urlsplit(url)
        h = hosts.get(str(parts.port or 80))
        if h is None:
            return None, parts.path
        path = h.content_key(parts.path + ("?" + parts.query if parts.query else ""))
        return h, h.aliases.get(path, path)

    # coverage
    in_scope = [(h, a) for h in hosts.values() for a in h.t["articles"] if audit.robots_allowed(h.rules, a["path"])]
    missing, as_listing = [], []
    for h, a in in_scope:
        recs = by_url.get(a["url"], [])
        if not recs:
            missing.append(a["url"])
        elif not any(r["kind"] == "article" for r in recs):
            as_listing.append(a["url"])
    print(f"coverage: {len(in_scope) - len(missing) - len(as_listing)}/{len(in_scope)} articles in scope stored "
          f"as articles ({sum(len(h.articles) for h in hosts.values())} in the site)")
    if missing:
        fail(f"{len(missing)} articles in scope not in the dump", missing)
    if as_listing:
        fail(f"{len(as_listing)} articles stored only as listings", as_listing)

    # once per (url, content version)
    dup_pairs, dup_versions, extra_article, extra_listing = [], [], [], []
    for url, recs in sorted(by_url.items()):
        pairs = collections.Counter(r["content_hash"] for r in recs)
        dup_pairs += [f"{url} hash {hsh[:12]} x{n} (versions {sorted(r['version'] for r in recs if r['content_hash'] == hsh)})"
                      for hsh, n in pairs.items() if n > 1]
        versions = collections.Counter(r["version"] for r in recs)
        dup_versions += [f"{url} version {v} x{n}" for v, n in versions.items() if n > 1]
        if len(pairs) > 1:
            line = f"{url}: {len(pairs)} versions " + ", ".join(
                f"v{r['version']} {r['generated_at']} {r['content_hash'][:12]}" for r in sorted(recs, key=lambda r: r["version"]))
            (extra_article if recs[0]["kind"] == "article" else extra_listing).append(line)
    by_hash: dict[str, set[str]] = collections.defaultdict(set)
    for rec in records:
        if rec["kind"] == "article":
            by_hash[rec["content_hash"]].add(rec["url"])
    same_content = [f"{hsh[:12]}: {', '.join(sorted(urls))}" for hsh, urls in by_hash.items() if len(urls) > 1]
    non_canonical = []
    for url, recs in sorted(by_url.items()):
        if url in truth_urls:
            continue
        h, path = content_path(url)
        if h is not None and path in h.articles:
            non_canonical.append(f"{url} (content of {h.t['origin']}{path})")
    kinds = collections.Counter(r["kind"] for r in records)
    print(f"records: {dict(kinds)} over {len(by_url)} URLs; "
          f"{sum(1 for u in by_url if u in truth_urls)} article URLs of the truth")
    if dup_pairs:
        fail(f"{len(dup_pairs)} (URL, content hash) pairs stored more than once", dup_pairs)
    if dup_versions:
        fail(f"{len(dup_versions)} version numbers used twice for one URL", dup_versions)
    if extra_article:
        fail(f"{len(extra_article)} articles with more than one version (the site never changes)", extra_article)
    if same_content:
        fail(f"{len(same_content)} contents stored under two article URLs (the second should be an alias)", same_content)
    if non_canonical:
        fail(f"{len(non_canonical)} articles stored under a non-canonical URL", non_canonical)
    if extra_listing:
        print(f"note: {len(extra_listing)} listing pages have more than one version (listings are "
              f"refetched every run; their link lists should not change either), e.g.")
        for line in extra_listing[:3]:
            print(f"  {line}")

    # ------------------------------------------------------------ refetches
    # stored: (port, article path) -> (run index, generated_at) of its first version
    stored: dict[tuple[str, str], tuple[int, float, str]] = {}
    unplaced = []
    for url, recs in by_url.items():
        if url not in truth_urls:
            continue
        h, path = truth_urls[url]
        first = min(recs, key=lambda r: r["version"])
        t = epoch(first["generated_at"])
        r = run_at(t)
        if r is None:
            unplaced.append(f"{url} generated_at {first['generated_at']}")
            continue
        stored[(h.port, path)] = (r.index, t, url)
    if unplaced:
        fail("records generated outside every run's time window (clock?)", unplaced)
    refetch_later, refetch_same = [], []
    before, rechecks = 0, collections.Counter()
    refetched_urls = set()
    for r in runs:
        for e in r.entries:
            h = hosts.get(e["port"])
            if h is None:
                continue
            key = (e["port"], h.content_key(e["target"]))
            if key not in stored:
                continue
            run_index, t, url = stored[key]
            if e["status"] == 304:
                rechecks[r.label] += 1
            if e["status"] != 200:
                continue
            if r.index < run_index:
                before += 1
            elif r.index > run_index:
                refetch_later.append(f"{fmt_entry(r, e)}  (stored in {runs[run_index].label})")
                refetched_urls.add(url)
            elif e["start"] > t + 0.005:
                refetch_same.append(f"{fmt_entry(r, e)}  (stored at {t:.3f} in this run)")
                refetched_urls.add(url)
    print(f"article fetches: {before} with 200 in killed runs before the run that stored them (expected: "
          f"not yet stored), {sum(rechecks.values())} conditional rechecks (304) in {len(rechecks)} runs")
    if refetch_later:
        fail(f"{len(refetch_later)} plain fetches (200) of {len(refetched_urls)} articles after the run that "
             f"stored them", refetch_later)
    if refetch_same:
        fail(f"{len(refetch_same)} plain fetches (200) of articles later in the run that stored them", refetch_same)

    # ------------------------------------------------------------ robots.txt
    disallowed, other_ports = [], 0
    for r in runs:
        for e in r.entries:
            h = hosts.get(e["port"])
            if h is None:
                other_ports += 1
            elif not audit.robots_allowed(h.rules, e["target"]):
                disallowed.append(fmt_entry(r, e))
    print(f"robots.txt: {len(disallowed)} disallowed requests, {other_ports} to ports outside the site")
    if disallowed:
        fail(f"{len(disallowed)} requests robots.txt disallows", disallowed)

    # ------------------------------------------------------------ memory
    if runs:
        print("peak RSS per run (MB; k = killed at that second):")
        cells = [f"{r.label[-2:]}:{r.peak_kb / 1024:.0f}" + (f"(k{r.kill_after:.1f})" if r.killed else "")
                 for r in runs]
        for i in range(0, len(cells), 8):
            print("  " + "  ".join(cells[i:i + 8]))
        early = runs[:3]
        late = runs[-max(1, len(runs) // 3):]
        base = max(r.peak_kb for r in early)
        top = max(r.peak_kb for r in late)
        ratio = top / base if base else float("inf")
        first_last = runs[-1].peak_kb / runs[0].peak_kb if runs[0].peak_kb else float("inf")
        flat = ratio <= args.rss_ratio
        print(f"memory: max of the last {len(late)} runs {top / 1024:.1f} MB vs max of the first {len(early)} "
              f"{base / 1024:.1f} MB: x{ratio:.2f} ({'flat' if flat else 'GROWING'}, limit x{args.rss_ratio}); "
              f"last run vs first x{first_last:.2f}")
        if not flat:
            fail("peak RSS grows across runs", [f"x{ratio:.2f} > x{args.rss_ratio}"])

    # ------------------------------------------------------------ verdict
    if not failures:
        print("RESULT: PASS")
        return 0
    print(f"RESULT: FAIL ({len(failures)} checks)")
    for what, examples in failures:
        print(f"- {what}")
        for ex in examples[:show]:
            print(f"    {ex}")
        if len(examples) > show:
            print(f"    ... and {len(examples) - show} more")
    return 1


if __name__ == "__main__":
    sys.exit(main())
