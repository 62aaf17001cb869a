"""The one Jinja environment factory: sandboxed, StrictUndefined, autoescaped.

Templates are found along a search path: ``--templates DIR``, the project's
``templates/`` beside its briefgen.yaml, the user config dir's ``templates/``, then the
built-ins. ``builtin/NAME`` always names the built-in template, so a user template can
``{% extends "builtin/policy.html.j2" %}`` and override one block.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from briefgen.render import text as text_filters
from briefgen.resources import data_dir

SUFFIX = ".html.j2"


def user_templates() -> Path:
    """The user-wide template folder beside the user config file."""
    from briefgen.config import user_templates_dir

    return user_templates_dir()


def search_path(extra: Sequence[Path | None] = ()) -> list[Path]:
    """User folders first (those that exist), then the user config dir's, then the built-ins."""
    dirs = [Path(p) for p in extra if p is not None and Path(p).is_dir()]
    user = user_templates()
    if user.is_dir() and user not in dirs:
        dirs.append(user)
    return [*dirs, data_dir("templates")]


def _datefmt(value: dt.date | dt.datetime | str | None, fmt: str = "%-d %B %Y") -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).strftime(fmt)
        except ValueError:
            return value
    return value.strftime(fmt)


def _cites(numbers: Sequence[int]) -> str:
    return ",".join(str(n) for n in sorted(set(numbers)))


