"""Two short invented articles for the notice tests: one in German, which briefgen cannot
read, and one in English on another story (written by the project)."""

from __future__ import annotations

from pathlib import Path

GERMAN = """Stadtrat beschließt neue Brücke über den Fluss

Von Lena Hofmann

Der Stadtrat von Kellbach hat am Dienstag beschlossen, die alte Fähre über den Fluss bis zum Ende des nächsten Jahres durch eine neue Brücke zu ersetzen, wie ein Sprecher der Stadt mitteilte.

Die Kosten für den Bau werden auf etwa zwölf Millionen Euro geschätzt, von denen das Land den größten Teil übernehmen soll, sagte Bürgermeisterin Petra Wendt bei einer Versammlung der Anwohner.

„Das ist ein guter Tag für alle, die jeden Morgen an der Fähre warten müssen“, sagte Wendt. Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern.

Anwohner hatten sich seit Jahren über die langen Wartezeiten an der Fähre beschwert und eine Lösung für die Pendler verlangt, die jeden Tag in die Stadt fahren. Die Fähre wird bis zur Eröffnung der Brücke weiter fahren.
"""

ENGLISH = """Harbour town approves new sea wall after winter storms

By Tom Avery

The council of Port Elwyn voted on Tuesday to build a new sea wall along the harbour front after three winter storms flooded more than 200 homes, the council's leader said.

The wall is expected to cost 18 million pounds, most of which the national flood agency has agreed to pay, council leader Mara Quinn told a meeting of residents.

"This is the protection this town has waited thirty years for," Quinn said. Work is due to begin in April and to take about two years.

Residents had asked for years for better defences after a storm in 2019 damaged the lifeboat station and closed the harbour road for a month. The old wall, built in 1952, will stay in place until the new one is finished.
"""

#: What a brief of the German article alone says about it, and a brief of both (it is source 2).
ALONE = ("This source is in German: briefgen reads English only, so no facts, quotes, people "
         "or dates are taken from it.")
SECOND = ("Source 2 is in German: briefgen reads English only, so no facts, quotes, people "
          "or dates are taken from it.")


def write_articles(folder: Path) -> tuple[Path, Path]:
    """(English, German) article files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    en, de = folder / "sea-wall.txt", folder / "bruecke.txt"
    en.write_text(ENGLISH, encoding="utf-8")
    de.write_text(GERMAN, encoding="utf-8")
    return en, de
