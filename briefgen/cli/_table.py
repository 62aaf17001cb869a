"""A readable rendering of one extraction record for the terminal (rich)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def print_extraction(rec: dict[str, Any]) -> None:
    """Print metadata, then one table per family."""
    console = Console(soft_wrap=False)
    console.rule(f"[bold]{rec.get('title') or rec['source']}")
    found = rec.get("found") or {}
    for key in ("title", "byline", "published", "publisher", "url"):
        value = rec.get(key)
        where = f"  [dim]({found[key]})[/dim]" if key in found else ""
        console.print(f"[bold]{key:>10}[/bold]: {value if value is not None else '[dim]not found[/dim]'}{where}")
    console.print(f"[bold]{'body':>10}[/bold]: {len(rec['body'].split())} words")
    for w in rec.get("warnings") or []:
        console.print(f"[yellow]warning[/yellow]: {w}")

    def table(title: str, cols: list[str], rows: list[list[str]]) -> None:
        if not rows:
            console.print(f"[bold]{title}[/bold]: none")
            return
        t = Table(title=title, title_justify="left", show_lines=False, expand=True)
        for c in cols:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*r)
        console.print(t)

    table("Key facts", ["score", "fact"], [[f"{f['score']:.2f}", f["text"]] for f in rec["facts"][:8]])
    table("Quotes", ["speaker", "role", "kind", "quote"],
          [[q["speaker"] or "?", q["speaker_role"] or "", q["kind"], q["text"]] for q in rec["quotes"]])
    table("Reported speech", ["speaker", "cue", "what they said"],
          [[q["speaker"] or "?", q["cue"] or "", q["text"]] for q in rec.get("reported") or []])
    table("Context", ["sentence"], [[c["text"]] for c in rec["context"][:6]])
    table("Actors", ["name", "type", "mentions", "role"],
          [[e["name"], e["label"], str(e["mentions"]), e["role"] or ""] for e in rec["entities"][:15]])
    table("Timeline", ["date", "event"], [[t["date"], t["text"]] for t in rec["timeline"]])
