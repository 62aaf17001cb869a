"""Check the layout of every built-in template on a set of articles, in A4 and Letter.

    python benchmarks/layout_check.py                 # examples/*.txt, the seed, 5 dev HTML pages
    python benchmarks/layout_check.py a.txt b.html    # your own sources
    python benchmarks/layout_check.py --no-browser    # skip the Chromium checks

For each (source, template, page size) the PDF is checked as a reader would (no last page
with fewer than five lines, no local path, no name broken at a line end, one "Generated"
per page, "Page X of Y" right) and, once per (source, template), the HTML at 390 px and
1280 px in headless Chromium (one type scale, no sideways scroll). Prints one line per
brief with any problems, then a summary; exits 1 if any brief has a problem.

The seed and corpus pages are read from ../shared (never copied into the project).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TEMPLATES = ("policy", "executive", "analyst", "press")
SIZES = ("A4", "Letter")


def default_sources() -> list[Path]:
    sources = sorted((ROOT / "examples").glob("*.txt"))
    sources += sorted((SHARED / "seed").glob("*.txt"))
    sources += sorted((SHARED / "corpus" / "html").glob("*.html"))[:5]
    return sources


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", type=Path)
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium checks")
    args = parser.parse_args(argv)

    from briefgen.config import load_settings
    from briefgen.pipeline import make_brief
    from briefgen.render import check

    sources = args.sources or default_sources()
    browser = not args.no_browser and check.chromium() is not None
    failures = checked = 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        settings = {}
        for size in SIZES:
            project = work / size
            project.mkdir()
            (project / "briefgen.yaml").write_text(f"defaults:\n  page_size: {size}\n")
            settings[size] = load_settings(cwd=project)
        for source in sources:
            for name in TEMPLATES:
                for size in SIZES:
                    target = work / size / f"{source.stem[:40]}-{name}.pdf"
                    make_brief([str(source)], settings[size], audience=name, output=target, formats="pdf,html")
                    pdf = target.read_bytes()
                    html = target.with_suffix(".html").read_text(encoding="utf-8")
                    problems = check.layout_problems(pdf) + check.html_problems(html)
                    if browser and size == "A4":
                        for width in (390, 1280):
                            problems += check.browser_problems(html, width, work)
                    pages = len(check.read_pages(pdf))
                    checked += 1
                    failures += bool(problems)
                    status = "ok" if not problems else "; ".join(problems)
                    print(f"{source.name[:40]:40} {name:9} {size:6} {pages} p  {status}", flush=True)
    elapsed = time.perf_counter() - start
    print(f"briefs={checked} with_problems={failures} browser_checks={'yes' if browser else 'no'} "
          f"seconds={elapsed:.0f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
