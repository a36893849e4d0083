#!/usr/bin/env python3
"""Run trafilatura (2.3.1) over the evaluation corpus, one JSON line per page.

Usage: peer_trafilatura.py CORPUS_ROOT OUT.jsonl
  (normally started by bench/peer_trafilatura.sh, which sets up the venv)

Reads CORPUS_ROOT/<corpus>/<id>.html.gz (+ <id>.json for the url), calls
trafilatura.bare_extraction(raw bytes, url=..., with_metadata=True,
include_comments=False) -- trafilatura decodes the charset itself -- and writes
{"corpus","id","title","author","published","source","category","body",
 "seconds","error"}. "seconds" times the extraction call only. When trafilatura
discards a page (returns None) every field is null and "error" stays null.
Network access is blocked in-process: the corpus pages must never be fetched.
"""
import gzip
import json
import logging
import socket
import sys
import time
from pathlib import Path


def _no_network(*_a, **_k):
    raise OSError("network access is disabled in peer_trafilatura.py")


socket.socket.connect = _no_network  # type: ignore[method-assign]
socket.socket.connect_ex = _no_network  # type: ignore[method-assign]
socket.create_connection = _no_network  # type: ignore[assignment]
socket.getaddrinfo = _no_network  # type: ignore[assignment]

import trafilatura  # noqa: E402  (import after the network guard)

logging.disable(logging.CRITICAL)  # trafilatura logs "discarding data" etc. to stderr


def main(root: Path, out: Path) -> None:
    pages = sorted(root.glob("*/*.html.gz"))
    total_s = errors = empty = 0
    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        for path in pages:
            rec = {"corpus": path.parent.name, "id": path.name[: -len(".html.gz")],
                   "title": None, "author": None, "published": None, "source": None,
                   "category": None, "body": None, "seconds": 0.0, "error": None}
            try:
                jpath = path.with_name(rec["id"] + ".json")
                truth = json.loads(jpath.read_text("utf-8")) if jpath.exists() else {}
                raw = gzip.decompress(path.read_bytes())
                start = time.perf_counter()
                try:
                    doc = trafilatura.bare_extraction(
                        raw, url=truth.get("url"), with_metadata=True,
                        include_comments=False)
                finally:
                    rec["seconds"] = time.perf_counter() - start
                if doc is None:
                    empty += 1
                else:
                    cats = [c for c in (doc.categories or []) if c]
                    rec.update(title=doc.title, author=doc.author, published=doc.date,
                               source=doc.sitename, category="; ".join(cats) or None,
                               body=doc.text)
            except Exception as exc:  # keep going, record the failure
                rec["error"] = f"{type(exc).__name__}: {exc}"
                errors += 1
            total_s += rec["seconds"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    wall = time.perf_counter() - t0
    n = len(pages)
    print(f"trafilatura {trafilatura.__version__}: pages={n} errors={errors} "
          f"discarded={empty} extract_seconds={total_s:.2f} "
          f"pages/s={n / total_s if total_s else 0:.2f} loop_wall_seconds={wall:.2f} "
          f"out={out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
