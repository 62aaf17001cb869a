"""Brief -> HTML string, with the stylesheet and fonts inlined (one self-contained file)."""

from __future__ import annotations

import base64
import functools
import html as html_lib
import io
import logging
import os
import re
import traceback
from collections.abc import Sequence
from pathlib import Path

import jinja2

from briefgen import __version__
from briefgen.errors import TemplateError
from briefgen.models import Brief
from briefgen.render.environment import make_environment
from briefgen.render.names import protect_names
from briefgen.resources import FACES, cache_dir, data_dir, font_files

log = logging.getLogger(__name__)

# Latin, Latin-1, Latin Extended-A, general punctuation, currency, arrows, a few symbols.
_UNICODES = [*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x2000, 0x2070), *range(0x20A0, 0x20C0),
             0x2116, 0x2122, 0x2190, 0x2192, 0x2212, 0x25CF, 0x2713]


def _subset(path: Path) -> bytes:
    from fontTools import subset

    options = subset.Options()
    options.layout_features = ["kern", "liga", "onum", "lnum"]
    font = subset.load_font(str(path), options)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=_UNICODES)
    sub.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


@functools.lru_cache(maxsize=16)
def _subset_data_uri(path: Path) -> str:
    """A Latin subset of a font as a data: URI, so an HTML brief stays one small file.

    Subsetting takes most of a second per face, so the result is cached on disk.
    """
    stat = path.stat()
    cached = cache_dir() / "fonts" / f"{path.stem}-{stat.st_size}-{int(stat.st_mtime)}-v1.ttf"
    try:
        data = cached.read_bytes()
    except OSError:
        data = _subset(path)
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.part")
            tmp.write_bytes(data)
            os.replace(tmp, cached)
        except OSError:
            pass  # a read-only cache only costs time
    return "data:font/ttf;base64," + base64.b64encode(data).decode("ascii")


def font_face_css(embed: bool) -> str:
    """@font-face rules for the shipped fonts: file URLs for the PDF, data URIs for HTML."""
    files = font_files()
    rules = []
    for family, weight, style, key in FACES:
        path = files[key]
        src = _subset_data_uri(path) if embed else path.resolve().as_uri()
        rules.append(
            f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
            f'font-style: {style}; src: url("{src}") format("truetype"); }}'
        )
    return "\n".join(rules)


def stylesheet(name: str = "brief.css", extra: Sequence[Path | None] = ()) -> str:
    """The print stylesheet: a user's styles/NAME along the search path, else the built-in."""
    for folder in [*(p for p in extra if p is not None), data_dir("styles")]:
        candidate = Path(folder) / name
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise TemplateError(f"stylesheet {name!r} not found in {data_dir('styles')}")


def _template_location(exc: BaseException) -> str:
    """file:line of the innermost template frame in a Jinja traceback."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith((".j2", ".html", ".jinja")):
            return f"{frame.filename}:{frame.lineno}"
    return "template"


_IMAGE_TYPES = {".png": "image/png", ".svg": "image/svg+xml", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def image_problem(path: Path, data: bytes | None = None) -> str | None:
    """Why ``path`` cannot be the logo (wrong suffix, unreadable, not that kind of image), or None."""
    mime = _IMAGE_TYPES.get(path.suffix.lower())
    if mime is None:
        return "logo must be a .png, .svg, .jpg or .jpeg file"
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            return f"cannot read the logo ({exc.strerror})"
    head = data[:2048].lstrip()
    ok = {"image/png": data.startswith(b"\x89PNG\r\n\x1a\n"),
          "image/jpeg": data.startswith(b"\xff\xd8\xff"),
          "image/svg+xml": b"<svg" in head.lower() and head[:1] == b"<"}[mime]
    if not ok:
        return f"is not a {path.suffix.lstrip('.').upper()} image (its content does not match its name)"
    return None


def image_data_uri(path: Path) -> str:
    """A logo file as a data: URI, so that the HTML stays one file and the PDF fetches nothing."""
    mime = _IMAGE_TYPES.get(path.suffix.lower())
    if mime is None:
        raise TemplateError(f"{path}: logo must be a .png, .svg, .jpg or .jpeg file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError(f"{path}: cannot read the logo ({exc.strerror}); check organisation.logo") from None
    if problem := image_problem(path, data):
        # WeasyPrint would log the whole data: URI (kilobytes of base64) and go on
        raise TemplateError(f"{path}: {problem}; check organisation.logo")
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def load_extra_css(value: str | None) -> str:
    """An audience's ``extra_css``: the text of a .css file it names, or the CSS itself."""
    from briefgen.config import is_css_path

    if not value:
        return ""
    if is_css_path(value):
        path = Path(value)
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise TemplateError(f"{path}: cannot read extra_css ({exc.strerror}); "
                                "give a .css file relative to the config, or CSS text") from None
    return value


