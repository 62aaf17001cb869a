"""Short invented articles for the batch, cache and cluster tests (written by the project)."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "harbour.txt": (
        "Port of Kelmarsh to double its container berths by 2027\n\n"
        "Published 3 March 2025\n\n"
        "The Port of Kelmarsh will double its container berths by 2027, the harbour board said "
        "on Monday, after approving a plan worth 410 million euros.\n\n"
        "\"This is the largest investment in the harbour for fifty years,\" said Ingrid Holm, "
        "the board's chair. She said work would start in the autumn.\n\n"
        "Shipping lines have complained for years that ships wait up to three days for a berth. "
        "The regional government will pay a third of the cost.\n"
    ),
    "rail.txt": (
        "Northern rail strike called off after pay deal\n\n"
        "Published 4 March 2025\n\n"
        "A strike that would have stopped trains across the northern network was called off "
        "on Tuesday after the union accepted a pay rise of 6 per cent over two years.\n\n"
        "\"Our members have been heard,\" said Tomas Brandt, the union's general secretary. "
        "The operator said services would run normally from Wednesday.\n\n"
        "The dispute began in November, when drivers rejected an offer of 3 per cent.\n"
    ),
    "library.txt": (
        "City opens its first library run entirely by volunteers\n\n"
        "Published 5 March 2025\n\n"
        "Lindenfeld opened its first library run entirely by volunteers on Wednesday, in a "
        "former bank building that had stood empty since 2019.\n\n"
        "\"People told us nobody would give up their Saturdays, and they were wrong,\" said "
        "Amira Osei, who organised the 140 volunteers. The library holds 12,000 books.\n\n"
        "The council closed three branch libraries in 2023 to save money.\n"
    ),
}


def write_articles(folder: Path) -> list[Path]:
    """Write the articles into ``folder``; return their paths in name order."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder / name for name in ARTICLES)
