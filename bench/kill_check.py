#!/usr/bin/env python3
"""Judge a kill loop made by bench/kill_loop.sh: did scheduled crawls that
were killed at random moments lose or duplicate anything?

Python 3 standard library only. Reads, from the kill loop's WORK folder:

    site/          the site gen_site.py made (truth.json per host, robots.txt)
    runs.tsv       one line per run: label, start, end (epoch s), kill moment,
                   killed (0/1), exit status, peak RSS (kB, GNU time)
    logs/LABEL.log the rig's nginx access log of that run (serve.sh format)
    runs/LABEL.err the crawler's log of that run
    updates.tsv    articles revised before a run (bench/kill_update.py): the
                   content version of an article during run i is the number
                   of its revisions made before runs up to i (0 = generated)
    dump.jsonl     `snapcrawl dump --all-versions` after the last run

and checks (each failure is listed, and the exit status is 1):

  runs       killed runs died of SIGKILL (exit 137), every other run exited 0
             (the store always opened), the last run ran to the end, no panic
             in a crawler log, and at least half the runs were really killed
             mid-crawl (else the kill moments missed the crawl)
  coverage   every article of the site that robots.txt allows is stored, as
             an article, under its canonical URL; so is the latest content
             version of every article the server answered (200, or 304)
             while it held that version
  once       each (article, content version) is stored once (a record holds
             the version served during the run that generated it); each
             (URL, content hash) once; version numbers of a URL distinct; no
             two article URLs hold the same content (the second: an alias)
  refetch    no article is served with 200 after the run that stored the
             content it then had (nor again later in that run). The rig's
             log format does not show request headers, so a 304 counts as
             the conditional recheck: the rig's files change only by
             revision, so a conditional request with the validators of the
             stored version gets 304, a plain GET gets 200
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

    # ------------------------------------------------------------ revisions
    # The content version of an article during run i is the number of its
    # revisions (bench/kill_update.py) made before runs 0..i; 0 = as generated.
    label_index = {r.label: r.index for r in runs}
    revised_at: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
    updates_path = os.path.join(work, "updates.tsv")
    if os.path.exists(updates_path):
        with open(updates_path, encoding="utf-8") as f:
            f.readline()
            for line in f:
                before_run, port, path, _version = line.rstrip("\n").split("\t")
                revised_at[(port, path)].append(label_index[before_run])
    n_revisions = sum(len(v) for v in revised_at.values())
    print(f"revisions: {n_revisions} of {len(revised_at)} articles, made between runs")

    def content_version(key: tuple[str, str], run_index: int) -> int:
        return sum(1 for i in revised_at.get(key, ()) if i <= run_index)

    def latest_version(key: tuple[str, str]) -> int:
        return len(revised_at.get(key, ()))

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

    # which content version each article record holds: the one served during
    # the run that generated it
    stored: dict[tuple[str, str], dict[int, list[tuple[int, float, dict]]]] = collections.defaultdict(dict)
    unplaced = []
    for url, recs in by_url.items():
        if url not in truth_urls:
            continue
        h, path = truth_urls[url]
        for rec in recs:
            t = epoch(rec["generated_at"])
            r = run_at(t)
            if r is None:
                unplaced.append(f"{url} v{rec['version']} generated_at {rec['generated_at']}")
                continue
            cv = content_version((h.port, path), r.index)
            stored[(h.port, path)].setdefault(cv, []).append((r.index, t, rec))
    if unplaced:
        fail("records generated outside every run's time window (clock?)", unplaced)

    # answers to article requests, by (port, path) and content version
    answered: dict[tuple[str, str], dict[int, list[str]]] = collections.defaultdict(dict)
    for r in runs:
        for e in r.entries:
            h = hosts.get(e["port"])
            if h is None or e["status"] not in (200, 304):
                continue
            key = (e["port"], h.content_key(e["target"]))
            if key[1] in h.articles:
                answered[key].setdefault(content_version(key, r.index), []).append(fmt_entry(r, e))

    # coverage: every article in scope, and every latest content version the
    # server answered (200, or 304 to the validators of that version)
    in_scope = [(h, a) for h in hosts.values() for a in h.t["articles"] if audit.robots_allowed(h.rules, a["path"])]
    missing, as_listing, lost = [], [], []
    for h, a in in_scope:
        recs = by_url.get(a["url"], [])
        key = (h.port, a["path"])
        if not recs:
            missing.append(a["url"])
        elif not any(r["kind"] == "article" for r in recs):
            as_listing.append(a["url"])
        latest = latest_version(key)
        if latest in answered.get(key, {}) and latest not in stored.get(key, {}):
            seen = answered[key][latest]
            lost.append(f"{a['url']} content version {latest} (revised before "
                        f"{', '.join(runs[i].label for i in revised_at.get(key, [])) or '-'}): answered "
                        f"{len(seen)}x, last {seen[-1]}; stored versions: "
                        f"{sorted(stored.get(key, {}))}")
    # versions revised again before the crawler stored them: not a loss
    superseded = [(key, cv) for key, n in revised_at.items() for cv in range(len(n))
                  if cv not in stored.get(key, {})]
    superseded_answered = sum(1 for key, cv in superseded
                              if any(" 200 " in line for line in answered.get(key, {}).get(cv, [])))
    print(f"coverage: {len(in_scope) - len(missing) - len(as_listing)}/{len(in_scope)} articles in scope stored "
          f"as articles ({sum(len(h.articles) for h in hosts.values())} in the site); {len(superseded)} content "
          f"versions revised again before any stored them ({superseded_answered} of them served with 200 to a "
          f"run killed before it stored them)")
    if missing:
        fail(f"{len(missing)} articles in scope not in the dump", missing)
    if as_listing:
        fail(f"{len(as_listing)} articles stored only as listings", as_listing)
    if lost:
        fail(f"{len(lost)} latest content versions answered by the server but not stored", lost)
    # a 304 means the crawler sent the validators of the version the server
    # held; it must hold that version's record too
    phantom = [f"{line}  (content version {cv} of {key[1]}; stored versions {sorted(stored.get(key, {}))})"
               for key, versions in sorted(answered.items()) for cv, lines in sorted(versions.items())
               if cv not in stored.get(key, {}) for line in lines if " 304 " in line]
    if phantom:
        fail(f"{len(phantom)} conditional rechecks answered 304 for a content version the store does not hold "
             f"(validators kept without their record)", phantom)

    # once per (url, content version)
    twice = []
    for key, versions in sorted(stored.items()):
        for cv, held in sorted(versions.items()):
            if len(held) > 1:
                twice.append(f"{held[0][2]['url']} content version {cv}: " + ", ".join(
                    f"v{rec['version']} in {runs[i].label} at {rec['generated_at']} hash {rec['content_hash'][:12]}"
                    for i, _t, rec in held))
    dup_pairs, dup_versions, extra_listing = [], [], []
    for url, recs in sorted(by_url.items()):
        pairs = collections.Counter(r["content_hash"] for r in recs)
        dup_pairs += [f"{url} hash {hsh[:12]} x{n} (versions {sorted(r['version'] for r in recs if r['content_hash'] == hsh)})"
                      for hsh, n in pairs.items() if n > 1]
        versions = collections.Counter(r["version"] for r in recs)
        dup_versions += [f"{url} version {v} x{n}" for v, n in versions.items() if n > 1]
        if len(pairs) > 1 and recs[0]["kind"] == "listing":
            extra_listing.append(f"{url}: {len(pairs)} versions " + ", ".join(
                f"v{r['version']} {r['generated_at']} {r['content_hash'][:12]}"
                for r in sorted(recs, key=lambda r: r["version"])))
    by_hash: dict[str, set[str]] = collections.defaultdict(set)
    for rec in records:
        if rec["kind"] == "article":
            by_hash[rec["content_hash"]].add(rec["url"])
    same_content = [f"{hsh[:12]}: {', '.join(sorted(urls))}" for hsh, urls in by_hash.items() if len(urls) > 1]
    non_canonical = []
    for url in sorted(by_url):
        if url in truth_urls:
            continue
        h, path = content_path(url)
        if h is not None and path in h.articles:
            non_canonical.append(f"{url} (content of {h.t['origin']}{path})")
    kinds = collections.Counter(r["kind"] for r in records)
    n_versions = sum(len(v) for v in stored.values())
    print(f"records: {dict(kinds)} over {len(by_url)} URLs; {n_versions} (article, content version) pairs "
          f"stored, {n_versions - len(stored)} of them revisions")
    if twice:
        fail(f"{len(twice)} article content versions stored more than once", twice)
    if dup_pairs:
        fail(f"{len(dup_pairs)} (URL, content hash) pairs stored more than once", dup_pairs)
    if dup_versions:
        fail(f"{len(dup_versions)} version numbers used twice for one URL", dup_versions)
    if same_content:
        fail(f"{len(same_content)} contents stored under two article URLs (the second should be an alias)", same_content)
    if non_canonical:
        fail(f"{len(non_canonical)} articles stored under a non-canonical URL", non_canonical)
    if extra_listing:
        print(f"note: {len(extra_listing)} listing pages have more than one version (revisions change only "
              f"article bodies, so listings should not change), e.g.")
        for line in extra_listing[:3]:
            print(f"  {line}")

    # ------------------------------------------------------------ refetches
    # A 200 of an article during run j served content version c = content_version(key, j).
    # Once a run k stored c, the crawler holds c's validators: from then on a
    # request gets 304, so a 200 of c after that run (or later in run k) was
    # a plain GET.
    refetch_later, refetch_same = [], []
    before, rechecks, fresh = 0, collections.Counter(), collections.Counter()
    refetched_urls = set()
    for r in runs:
        for e in r.entries:
            h = hosts.get(e["port"])
            if h is None:
                continue
            key = (e["port"], h.content_key(e["target"]))
            if key[1] not in h.articles:
                continue
            if e["status"] == 304:
                rechecks[r.label] += 1
            if e["status"] != 200:
                continue
            fresh[r.label] += 1
            held = stored.get(key, {}).get(content_version(key, r.index))
            if not held:
                continue
            run_index, t, rec = min(held, key=lambda x: x[1])
            if r.index < run_index:
                before += 1
            elif r.index > run_index:
                refetch_later.append(f"{fmt_entry(r, e)}  (this content stored as v{rec['version']} "
                                     f"in {runs[run_index].label} at {rec['generated_at']})")
                refetched_urls.add(rec["url"])
            elif e["start"] > t + 0.005:
                refetch_same.append(f"{fmt_entry(r, e)}  (stored as v{rec['version']} at {rec['generated_at']} "
                                    f"in this run)")
                refetched_urls.add(rec["url"])
    stored_in = collections.Counter(i for versions in stored.values() for held in versions.values() for i, _t, _r in held)
    killed_storing = sum(1 for r in runs if r.killed and stored_in[r.index])
    print(f"article answers: {sum(fresh.values())} x 200 ({before} in killed runs before the run that stored that "
          f"content: expected), {sum(rechecks.values())} x 304 (conditional rechecks)")
    print(f"kills: {killed_storing} of {sum(r.killed for r in runs)} killed runs had stored article versions "
          f"before their kill")
    if refetch_later:
        fail(f"{len(refetch_later)} plain fetches (200) of {len(refetched_urls)} articles after the run that "
             f"stored that content", refetch_later)
    if refetch_same:
        fail(f"{len(refetch_same)} plain fetches (200) of articles later in the run that stored that content",
             refetch_same)

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