_TAG = re.compile(r"<[^<>]*>")  # not "<[^>]*>": from each unclosed "<" that scans to the end
_HIDDEN = re.compile(r"<(style|script|svg|title)\b", re.I)
_HIDDEN_END = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("style", "script", "svg", "title")}
# what rendering puts inside words: no-break and zero-width spaces, soft hyphens
_INVISIBLE = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2060": None, "\u200b": None,
                            "\u00ad": None, "\u2011": "-"})
#: (template, notice) pairs already warned about in this process: a one-page brief is
#: rendered once per trimming step, and the warning is said once.
_WARNED: set[tuple[str, str]] = set()


def _without_hidden(body: str) -> str:
    """``body`` with each style, script, svg and title element (tags and content) made a
    space. Linear: an element left open is left as it is, and once one has no end tag
    no later one of that name is looked for again (a lazy ``<svg.*?</svg>`` scanned to
    the end from every unclosed "<svg": 500 s on 100,000 of them)."""
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    for m in _HIDDEN.finditer(body):
        name = m.group(1).lower()
        if m.start() < pos or name in unclosed:
            continue
        end = _HIDDEN_END[name].search(body, m.end())
        if end is None:
            unclosed.add(name)
            continue
        out.append(body[pos:m.start()])
        out.append(" ")
        pos = end.end()
    out.append(body[pos:])
    return "".join(out)


def visible_text(document: str) -> str:
    """The words of an HTML document's body as a reader sees them, on one line."""
    head, sep, body = document.partition("<body")
    body = body.partition(">")[2] if sep else head  # not the rest of the body tag itself
    text = html_lib.unescape(_TAG.sub("", _without_hidden(body)))
    return " ".join(text.translate(_INVISIBLE).split())


def unprinted_notices(brief: Brief, text: str) -> list[str]:
    """The brief's notices (its own and its stories') that ``text`` (what a reader sees of
    the rendered brief, as :func:`visible_text` gives it) never shows."""
    notices = dict.fromkeys([*brief.notices, *(n for story in brief.stories for n in story.notices)])
    return [n for n in notices if " ".join(n.split()) not in text]


def warn_unprinted_notices(brief: Brief, text: str, template: str) -> None:
    """Warn, once per template and notice, when a template never prints a notice: a
    template made before ``brief.notices`` existed still renders, but its reader is not
    told that a source was left unread."""
    for notice in unprinted_notices(brief, text):
        if (template, notice) in _WARNED:
            continue
        _WARNED.add((template, notice))
        log.warning("%s: the template does not print the brief's notices, so its reader is not "
                    "told: %r; print {{ brief.notices }} near the top (see 'briefgen templates vars')",
                    template, notice)


def render_html(
    brief: Brief,
    template: str | None = None,
    *,
    template_dirs: Sequence[Path | None] = (),
    page_size: str = "A4",
    colours: dict[str, str] | None = None,
    extra_css: str = "",
    embed_fonts: bool = True,
    date_format: str = "%-d %B %Y",
    language: str = "en",
    logo: Path | None = None,
) -> str:
    """Render the brief with its template (default: the brief's own template name).

    Returns the whole document as a string (CSS, fonts and logo inlined), so a template
    error leaves nothing half-written. ``extra_css`` is CSS text added after the
    stylesheet (see :func:`load_extra_css` for an audience's setting).
    """
    name = template or brief.template
    if not name.endswith((".j2", ".html")):
        name = f"{name}.html.j2"
    env = make_environment(template_dirs, date_format=date_format)
    try:
        tpl = env.get_template(name)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(
            f"template {exc.name!r} not found; run 'briefgen templates list' to see the available ones"
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{exc.filename or exc.name}:{exc.lineno}: template syntax error: {exc.message}") from None
    except RecursionError as exc:
        raise TemplateError(f"{_template_location(exc)}: template error: templates that include "
                            "or extend each other without end; break the loop") from None
    user_styles = [Path(p).parent / "styles" for p in template_dirs if p]
    css = "\n".join([font_face_css(embed_fonts), stylesheet("brief.css", user_styles), extra_css])
    try:
        html = tpl.render(
            brief=brief,
            css=css,
            page_size=page_size,
            colours=colours or {"primary": "#1f3a5f", "accent": "#b5462f"},
            generator=f"briefgen {__version__}",
            language=language,
            logo=image_data_uri(logo) if logo else None,
        )
        html = protect_names(html)
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"{_template_location(exc)}: undefined variable: {exc.message}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{exc.filename or exc.name}:{exc.lineno}: template syntax error: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{_template_location(exc)}: template error: {exc}") from None
    except RecursionError as exc:
        raise TemplateError(f"{_template_location(exc)}: template error: a template that includes "
                            "or extends itself, or a macro that calls itself without end; "
                            "break the loop") from None
    if brief.notices or any(story.notices for story in brief.stories):
        warn_unprinted_notices(brief, visible_text(html), tpl.filename or name)
    return html
