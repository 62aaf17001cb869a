"""An invented news article (a city closing its coal heating plant) that the ingest tests
wrap in the furniture of pasted text and of saved HTML pages."""

from __future__ import annotations

LEAD = ("The city of Norrvik will close its last coal-fired heating plant next spring, two "
        "years ahead of plan, the municipal energy company said on Monday.")
#: The article's paragraphs, in order.
PARAGRAPHS = [
    LEAD,
    "The plant, built in 1968, heats about 12,000 homes. It will be replaced by a heat pump "
    "station on the harbour front and a biomass boiler that burns forestry waste.",
    "\u201cWe can finally stop shipping coal across the Baltic,\u201d said Karin Lund, the "
    "company's chief executive, adding that heating bills would not rise.",
    "Environmental groups welcomed the decision but said the biomass boiler should only be "
    "a stopgap until more heat pumps are installed.",
    "The council will vote on the final budget for the heat pump station in January.",
]
