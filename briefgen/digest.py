"""A day's articles -> stories -> one digest (and, if asked, one brief per story).

``read_digest_sources`` reads files, URLs, feeds and OPML lists (feeds expand to their
entries, filtered by ``since`` and by what earlier runs covered); ``make_digest`` groups
the articles into stories (``stories``), orders them, composes a brief per story with the
digest audience (``compose``, which corroborates across each story's sources) and renders
them into one document with the ``digest`` template.
"""

from __future__ import annotations

import datetime as dt
import logging
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.config import Settings
from briefgen.errors import BriefgenError, InputError, UsageError
from briefgen.models import Article, Brief, Extraction, SourceRef
from briefgen.pipeline import SourceFailure, paths_beside

log = logging.getLogger(__name__)

DIGEST_FORMATS = ("pdf", "html", "jsonl")


@dataclass
class DigestInput:
    """What the sources held: articles (with the name each was given by), failures, and
    the feed entries among them (to remember once the digest is made)."""

    articles: list[Article] = field(default_factory=list)
    failures: list[SourceFailure] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)
    skipped_seen: int = 0
    skipped_old: int = 0


def _is_url(source: str) -> bool:
    return urllib.parse.urlsplit(source).scheme in ("http", "https")


def read_digest_sources(sources: Iterable[str], *, since: dt.timedelta | None = None,
                        seen: Iterable[str] | None = None, now: dt.datetime | None = None) -> DigestInput:
    """Read every source; feeds and OPML lists become the articles of their entries.

    An entry older than ``since`` (by the date the feed gives; undated entries are kept)
    or already in ``seen`` is skipped. Each entry's article is fetched like any URL. A
    source or entry that cannot be read becomes a SourceFailure and the batch goes on.
    """
    from briefgen.ingest import expand_sources, feeds, read_source, url

    now = now or dt.datetime.now(dt.UTC)
    seen_set = set(seen or ())
    out = DigestInput()
    taken: set[str] = set()

    def add(article: Article) -> None:
        for w in article.warnings:
            log.warning("%s", w)
        out.articles.append(article)

    def read_feed(data: bytes, name: str) -> None:
        if b"<opml" in data[:4096].lower():
            remote = _is_url(name)
            for listed in feeds.parse_opml(data, name):
                # a list fetched from the web names feeds on the web, never local files
                feed_url = urllib.parse.urljoin(name, listed) if remote else listed
                try:
                    if remote and not _is_url(feed_url):
                        raise InputError(f"{listed}: an OPML list from the web may only name "
                                         f"http(s) feeds; check {name}")
                    fdata = url.fetch(feed_url)[0] if _is_url(feed_url) else Path(feed_url).read_bytes()
                    if not feeds.is_feed_document(fdata):
                        raise InputError(f"{feed_url}: not an RSS or Atom feed; check the OPML file {name}")
                    read_feed(fdata, feed_url)
                except BriefgenError as exc:
                    out.failures.append(SourceFailure(feed_url, str(exc)))
                except OSError as exc:
                    out.failures.append(SourceFailure(feed_url, f"{feed_url}: cannot read the feed "
                                                                f"({exc.strerror}); check the OPML file {name}"))
            return
        entries = feeds.parse_feed(data, name)
        if not entries:
            log.info("%s: the feed has no entries with an http(s) link", name)
        for entry in entries:
            if entry.url in taken:
                continue
            if entry.url in seen_set:
                out.skipped_seen += 1
                continue
            if since is not None and entry.published is not None and entry.published < now - since:
                out.skipped_old += 1
                continue
            taken.add(entry.url)
            try:
                article = url.fetch_article(entry.url)
            except BriefgenError as exc:
                out.failures.append(SourceFailure(entry.url, str(exc)))
                continue
            if not article.title and entry.title:
                article.title = entry.title
                article.found["title"] = "feed entry"
            if article.published is None and entry.published is not None:
                article.published = entry.published.date()
                article.found["published"] = "feed entry"
            out.entries.append(entry.url)
            add(article)

    for source in dict.fromkeys(expand_sources(list(sources))):  # a source given twice is read once
        try:
            if _is_url(source):
                data, media, charset, final = url.fetch(source)
                if media in feeds.FEED_TYPES or feeds.is_feed_document(data):
                    read_feed(data, final)
                else:
                    add(url.read_response(source, data, media, charset, final))
                continue
            path = Path(source)
            if source != "-" and path.suffix.lower() in feeds.FEED_SUFFIXES and path.is_file():
                try:
                    data = path.read_bytes()
                except OSError as exc:
                    raise InputError(f"{source}: cannot read it ({exc.strerror}); check its permissions") from None
                if feeds.is_feed_document(data):
                    read_feed(data, source)
                    continue
            add(read_source(source))
        except BriefgenError as exc:
            out.failures.append(SourceFailure(source, str(exc)))
    return out


