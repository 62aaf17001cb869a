"""``briefgen draft`` and ``briefgen render``: review a brief before it goes out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefgen.cli._options import (
    AudienceOpt,
    BccOpt,
    ConfigOpt,
    EmailDryRunOpt,
    EmailOpt,
    FormatOpt,
    InsecureOpt,
    OutputOpt,
    PdfVariantOpt,
    ResendOpt,
    SaveJsonOpt,
    TemplatesOpt,
    TestRecipientOpt,
    check_templates_dir,
)
from briefgen.cli._state import errors
from briefgen.errors import UsageError


def draft_cmd(
    sources: Annotated[list[str], typer.Argument(help="Articles: .txt/.md/.html files, URLs, @list.txt, or - for stdin.", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The draft to write (.yaml).")] = Path("draft.yaml"),
    audience: AudienceOpt = None,
    title: Annotated[str | None, typer.Option("--title", help="Brief title (default: the first article's headline).")] = None,
    config: ConfigOpt = None,
) -> None:
    """Write the composed brief as a YAML draft to check and edit before it goes out.

    Edit it in any editor (delete, reorder or rewrite items, add lines of your own),
    then make the brief with 'briefgen render DRAFT -o brief.pdf'. The draft keeps the
    text of every source, so a render can prove each quote is still verbatim.
    """
    from briefgen.config import load_settings
    from briefgen.deliver.files import check_not_inputs, check_writable, write_atomic
    from briefgen.draft import draft_yaml
    from briefgen.pipeline import compose_sources

    with errors():
        if output.suffix.lower() not in {".yaml", ".yml"}:
            raise UsageError(f"{output}: a draft is a .yaml file; use -o NAME.yaml")
        check_writable(output)
        check_not_inputs([output], sources)
        settings = load_settings(config)
        brief, extractions, failures = compose_sources(sources, settings, audience=audience, title=title)
        write_atomic(output, draft_yaml(brief, extractions, output.name))
    for failure in failures:
        typer.echo(f"briefgen: error: {failure.error}", err=True)
    typer.echo(f"wrote {output}")
    if failures:
        raise typer.Exit(1)


def render_cmd(
    draft: Annotated[Path, typer.Argument(help="The draft (.yaml) that 'briefgen draft' wrote, edited or not.", show_default=False)],
    output: OutputOpt = None,
    fmt: FormatOpt = None,
    audience: AudienceOpt = None,
    templates_dir: TemplatesOpt = None,
    config: ConfigOpt = None,
    paraphrase: Annotated[bool, typer.Option("--paraphrase", help="Print a quote whose words were edited as a paraphrase, without quote marks, instead of refusing the draft.")] = False,
    save_json: SaveJsonOpt = False,
    email: EmailOpt = None,
    bcc: BccOpt = False,
    email_dry_run: EmailDryRunOpt = None,
    test_recipient: TestRecipientOpt = None,
    resend: ResendOpt = False,
    insecure: InsecureOpt = False,
    pdf_variant: PdfVariantOpt = None,
) -> None:
    """Make the brief (PDF and/or HTML, and email) from an edited draft.

    The brief follows the draft: deleted items stay out, reordered items keep the new
    order, lines without a source are marked as the analyst's own. A quote whose words
    are no longer in its source is refused, naming the item, unless --paraphrase.
    With --audience, the draft's items are rendered with that audience's template,
    sections and page settings.
    """
    from briefgen.cli.brief import email_result, email_targets
    from briefgen.config import load_settings
    from briefgen.draft import load_draft
    from briefgen.pipeline import parse_formats, write_brief

    with errors():
        settings = load_settings(config)
        wanted = parse_formats(fmt, output) or list(settings.output.formats)
        targets = email_targets(settings, email, audience, wanted, bcc=bcc,
                                email_dry_run=email_dry_run, test_recipient=test_recipient,
                                resend=resend, insecure=insecure)
        check_templates_dir(templates_dir)
        brief, notes = load_draft(draft, paraphrase=paraphrase)
        if audience is not None:
            name, aud = settings.audience(audience)
            brief = brief.model_copy(update={
                "audience": name, "template": aud.template, "sections": list(aud.sections),
                "banner": aud.banner, "prepared_for": aud.prepared_for})
        for note in notes:
            typer.echo(f"briefgen: note: {note}", err=True)
        result = write_brief(brief, settings, audience=audience or brief.audience, output=output,
                             formats=wanted, template_dirs=[templates_dir], save_json=save_json,
                             pdf_variant=pdf_variant, inputs=[str(draft)])
    for path in result.written:
        typer.echo(f"wrote {path}")
    if targets and not email_result(settings, result, targets, bcc=bcc, email_dry_run=email_dry_run,
                                    test_recipient=test_recipient, resend=resend, insecure=insecure):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the commands to the app."""
    app.command("draft")(draft_cmd)
    app.command("render")(render_cmd)
