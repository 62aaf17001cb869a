"""A content-addressed cache of extractions and rendered briefs in the user cache folder.

Entries are files named by a SHA-256 of everything that decides their content:

- an extraction: the article (body and metadata, not where it was read from), the
  briefgen version, the spaCy model's name and version, the spaCy version, and a hash
  of the ``briefgen/extract`` sources, so a new release, a new model or a change to the
  extractors in a development checkout never reads a stale entry;
- a rendered brief: the brief's HTML (less its creation timestamp), the formats, the
  PDF variant, and the briefgen and WeasyPrint versions.

Writes go to a temporary file in the same folder and are renamed into place, so two
runs sharing the cache (or two workers of one run) never see half an entry; a
corrupt or unreadable entry is a miss. Nothing here imports spaCy or WeasyPrint.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import tempfile
import zlib
from pathlib import Path

from briefgen import __version__
from briefgen.models import Article, Extraction
from briefgen.render.linebreak import LAYOUT_REVISION

log = logging.getLogger(__name__)

# bump when the layout or the entry format changes
LAYOUT = "v1"


def cache_root() -> Path:
    """The user cache folder (``$BRIEFGEN_CACHE_DIR`` or platformdirs' user cache dir)."""
    from briefgen.resources import cache_dir

    return cache_dir()


# found by path: importing briefgen.extract would import spaCy, which a cache hit avoids
EXTRACT_DIR = Path(__file__).parent / "extract"


def _fallbacks() -> dict[str, str]:
    """``briefgen.extract.nlp.FALLBACKS``, read without importing the extract package."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_briefgen_nlp_names", EXTRACT_DIR / "nlp.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.FALLBACKS)


@functools.lru_cache(maxsize=1)
def extract_source_hash() -> str:
    """SHA-256 over the extractor sources (and the models they fill), read once per process."""
    h = hashlib.sha256()
    folder = EXTRACT_DIR
    for path in sorted([*folder.glob("*.py"), Path(__file__).parent / "models.py"]):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


@functools.lru_cache(maxsize=8)
def model_version(name: str) -> str:
    """``name==version`` of the spaCy model briefgen will load for ``name``, without loading it.

    Follows the same fallback as :func:`briefgen.extract.nlp.load`; a model given as a
    folder is identified by its ``meta.json``.
    """
    from importlib.metadata import PackageNotFoundError, version

    for candidate in (name, _fallbacks().get(name)):
        if candidate is None:
            continue
        try:
            return f"{candidate}=={version(candidate)}"
        except PackageNotFoundError:
            try:
                return f"{candidate}=={version(candidate.replace('_', '-'))}"
            except PackageNotFoundError:
                continue
    meta = Path(name) / "meta.json"
    if meta.is_file():
        return "path:" + hashlib.sha256(meta.read_bytes()).hexdigest()
    return f"{name}==unknown"


@functools.lru_cache(maxsize=1)
def _spacy_version() -> str:
    from importlib.metadata import version

    return version("spacy")


@functools.lru_cache(maxsize=1)
def _weasyprint_version() -> str:
    from importlib.metadata import version

    return version("weasyprint")


def extraction_key(article: Article, model: str) -> str:
    """The cache key of ``article``'s extraction with the spaCy model ``model``."""
    payload = {
        "briefgen": __version__,
        "model": model_version(model),
        "spacy": _spacy_version(),
        "extract": extract_source_hash(),
        "article": article.model_dump(mode="json", exclude={"source", "warnings"}),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


# the creation time is the only part of a brief's HTML that changes between two makings
# of the same brief on the same day (the date printed on the page stays in the key)
_CREATED = re.compile(r'(<meta name="dcterms\.created" content=")[^"]*(")')


def render_key(html: str, formats: list[str], pdf_variant: str | None, max_pages: int | None) -> str:
    """The cache key of the files rendered from ``html`` (the PDF brief's HTML)."""
    h = hashlib.sha256()
    for part in ("briefgen", __version__, "weasyprint", _weasyprint_version(), LAYOUT_REVISION,
                 ",".join(formats), str(pdf_variant), str(max_pages)):
        h.update(part.encode() + b"\0")
    h.update(_CREATED.sub(r"\1\2", html).encode())
    return h.hexdigest()


class Cache:
    """Entries in ``root/LAYOUT/KIND/ab/abcdef...``; ``enabled=False`` reads and writes nothing."""

    def __init__(self, root: Path | None = None, *, enabled: bool = True) -> None:
        self.root = (root or cache_root()) / LAYOUT
        self.enabled = enabled
        self.hits = 0
        self.misses = 0

    def _path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / key

    def get(self, kind: str, key: str) -> bytes | None:
        """The entry's bytes, or None (missing, unreadable, corrupt, or cache off)."""
        if not self.enabled:
            return None
        try:
            data = zlib.decompress(self._path(kind, key).read_bytes())
        except (OSError, zlib.error):
            self.misses += 1
            return None
        self.hits += 1
        return data

    def put(self, kind: str, key: str, data: bytes) -> None:
        """Store an entry atomically; a cache that cannot be written is only logged."""
        if not self.enabled:
            return
        path = self._path(kind, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".part", dir=path.parent)
        except OSError as exc:
            log.debug("cache not written (%s): %s", exc, path)
            return
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(zlib.compress(data, 1))
            os.replace(tmp, path)
        except OSError as exc:
            log.debug("cache not written (%s): %s", exc, path)
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def get_extraction(self, article: Article, model: str) -> Extraction | None:
        """The cached extraction of ``article`` (with this article as its source), or None."""
        data = self.get("extract", extraction_key(article, model))
        if data is None:
            return None
        try:
            ex = Extraction.model_validate_json(data)
        except ValueError:
            return None
        ex.article = article
        return ex

    def put_extraction(self, extraction: Extraction, model: str) -> None:
        """Store ``extraction`` under its article's key."""
        self.put("extract", extraction_key(extraction.article, model),
                 extraction.model_dump_json().encode())

    def get_rendered(self, key: str, formats: list[str]) -> dict[str, bytes] | None:
        """Every format's bytes rendered under ``key``, or None if any is missing."""
        out = {}
        for fmt in formats:
            data = self.get("render", f"{key}.{fmt}")
            if data is None:
                return None
            out[fmt] = data
        return out

    def put_rendered(self, key: str, files: dict[str, bytes]) -> None:
        """Store each format's bytes under ``key``."""
        for fmt, data in files.items():
            self.put("render", f"{key}.{fmt}", data)
