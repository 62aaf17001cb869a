"""The whole line, as library functions the CLI calls: read -> parse -> extract -> compose.

Batches go on past a bad source: each result is either an Extraction or a SourceFailure,
kept in input order.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.config import Audience, Settings
from briefgen.errors import BriefgenError, ConfigError, InputError, UsageError
from briefgen.models import Article, Brief, Extraction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SourceFailure:
    """A source that could not be read, with the one-line reason."""

    source: str
    error: str

    def to_record(self) -> dict[str, str]:
        """The JSONL record that keeps lines aligned with the inputs."""
        return {"source": self.source, "error": self.error}


def read_sources(sources: Iterable[str], settings: Settings | None = None) -> list[Article | SourceFailure]:
    """Read every source; a bad one becomes a SourceFailure and the batch goes on."""
    from briefgen.ingest import Limits, expand_sources, read_source

    limits = Limits(**settings.limits.model_dump()) if settings is not None else Limits()
    out: list[Article | SourceFailure] = []
    for source in expand_sources(list(sources)):
        try:
            article = read_source(source, limits)
        except BriefgenError as exc:  # reported by the caller, in input order
            out.append(SourceFailure(source, str(exc)))
            continue
        for w in article.warnings:
            log.warning("%s", w)
        out.append(article)
    return out


def extract_sources(
    sources: Iterable[str],
    settings: Settings,
    progress: Callable[[int], None] | None = None,
    use_cache: bool = False,
) -> list[Extraction | SourceFailure]:
    """Read and extract every source, in input order (the model loads once, and only if
    an article is not in the extraction cache; ``use_cache`` reads and fills it)."""
    from briefgen.cache import Cache
    from briefgen.extract import extract_many
    from briefgen.extract.nlp import load

    read = read_sources(sources, settings)
    cache = Cache(enabled=use_cache)
    cached = {i: cache.get_extraction(a, settings.nlp.model)
              for i, a in enumerate(read) if isinstance(a, Article)}
    articles = [a for i, a in enumerate(read) if isinstance(a, Article) and cached[i] is None]
    results: list[Extraction | SourceFailure] = []
    if articles:
        nlp = load(settings.nlp.model)
        try:
            for ex in extract_many(articles, nlp):
                cache.put_extraction(ex, settings.nlp.model)
                results.append(ex)
                if progress:
                    progress(1)
        except Exception:  # one source broke the batch: go on one by one, without it
            for article in articles[len(results):]:
                one = _extract_alone(article, nlp)
                if isinstance(one, Extraction):
                    cache.put_extraction(one, settings.nlp.model)
                results.append(one)
                if progress:
                    progress(1)
    it = iter(results)
    return [a if isinstance(a, SourceFailure) else cached[i] or next(it) for i, a in enumerate(read)]


def _extract_alone(article: Article, nlp: object) -> Extraction | SourceFailure:
    """Extract one article; an error in it fails this source only (a bug: report it)."""
    from briefgen.extract import extract

    try:
        return extract(article, nlp)  # type: ignore[arg-type]
    except BriefgenError as exc:
        return SourceFailure(article.source, str(exc))
    except Exception as exc:
        log.debug("extracting %s failed", article.source, exc_info=True)
        return SourceFailure(article.source, f"{article.source}: internal error while analysing it "
                             f"({type(exc).__name__}); rerun with --debug and report it")


FORMATS = ("pdf", "html")
# built-in templates that promise a page budget even under an audience that sets none
ONE_PAGE_TEMPLATES = {"executive": 1}


@dataclass
class BriefResult:
    """What ``make_brief`` produced: the brief, the files written, the sources that failed."""

    brief: Brief
    written: list[Path]
    failures: list[SourceFailure]
    pdf: bytes | None = None


def parse_formats(value: str | None, output: Path | None) -> list[str]:
    """``--format pdf,html`` or the -o suffix -> the list of formats to write."""
    if value:
        formats = [f.strip().lower() for f in value.split(",") if f.strip()]
        bad = [f for f in formats if f not in FORMATS]
        if bad or not formats:
            raise UsageError(f"unknown format {bad[0] if bad else value!r}; use pdf, html or pdf,html")
        return list(dict.fromkeys(formats))
    if output is not None:
        suffix = output.suffix.lower().lstrip(".")
        if suffix in FORMATS:
            return [suffix]
        if suffix == "htm":
            return ["html"]
        raise UsageError(f"{output}: cannot tell the format from the suffix; use .pdf or .html, or --format")
    return []


def slugify(text: str, max_len: int = 60) -> str:
    """'Western nations alarmed!' -> 'western-nations-alarmed'."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0]
    return slug or "brief"


