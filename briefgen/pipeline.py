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


def read_sources(sources: Iterable[str]) -> list[Article | SourceFailure]:
    """Read every source; a bad one becomes a SourceFailure and the batch goes on."""
    from briefgen.ingest import expand_sources, read_source

    out: list[Article | SourceFailure] = []
    for source in expand_sources(list(sources)):
        try:
            article = read_source(source)
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
) -> list[Extraction | SourceFailure]:
    """Read and extract every source, in input order (the model loads once)."""
    from briefgen.extract import extract_many
    from briefgen.extract.nlp import load

    read = read_sources(sources)
    articles = [a for a in read if isinstance(a, Article)]
    results: list[Extraction] = []
    if articles:
        nlp = load(settings.nlp.model)
        for ex in extract_many(articles, nlp):
            results.append(ex)
            if progress:
                progress(1)
    it = iter(results)
    return [next(it) if isinstance(a, Article) else a for a in read]


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
) -> BriefResult:
    """Read, extract, compose and render a brief; write it atomically; report failures.

    Raises InputError when no source could be read; otherwise the brief is made from the
    sources that could be, and the failures are returned for the caller to report.
    """
    from briefgen.compose import compose
    from briefgen.deliver.files import check_writable, write_atomic
    from briefgen.render.fit import fit_pages
    from briefgen.render.html import render_html
    from briefgen.render.pdf import render_pdf_pages

    wanted = parse_formats(formats, output) or list(settings.output.formats)
    from briefgen.render.pdf import PDF_VARIANTS

    if pdf_variant is not None and pdf_variant not in PDF_VARIANTS:
        raise UsageError(f"unknown PDF variant {pdf_variant!r}; use one of {', '.join(PDF_VARIANTS)}")
    if output is not None:
        for path in paths_beside(output, wanted):
            check_writable(path)
    audience_name, aud = settings.audience(audience)
    results = extract_sources(sources, settings)
    failures = [r for r in results if isinstance(r, SourceFailure)]
    extractions = [r for r in results if isinstance(r, Extraction)]
    if not extractions:
        if len(failures) == 1:
            raise InputError(failures[0].error)
        raise InputError(f"none of the {len(failures)} sources could be read; see the errors above")
    # the "left out" line counts what the policy brief prints and this one does not
    fuller = settings.audiences.get("policy") if audience_name != "policy" else None
    brief = compose(extractions, aud, audience_name=audience_name, title=title,
                    organisation=settings.organisation.name, now=now, fuller=fuller)
    if template:
        brief.template = template
    dirs = [*template_dirs, settings.templates_dir]
    render_kw = render_options(settings, aud, dirs)
    paths = output_paths(brief, wanted, output, settings)
    for path in paths:
        check_writable(path)
    variant = pdf_variant or settings.output.pdf_variant

    def to_pdf(b: Brief) -> tuple[bytes, int]:
        return render_pdf_pages(render_html(b, embed_fonts=False, **render_kw),  # type: ignore[arg-type]
                                base_dirs=dirs, pdf_variant=variant)

    rendered: dict[str, bytes | str] = {}
    pdf: bytes | None = None
    max_pages = aud.max_pages if aud.max_pages is not None else ONE_PAGE_TEMPLATES.get(brief.template)
    if max_pages is not None:
        # the HTML shows the same trimmed brief as the PDF, so both say the same
        brief, pdf = fit_pages(brief, max_pages, to_pdf)
    elif "pdf" in wanted:
        pdf = to_pdf(brief)[0]
    if "html" in wanted:
        rendered["html"] = render_html(brief, embed_fonts=True, **render_kw)  # type: ignore[arg-type]
    if "pdf" in wanted and pdf is not None:
        rendered["pdf"] = pdf
    written = [write_atomic(p, rendered[f]) for p, f in zip(paths, wanted, strict=True)]
    if save_json:
        written.append(write_atomic(paths[0].with_suffix(".json"), brief.model_dump_json(indent=2)))
    return BriefResult(brief=brief, written=written, failures=failures, pdf=pdf)


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
