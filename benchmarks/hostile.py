#!/usr/bin/env python3
"""Time and peak memory of briefgen on the hostile inputs of docs/reliability.md.

    python benchmarks/hostile.py [--only NAME] [--brief]

Each case runs `briefgen extract SOURCE --format jsonl` (or `brief -o OUT.html` with
--brief) in a fresh process and prints its wall time, peak resident memory (the whole
process: Python, spaCy and its model included), exit code and the first line of
stderr. The inputs are made here, in a temporary folder; each is 1 MB or less.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "examples" / "baltic-air-defence.txt").read_text(encoding="utf-8")
MB = 1_000_000


def laughs() -> str:
    lines = ["---", 'a0: &a0 "lol"']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    return "\n".join([*lines, "---", "", ARTICLE])


def fill(unit: str, size: int = MB, tail: str = "") -> str:
    return unit * ((size - len(tail)) // len(unit)) + tail


CASES: dict[str, tuple[str, Callable[[], str | bytes]]] = {
    "billion-laughs": (".txt", laughs),
    "breadcrumb-line": (".txt", lambda: "a > " * 27 + "a.\n\n" + ARTICLE),
    "breadcrumb-html": (".html", lambda: "<html><body><p>" + "a > " * 27 + "a.</p><p>"
                        + ARTICLE.replace("\n\n", "</p><p>") + "</p></body></html>"),
    "1MB-article-text": (".txt", lambda: fill(ARTICLE + "\n\n")),
    "1MB-one-paragraph": (".txt", lambda: fill(ARTICLE.replace("\n", " ") + " ")),
    "article-at-char-limit": (".txt", lambda: fill(ARTICLE + "\n\n", 99_000)),
    "1MB-html": (".html", lambda: "<html><body><article>" + fill(
        "<p>" + ARTICLE.split("\n\n")[3] + "</p>\n", MB - 60) + "</article></body></html>"),
    "1MB-stray-apostrophes": (".txt", lambda: "Ports reopen.\n\n" + fill(" 'a", 300_000) + "."),
    "unbalanced-quotes": (".txt", lambda: ARTICLE.replace("\u201c", '"', 3)),
    "1MB-breadcrumbs": (".txt", lambda: fill("a > ", MB, "a.")),
    "1MB-whitespace-runs": (".txt", lambda: fill("A  " * 50 + "by Anna Berg\n")),
    "1MB-markdown-brackets": (".txt", lambda: fill("[a ", MB, ":")),
    "1MB-random-unicode": (".txt", lambda: os.urandom(MB // 2).decode("latin-1")),
    "html-unclosed-link-tags": (".html", lambda: "<html><head>" + fill("<link rel=canonical ", 20_000)
                                + "<body><p>" + ARTICLE + "</p>"),
    "1MB-html-unclosed-meta": (".html", lambda: "<html><head>" + fill("<meta ", MB - 20)),
    "1MB-html-tiny-paragraphs": (".html", lambda: "<html><body>" + fill("<p>a ", MB - 20)),
    # 14,000 empty spans in one paragraph, each followed by a word (under the tag limit):
    # their tails are joined once per parent, not one string grown per span
    "html-empty-spans": (".html", lambda: "<html><body><article><p>" + ARTICLE.replace("\n\n", "</p><p>")
                         + "</p><p>" + "".join(f"<span></span>w{i} " for i in range(14_000))
                         + "</p></article></body></html>"),
    "utf16-bom": (".txt", lambda: b"\xff\xfe" + ARTICLE.encode("utf-16-le")),
    "login-page": (".html", lambda: "<!DOCTYPE html><html><head><title>Sign in to continue reading"
                   "</title></head><body><h1>Sign in to continue reading</h1><p>Forgot your "
                   "password?</p></body></html>"),
    "word-list": (".txt", lambda: "apple banana cherry Dresden Elbe Frankfurt Gotha\n"),
    # a capital alone above a lower-case line (a drop cap), 8,000 times
    "lone-capitals": (".txt", lambda: ARTICLE + fill("\n\nA\ndam across the river", 90_000)),
    # signatures of embedded social-media posts, each with a mention, one after another
    "post-signatures": (".txt", lambda: ARTICLE + fill(
        "\n\n\u2014 Jane @x (@janeroe) November 18, 2019", 90_000)),
    # 2,000 menu lines naming 2,000 outlets ("More from Outlet7"): the page's words are read
    # once, not once per name (ingest/text.py _page_words)
    "chrome-lines": (".txt", lambda: ARTICLE + "\n\n" + "\n".join(
        f"More from Outlet{i}" for i in range(2000))),
    # a menu line, then a line of name characters that a word may start at every other
    # character of ('&&&...', 'a&a&...'): each start reads at most 80 characters
    "chrome-amp-runs": (".txt", lambda: ARTICLE + "\n\nMore from Harbour News\n\n" + "&" * 40_000
                        + "\n" + "a&" * 20_000),
    # 1,200 different acronyms, each an organisation that acts: no per-name walk of the doc
    "many-acronyms": (".txt", lambda: "\n\n".join(
        f"The {a}{b}{c} said on Monday it would buy {i} buses." for i, (a, b, c) in enumerate(
            (a, b, c) for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ") if i < 1200)),
}


def run(name: str, brief: bool, folder: Path) -> None:
    suffix, make = CASES[name]
    data = make()
    path = folder / f"{name}{suffix}"
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    cmd = [sys.executable, "-m", "briefgen"]
    cmd += ["brief", str(path), "-o", str(folder / f"{name}.out.html")] if brief else \
        ["extract", str(path), "--format", "jsonl"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - t0
    err = proc.stderr.read() if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    first = next((ln for ln in err.splitlines() if ln.strip()), "")
    print(f"{name:24} {path.stat().st_size / 1e6:5.2f} MB  {took:6.2f} s  {usage.ru_maxrss / 1e3:6.0f} MB"
          f"  exit {code:<3} {first[:110]}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="run one case")
    ap.add_argument("--brief", action="store_true", help="run `brief -o X.html` instead of extract")
    args = ap.parse_args()
    print(f"{'case':24} {'size':>8}  {'wall':>8}  {'peak RSS':>9}  exit stderr (first line)")
    with tempfile.TemporaryDirectory() as tmp:
        for name in [args.only] if args.only else CASES:
            run(name, args.brief, Path(tmp))


if __name__ == "__main__":
    main()
