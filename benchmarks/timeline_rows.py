"""Held-out check of the brief's Timeline rows: does each read as an event?

    python benchmarks/timeline_rows.py [--input html|pasted] [--ids FILE] [--keep DIR]
                                       [--read DIR] [--show [KIND]] [--cmd "briefgen"]

Makes (or, with ``--read``, reads) the briefs of the corpus pages that have NO brief gold
(ids in ``--ids``, default /tmp/r3/nogold_ids.txt), exactly as ``line_checks.py`` does,
and counts the Timeline rows per defect kind (a row may have several):

- ``quoted``: the row's words sit inside quote marks in the article (found in the body
  from the corpus ``ground-truth.json``, quote marks counted in its paragraph), or the
  row opens or closes a quote mark it does not close or open;
- ``cut_end``: the row ends, without a full stop, on a word no clause ends on (a
  determiner, a preposition, an auxiliary, a conjunction, a relative word: "...
  circulated by the", "... was");
- ``dateline``: a wire dateline at the front ("HANOI, Vietnam (AP) \u2014 ...");
- ``leaning``: the first word outside brackets is a pronoun or a relative word
  ("it would be provided ...", "who listened in ...");
- ``no_clause``: parsed on its own (real spaCy; a name in brackets read as a word of
  the row), the row has no subject with a finite verb ("genes that encode ... until 1991", "published Monday in the journal BMJ");
- ``cut_phrase``: found in the body (its sentence parsed in place), the row ends inside a
  phrase: a word of the row modifies a noun after the row's end ("... to sell to Marivo,
  the struggling regional seafood"), or a verb of the row lost an object or an "of" phrase
  after it ("... accused China");
- ``lower_open``: the row opens in lower case inside its sentence ("the committee
  concluded ..."), not on the sentence's first word;
- ``range``: the row's date is one year of a year range the row names ("From 2010 to
  2015 there were ...", dated 2010);
- ``attrib_only``: the row's one verb is a reporting verb with nothing reported in the
  row ("Berg reported on Wednesday.");
- ``wd_week_back``: the row names a week day without "last"/"next" and is dated six days
  before the publication day (the day after publication, in another time zone, is as
  likely; counted for reading, not a defect by itself).

Prints the counts (and rows and briefs); ``--show`` prints each flagged row.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import line_checks as lc  # same pages, same brief making, same dateline check

KINDS = ("quoted", "cut_end", "dateline", "leaning", "no_clause", "cut_phrase", "lower_open",
         "range", "attrib_only", "wd_week_back")
_MODIFIERS = {"compound", "amod", "det", "nummod", "poss", "nmod", "case", "quantmod"}
_ARGS = {"dobj", "pobj", "attr", "ccomp", "xcomp", "acomp", "oprd", "dative", "agent", "pcomp"}
_REPORT = {"report", "say", "tell", "announce", "confirm", "write", "add", "state", "note", "claim"}
_RANGE = re.compile(r"\b(?:from|between)\s+(1\d{3}|20\d\d)\s+(?:to|and|until)\s+(?:1\d{3}|20\d\d)\b"
                    r"|\b(1\d{3}|20\d\d)\s?[-\u2013]\s?(?:\d{2}|1\d{3}|20\d\d)\b", re.I)
_WD = re.compile(r"(?<!last )(?<!next )\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_NO_END = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "of", "by", "to", "in", "on", "at", "for", "with", "from", "into", "as",
    "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could",
    "should", "can", "may", "might", "must", "and", "or", "but", "nor", "which", "who",
    "whose", "whom", "than", "because", "if", "while", "when", "where", "although", "though",
}
_LEAN = {"he", "she", "they", "it", "its", "his", "her", "their", "them", "which", "who",
         "whose", "whom", "where", "we", "i", "you", "our", "my", "your", "him", "us", "me"}
_INSERT = re.compile(r"\[[^\]]*\]")
_OPEN, _CLOSE = "\u201c", "\u201d"
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def inside_quote(body: str, at: int) -> bool:
    """Is ``body[at]`` inside quote marks of its paragraph?"""
    para = body.rfind("\n", 0, at) + 1
    before = body[para:at]
    curly = before.count(_OPEN) > before.count(_CLOSE)
    return curly or before.count('"') % 2 == 1


def unbalanced(text: str) -> bool:
    """A quote mark the row opens and does not close, or closes and did not open."""
    return text.count(_OPEN) != text.count(_CLOSE) or text.count('"') % 2 == 1


def has_clause(doc) -> bool:  # type: ignore[no-untyped-def]
    """A subject whose verb is finite (or has a finite auxiliary)."""
    for t in doc:
        if t.dep_ not in {"nsubj", "nsubjpass", "expl", "csubj"}:
            continue
        v = t.head
        if v.tag_ in _FINITE or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in v.children):
            return True
    return False


def in_place(nlp, body: str, plain: str):  # type: ignore[no-untyped-def]
    """The row's sentence parsed in the body, with the row's token range, or None."""
    head = plain[:40]
    at = body.find(head) if head else -1
    if at < 0:
        return None
    tail = plain[-25:]
    end = body.find(tail, at)
    if end < 0 or end - at > 3 * len(plain) + 40:
        return None
    end += len(tail)
    lo = max(body.rfind("\n", 0, at) + 1, at - 400)
    hi = body.find("\n", end)
    hi = min(hi if hi >= 0 else len(body), end + 400)
    doc = nlp(body[lo:hi])
    toks = [t for t in doc if at <= lo + t.idx < end]
    if not toks:
        return None
    return doc, toks[0].i, toks[-1].i + 1


def place_checks(doc, s: int, e: int, printed: str) -> list[str]:  # type: ignore[no-untyped-def]
    """``cut_phrase`` and ``lower_open`` on the row's tokens ``doc[s:e]`` in its sentence;
    ``printed`` is the row as printed (a name in brackets for a pronoun opens in capitals)."""
    bad: list[str] = []
    row = doc[s:e]
    if any(t.head.i >= e and t.dep_ in _MODIFIERS and not t.is_punct for t in row) or any(
            c.i >= e and (c.dep_ in _ARGS or (c.dep_ == "prep" and c.lower_ == "of" and t.pos_ == "VERB"))
            for t in row for c in t.children):
        bad.append("cut_phrase")
    first = row[0]
    if printed[:1].islower() and first.i != first.sent.start:
        bad.append("lower_open")
    return bad


def main() -> int:
    args = lc.page_args(__doc__).parse_args()

    from briefgen.extract import nlp as nlp_mod

    pages, truth, briefs = lc.page_briefs(args, "timeline-rows-")
    nlp = nlp_mod.load()
    counts: Counter = Counter()
    shown: list[str] = []
    for i, b, body in lc.each_brief(pages, truth, briefs, counts):
        for row in b.get("timeline", []):
            counts["rows"] += 1
            text = row.get("text", "")
            plain = " ".join(_INSERT.sub(" ", text).replace("\u2026", " ").split())
            named = " ".join(text.replace("[", "").replace("]", "").replace("\u2026", " ").split())
            bad: list[str] = []
            piece = plain[:40]
            at = body.find(piece) if piece else -1
            if unbalanced(plain) or (at >= 0 and inside_quote(body, at)):
                bad.append("quoted")
            words = re.findall(r"[\w'\u2019-]+", plain.lower())
            if not text.rstrip().endswith(("\u2026", ".", "!", "?")) and words and words[-1] in _NO_END:
                bad.append("cut_end")
            if lc._DATELINE.match(plain):
                bad.append("dateline")
            first = re.findall(r"[\w'\u2019]+", _INSERT.sub("X", text).lower())[:1]
            if first and first[0] in _LEAN:
                bad.append("leaning")
            parsed = nlp(named)
            if not has_clause(parsed):
                bad.append("no_clause")
            found = in_place(nlp, body, plain)
            if found is not None:
                bad += place_checks(*found, text)
            date = row.get("date", "")
            rm = _RANGE.search(plain)
            if rm and len(date) == 4 and date == (rm.group(1) or rm.group(2)):
                bad.append("range")
            verbs = [t for t in parsed if t.pos_ == "VERB"]
            if len(verbs) == 1 and verbs[0].lemma_.lower() in _REPORT and not any(
                    c.dep_ in _ARGS | {"nsubjpass"} for c in verbs[0].children):
                bad.append("attrib_only")
            pub = b.get("sources", [{}])[0].get("published") or ""
            wd = _WD.search(plain)
            if wd and len(date) == 10 and len(pub) == 10:
                import datetime as dt
                gap = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(date)).days
                if gap == 6:
                    bad.append("wd_week_back")
            counts.update(bad)
            if bad:
                counts["flagged"] += 1
            if args.show and bad and (args.show == "all" or args.show in bad):
                shown.append(f"{i[:14]} {','.join(bad):24} {text}")
    for line in shown:
        print(line)
    print(f"input={args.input} briefs={len(pages) - counts['missing']} rows={counts['rows']} "
          f"flagged={counts['flagged']} " + " ".join(f"{k}={counts[k]}" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
