"""Run briefgen's library functions on a dask.distributed cluster (``briefgen[dask]``).

The client (the machine where ``briefgen`` runs) expands and reads the sources, so the
workers need no access to its files; it sends each article to the cluster, where a
worker parses it (the model loads once per worker process: a worker plugin loads it as
the client connects, and :func:`briefgen.extract.nlp.load` keeps it), extracts, and for
a brief also composes and renders it; the client writes the files where the user asked.
Only a few articles per worker are in flight at a time, so the client's memory stays
flat however long the list.

Start a cluster with the dask CLI, one thread per worker process (spaCy and WeasyPrint
hold the GIL)::

    dask scheduler                                   # prints tcp://HOST:8786
    dask worker tcp://HOST:8786 --nworkers 2 --nthreads 1     # on every machine

then ``briefgen brief --each SOURCES -o OUTDIR --scheduler tcp://HOST:8786``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen.batch import (
    BatchReport,
    BriefOutcome,
    Namer,
    RenderPlan,
    plan_for,
    render_files,
    write_files,
)
from briefgen.cache import Cache
from briefgen.errors import BriefgenError, DeliveryError, UsageError
from briefgen.models import Article, Brief, Extraction

if TYPE_CHECKING:
    from briefgen.config import Audience, Settings
    from briefgen.pipeline import SourceFailure

log = logging.getLogger(__name__)

PER_WORKER = 3  # articles in flight per worker thread
CONNECT_TIMEOUT = "15s"


def connect(address: str) -> Any:
    """A ``distributed.Client`` for the scheduler at ``address``, with a clear error if the
    extra is missing or the scheduler cannot be reached."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--scheduler needs dask.distributed; install it with "
                         "pip install 'briefgen[dask]'") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise BriefgenError(f"{address}: cannot reach the dask scheduler ({exc}); "
                            "check the address and that 'dask scheduler' is running") from None
    return client


try:
    from distributed.diagnostics.plugin import WorkerPlugin as _PluginBase
except ImportError:  # the extra is not installed: connect() says so
    _PluginBase = object  # type: ignore[misc,assignment]


class ModelPlugin(_PluginBase):  # type: ignore[misc,valid-type]
    """A dask worker plugin: load the spaCy model (and set up WeasyPrint) once per worker."""

    name = "briefgen-model"

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        """Called on each worker when the plugin is registered, and on workers that join."""
        from briefgen.batch import _warm, _worker_init
        from briefgen.extract.nlp import load

        _worker_init(logging.WARNING)
        load(self.model)
        _warm()


def _register(client: Any, model: str) -> None:
    client.register_plugin(ModelPlugin(model), name=ModelPlugin.name)


# --- what runs on a worker --------------------------------------------------------------


def extract_on_worker(article: Article, model: str, use_cache: bool) -> Extraction:
    """Parse and extract one article on a worker (its model is loaded once, then kept)."""
    from briefgen.extract import extract_doc, parse_captions, parse_standfirst
    from briefgen.extract.nlp import load

    cache = Cache(enabled=use_cache)
    ex = cache.get_extraction(article, model)
    if ex is None:
        nlp = load(model)
        ex = extract_doc(article, nlp(article.body), parse_captions(article, nlp),
                         parse_standfirst(article, nlp))
        cache.put_extraction(ex, model)
    return ex


def brief_on_worker(article: Article, settings: Settings, audience_name: str, audience: Audience,
                    template: str | None, plan: RenderPlan, now: dt.datetime) -> tuple[Brief, dict[str, bytes], bool]:
    """Make one brief on a worker: (the brief, {format: bytes}, rendered files from the cache)."""
    from briefgen.pipeline import compose_for

    ex = extract_on_worker(article, settings.nlp.model, plan.cache)
    brief = compose_for([ex], settings, audience_name, now=now)
    if template:
        brief.template = template
    files, cached, _ = render_files(brief, plan, Cache() if plan.cache else None)
    return brief, files, cached


# --- the client side --------------------------------------------------------------------


def _read_all(sources: Sequence[str]) -> Iterator[tuple[int, str, Article | str]]:
    """(index, source, Article or the error) for every source after expansion, lazily."""
    from briefgen.ingest import expand_sources, read_source

    for i, source in enumerate(expand_sources(list(sources))):
        try:
            article = read_source(source)
        except BriefgenError as exc:
            yield i, source, str(exc)
            continue
        for w in article.warnings:
            log.warning("%s", w)
        yield i, source, article