def _event_day(date: str, precision: str) -> dt.date | None:
    """A point on the time axis for a YYYY, YYYY-MM or YYYY-MM-DD date."""
    try:
        if precision == "year" or len(date) == 4:
            return dt.date(int(date[:4]), 7, 1)
        if precision == "month" or len(date) == 7:
            return dt.date(int(date[:4]), int(date[5:7]), 15)
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def timeline_svg(events: Sequence[object], colours: dict[str, str] | None = None, width: int = 520) -> Markup:
    """The timeline drawn as an inline SVG: a time axis with numbered markers.

    Markers are numbered like the rows of the table beside it; markers that would overlap
    stack upwards. Made at render time from the brief, so it is vector (crisp in the PDF).
    """
    points = []
    for i, e in enumerate(events, start=1):
        day = _event_day(str(getattr(e, "date", "")), str(getattr(e, "precision", "day")))
        if day is not None:
            points.append((i, day, str(getattr(e, "label", ""))))
    if not points:
        return Markup("")
    primary = escape((colours or {}).get("primary", "#1f3a5f"))
    accent = escape((colours or {}).get("accent", "#b5462f"))
    font = 'font-family="Brief Sans, sans-serif"'
    left, right, r = 24, width - 24, 9
    lo, hi = min(p[1] for p in points), max(p[1] for p in points)
    span = max((hi - lo).days, 1)
    lo_pad = lo - dt.timedelta(days=max(span // 20, 1))
    span_pad = max((hi - lo_pad).days + max(span // 20, 1), 1)

    def x_of(day: dt.date) -> float:
        return left + (right - left) * (day - lo_pad).days / span_pad

    placed: list[tuple[float, int, int]] = []  # x, lane, number
    for n, day, _ in points:
        x = x_of(day)
        lane = 0
        while any(abs(x - px) < 2 * r + 2 and pl == lane for px, pl, _ in placed):
            lane += 1
        placed.append((x, lane, n))
    lanes = max(pl for _, pl, _ in placed) + 1
    if lanes > 3:
        return _ordinal_svg(points, primary, accent, font, width)
    axis_y = 12 + lanes * (2 * r + 4) + 4
    height = axis_y + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-graphic" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="Timeline of {len(points)} dated events">',
             f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="{primary}" stroke-width="1.6"/>']
    # ticks: years if the span is long, else months
    ticks: list[tuple[dt.date, str]] = []
    if span > 730:
        step = max(1, (hi.year - lo.year) // 8)
        ticks = [(dt.date(y, 1, 1), str(y)) for y in range(lo.year + 1, hi.year + 1, step)]
    else:
        y, m = lo_pad.year, lo_pad.month
        months = []
        while dt.date(y, m, 1) <= hi:
            if dt.date(y, m, 1) >= lo_pad:
                months.append(dt.date(y, m, 1))
            m += 1
            if m > 12:
                y, m = y + 1, 1
        step = max(1, len(months) // 8)
        ticks = [(d, d.strftime("%b %Y") if d.month == 1 or i == 0 else d.strftime("%b"))
                 for i, d in enumerate(months[::step])]
    for day, text in ticks:
        x = x_of(day)
        if left <= x <= right:
            parts.append(f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 5}" stroke="#6b7280" stroke-width="0.8"/>'
                         f'<text x="{x:.1f}" y="{axis_y + 17}" {font} font-size="9" fill="#4b5563" '
                         f'text-anchor="middle">{escape(text)}</text>')
    for x, lane, n in placed:
        cy = axis_y - 4 - r - lane * (2 * r + 4)
        parts.append(_marker(x, cy, axis_y, n, accent, font))
    parts.append("</svg>")
    return Markup("".join(parts))


def _marker(x: float, cy: float, axis_y: float, n: int, accent: str, font: str, r: int = 9) -> str:
    stem = (f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{cy + r:.1f}" stroke="#9ca3af" stroke-width="0.8"/>'
            if cy + r < axis_y else "")
    return (stem + f'<circle cx="{x:.1f}" cy="{cy:.1f}" r="{r}" fill="{accent}" stroke="#ffffff" stroke-width="1.2"/>'
            f'<text x="{x:.1f}" y="{cy + 3.2:.1f}" {font} font-size="9" font-weight="700" fill="#ffffff" '
            f'text-anchor="middle">{n}</text>')


def _ordinal_svg(points: list[tuple[int, dt.date, str]], primary: str, accent: str, font: str,
                 width: int) -> Markup:
    """Events too bunched for a time scale: evenly spaced in date order, each labelled."""
    left, right, axis_y = 30, width - 30, 22
    gap = (right - left) / max(len(points) - 1, 1)
    height = axis_y + 44
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-graphic ordinal" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" '
             f'aria-label="Timeline of {len(points)} dated events, in order (not to scale)">',
             f'<line x1="{left - 12}" y1="{axis_y}" x2="{right + 12}" y2="{axis_y}" stroke="{primary}" '
             f'stroke-width="1.6" stroke-dasharray="{"6 3" if len(points) > 1 else "0"}"/>']
    xs = [left + i * gap if len(points) > 1 else (left + right) / 2 for i in range(len(points))]
    rows = _label_rows([(x, _text_width(label, 8.5)) for x, (_, _, label) in zip(xs, points, strict=True)])
    for x, (n, _, label), row in zip(xs, points, rows, strict=True):
        parts.append(_marker(x, axis_y, axis_y, n, accent, font))
        if row is None:
            continue  # no room for the label without touching another: the table beside has it
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 22 + 12 * row}" {font} font-size="8.5" fill="#4b5563" '
                     f'text-anchor="middle">{escape(label)}</text>')
    parts.append(f'<text x="{right + 12}" y="{axis_y - 12}" {font} font-size="8" fill="#6b7280" '
                 f'text-anchor="end">in date order, not to scale</text></svg>')
    return Markup("".join(parts))


def _text_width(text: str, size: float) -> float:
    """A generous estimate of a label's width in SVG units (sans serif, mixed case)."""
    return len(text) * size * 0.56 + 4


def _label_rows(labels: list[tuple[float, float]], max_rows: int = 2) -> list[int | None]:
    """A row (0 or 1) for each centred label (x, width) so that no two labels in a row
    overlap; ``None`` for a label that fits in no row (it is left out of the drawing)."""
    ends: list[float] = [float("-inf")] * max_rows
    rows: list[int | None] = []
    for x, w in labels:
        row = next((r for r in range(max_rows) if x - w / 2 > ends[r] + 6), None)
        if row is not None:
            ends[row] = x + w / 2
        rows.append(row)
    return rows


def _words(text: str, n: int) -> str:
    """At most ``n`` words, cut at a word boundary and marked with an ellipsis."""
    words = str(text).split()
    if len(words) <= n:
        return str(text)
    return " ".join(words[:n]).rstrip(",;:–- ") + " …"


def _plural(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def make_environment(extra_dirs: Sequence[Path | None] = (), date_format: str = "%-d %B %Y") -> ImmutableSandboxedEnvironment:
    """The template environment for the given user template folders.

    One per (folders, date format) per process, so compiled templates are reused when a
    brief is rendered several times (HTML and PDF, or while fitting a one-page brief);
    Jinja still reloads a template whose file changed.
    """
    return _environment(tuple(str(p) for p in search_path(extra_dirs)), date_format)


@functools.lru_cache(maxsize=16)
def _environment(folders: tuple[str, ...], date_format: str) -> ImmutableSandboxedEnvironment:
    builtin = data_dir("templates")
    loader = ChoiceLoader([
        PrefixLoader({"builtin": FileSystemLoader(str(builtin))}),
        FileSystemLoader(list(folders)),
    ])
    env = ImmutableSandboxedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html", "j2", "xml"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["datefmt"] = lambda v, fmt=date_format: _datefmt(v, fmt)
    env.filters["cites"] = _cites
    env.filters["timeline_svg"] = timeline_svg
    env.filters["words"] = _words
    env.filters["plural"] = _plural
    env.filters["chars"] = text_filters.chars
    env.filters["first_words"] = text_filters.first_words
    env.filters["standfirst"] = text_filters.standfirst
    env.filters["source_location"] = text_filters.source_location
    env.filters["shorturl"] = text_filters.short_url
    env.filters["kind_plural"] = text_filters.kind_plural
    env.filters["no_runt"] = text_filters.no_runt
    env.filters["inner_quotes"] = text_filters.inner_quotes
    env.filters["end_sentence"] = text_filters.end_sentence
    return env


# ---------------------------------------------------------------------------------------
# The template catalogue, for `briefgen templates list|show|eject`

_DESCRIPTION = re.compile(r"\{#-?\s*description:\s*(.+?)\s*-?#\}", re.S)


@dataclass(frozen=True)
class TemplateInfo:
    """A template on the search path: its name, what it is for and where it comes from."""

    name: str
    path: Path
    origin: str  # built-in, user, project or a folder given with --templates
    description: str
    shadows: str | None = None  # the origin of the template this one replaces


def describe(path: Path) -> str:
    """The ``{#- description: ... -#}`` line at the top of a template, if any."""
    try:
        head = path.read_text(encoding="utf-8")[:2000]
    except OSError:
        return ""
    m = _DESCRIPTION.search(head)
    return " ".join(m.group(1).split()) if m else ""


def catalogue(extra_dirs: Sequence[tuple[str, Path | None]] = ()) -> list[TemplateInfo]:
    """Every brief template (not partials starting with _ nor base), highest priority first.

    ``extra_dirs`` are (origin label, folder) pairs, highest priority first; the user
    config dir and the built-ins are added after them.
    """
    folders: list[tuple[str, Path]] = [(label, Path(p)) for label, p in extra_dirs if p is not None]
    folders.append(("user", user_templates()))
    folders.append(("built-in", data_dir("templates")))
    seen: dict[str, TemplateInfo] = {}
    out: list[TemplateInfo] = []
    for label, folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*" + SUFFIX)):
            name = path.name[: -len(SUFFIX)]
            if name.startswith("_") or name == "base":
                continue
            if name in seen:
                first = seen[name]
                seen[name] = TemplateInfo(first.name, first.path, first.origin,
                                          first.description or describe(path), first.shadows or label)
                continue
            seen[name] = TemplateInfo(name, path, label, describe(path))
            out.append(seen[name])
    return [seen[i.name] for i in out]