def story_records(articles: Sequence[Article], failures: Sequence[SourceFailure],
                  topics: Sequence[str] = (), threshold: float | None = None) -> list[dict[str, object]]:
    """The ``--format jsonl`` records: one per story, heaviest first, then one per failure.

    ``sources`` are the sources as given (a feed entry by its address); every source is
    in exactly one record.
    """
    from briefgen.stories import THRESHOLD, group_articles, order_stories

    groups = group_articles(articles, THRESHOLD if threshold is None else threshold)
    records: list[dict[str, object]] = []
    for s in order_stories(articles, groups, topics):
        records.append({
            "title": s.title,
            "sources": [articles[i].source for i in s.members],
            "published": s.latest.isoformat() if s.latest else None,
            "weight": s.weight,
            "topics": s.topics,
        })
    records.extend({"title": None, "sources": [f.source], "error": f.error} for f in failures)
    return records


@dataclass
class DigestResult:
    """What ``make_digest`` made: the digest brief, files written, failures, JSONL records."""

    digest: Brief | None
    written: list[Path]
    failures: list[SourceFailure]
    records: list[dict[str, object]]
    entries: list[str]


def parse_digest_formats(value: str | None, output: Path | None) -> list[str]:
    """``--format pdf,html`` / ``jsonl`` or the -o suffix; jsonl goes alone, to stdout."""
    if value:
        formats = [f.strip().lower() for f in value.split(",") if f.strip()]
        bad = [f for f in formats if f not in DIGEST_FORMATS]
        if bad or not formats:
            raise UsageError(f"unknown format {bad[0] if bad else value!r}; use pdf, html, pdf,html or jsonl")
        if "jsonl" in formats and len(formats) > 1:
            raise UsageError("--format jsonl prints the stories to stdout; give it alone")
        return list(dict.fromkeys(formats))
    from briefgen.pipeline import parse_formats

    return parse_formats(None, output)


def compose_digest(extractions: Sequence[Extraction], groups: Sequence[Sequence[int]],
                   settings: Settings, audience: str | None, *, title: str | None = None,
                   now: dt.datetime | None = None) -> Brief:
    """One brief per story (sources numbered within the story), gathered into a digest."""
    from briefgen.compose import compose

    name, aud = settings.audience(audience or "digest")
    now = now or dt.datetime.now().astimezone()
    briefs = [compose([extractions[i] for i in g], aud, audience_name=name,
                      organisation=settings.organisation.name, now=now) for g in groups]
    sources = [SourceRef(number=n, source=ex.article.source, title=ex.article.title,
                         publisher=ex.article.publisher, byline=ex.article.byline,
                         published=ex.article.published, url=ex.article.url)
               for n, ex in enumerate((extractions[i] for g in groups for i in g), start=1)]
    day = max((s.published for s in sources if s.published), default=None) or now.date()
    count = f"{len(briefs)} {'story' if len(briefs) == 1 else 'stories'} from {len(sources)} " \
            f"{'source' if len(sources) == 1 else 'sources'}"
    return Brief(title=title or f"News digest, {day.day} {day:%B %Y}", subtitle=count,
                 template=aud.template, audience=name, generated=now, sources=sources,
                 sections=list(aud.sections), banner=aud.banner, prepared_for=aud.prepared_for,
                 organisation=settings.organisation.name, stories=briefs)