def output_paths(brief: Brief, formats: list[str], output: Path | None, settings: Settings) -> list[Path]:
    """Where each format goes: beside -o with its suffix, else named from title and date."""
    if output is not None:
        return paths_beside(output, formats)
    date = next((s.published for s in brief.sources if s.published), None) or brief.generated.date()
    try:
        stem = settings.output.naming.format(date=date.isoformat(), slug=slugify(brief.title),
                                             audience=brief.audience, template=brief.template)
    except (KeyError, IndexError, ValueError) as exc:
        raise ConfigError(f"output.naming: bad pattern {settings.output.naming!r} ({exc}); "
                          "use {date}, {slug}, {audience}, {template}") from None
    folder = settings.output.folder or Path(".")
    return [folder / f"{stem}.{f}" for f in formats]


def make_brief(
    sources: list[str],
    settings: Settings,
    *,
    audience: str | None = None,
    output: Path | None = None,
    formats: str | None = None,
    title: str | None = None,
    template: str | None = None,
    template_dirs: Sequence[Path | None] = (),
    save_json: bool = False,
    now: dt.datetime | None = None,
    pdf_variant: str | None = None,
    use_cache: bool = False,
) -> BriefResult:
    """Read, extract, compose and render a brief; write it atomically; report failures.

    Raises InputError when no source could be read; otherwise the brief is made from the
    sources that could be, and the failures are returned for the caller to report.
    """
    from briefgen.deliver.files import check_not_inputs, check_writable

    wanted = parse_formats(formats, output) or list(settings.output.formats)
    check_variant(pdf_variant)
    if output is not None:
        early = paths_beside(output, wanted)
        for path in early:
            check_writable(path)
        check_not_inputs([*early, early[0].with_suffix(".json")] if save_json else early, sources)
    audience_name, aud = settings.audience(audience)
    check_template(settings, template, audience_name, aud, template_dirs)  # before the model loads
    brief, _, failures = compose_sources(sources, settings, audience=audience, title=title, now=now,
                                         use_cache=use_cache)
    if template:
        brief.template = template
    result = write_brief(brief, settings, audience=audience, output=output, formats=wanted,
                         template_dirs=template_dirs, save_json=save_json, pdf_variant=pdf_variant,
                         inputs=sources)
    result.failures = failures
    return result


def compose_sources(
    sources: list[str],
    settings: Settings,
    *,
    audience: str | None = None,
    title: str | None = None,
    now: dt.datetime | None = None,
    use_cache: bool = False,
) -> tuple[Brief, list[Extraction], list[SourceFailure]]:
    """Read, extract and compose: the brief, the extractions it drew on, the failures.

    Raises InputError when no source could be read.
    """

    settings.audience(audience)  # an unknown audience fails before the model loads
    results = extract_sources(sources, settings, use_cache=use_cache)
    failures = [r for r in results if isinstance(r, SourceFailure)]
    extractions = [r for r in results if isinstance(r, Extraction)]
    if not extractions:
        if len(failures) == 1:
            raise InputError(failures[0].error)
        raise InputError(f"none of the {len(failures)} sources could be read: "
                         + "; ".join(f.error for f in failures[:3])
                         + ("; ..." if len(failures) > 3 else ""))
    brief = compose_for(extractions, settings, audience, title=title, now=now)
    return brief, extractions, failures


