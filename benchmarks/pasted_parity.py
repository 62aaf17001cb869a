#!/usr/bin/env python3
"""Does a page pasted from the browser give the same brief as the saved HTML page?

    python benchmarks/pasted_parity.py [--html DIR --pasted DIR] [--keep DIR] [--all]
                                       [--show] [--bodies]

For every page of ../shared/corpus/pasted without brief gold (the 66 development pages;
``--all`` takes all 91), the brief made from the saved page (``corpus/html/<id>.html``)
and the one made from the browser-copied text (``corpus/pasted/<id>.txt``) are compared
line by line: the summary plus the first five key facts (what briefs_eval scores).
``--html``/``--pasted`` reuse briefs already made with
``briefgen brief --each FILES -o DIR --format html --save-json``; otherwise both sets
are made here (into ``--keep DIR`` when given).

A line of the HTML brief is *kept* when the pasted brief prints the same line (the same
words, give or take a bracketed name or a cut). For each line that is not, both sources
are read again (``briefgen.pipeline.read_sources``), parsed, and the line's sentence is
looked for in the pasted reading, which gives the reason:

- ``missing``: the sentence is not in the pasted body at all (not even with spaces,
  hyphens and quote marks folded): the text reader lost it;
- ``misread``: it is there only once spaces, hyphens and quote marks are folded (glued
  lines, a hyphenated word split over two lines, other quote marks);
- ``split``: it is there word for word but the parser splits or joins it differently
  (a paragraph break inside it, a line glued to the next);
- ``filter:<why>``: the pasted sentence is the same but a facts filter drops it there
  (``outside`` = ``facts.outside_text``, ``statement`` = ``not_a_statement``, ``furniture``,
  ``quote``, ``length``, ``quote_state``, ``line`` = no verb or ``make_line``);
- ``language``: one reading takes the page for English and the other does not;
- ``ranked``: the pasted reading has it as a candidate but ranks it lower; the detail
  gives its rank and position in each reading and how many candidates the pasted body
  has that the HTML body does not (furniture that shifts positions and centrality);
- ``composed``: the same line ranks as high in the pasted reading, but the summary pick
  or the merge of near-repeats leaves it out;
- ``edited``: the same sentence is printed otherwise (another cut, another bracketed name).

``--show`` prints every lost line with its reason; ``--bodies`` prints, per page, the
paragraphs each reading has that the other lacks. Last line:
``parity=... kept=K of N lines printed_anywhere=... pasted_only=M pages=P reasons: ...``
(``pasted_only``: lines the pasted brief scores that the HTML brief does not).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import json
import logging
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"

from briefgen.extract import facts, parse_captions, parse_standfirst, reads_language  # noqa: E402
from briefgen.extract import quotes as quotes_mod  # noqa: E402
from briefgen.extract.cast import add_caption_roles, add_standfirst_names, build_cast  # noqa: E402
from briefgen.extract.nlp import load  # noqa: E402
from briefgen.models import Article  # noqa: E402
from briefgen.pipeline import read_sources  # noqa: E402

SAME = 0.8  # word-sequence likeness above which two brief lines are the same line
SCORED_FACTS = 5


def fold(s: str) -> str:
    """Accents off, curly quotes straight, case folded (offsets are not kept)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u2019", "'").replace("\u2018", "'").casefold()


def words(s: str) -> list[str]:
    return re.findall(r"[\w']+", fold(s))


def squash(s: str) -> str:
    """Letters and digits only: what is left when spaces, hyphens and quotes are folded."""
    return "".join(c for c in fold(s) if c.isalnum())


def verbatim(line: str) -> str:
    """A brief line without its editorial insertions ("[Jane Roe]") and ellipses."""
    return re.sub(r"\s*(?:\[[^\]]*\]|\u2026|\.\.\.)\s*", " ", line).strip()


def likeness(a: str, b: str) -> float:
    wa, wb = words(verbatim(a)), words(verbatim(b))
    if not wa or not wb:
        return 0.0
    sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    return sm.ratio()


def same_line(a: str, b: str) -> bool:
    va, vb = " ".join(words(verbatim(a))), " ".join(words(verbatim(b)))
    if va and vb and (va in vb or vb in va) and min(len(va), len(vb)) > 0.6 * max(len(va), len(vb)):
        return True
    return likeness(a, b) >= SAME


def make_briefs(files: list[Path], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "briefgen", "brief", "--each", *map(str, files), "-o", str(out),
           "--format", "html", "--save-json", "-j", "2"]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)