def make_digest(
    sources: list[str],
    settings: Settings,
    *,
    audience: str | None = None,
    output: Path | None = None,
    formats: str | None = None,
    title: str | None = None,
    template: str | None = None,
    template_dirs: Sequence[Path | None] = (),
    each: Path | None = None,
    each_audience: str | None = None,
    since: dt.timedelta | None = None,
    all_entries: bool = False,
    remember: bool = True,
    now: dt.datetime | None = None,
    pdf_variant: str | None = None,
) -> DigestResult:
    """Read, group, compose and render a digest; write it (and one brief per story) atomically.

    With ``formats='jsonl'`` nothing is written: the story records are returned for the
    caller to print, and no model is loaded. Raises InputError when no source could be
    read. Feed entries that went into the digest are remembered (unless ``remember`` is
    false) so that the next run skips them; ``all_entries`` ignores that memory.
    """
    from briefgen.ingest.feeds import SeenLog

    wanted = parse_digest_formats(formats, output) or list(settings.output.formats)
    name, aud = settings.audience(audience or "digest")
    if each is not None and each.exists() and not each.is_dir():
        raise UsageError(f"--each {each}: not a folder; give a folder for the per-story briefs")
    from briefgen.deliver.files import check_writable

    if output is not None and "jsonl" not in wanted:
        for path in paths_beside(output, wanted):
            check_writable(path)
    seen_log = SeenLog.default()
    read = read_digest_sources(sources, since=since, seen=() if all_entries else seen_log.entries,
                               now=now.astimezone(dt.UTC) if now else None)
    if read.skipped_seen:
        log.info("skipped %d feed entries already covered by an earlier digest (--all to include them)",
                 read.skipped_seen)
    if not read.articles:
        if read.skipped_seen or read.skipped_old:
            why = []
            if read.skipped_seen:
                why.append(f"{read.skipped_seen} feed entries were in an earlier digest (--all includes them)")
            if read.skipped_old:
                why.append(f"{read.skipped_old} are older than --since")
            if read.failures:
                why.append(f"{len(read.failures)} could not be read (first: {read.failures[0].error})")
            raise InputError("no new articles: " + "; ".join(why))
        if len(read.failures) == 1:
            raise InputError(read.failures[0].error)
        if read.failures:
            raise InputError(f"none of the {len(read.failures)} sources could be read; "
                             f"first: {read.failures[0].error}")
        raise InputError("no articles: the feeds have no entries with an http(s) link")
    topics = aud.topics
    records = story_records(read.articles, read.failures, topics)
    if wanted == ["jsonl"]:
        return DigestResult(None, [], read.failures, records, read.entries)

    from briefgen.deliver.files import write_atomic
    from briefgen.extract import extract_many
    from briefgen.extract.nlp import load
    from briefgen.pipeline import render_options
    from briefgen.render.html import render_html
    from briefgen.render.pdf import render_pdf_pages

    by_source = {a.source: i for i, a in enumerate(read.articles)}
    groups = [[by_source[str(s)] for s in r["sources"]] for r in records  # type: ignore[attr-defined]
              if "error" not in r]
    # the model loads once for every story
    extractions = list(extract_many(read.articles, load(settings.nlp.model)))
    digest = compose_digest(extractions, groups, settings, name, title=title, now=now)
    if template:
        digest.template = template
    dirs = [*template_dirs, settings.templates_dir]
    render_kw = render_options(settings, aud, dirs)
    variant = pdf_variant or settings.output.pdf_variant
    from briefgen.pipeline import output_paths

    paths = output_paths(digest, wanted, output, settings)
    for path in paths:
        check_writable(path)
    rendered: dict[str, bytes | str] = {}
    if "pdf" in wanted:
        rendered["pdf"] = render_pdf_pages(render_html(digest, embed_fonts=False, **render_kw),  # type: ignore[arg-type]
                                           base_dirs=dirs, pdf_variant=variant)[0]
    if "html" in wanted:
        rendered["html"] = render_html(digest, embed_fonts=True, **render_kw)  # type: ignore[arg-type]
    # everything rendered before anything is written: a failure leaves no half a digest
    each_files: list[tuple[Path, bytes | str]] = []
    if each is not None:
        from briefgen.compose import compose

        ename, eaud = settings.audience(each_audience)
        ekw = render_options(settings, eaud, dirs)
        each_formats = [f for f in wanted if f in ("pdf", "html")]
        for g in groups:
            brief = compose([extractions[i] for i in g], eaud, audience_name=ename,
                            organisation=settings.organisation.name, now=now)
            for path, fmt in zip(output_paths(brief, each_formats, None, settings), each_formats, strict=True):
                target = each / path.name
                if fmt == "pdf":
                    each_files.append((target, render_pdf_pages(
                        render_html(brief, embed_fonts=False, **ekw),  # type: ignore[arg-type]
                        base_dirs=dirs, pdf_variant=variant)[0]))
                else:
                    each_files.append((target, render_html(brief, embed_fonts=True, **ekw)))  # type: ignore[arg-type]
    written = [write_atomic(p, rendered[f]) for p, f in zip(paths, wanted, strict=True)]
    if each_files:
        each.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
        taken: set[Path] = set()
        for target, data in each_files:
            final = target
            k = 2
            while final in taken:  # two stories with the same title and date
                final = target.with_name(f"{target.stem}-{k}{target.suffix}")
                k += 1
            taken.add(final)
            written.append(write_atomic(final, data))
    if remember and read.entries:
        seen_log.record(read.entries, now or dt.datetime.now(dt.UTC))
    return DigestResult(digest, written, read.failures, records, read.entries)
