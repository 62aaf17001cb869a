"""The extraction and render cache: keys that change when they must, safe shared writes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from briefgen import cache as cache_mod
from briefgen.cache import Cache, extraction_key, render_key
from briefgen.models import Article, Extraction, Fact


def _article(body: str = "The council voted on Monday.", source: str = "a.txt") -> Article:
    return Article(source=source, body=body, title="Council votes")


def test_key_depends_on_content_not_on_where_it_was_read() -> None:
    a = _article()
    assert extraction_key(a, "en_core_web_sm") == extraction_key(_article(source="elsewhere/b.txt"), "en_core_web_sm")
    assert extraction_key(a, "en_core_web_sm") != extraction_key(_article("The council voted on Tuesday."), "en_core_web_sm")
    changed = a.model_copy(update={"title": "Council votes again"})
    assert extraction_key(a, "en_core_web_sm") != extraction_key(changed, "en_core_web_sm")


@pytest.mark.parametrize("what", ["__version__", "model_version", "extract_source_hash"])
def test_key_changes_with_briefgen_model_and_extractor_versions(monkeypatch: pytest.MonkeyPatch, what: str) -> None:
    a = _article()
    before = extraction_key(a, "en_core_web_sm")
    if what == "__version__":
        monkeypatch.setattr(cache_mod, "__version__", "99.0")
    elif what == "model_version":
        monkeypatch.setattr(cache_mod, "model_version", lambda name: f"{name}==9.9.9")
    else:
        monkeypatch.setattr(cache_mod, "extract_source_hash", lambda: "edited")
    assert extraction_key(a, "en_core_web_sm") != before


def test_model_version_is_known_without_importing_spacy() -> None:
    import subprocess
    import sys

    code = ("import sys; from briefgen.cache import model_version; "
            "print(model_version('en_core_web_sm'), 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0].startswith("en_core_web_sm") and "==3." in out[0]
    assert out[1] == "False"


def test_extraction_round_trip_takes_the_current_source(tmp_path: Path) -> None:
    c = Cache(tmp_path)
    a = _article()
    ex = Extraction(article=a, facts=[Fact(text="The council voted on Monday.", start=0, end=28, score=1.0)])
    assert c.get_extraction(a, "m") is None
    c.put_extraction(ex, "m")
    again = c.get_extraction(_article(source="copy.txt"), "m")
    assert again is not None
    assert again.facts == ex.facts
    assert again.article.source == "copy.txt"
    assert not list(tmp_path.rglob("*.part"))


def test_no_cache_reads_and_writes_nothing(tmp_path: Path) -> None:
    c = Cache(tmp_path, enabled=False)
    c.put("extract", "ab" * 32, b"x")
    assert c.get("extract", "ab" * 32) is None
    assert not any(tmp_path.iterdir())


def test_a_corrupt_entry_is_a_miss(tmp_path: Path) -> None:
    c = Cache(tmp_path)
    key = "cd" * 32
    c.put("extract", key, b"{}")
    path = next(p for p in tmp_path.rglob(key))
    path.write_bytes(b"not zlib")
    assert c.get("extract", key) is None
    assert c.get_extraction(_article(), "m") is None


def test_two_writers_never_leave_half_an_entry(tmp_path: Path) -> None:
    key = "ef" * 32
    payloads = [bytes([n]) * 200_000 for n in range(8)]
    seen: list[bytes | None] = []

    def write(p: bytes) -> None:
        Cache(tmp_path).put("render", key, p)

    def read() -> None:
        for _ in range(50):
            seen.append(Cache(tmp_path).get("render", key))

    threads = [threading.Thread(target=write, args=(p,)) for p in payloads] + [threading.Thread(target=read)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(s is None or s in payloads for s in seen)
    assert Cache(tmp_path).get("render", key) in payloads
    assert not list(tmp_path.rglob("*.part"))


def test_render_key_ignores_only_the_creation_time() -> None:
    def page(created: str, body: str = "<p>x</p>") -> str:
        return f'<html><head><meta name="dcterms.created" content="{created}"></head><body>{body}</body></html>'

    k = render_key(page("2025-03-14T10:30:00+00:00"), ["pdf"], None, None)
    assert k == render_key(page("2025-03-14T11:45:12+00:00"), ["pdf"], None, None)
    assert k != render_key(page("2025-03-14T10:30:00+00:00", "<p>y</p>"), ["pdf"], None, None)
    assert k != render_key(page("2025-03-14T10:30:00+00:00"), ["pdf", "html"], None, None)
    assert k != render_key(page("2025-03-14T10:30:00+00:00"), ["pdf"], "pdf/a-3b", None)


@pytest.mark.slow
def test_a_single_brief_reads_unchanged_articles_from_the_cache(tmp_path: Path, nlp,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.extract.nlp
    from briefgen.config import load_settings
    from briefgen.pipeline import extract_sources
    from tests.batch_articles import write_articles

    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    sources = [str(p) for p in write_articles(tmp_path / "in")]
    settings = load_settings()
    first = extract_sources(sources, settings, use_cache=True)

    def no_parsing(name: str = "") -> None:
        raise AssertionError("the model was loaded although every article was in the cache")

    monkeypatch.setattr(briefgen.extract.nlp, "load", no_parsing)
    second = extract_sources(sources, settings, use_cache=True)
    assert [e.model_dump() for e in second] == [e.model_dump() for e in first]  # type: ignore[union-attr]
    with pytest.raises(AssertionError, match="model was loaded"):
        extract_sources(sources, settings, use_cache=False)
