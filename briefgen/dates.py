"""Month and weekday names, shared by the dateline reader (ingest) and the timeline."""

from __future__ import annotations

import calendar

#: "january", "jan", "sept" ... -> 1..12
MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

#: "monday" ... -> 0..6
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}

#: A regex alternation of the month names, longest first (so "june" wins over "jun").
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))
