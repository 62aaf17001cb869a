#!/usr/bin/env python3
"""Briefs through a dask.distributed cluster on this machine (needs ``briefgen[dask]``).

    python benchmarks/cluster_speed.py [--n 40] [--workers 2]

Starts a local cluster (a scheduler and WORKERS worker processes, one thread each, on
127.0.0.1), makes one brief per article for N pages of ../shared/corpus/html (read in
place) with ``make_each_on_cluster``, and prints articles/s, the CPU seconds per article
spent by the workers, and each worker's resident memory after the run.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "html"


def _worker_stats() -> tuple[int, float]:
    import resource

    import psutil

    r = resource.getrusage(resource.RUSAGE_SELF)
    return psutil.Process().memory_info().rss, r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    from distributed import Client, LocalCluster

    from briefgen.cluster import make_each_on_cluster
    from briefgen.config import load_settings

    pages = sorted(CORPUS.glob("*.html"))
    sources = [str(pages[i % len(pages)]) for i in range(args.n)]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFGEN_CACHE_DIR"] = str(Path(tmp) / "cache")
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:
            before = client.run(_worker_stats)
            t0 = time.perf_counter()
            report = make_each_on_cluster(cluster.scheduler_address, sources, load_settings(), Path(tmp),
                                          use_cache=False)
            secs = time.perf_counter() - t0
            after = client.run(_worker_stats)
    cpu = sum(after[w][1] - before[w][1] for w in after)
    print(f"{report.made} briefs ({len(report.failures)} failed) through {args.workers} workers in "
          f"{secs:.1f} s: {args.n / secs:.2f} articles/s; worker CPU {cpu / args.n:.2f} s/article "
          f"(model load included); load average {os.getloadavg()[0]:.1f}")
    for w, (rss, _) in sorted(after.items()):
        print(f"  worker {w}: {rss / 2**20:.0f} MB resident")


if __name__ == "__main__":
    main()
