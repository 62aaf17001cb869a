"""Line breaking and hyphenation fixes for WeasyPrint, applied before a brief is laid out.

Two defects printed wrong words in briefs ("milit-ary", "techno-logy", half-empty lines):

1. **A text that fits, measured with its trailing space.** WeasyPrint's
   ``split_first_line`` measures a text box *with* its trailing space. A text box that
   ends with a space (any text followed by an inline element: a name span, a citation,
   an emphasis) and fits the line only without that space is taken for a text that
   cannot be split, and WeasyPrint then hyphenates the *first* long word of the box:
   "… beyond Seoul, as its milit-" with a third of the line left empty. The inline
   layout itself already lets a trailing space hang past the edge
   (``trailing_whitespace_size``); :func:`install` makes ``split_first_line`` agree: a
   text box that fits once its trailing spaces are dropped is laid out whole.

2. **A poor hyphenation dictionary.** Pyphen's ``en`` is its ``en_GB`` pattern set,
   which breaks many common words where no dictionary would ("milit-ary", "homet-own",
   "recor-ded", "dir-ect", "har-ass"). :data:`HYPHENATION_CSS` makes English text
   hyphenate with the ``en_US`` patterns (Liang's, checked against a dictionary); the
   document's declared language (PDF /Lang, screen readers) is unchanged.

And :func:`no_runts` keeps the last two words of a block together, so that no paragraph
ends on one short word or on the tail of a hyphenated one ("tim- / ing.").
"""

from __future__ import annotations

import math
import re
from typing import Any

# Bump when the layout of the same HTML changes, so that cached PDFs are made again.
LAYOUT_REVISION = "linebreak-2"

# English of any region hyphenates with the en_US patterns; -weasy-lang is the property
# WeasyPrint fills from the lang attribute, and a stylesheet rule outranks the attribute.
HYPHENATION_CSS = ':lang(en) { -weasy-lang: "en-US"; }'

# The last two words of a paragraph, list item or quote, when both are short: "… to
# investigate Joe and Hunter / Biden." and "… payment or exact tim- / ing." end a block on
# a line of their own. Bounded, so linear: two words of at most 16 characters, closing
# inline tags, the block's end tag.
# The last word may open a name's span ("the <span class="nh">Chiefs.</span>"): the
# span closes in the closing tags, inside the one wrapped around both words.
_LAST_WORDS = re.compile(r"(?<=[\s>])([^\s<>]{1,16} (?:<span[^<>]*>)?[^\s<>]{1,16})"
                         r"((?:</(?:span|a|em|strong|b|i)>)*\s*</(?:p|li|blockquote)>)")

_COLLAPSING = ("normal", "nowrap", "pre-line")
# characters per em that a line holds at least (WeasyPrint's own guess is 4): a longer
# text cannot fit one line, so it is not measured again
_CHARS_PER_EM = 4


def _fits_without_trailing_space(text: str, style: Any, context: Any, max_width: float,
                                 justification_spacing: float) -> bool:
    from weasyprint.text.line_break import create_layout, line_size

    stripped = text.rstrip(" ")
    font_size = style["font_size"]
    if not stripped or "\n" in stripped or not font_size:
        return False
    if len(stripped) > max_width / font_size * _CHARS_PER_EM:
        return False
    layout = create_layout(stripped, style, context, max_width, justification_spacing)
    first_line, resume_index = layout.get_first_line()
    width, _ = line_size(first_line, style)
    layout.deactivate()
    return resume_index is None and width <= max_width


def _fits(text: str, style: Any, context: Any, max_width: float, justification_spacing: float) -> bool:
    """:func:`_fits_without_trailing_space`, or False (WeasyPrint's own line break) when
    the internals it calls differ on this WeasyPrint (another signature or return shape):
    install() can only check that they exist."""
    try:
        return _fits_without_trailing_space(text, style, context, max_width, justification_spacing)
    except (ImportError, AttributeError, TypeError, ValueError, KeyError):
        return False


def _patched(original):  # type: ignore[no-untyped-def]
    def split_first_line(text, style, context, max_width, justification_spacing,  # type: ignore[no-untyped-def]
                         is_line_start=True, minimum=False):
        result = original(text, style, context, max_width, justification_spacing,
                          is_line_start, minimum)
        if (result[2] is not None and max_width is not None and max_width != math.inf
                and text.endswith(" ") and style["white_space"] in _COLLAPSING
                and _fits(text, style, context, max_width, justification_spacing)):
            # lay it out unconstrained: one line, its trailing space hanging as usual
            return original(text, style, context, None, justification_spacing,
                            is_line_start, minimum)
        return result

    split_first_line.briefgen_patched = True  # type: ignore[attr-defined]
    return split_first_line


def no_runts(html: str) -> str:
    """The HTML with the last two words of every paragraph, list item and quote kept on
    one line and unhyphenated (``<span class="nb">``, as for a compound name), so that no
    block ends on a line holding one short word or the tail of a hyphenated word. Only the
    document's body is touched, and only text, never a tag."""
    head, sep, body = html.partition("<body")
    if not sep:
        return html
    return head + sep + _LAST_WORDS.sub(r'<span class="nb">\1</span>\2', body)


def install() -> None:
    """Make WeasyPrint's inline layout lay out a text that fits without its trailing
    space on one line (see the module docstring). Idempotent.

    The fix reaches into WeasyPrint's internals: on a WeasyPrint whose inline layout no
    longer has them (pyproject allows the whole 70 series), nothing is patched and the
    brief is laid out by WeasyPrint alone, a possible early line break but never an error.
    """
    try:
        from weasyprint.layout import inline
        from weasyprint.text.line_break import create_layout, line_size  # noqa: F401
    except ImportError:
        return
    current = getattr(inline, "split_first_line", None)
    if current is None or getattr(current, "briefgen_patched", False):
        return
    inline.split_first_line = _patched(current)
