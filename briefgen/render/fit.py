"""Trim a brief until its PDF fits a page budget (the one-page executive brief).

Trimming goes in small, careful steps: shorten long quotes, drop the weakest quote,
drop the last facts (never below three while any remain), then shorten text, always at
a word boundary and marked with an ellipsis. Every step is counted in ``brief.omitted``
so the brief can say what was left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from briefgen.compose import shorten, shorten_item
from briefgen.errors import RenderError
from briefgen.models import Brief, BriefItem

MIN_FACTS = 3


def _shortened(brief: Brief, field: str, words: int) -> Brief | None:
    items = getattr(brief, field)
    # a line of facts or summary keeps its record of edits true (shorten_item)
    new = [shorten_item(i, words) if isinstance(i, BriefItem) else i.model_copy(update={"text": shorten(i.text, words)})
           for i in items]
    changed = sum(a.text != b.text for a, b in zip(items, new, strict=True))
    if not changed:
        return None
    omitted = dict(brief.omitted)
    omitted["shortened"] = omitted.get("shortened", 0) + changed
    return brief.model_copy(update={field: new, "omitted": omitted})


def _dropped(brief: Brief, field: str, keep: int) -> Brief | None:
    items = getattr(brief, field)
    if len(items) <= keep:
        return None
    omitted = dict(brief.omitted)
    omitted[field] = omitted.get(field, 0) + 1
    return brief.model_copy(update={field: items[:-1], "omitted": omitted})


def _title(brief: Brief, words: int) -> Brief | None:
    title = shorten(brief.title, words)
    sub = shorten(brief.subtitle, words) if brief.subtitle else None
    if title == brief.title and sub == brief.subtitle:
        return None
    return brief.model_copy(update={"title": title, "subtitle": sub})


_TRIMMED = ("summary", "facts", "quotes")


def _count_shortened(original: Brief, trimmed: Brief) -> Brief:
    """``trimmed`` with omitted["shortened"] counting the items it *prints* shortened.

    A quote shortened first and dropped later is no longer on the page, so "1 item
    shortened (marked …)" would send the reader looking for a mark that is not there.
    Items are only ever dropped from the end, so the n-th printed item is the n-th of the
    original brief.
    """
    before = original.omitted.get("shortened", 0)
    printed = before + sum(a.text != b.text for field in _TRIMMED
                           for a, b in zip(getattr(trimmed, field), getattr(original, field), strict=False))
    omitted = {k: v for k, v in trimmed.omitted.items() if k != "shortened"}
    if printed:
        omitted["shortened"] = printed
    return trimmed if omitted == trimmed.omitted else trimmed.model_copy(update={"omitted": omitted})


def trim_steps(brief: Brief) -> Iterator[Brief]:
    """Ever smaller versions of ``brief``, gentlest cut first."""
    # (step, repeat): a dropping step repeats one item at a time down to its floor
    plan: list[tuple[Callable[[Brief], Brief | None], bool]] = [
        (lambda b: _shortened(b, "quotes", 35), False),
        (lambda b: _dropped(b, "quotes", 1), True),
        (lambda b: _dropped(b, "facts", 4), True),
        (lambda b: _title(b, 30), False),
        (lambda b: _shortened(b, "facts", 32), False),
        (lambda b: _shortened(b, "summary", 32), False),
        (lambda b: _dropped(b, "facts", MIN_FACTS), True),
        (lambda b: _dropped(b, "quotes", 0), True),
        (lambda b: _dropped(b, "summary", 1), True),
        (lambda b: _shortened(b, "facts", 22), False),
        (lambda b: _shortened(b, "summary", 24), False),
        (lambda b: _title(b, 16), False),
        (lambda b: _dropped(b, "facts", 1), True),
    ]
    current = brief
    for step, repeat in plan:
        while True:
            smaller = step(current)
            if smaller is None:
                break
            current = smaller
            yield _count_shortened(brief, current)
            if not repeat:
                break


def fit_pages(brief: Brief, max_pages: int,
              render: Callable[[Brief], tuple[bytes, int]]) -> tuple[Brief, bytes]:
    """The largest trimmed version of ``brief`` whose PDF has at most ``max_pages`` pages.

    ``render`` turns a brief into (PDF bytes, page count). Raises RenderError if even the
    smallest version does not fit (e.g. a custom stylesheet with huge type).
    """
    pdf, pages = render(brief)
    if pages <= max_pages:
        return brief, pdf
    for smaller in trim_steps(brief):
        pdf, pages = render(smaller)
        if pages <= max_pages:
            return smaller, pdf
    raise RenderError(f"the {brief.template!r} brief does not fit on {max_pages} page(s) even after "
                      f"trimming (it still takes {pages}); check the audience's extra_css and page size")
