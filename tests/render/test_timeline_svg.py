"""The analyst timeline graphic: an SVG drawn from the brief's dated events."""

from __future__ import annotations

import itertools
import re

from briefgen.models import BriefEvent
from briefgen.render.environment import timeline_svg


def ev(date: str, precision: str = "day") -> BriefEvent:
    return BriefEvent(date=date, precision=precision, label=date, text="x")  # type: ignore[arg-type]


def markers(svg: str) -> list[tuple[float, str]]:
    xs = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)]
    labels = re.findall(r'font-weight="700" fill="#ffffff" text-anchor="middle">(\d+)</text>', svg)
    return list(zip(xs, labels, strict=True))


def test_time_scale_places_events_by_date() -> None:
    svg = str(timeline_svg([ev("2024-01-01"), ev("2024-02-01"), ev("2024-12-01"), ev("2024-06", "month")]))
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    pts = dict((label, x) for x, label in markers(svg))
    assert pts["1"] < pts["2"] < pts["4"] < pts["3"]
    # December is much further from February than February from January: a real time scale
    assert (pts["3"] - pts["2"]) > 5 * (pts["2"] - pts["1"])
    assert "not to scale" not in svg


def test_bunched_events_fall_back_to_date_order() -> None:
    events = [ev("1990-01-01"), *[ev(f"2025-03-{d:02d}") for d in range(1, 9)]]
    svg = str(timeline_svg(events))
    xs = [x for x, _ in markers(svg)]
    assert len(xs) == 9 and xs == sorted(xs)
    gaps = {round(b - a, 1) for a, b in itertools.pairwise(xs)}
    assert len(gaps) == 1  # evenly spaced
    assert "not to scale" in svg


def test_no_dated_events_draws_nothing() -> None:
    assert str(timeline_svg([])) == ""
    assert str(timeline_svg([ev("sometime")])) == ""


def test_labels_are_escaped() -> None:
    e = BriefEvent(date="2025-03-09", precision="day", label="<b>x</b>", text="x")
    svg = str(timeline_svg([ev("1990-01-01"), *[ev(f"2025-03-{d:02d}") for d in range(1, 9)], e]))
    assert "not to scale" in svg  # the mode that prints labels
    assert "<b>" not in svg and "&lt;b&gt;x&lt;/b&gt;" in svg


def test_ordinal_labels_never_overlap() -> None:
    import re as _re

    from briefgen.render.environment import _text_width

    events = [ev("1990-01-01"), *[BriefEvent(date=f"2025-03-{d:02d}", precision="day", label=f"{d} March 2025",
                                             text="x") for d in range(1, 15)]]
    svg = str(timeline_svg(events))
    assert "not to scale" in svg
    labels = [(float(x), float(y), t) for x, y, t in
              _re.findall(r'<text x="([\d.]+)" y="([\d.]+)"[^>]*font-size="8.5"[^>]*>([^<]+)</text>', svg)]
    assert labels, "some labels are drawn"
    for row in {y for _, y, _ in labels}:
        spans = sorted((x - _text_width(t, 8.5) / 2, x + _text_width(t, 8.5) / 2) for x, y, t in labels if y == row)
        assert all(a[1] < b[0] for a, b in itertools.pairwise(spans)), spans
