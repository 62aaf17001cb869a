"""Group a day's articles into stories: offline, deterministic, no model.

Each article becomes a TF-IDF vector over its words, with the inverse document frequency
taken over the batch itself (a word every article uses links nothing). Three signals
shape the vector, each of which carries over from one day's news to another's:

- **where a word stands**: words of the headline count most, words of the opening
  paragraphs (where a report says what happened) more than the rest;
- **names**: a word written with a capital letter nearly every time it appears (a
  person, a company, a place, a product) says more about which event this is than a
  common noun, and is weighted up;
- **rarity in the batch**: two reports of one event share names and terms that the rest
  of the day's coverage does not use.

A tenth of the similarity comes from the headlines alone (their shared rare words), since
two headlines on one event tend to name the same thing.

Stories are then made by average-link agglomerative clustering: the two groups whose
articles are, on average, most alike are joined, until no two groups reach
``threshold``. Average link (not single link) keeps a roundup or a background piece
from chaining two different stories together. Ties break on input order, so the same
articles always give the same stories.

The threshold was tuned on one half of a dev set of 60 pages and checked on the other
(see the README, "Digests and feeds").
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefgen.models import Article

__all__ = ["THRESHOLD", "Story", "article_vectors", "group_articles", "order_stories", "similarity_matrix"]

THRESHOLD = 0.16
TITLE_WEIGHT = 2.0
LEAD_WEIGHT = 1.5
LEAD_CHARS = 800
NAME_BOOST = 1.5
HEADLINE_MIX = 0.1
# IDF as if the batch sat among this many other articles that use none of its words: a
# word all of a small batch shares (two reports of one event) still links them.
BACKGROUND_DOCS = 10

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z]|[0-9][0-9,.]*[0-9]")


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _norm(token: str) -> str:
    k = token.lower().replace("\u2019", "'")
    return k[:-2] if k.endswith("'s") else k


def _terms(article: Article, stop: frozenset[str]) -> tuple[dict[str, float], set[str]]:
    """Weighted term counts of one article and the terms written as names."""
    tf: dict[str, float] = defaultdict(float)
    capital: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    parts = ((article.title or "", TITLE_WEIGHT), (article.body[:LEAD_CHARS], LEAD_WEIGHT),
             (article.body[LEAD_CHARS:], 1.0))
    for text, weight in parts:
        for m in _WORD.finditer(text):
            token = m.group(0)
            key = _norm(token)
            if key in stop or len(key) < 3:
                continue
            tf[key] += weight
            seen[key] += 1
            if token[0].isupper():
                capital[key] += 1
    names = {k for k in tf if capital[k] >= 0.8 * seen[k]}
    return tf, names


def _unit(v: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {k: x / norm for k, x in v.items() if x}


def article_vectors(articles: Sequence[Article]) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """Unit-length TF-IDF vectors of each article and of its headline, IDF over this batch."""
    stop = _stop_words()
    terms = [_terms(a, stop) for a in articles]
    n = len(articles)
    df: Counter[str] = Counter(k for tf, _ in terms for k in tf)
    idf = {k: math.log((n + BACKGROUND_DOCS) / c) for k, c in df.items()}
    bodies = [_unit({k: (1 + math.log(c)) * idf[k] * (NAME_BOOST if k in names else 1.0)
                     for k, c in tf.items()}) for tf, names in terms]
    titles = [_unit({k: idf[k] for m in _WORD.finditer(a.title or "")
                     if (k := _norm(m.group(0))) in idf and k not in stop})
              for a in articles]
    return bodies, titles


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(x * b.get(k, 0.0) for k, x in a.items())


def similarity_matrix(articles: Sequence[Article]) -> list[list[float]]:
    """Pairwise similarity of the articles (1.0 on the diagonal)."""
    bodies, titles = article_vectors(articles)
    n = len(bodies)
    sim = [[1.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            sim[i][j] = sim[j][i] = ((1 - HEADLINE_MIX) * _cosine(bodies[i], bodies[j])
                                     + HEADLINE_MIX * _cosine(titles[i], titles[j]))
    return sim


def group_articles(articles: Sequence[Article], threshold: float = THRESHOLD) -> list[list[int]]:
    """Indices of the articles, grouped into stories; each index in exactly one group.

    Groups keep their articles in input order and come in the order of their first
    article. The same input always gives the same groups.
    """
    if not articles:
        return []
    sim = similarity_matrix(articles)
    groups: list[list[int]] = [[i] for i in range(len(articles))]
    # summed similarity between groups, so that the average link is one division
    link = {(a, b): sim[a][b] for a in range(len(groups)) for b in range(a + 1, len(groups))}
    alive = list(range(len(groups)))
    while len(alive) > 1:
        best: tuple[float, int, int] | None = None
        for x in range(len(alive)):
            for y in range(x + 1, len(alive)):
                a, b = alive[x], alive[y]
                avg = link[(a, b)] / (len(groups[a]) * len(groups[b]))
                if avg >= threshold and (best is None or avg > best[0] + 1e-12):
                    best = (avg, a, b)
        if best is None:
            break
        _, a, b = best
        groups[a] = sorted(groups[a] + groups[b])
        alive.remove(b)
        for c in alive:
            if c != a:
                key_ac = (min(a, c), max(a, c))
                key_bc = (min(b, c), max(b, c))
                link[key_ac] = link[key_ac] + link[key_bc]
    return sorted((groups[i] for i in alive), key=lambda g: g[0])


@dataclass
class Story:
    """Articles about one event, with what orders it in a digest."""

    members: list[int]
    title: str
    weight: float
    latest: dt.date | None = None
    topics: list[str] = field(default_factory=list)


def _central(members: list[int], sim: list[list[float]]) -> int:
    """The member most like the others: its headline names the story."""
    return max(members, key=lambda i: (sum(sim[i][j] for j in members if j != i), -i))


def order_stories(articles: Sequence[Article], groups: list[list[int]],
                  topics: Sequence[str] = ()) -> list[Story]:
    """Stories heaviest first: sources, then the audience's topics, then recency.

    A story's weight is its number of sources, plus 2 when its headlines or opening
    paragraphs name one of ``topics`` (the audience's interests). Ties go to the more
    recent story, then to input order.
    """
    sim = similarity_matrix(articles) if any(len(g) > 1 for g in groups) else [
        [1.0] * len(articles) for _ in articles]
    wanted = [t.strip().lower() for t in topics if t.strip()]
    stories: list[Story] = []
    for g in groups:
        lead = _central(g, sim)
        text = " ".join(f"{articles[i].title or ''} {articles[i].body[:LEAD_CHARS]}" for i in g).lower()
        hits = [t for t in wanted if re.search(rf"\b{re.escape(t)}\b", text)]
        dates = [d for i in g if (d := articles[i].published) is not None]
        title = articles[lead].title or next((articles[i].title for i in g if articles[i].title), None)
        stories.append(Story(members=g, title=title or articles[lead].source,
                             weight=len(g) + (2.0 if hits else 0.0),
                             latest=max(dates) if dates else None, topics=hits))
    return sorted(stories, key=lambda s: (-s.weight, -(s.latest.toordinal() if s.latest else 0),
                                          s.members[0]))
