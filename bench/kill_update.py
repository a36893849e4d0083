#!/usr/bin/env python3
"""Change COUNT articles of a kill loop's generated site between two runs, as
a news site revises stories between two scheduled crawls. Called by
bench/kill_loop.sh before each restart; bench/kill_check.py reads the log.

Python 3 standard library only. Each chosen article gets (or has replaced)
one "update" paragraph at the top of its body, naming its revision number,
so its content changes and its ETag / Last-Modified change with it (the
file's mtime is moved forward by at least a second). The choice is drawn
from a generator seeded with SEED and the run label: the same arguments
make the same changes. Appends one line per change to WORK/updates.tsv:

    before_run  port  path  version      (version 1 = first revision)

    bench/kill_update.py --work /tmp/snapcrawl-killloop/run --before run02 --count 20 --seed 1
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import time

BODY_OPEN = b'<div class="article-body" id="artibody">\n'
UPDATE = re.compile(rb'<p class="kill-loop-update" data-v="(\d+)">[^\n]*</p>\n')


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", required=True, help="the kill loop's work folder (site/ inside)")
    ap.add_argument("--before", required=True, help="label of the run these changes come before")
    ap.add_argument("--count", type=int, required=True, help="articles to change")
    ap.add_argument("--seed", default="1", help="seed of the choice (default 1)")
    args = ap.parse_args()
    site = os.path.join(args.work, "site")
    with open(os.path.join(site, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    articles = []
    for row in manifest["hosts"]:
        with open(os.path.join(site, row["id"], "truth.json"), encoding="utf-8") as f:
            truth = json.load(f)
        articles += [(row["id"], str(row["port"]), a["path"], a["id"]) for a in truth["articles"]]
    rng = random.Random(f"{args.seed}:{args.before}")
    chosen = rng.sample(articles, min(args.count, len(articles)))
    lines = []
    for host, port, path, art_id in chosen:
        file = os.path.join(site, host, "www", path.lstrip("/"))
        with open(file, "rb") as f:
            page = f.read()
        m = UPDATE.search(page)
        version = int(m.group(1)) + 1 if m else 1
        if m:
            page = page[:m.start()] + page[m.end():]
        at = page.find(BODY_OPEN)
        if at < 0:
            raise SystemExit(f"kill_update.py: no article body in {file}")
        at += len(BODY_OPEN)
        note = (f'<p class="kill-loop-update" data-v="{version}">Update {version} to story {art_id}: '
                f'the editors revised this report before {args.before}, checked its figures against the '
                f'original sources again and corrected one quotation (revision {version}).</p>\n').encode("ascii")
        page = page[:at] + note + page[at:]
        old = os.stat(file).st_mtime
        with open(file, "wb") as f:
            f.write(page)
        # nginx's validators are mtime (seconds) and size: make the mtime move
        mtime = max(time.time(), int(old) + 1)
        os.utime(file, (mtime, mtime))
        lines.append(f"{args.before}\t{port}\t{path}\t{version}\n")
    log = os.path.join(args.work, "updates.tsv")
    new = not os.path.exists(log)
    with open(log, "a", encoding="utf-8") as f:
        if new:
            f.write("before_run\tport\tpath\tversion\n")
        f.writelines(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