def compose_for(extractions: Sequence[Extraction], settings: Settings, audience: str | None, *,
                title: str | None = None, now: dt.datetime | None = None) -> Brief:
    """Compose the brief for a configured audience: every command that makes a brief
    (brief, brief --each, the cluster, preview, digest) composes through here."""
    from briefgen.compose import compose

    audience_name, aud = settings.audience(audience)
    # the "left out" line counts what the policy brief prints and this one does not
    fuller = settings.audiences.get("policy") if audience_name != "policy" else None
    return compose(extractions, aud, audience_name=audience_name, title=title,
                   organisation=settings.organisation.name, now=now, fuller=fuller)


def check_variant(pdf_variant: str | None) -> None:
    """A usage error for a PDF variant WeasyPrint does not make."""
    from briefgen.render.pdf import PDF_VARIANTS

    if pdf_variant is not None and pdf_variant not in PDF_VARIANTS:
        raise UsageError(f"unknown PDF variant {pdf_variant!r}; use one of {', '.join(PDF_VARIANTS)}")


def write_brief(
    brief: Brief,
    settings: Settings,
    *,
    audience: str | None = None,
    output: Path | None = None,
    formats: Sequence[str] = (),
    template_dirs: Sequence[Path | None] = (),
    save_json: bool = False,
    pdf_variant: str | None = None,
    inputs: Sequence[str] = (),
) -> BriefResult:
    """Render a composed brief to each format and write the files, all or none.

    ``audience`` decides the page budget and the render options (page size, extra CSS);
    the brief's own template is used. No output may be one of ``inputs`` (the sources,
    or the draft being rendered). Used by ``brief`` after composing and by ``render``
    for an analyst's edited draft.
    """
    from briefgen.batch import plan_for, render_files
    from briefgen.deliver.files import check_not_inputs, check_writable, write_all

    wanted = list(formats) or list(settings.output.formats)
    plan = plan_for(settings, audience, wanted, None, template_dirs, pdf_variant, save_json, cache=False)
    paths = output_paths(brief, wanted, output, settings)
    outputs = [*paths, paths[0].with_suffix(".json")] if save_json else paths
    for path in outputs:
        check_writable(path)
    check_not_inputs(outputs, list(inputs))
    files, _, brief = render_files(brief, plan)
    items: list[tuple[Path, bytes | str]] = [(p, files[f]) for p, f in zip(paths, wanted, strict=True)]
    if save_json:
        items.append((outputs[-1], files["json"]))
    written = write_all(items)  # every format replaced together, or none
    return BriefResult(brief=brief, written=written, failures=[], pdf=files.get("pdf"))


def check_template(settings: Settings, template: str | None, audience_name: str, aud: Audience,
                    template_dirs: Sequence[Path | None]) -> None:
    """Fail before any work when the template the brief will use cannot be found."""
    from briefgen.config import find_template

    name = template or aud.template
    if find_template(settings, name, list(template_dirs)) is None:
        key = "--template" if template else f"audiences.{audience_name}.template"
        raise ConfigError(f"{key}: template {name!r} not found; run 'briefgen templates list' "
                          "to see the available ones")


def render_options(settings: Settings, audience: Audience,
                   template_dirs: Sequence[Path | None]) -> dict[str, object]:
    """The keyword arguments of ``render_html`` that the config and the audience decide."""
    from briefgen.render.html import load_extra_css

    return dict(template_dirs=list(template_dirs),
                page_size=audience.page_size or settings.defaults.page_size,
                colours=settings.organisation.colours.model_dump(),
                date_format=settings.defaults.date_format,
                language=settings.defaults.language,
                logo=settings.organisation.logo,
                extra_css=load_extra_css(audience.extra_css))


def paths_beside(output: Path, formats: list[str]) -> list[Path]:
    """-o OUT.pdf with formats [pdf, html] -> OUT.pdf, OUT.html."""
    return [output if output.suffix.lower().lstrip(".") == f else output.with_suffix("." + f)
            for f in formats]
