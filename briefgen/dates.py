"""Month and weekday names, shared by the dateline reader (ingest) and the timeline."""

from __future__ import annotations

import calendar
import datetime as dt

#: "january", "jan", "sept" ... -> 1..12
MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

#: "monday" ... -> 0..6
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}

#: A regex alternation of the month names, longest first (so "june" wins over "jun").
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))


def day_ahead(published: dt.date | None, stamped: dt.datetime | None) -> dt.date | None:
    """The day after ``published`` when the page's time stamp shows the story already out
    on it, or None.

    A page dated by its own (American) day in the evening is stamped, in UTC or at its
    own offset, on the next day: 02:34Z on Tuesday is Monday evening in New York and
    Tuesday morning in Europe and Asia, where a story of "early trading Tuesday" is
    written. On such a page a bare "Tuesday" is that day, not the Tuesday six days
    before.
    """
    if published is None or stamped is None or stamped.tzinfo is None:
        return None
    nxt = published + dt.timedelta(days=1)
    days = {stamped.date(), stamped.astimezone(dt.UTC).date()}
    return nxt if nxt in days else None
