"""One brief per article, for many articles: ``briefgen brief --each``.

The main process reads the sources, looks each article up in the extraction cache,
streams the others through ``nlp.pipe`` (the model loads once, and only if something
needs parsing), extracts and composes; a pool of render processes (one per core by
default, started before the model loads so that both warm up at once) turns each brief
into HTML and PDF and writes it. Parsing the next articles and rendering the last ones
thus overlap on the cores. Only a few briefs are in flight at any time, so memory stays
flat however many articles there are.

A source that cannot be read, or a brief that cannot be rendered or written, is counted
as failed with its one-line reason and the batch goes on; every good brief is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.cache import Cache, render_key
from briefgen.errors import BriefgenError, DeliveryError
from briefgen.models import Article, Brief, Extraction

if TYPE_CHECKING:
    from briefgen.config import Settings

log = logging.getLogger(__name__)

CHUNK = 8  # articles read and parsed per nlp.pipe call


@dataclass(frozen=True)
class RenderPlan:
    """Everything besides the brief that rendering needs (sent to the render processes)."""

    formats: list[str]
    render_kw: dict[str, object]
    template_dirs: list[Path | None]
    pdf_variant: str | None
    max_pages: int | None  # the audience's page budget (None: the template's, if any)
    save_json: bool = False
    cache: bool = True
    cache_root: Path | None = None


@dataclass(frozen=True)
class BriefOutcome:
    """What became of one source: the files written, or why none were."""

    index: int
    source: str
    written: list[Path] = field(default_factory=list)
    error: str | None = None
    cached: bool = False  # the rendered files came from the cache

    @property
    def ok(self) -> bool:
        """True when the brief was written."""
        return self.error is None


@dataclass
class BatchReport:
    """The summary of a batch: counts and the failures (the briefs are on disk)."""

    total: int = 0
    made: int = 0
    failures: list[BriefOutcome] = field(default_factory=list)
    parsed: int = 0  # articles parsed by spaCy
    cached: int = 0  # extractions taken from the cache
    cached_renders: int = 0

    @property
    def ok(self) -> bool:
        """True when every source gave a brief."""
        return not self.failures and self.made == self.total

    def add(self, outcome: BriefOutcome) -> None:
        """Count one outcome."""
        if outcome.ok:
            self.made += 1
            self.cached_renders += outcome.cached
        else:
            self.failures.append(outcome)


def plan_for(settings: Settings, audience: str | None, formats: list[str],
             template: str | None, template_dirs: Sequence[Path | None],
             pdf_variant: str | None, save_json: bool, cache: bool) -> RenderPlan:
    """The render plan for a batch under ``settings`` and the command's options.

    A bad PDF variant or a template that cannot be found fails here, before any work.
    """
    from briefgen.pipeline import check_template, check_variant, render_options

    check_variant(pdf_variant)
    name, aud = settings.audience(audience)
    check_template(settings, template, name, aud, template_dirs)
    dirs = [*template_dirs, settings.templates_dir]
    return RenderPlan(formats=formats, render_kw=render_options(settings, aud, dirs), template_dirs=dirs,
                      pdf_variant=pdf_variant or settings.output.pdf_variant, max_pages=aud.max_pages,
                      save_json=save_json, cache=cache)


def render_files(brief: Brief, plan: RenderPlan,
                 cache: Cache | None = None) -> tuple[dict[str, bytes], bool, Brief]:
    """Render ``brief`` in every format of the plan: ({format: bytes}, came from the
    cache, the brief as rendered).

    A PDF trimmed to the page budget when the audience has one, and the HTML of that
    same (trimmed) brief; every command that writes briefs renders through here.
    """
    from briefgen.pipeline import ONE_PAGE_TEMPLATES
    from briefgen.render.fit import fit_pages
    from briefgen.render.html import render_html
    from briefgen.render.pdf import render_pdf_pages

    kw = plan.render_kw
    max_pages = plan.max_pages if plan.max_pages is not None else ONE_PAGE_TEMPLATES.get(brief.template)
    html = render_html(brief, embed_fonts=False, **kw)  # type: ignore[arg-type]
    kinds = [*plan.formats, *(["json"] if plan.save_json else [])]
    key = render_key(html, kinds, plan.pdf_variant, max_pages) if cache else ""
    if cache is not None:
        hit = cache.get_rendered(key, kinds)
        if hit is not None:
            return hit, True, brief

    def to_pdf(b: Brief) -> tuple[bytes, int]:
        page = html if b is brief else render_html(b, embed_fonts=False, **kw)  # type: ignore[arg-type]
        return render_pdf_pages(page, base_dirs=plan.template_dirs, pdf_variant=plan.pdf_variant)

    out: dict[str, bytes] = {}
    pdf: bytes | None = None
    if max_pages is not None:
        brief, pdf = fit_pages(brief, max_pages, to_pdf)
    elif "pdf" in plan.formats:
        pdf = to_pdf(brief)[0]
    for fmt in plan.formats:
        if fmt == "pdf" and pdf is not None:
            out["pdf"] = pdf
        elif fmt == "html":
            out["html"] = render_html(brief, embed_fonts=True, **kw).encode()  # type: ignore[arg-type]
    if plan.save_json:
        out["json"] = brief.model_dump_json(indent=2).encode()
    if cache is not None:
        cache.put_rendered(key, out)
    return out, False, brief


def write_files(files: dict[str, bytes], paths: dict[str, Path]) -> list[Path]:
    """Write each format's bytes to its path, atomically, in the plan's order."""
    from briefgen.deliver.files import write_atomic

    return [write_atomic(paths[fmt], data) for fmt, data in files.items()]


# --- the render processes ------------------------------------------------------------

_WORKER_CACHE: Cache | None = None


def _worker_init(level: int) -> None:
    """Quiet WeasyPrint in a render process as the CLI does in the main one."""
    logging.basicConfig(level=level, format="briefgen: %(levelname)s: %(message)s")
    quiet = level > logging.DEBUG
    logging.getLogger("weasyprint").setLevel(logging.ERROR if quiet else logging.DEBUG)
    logging.getLogger("fontTools").setLevel(logging.ERROR if quiet else logging.DEBUG)


def _warm() -> None:
    """Import WeasyPrint and set up fonts before the first brief arrives."""
    import weasyprint

    weasyprint.HTML(string="<p>warm</p>").render()


def render_job(index: int, source: str, brief: Brief, plan: RenderPlan,
               paths: dict[str, Path]) -> BriefOutcome:
    """Render and write one brief (runs in a render process); errors become the outcome."""
    global _WORKER_CACHE
    cache = None
    if plan.cache:
        if _WORKER_CACHE is None or _WORKER_CACHE.root.parent != (plan.cache_root or _WORKER_CACHE.root.parent):
            _WORKER_CACHE = Cache(plan.cache_root)
        cache = _WORKER_CACHE
    try:
        files, cached, _ = render_files(brief, plan, cache)
        written = write_files(files, paths)
    except BriefgenError as exc:
        return BriefOutcome(index, source, error=f"{source}: {exc}")
    except Exception as exc:  # a bug in one brief must not stop the batch
        log.debug("render failed", exc_info=True)
        return BriefOutcome(index, source, error=f"{source}: internal error: {type(exc).__name__}: {exc}")
    return BriefOutcome(index, source, written=written, cached=cached)


# --- the batch -------------------------------------------------------------------------


class Namer:
    """Output paths in OUTDIR, named by ``output.naming``; never the same name twice in a
    batch, and never the path of an input."""

    def __init__(self, settings: Settings, outdir: Path, formats: list[str]) -> None:
        self.settings = settings.model_copy(update={"output": settings.output.model_copy(update={"folder": outdir})})
        self.formats = formats
        self.used: set[str] = set()

    def paths(self, brief: Brief, inputs: Sequence[str] = ()) -> dict[str, Path]:
        """{format: path} for ``brief`` (and "json" beside them)."""
        from briefgen.pipeline import output_paths

        first = output_paths(brief, self.formats, None, self.settings)[0]
        taken = {str(Path(s).resolve()) for s in inputs if "://" not in s and s != "-"}
        stem, n = first.stem, 1
        while True:
            candidate = {f: first.with_name(f"{stem}.{f}") for f in [*self.formats, "json"]}
            names = {p.name for p in candidate.values()}
            if not names & self.used and not any(str(p.resolve()) in taken for p in candidate.values()):
                break
            n += 1
            stem = f"{first.stem}-{n}"
        self.used |= names
        return candidate


def _read(index: int, source: str) -> Article | BriefOutcome:
    from briefgen.ingest import read_source

    try:
        article = read_source(source)
    except BriefgenError as exc:
        return BriefOutcome(index, source, error=str(exc))
    for w in article.warnings:
        log.warning("%s", w)
    return article


def extractions(items: Iterator[tuple[int, str]], settings: Settings, cache: Cache,
                report: BatchReport | None = None) -> Iterator[tuple[int, str, Extraction | BriefOutcome]]:
    """(index, source) -> (index, source, Extraction or failed outcome), in order, lazily.

    Reads CHUNK sources at a time, takes what it can from the cache and parses the rest
    with one ``nlp.pipe`` call per chunk; the model loads on the first miss only.
    """
    nlp = None
    while True:
        chunk = list(islice(items, CHUNK))
        if not chunk:
            return
        read = [(i, s, _read(i, s)) for i, s in chunk]
        found: dict[int, Extraction | BriefOutcome] = {}
        misses: list[tuple[int, Article]] = []
        for i, _s, art in read:
            if isinstance(art, BriefOutcome):
                found[i] = art
                continue
            ex = cache.get_extraction(art, settings.nlp.model)
            if ex is None:
                misses.append((i, art))
            else:
                found[i] = ex
                if report is not None:
                    report.cached += 1
        if misses:
            from briefgen.extract import extract_doc, parse_captions, parse_standfirst

            if nlp is None:
                from briefgen.extract.nlp import load

                nlp = load(settings.nlp.model)
            docs = nlp.pipe((a.body for _, a in misses), batch_size=CHUNK)
            for (i, art), doc in zip(misses, docs, strict=True):
                ex = extract_doc(art, doc, parse_captions(art, nlp), parse_standfirst(art, nlp))
                cache.put_extraction(ex, settings.nlp.model)
                found[i] = ex
            if report is not None:
                report.parsed += len(misses)
        for i, s, _ in read:
            yield i, s, found[i]


def make_each(
    sources: Sequence[str],
    settings: Settings,
    outdir: Path,
    *,
    audience: str | None = None,
    formats: list[str] | None = None,
    template: str | None = None,
    template_dirs: Sequence[Path | None] = (),
    pdf_variant: str | None = None,
    save_json: bool = False,
    use_cache: bool = True,
    jobs: int | None = None,
    now: dt.datetime | None = None,
    on_outcome: Callable[[BriefOutcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> BatchReport:
    """Make one brief per source into ``outdir``; never raises for one bad source.

    ``jobs`` is the number of render processes (default: one per core; 0 renders in
    this process). ``on_outcome`` is called as each brief is written or fails (not in
    input order); ``on_total`` once, with the number of sources after expanding folders
    and lists. Raises BriefgenError only for problems that stop every brief (a bad
    output folder, an unknown audience or template option).
    """
    from briefgen.ingest import expand_sources
    from briefgen.pipeline import compose_for

    if not outdir.is_dir():
        raise DeliveryError(f"{outdir}: no such folder; create it first, or give -o an existing folder")
    if not os.access(outdir, os.W_OK):
        raise DeliveryError(f"{outdir}: the folder is not writable; choose another -o folder")
    wanted = formats or list(settings.output.formats)
    plan = plan_for(settings, audience, wanted, template, template_dirs, pdf_variant, save_json, use_cache)
    audience_name, _ = settings.audience(audience)
    cache = Cache(enabled=use_cache)
    plan = dataclasses.replace(plan, cache_root=cache.root.parent)
    names = Namer(settings, outdir, wanted)
    listed = list(expand_sources(list(sources)))
    report = BatchReport(total=len(listed))
    if on_total:
        on_total(report.total)
    now = now or dt.datetime.now(dt.UTC)

    def done(outcome: BriefOutcome) -> None:
        report.add(outcome)
        if on_outcome:
            on_outcome(outcome)

    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    pool = _pool(jobs) if jobs > 0 else None
    inflight: dict[Future[BriefOutcome], tuple[int, str]] = {}
    limit = 2 * jobs + 2

    def collect(block: bool) -> None:
        if not inflight:
            return
        finished, _ = wait(inflight, timeout=None if block else 0, return_when=FIRST_COMPLETED)
        for fut in finished:
            i, source = inflight.pop(fut)
            try:
                done(fut.result())
            except Exception as exc:  # the render process died (out of memory, killed)
                done(BriefOutcome(i, source, error=f"{source}: the render process failed ({exc or type(exc).__name__})"))

    try:
        for i, source, ex in extractions(iter(enumerate(listed)), settings, cache, report):
            if isinstance(ex, BriefOutcome):
                done(ex)
                continue
            try:
                brief = compose_for([ex], settings, audience_name, now=now)
                if template:
                    brief.template = template
                paths = names.paths(brief, [source])
            except BriefgenError as exc:
                done(BriefOutcome(i, source, error=f"{source}: {exc}"))
                continue
            paths = {f: paths[f] for f in [*wanted, *(["json"] if save_json else [])]}
            if pool is None:
                done(render_job(i, source, brief, plan, paths))
                continue
            inflight[pool.submit(render_job, i, source, brief, plan, paths)] = (i, source)
            collect(block=False)
            while len(inflight) >= limit:
                collect(block=True)
        while inflight:
            collect(block=True)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return report


def _pool(jobs: int) -> ProcessPoolExecutor:
    """Render processes, started (and warmed up) now, while the main process loads spaCy."""
    import multiprocessing

    # spawn, not fork: a render process needs WeasyPrint, not a copy of the parser
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_init, initargs=(logging.getLogger().level,))
    for _ in range(jobs):
        pool.submit(_warm)
    return pool