def _windowed(client: Any, jobs: Iterable[tuple[Any, Callable[..., Any], tuple[Any, ...]]],
              window: int) -> Iterator[tuple[Any, Any, BaseException | None]]:
    """Submit (tag, fn, args) jobs keeping at most ``window`` running; yield (tag, result,
    error) as they finish."""
    from distributed import as_completed

    it = iter(jobs)
    tags: dict[Any, Any] = {}
    running = as_completed()
    for tag, fn, args in it:
        fut = client.submit(fn, *args, pure=False)
        tags[fut.key] = tag
        running.add(fut)
        if running.count() >= window:
            break
    for fut in running:
        tag = tags.pop(fut.key)
        try:
            yield tag, fut.result(), None
        except Exception as exc:  # the worker raised: report it for this article only
            yield tag, None, exc
        fut.release()
        nxt = next(it, None)
        if nxt is not None:
            ntag, fn, args = nxt
            f2 = client.submit(fn, *args, pure=False)
            tags[f2.key] = ntag
            running.add(f2)


def _window(client: Any) -> int:
    threads = sum(client.nthreads().values()) or 1
    return PER_WORKER * threads


def extract_on_cluster(address: str, sources: Sequence[str], settings: Settings, *,
                       use_cache: bool = True) -> Iterator[Extraction | SourceFailure]:
    """Read ``sources`` here, extract them on the cluster; yield results in input order.

    For commands (``digest``) that combine many extractions: the same contract as
    :func:`briefgen.pipeline.extract_sources`, but lazy, and only a few articles per
    worker are held at a time (finished ones wait for earlier ones to keep the order).
    """
    from briefgen.pipeline import SourceFailure

    client = connect(address)
    try:
        _register(client, settings.nlp.model)
        pending: dict[int, Extraction | SourceFailure] = {}
        nxt = 0
        local: list[tuple[int, SourceFailure]] = []

        def jobs() -> Iterator[tuple[Any, Callable[..., Any], tuple[Any, ...]]]:
            for i, source, art in _read_all(sources):
                if isinstance(art, str):
                    local.append((i, SourceFailure(source, art)))
                    continue
                yield (i, source), extract_on_worker, (art, settings.nlp.model, use_cache)

        for (i, source), result, exc in _windowed(client, jobs(), _window(client)):
            pending[i] = result if exc is None else SourceFailure(source, f"{source}: {exc}")
            for j, failure in local:
                pending[j] = failure
            local.clear()
            while nxt in pending:
                yield pending.pop(nxt)
                nxt += 1
        for j, failure in local:
            pending[j] = failure
        for k in sorted(pending):
            yield pending[k]
    finally:
        client.close()


def make_each_on_cluster(
    address: str,
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
    now: dt.datetime | None = None,
    on_outcome: Callable[[BriefOutcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> BatchReport:
    """:func:`briefgen.batch.make_each` with the parsing and rendering done by the workers
    of the dask scheduler at ``address``; the briefs are written here, into ``outdir``.

    Custom template folders must exist at the same paths on the workers.
    """
    from briefgen.ingest import expand_sources

    if not outdir.is_dir():
        raise DeliveryError(f"{outdir}: no such folder; create it first, or give -o an existing folder")
    wanted = formats or list(settings.output.formats)
    plan = plan_for(settings, audience, wanted, template, template_dirs, pdf_variant, save_json, use_cache)
    audience_name, aud = settings.audience(audience)
    names = Namer(settings, outdir, wanted)
    total = len(list(expand_sources(list(sources))))
    report = BatchReport(total=total)
    if on_total:
        on_total(total)
    now = now or dt.datetime.now(dt.UTC)

    def done(outcome: BriefOutcome) -> None:
        report.add(outcome)
        if on_outcome:
            on_outcome(outcome)

    def jobs() -> Iterator[tuple[Any, Callable[..., Any], tuple[Any, ...]]]:
        for i, source, art in _read_all(sources):
            if isinstance(art, str):
                done(BriefOutcome(i, source, error=art))
                continue
            yield (i, source), brief_on_worker, (art, settings, audience_name, aud, template, plan, now)

    client = connect(address)
    try:
        _register(client, settings.nlp.model)
        for (i, source), result, exc in _windowed(client, jobs(), _window(client)):
            if exc is not None:
                done(BriefOutcome(i, source, error=f"{source}: {exc}"))
                continue
            brief, files, cached = result
            try:
                paths = names.paths(brief, [source])
                written = write_files(files, paths)
            except BriefgenError as e:
                done(BriefOutcome(i, source, error=f"{source}: {e}"))
                continue
            done(BriefOutcome(i, source, written=written, cached=cached))
    finally:
        client.close()
    return report