def briefs_by_id(folder: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for f in folder.glob("*.json"):
        b = json.loads(f.read_text(encoding="utf-8"))
        if not isinstance(b, dict) or not b.get("sources"):
            continue
        out[Path(b["sources"][0]["source"]).stem] = b
    return out


def scored(b: dict[str, Any]) -> list[str]:
    return [x["text"] for x in b.get("summary", []) + b.get("facts", [])[:SCORED_FACTS]]


def printed(b: dict[str, Any]) -> list[str]:
    return [x["text"] for x in b.get("summary", []) + b.get("facts", []) + b.get("context", [])]


#: This report's names for the reasons of ``facts.why_not_plain``.
_FILTER_NAMES = {"": "line", "outside-story": "outside", "short": "length", "long": "length",
                 "quote-state": "quote_state", "quote-runs-on": "quote"}


class Reading:
    """One source read, parsed and run through the facts candidates, for diagnosis."""

    def __init__(self, article: Article, nlp: Any) -> None:
        self.article = article
        self.doc = nlp(article.body)
        self.text = self.doc.text
        cast = build_cast(self.doc)
        add_standfirst_names(cast, parse_standfirst(article, nlp))
        add_caption_roles(cast, parse_captions(article, nlp))
        found = quotes_mod.extract_quotes(self.doc, cast=cast)
        self.quoted = [q for q in found if q.kind != "indirect"]
        self.sents = list(self.doc.sents)
        self.cands = facts._candidates(self.doc, self.text, self.quoted, cast, article.published)
        if self.cands:
            facts._score(self.cands, self.text)
        self.ranked = sorted(self.cands, key=lambda c: -c.score)
        # word index -> character offset, for finding a sentence in the body
        self.wpos = [(fold(m.group()), m.start(), m.end())
                     for m in re.finditer(r"[\w']+", self.text.replace("\u2019", "'"))]
        self.joined = " ".join(w for w, _, _ in self.wpos)
        self.starts: list[int] = []
        k = 0
        for w, _, _ in self.wpos:
            self.starts.append(k)
            k += len(w) + 1
        self.squashed = squash(self.text)
        self._filter: tuple[list[bool], list[tuple[int, int]]] | None = None  # see why_dropped

    def cand_for(self, line: str) -> Any | None:
        best = max(self.cands, key=lambda c: likeness(c.line, line), default=None)
        if best is not None and likeness(best.line, line) >= 0.6:
            return best
        return None

    def rank(self, cand: Any) -> int:
        return next(k for k, c in enumerate(self.ranked) if c is cand)

    def find(self, sentence: str) -> tuple[int, int] | None:
        """Character span of ``sentence`` in this body, matched word for word."""
        ws = words(sentence)
        if not ws:
            return None
        at = self.joined.find(" ".join(ws))
        if at < 0:
            return None
        import bisect
        i = bisect.bisect_left(self.starts, at)
        if i >= len(self.wpos) or self.starts[i] != at:
            return None
        j = i + len(ws) - 1
        return self.wpos[i][1], self.wpos[j][2]

    def why_dropped(self, i: int) -> str:
        """Which filter of ``facts.plain_sentences`` drops sentence i (``facts.why_not_plain``,
        under this report's names; "line" when none does: no verb, or ``make_line``)."""
        if self._filter is None:
            self._filter = (facts._quote_state(self.text, self.sents),
                            facts.outside_text(self.text, self.sents))
        states, skip = self._filter
        why = facts.why_not_plain(self.text, self.sents, i, states, skip, self.quoted)[0]
        return _FILTER_NAMES.get(why, why)

    def sents_over(self, a: int, b: int) -> list[int]:
        return [k for k, s in enumerate(self.sents) if s.start_char < b and a < s.end_char]


def diagnose(line: str, html: Reading, pasted: Reading) -> tuple[str, str]:
    """Why the HTML brief's ``line`` is not in the pasted brief: (reason, detail)."""
    hc = html.cand_for(line)
    if hc is None:
        return "unknown", "no HTML candidate prints this line"
    sent_text = html.text[hc.sent.start_char:hc.sent.end_char].strip()
    chunk = html.text[hc.start:hc.end]
    pc = pasted.cand_for(line)
    if pc is not None:
        new = sum(1 for c in pasted.ranked[:pasted.rank(pc)] if html.cand_for(c.line) is None)
        hr, pr = html.rank(hc), pasted.rank(pc)
        if not same_line(pc.line, line):
            return "edited", f"pasted prints {pc.line!r}"
        if pr <= hr:
            return "composed", f"rank {hr}->{pr}: the summary or the merge of lines differs"
        return "ranked", (f"rank {hr}->{pr}, sentence {hc.index}->{pc.index}, central "
                          f"{hc.feats['central']:.3f}->{pc.feats['central']:.3f}, "
                          f"{new} pasted-only candidates above it")
    span = pasted.find(sent_text) or pasted.find(chunk)
    if span is None:
        if squash(chunk) in pasted.squashed:
            return "misread", "found only with spaces/hyphens/quotes folded"
        ws = words(chunk)
        have = set(pasted.joined.split())
        share = sum(w in have for w in ws) / max(1, len(ws))
        return "missing", f"{share:.0%} of its words occur in the pasted body"
    a, b = span
    over = pasted.sents_over(a, b)
    if len(over) == 1:
        s = pasted.sents[over[0]]
        if len(words(s.text)) <= len(words(sent_text)) + 3:
            return f"filter:{pasted.why_dropped(over[0])}", ""
    inside = pasted.text[a:b]
    breaks = "paragraph break inside" if "\n\n" in inside else (
        "line break inside" if "\n" in inside else "")
    return "split", f"{len(over)} pasted sentences; {breaks}".rstrip("; ")


def body_diff(html: Article, pasted: Article) -> tuple[list[str], list[str]]:
    """Paragraphs of each body that the other body does not have (word for word)."""
    hp = [p for p in html.body.split("\n\n") if p.strip()]
    pp = [p for p in pasted.body.split("\n\n") if p.strip()]
    hj = " ".join(words(html.body))
    pj = " ".join(words(pasted.body))
    only_h = [p for p in hp if " ".join(words(p)) not in pj]
    only_p = [p for p in pp if " ".join(words(p)) not in hj]
    return only_h, only_p


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--html", type=Path, help="folder of briefs (JSON) made from the HTML pages")
    ap.add_argument("--pasted", type=Path, help="folder of briefs (JSON) made from the pasted text")
    ap.add_argument("--keep", type=Path, help="make the briefs into this folder (html/, pasted/)")
    ap.add_argument("--all", action="store_true", help="all pasted pages, gold ones too")
    ap.add_argument("--show", action="store_true", help="print every lost line with its reason")
    ap.add_argument("--bodies", action="store_true", help="print the paragraphs only one body has")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    ids = sorted(p.stem for p in (CORPUS / "pasted").glob("*.txt")
                 if (CORPUS / "html" / f"{p.stem}.html").exists()
                 and (args.all or not (CORPUS / "briefs" / f"{p.stem}.json").exists()))
    if args.html is None or args.pasted is None:
        keep = args.keep or Path(tempfile.mkdtemp(prefix="parity-"))
        args.html, args.pasted = keep / "html", keep / "pasted"
        make_briefs([CORPUS / "html" / f"{i}.html" for i in ids], args.html)
        make_briefs([CORPUS / "pasted" / f"{i}.txt" for i in ids], args.pasted)
    hb, pb = briefs_by_id(args.html), briefs_by_id(args.pasted)
    nlp = load()
    reasons: Counter[str] = Counter()
    kept = total = kept_any = extra = 0
    pages = 0
    for i in ids:
        if i not in hb or i not in pb:
            print(f"{i[:16]} no brief in one of the folders", file=sys.stderr)
            continue
        pages += 1
        h_lines, p_scored, p_all = scored(hb[i]), scored(pb[i]), printed(pb[i])
        lost = [x for x in h_lines if not any(same_line(x, y) for y in p_scored)]
        extra += sum(1 for x in p_scored if not any(same_line(x, y) for y in h_lines))
        total += len(h_lines)
        kept += len(h_lines) - len(lost)
        kept_any += len(h_lines) - sum(1 for x in lost if not any(same_line(x, y) for y in p_all))
        if not lost and not args.bodies:
            continue
        with contextlib.redirect_stderr(io.StringIO()):
            ha, pa = read_sources([str(CORPUS / "html" / f"{i}.html"),
                                   str(CORPUS / "pasted" / f"{i}.txt")])
        if not isinstance(ha, Article) or not isinstance(pa, Article):
            continue
        if args.bodies:
            only_h, only_p = body_diff(ha, pa)
            if only_h or only_p:
                print(f"== {i[:16]} body: {len(only_h)} html-only, {len(only_p)} pasted-only paragraphs")
                for p in only_h:
                    print(f"   H- {p[:150]!r}")
                for p in only_p:
                    print(f"   P+ {p[:150]!r}")
        if not lost:
            continue
        if reads_language(ha.language) != reads_language(pa.language):
            reasons["language"] += len(lost)
            if args.show:
                print(f"{i[:16]} language         html {ha.language!r}, pasted {pa.language!r}: "
                      f"{len(lost)} lines")
            continue
        html, pasted = Reading(ha, nlp), Reading(pa, nlp)
        for x in lost:
            reason, detail = diagnose(x, html, pasted)
            reasons[reason] += 1
            if args.show:
                where = "also printed lower" if any(same_line(x, y) for y in p_all) else "not printed"
                print(f"{i[:16]} {reason:16} {x[:110]!r}\n{'':17}{where}; {detail}")
    parity = kept / max(1, total)
    print(f"parity={parity:.3f} kept={kept} of {total} lines printed_anywhere={kept_any / max(1, total):.3f} "
          f"pasted_only={extra} pages={pages} reasons: " + " ".join(f"{k}={v}" for k, v in reasons.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
