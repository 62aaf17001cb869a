"""Whether an extracted quote reads, on its own, as a statement by the person credited.

The brief's "Expert quotes" section prints each quote apart from its article, so a quote
must say something by itself. Three kinds do not, though they are verbatim and rightly
credited:

- a question ("Can I ...?", a committee member's question in a hearing): it asks, it does
  not state what the speaker thinks;
- the second half of a quotation split by its attribution ('"The port stays open," she
  said. "And it will."'), when that half leans on the first: it opens on a connective
  ("And", "But", "So"), on a pronoun whose referent is in the first half ("It", "They"),
  continues the first half's sentence, or is a short aside;
- a partial quote whose subject was left outside the quote marks (the minister said the
  port "remains closed to tankers"): printed alone it is a predicate without a subject.

All checks read only the quote and a few characters of the body around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from briefgen.models import Quote

_CLOSE = "\"\u201d\u2019'"
_OPEN = "\"\u201c\u2018'"

# a sentence ends inside the text: a stop, then (after any closing mark) a space
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s")

#: A word that opens the second half of a quote leaning on the first ("and", "but", "which").
HALF_OPENERS = frozenset(["and", "but", "so", "or", "nor", "yet", "because", "then", "also",
                          "plus", "still", "though", "although", "which", "otherwise"])
# a subject pronoun that needs the first half to say whom or what it means
_LEANING_PRONOUNS = frozenset(["it", "it's", "it\u2019s", "this", "that", "these", "those",
                               "they", "they're", "they\u2019re", "he", "she", "him", "her",
                               "them", "that's", "that\u2019s"])
# the second half of a split quotation shorter than this is an aside of the first
_SHORT_HALF = 8
# at most this many characters of attribution between the two halves
_GAP = 80

_AUXILIARIES = frozenset(["is", "are", "was", "were", "has", "have", "had", "can", "could",
                          "will", "would", "should", "may", "might", "must", "does", "did",
                          "remains", "seems", "appears"])
# words before an opening mark that introduce what is quoted (the quote is their complement,
# not the predicate of a subject left outside the marks)
_INTRODUCERS = frozenset(["that", "said", "says", "say", "saying", "told", "tells", "as", "is",
                          "was", "are", "were", "be", "been", "being", "it", "called", "calls",
                          "to", "and", "or", "but", "which", "who", "what", "of", "the", "a",
                          "an", "added", "adds", "wrote", "writes", "warned", "warns", "if",
                          "because", "would", "will", "could", "can", "may", "might", "must",
                          "should", "not", "also", "still", "just", "only", "even"])
_NOT_VERBS = frozenset(["this", "his", "its", "us", "thus", "plus", "less", "unless", "yes",
                        "news", "bus", "gas", "series", "species", "always", "perhaps",
                        "various", "previous", "serious", "famous", "obvious", "nervous"])


def _words(text: str) -> list[str]:
    return [w.strip(_OPEN + _CLOSE + ",;:.!?()[]\u2026").lower() for w in text.split()]


def asks(text: str) -> bool:
    """A question and nothing else: one sentence, ending on '?' ("Can I go first?").
    A statement that ends on a rhetorical question ("We lost. Who would not be angry?")
    still states something and is not one."""
    t = text.strip().rstrip(_CLOSE + " ")
    return t.endswith("?") and not _SENTENCE_END.search(t[:-1] + " ")


def leans_on_first_half(text: str) -> bool:
    """Whether the second half of a split quotation needs its first half to mean anything:
    it goes on with the first half's sentence (a lowercase start), opens on a connective or
    a pronoun, or is a short aside."""
    words = _words(text)
    raw = text.lstrip(_OPEN + " ")
    if not words or not raw:
        return True
    return (raw[:1].islower() or words[0] in HALF_OPENERS or words[0] in _LEANING_PRONOUNS
            or len(words) < _SHORT_HALF)


_ATTRIBUTION = frozenset(["said", "says", "say", "added", "adds", "told", "tells", "asked", "asks",
                          "wrote", "writes", "continued", "continues", "explained", "explains",
                          "noted", "notes", "recalled", "recalls", "insisted", "insists",
                          "argued", "argues", "tweeted", "posted", "replied", "according",
                          "he", "she", "they", "i", "we"])


def _attributes(gap: str, speaker: str) -> bool:
    """Whether the words between two quotes credit them ('she said', 'Hart added'), not a
    narrative joint between two quoted phrases ('and that')."""
    names = {w.lower() for w in speaker.split()}
    return any(w in _ATTRIBUTION or w in names for w in _words(gap))


def second_halves(body: str, quotes: Sequence[Quote]) -> set[int]:
    """Indices (into ``quotes``) of quotes that are the second half of a quotation split by
    its attribution: the same speaker's quote ends just before it, and only a closing mark,
    a short attribution and an opening mark lie between ('..., " she said. "'); or that
    goes on with the quotation in a new paragraph, which opens on a quote mark."""
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
    found: set[int] = set()
    for prev, cur in pairwise(order):
        p, q = quotes[prev], quotes[cur]
        if p.speaker is None or p.speaker != q.speaker or not 0 < q.start - p.end <= _GAP:
            continue
        gap = body[p.end:q.start]
        inner = gap.strip(_OPEN + _CLOSE + " ")
        if (gap.lstrip(" ,.!?")[:1] in _CLOSE and gap.rstrip()[-1:] in _OPEN
                and not any(c in inner for c in _OPEN + _CLOSE + "\n")
                and len(inner.split()) <= 8 and _attributes(inner, p.speaker)):
            found.add(cur)
        elif "\n" in gap and gap.strip()[:1] in _OPEN and len(gap.strip()) == 1:
            found.add(cur)  # the quotation goes on in a new paragraph, opened by a mark
    return found


def lacks_subject(body: str, q: Quote) -> bool:
    """A partial quote that is the predicate of a subject left outside the quote marks
    (the agency said the border 'remains the main route ...'): its first word is a finite
    verb, and the word before the opening mark is not one that introduces a quote."""
    if q.kind != "partial":
        return False
    text = q.text.lstrip(_OPEN + " ")
    words = _words(text)
    if not words or not text[:1].islower():
        return False
    first = words[0]
    verb = first in _AUXILIARIES or (
        len(first) > 3 and first.endswith("s") and not first.endswith(("ss", "us", "is"))
        and first not in _NOT_VERBS and first.isalpha())
    if not verb:
        return False
    before = body[max(0, q.start - 40):q.start].rstrip(_OPEN + " ")
    if not before[-1:].isalpha():
        return False  # after a colon, a comma or a dash the quote opens a clause of its own
    last = before.split()[-1].strip(_CLOSE).lower() if before.split() else ""
    return last not in _INTRODUCERS
