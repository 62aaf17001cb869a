"""Options shared by the commands that write briefs (``brief``, ``render``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Output file (.pdf or .html). Default: named from the title and date, in the current folder.")]
FormatOpt = Annotated[str | None, typer.Option("--format", "-f", help="Formats to write: pdf, html or pdf,html (default: from -o, else the config).")]
AudienceOpt = Annotated[str | None, typer.Option("--audience", "-a", help="Audience from the config (e.g. policy, executive, analyst, press).")]
TemplatesOpt = Annotated[Path | None, typer.Option("--templates", help="Folder searched first for templates.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="Config file layered over the project's briefgen.yaml.")]
SaveJsonOpt = Annotated[bool, typer.Option("--save-json", help="Also write the composed brief as JSON beside the output.")]
EmailOpt = Annotated[str | None, typer.Option("--email", help="Email the PDF to these groups/addresses (comma-separated); alone, to the audience's email_groups.", show_default=False)]
BccOpt = Annotated[bool, typer.Option("--bcc", help="With --email: one message with every recipient in Bcc.")]
EmailDryRunOpt = Annotated[Path | None, typer.Option("--email-dry-run", help="With --email: write .eml files to this folder instead of sending.", show_default=False)]
TestRecipientOpt = Annotated[str | None, typer.Option("--test-recipient", help="With --email: send every message to this one address instead.", show_default=False)]
ResendOpt = Annotated[bool, typer.Option("--resend", help="With --email: send even to people who already got this brief.")]
InsecureOpt = Annotated[bool, typer.Option("--insecure", help="With --email: do not verify the SMTP server's TLS certificate (test servers only).")]
PdfVariantOpt = Annotated[str | None, typer.Option("--pdf-variant", help="Archival PDF, e.g. pdf/a-3b (default: output.pdf_variant in the config).")]


def check_templates_dir(templates_dir: Path | None) -> None:
    """A usage error for a --templates folder that does not exist."""
    from briefgen.errors import UsageError

    if templates_dir is not None and not templates_dir.is_dir():
        raise UsageError(f"--templates {templates_dir}: no such folder")
