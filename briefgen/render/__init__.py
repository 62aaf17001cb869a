"""Brief -> HTML (Jinja) -> PDF (WeasyPrint, locked down)."""
