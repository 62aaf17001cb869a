"""``briefgen brief --each``: one brief per article, with a progress bar and a summary."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from briefgen.cli._options import check_templates_dir
from briefgen.cli._state import errors
from briefgen.errors import UsageError

if TYPE_CHECKING:
    from briefgen.batch import BatchReport, BriefOutcome


def check_options(output: Path | None, title: str | None, email: str | None) -> None:
    """Options that make no sense with --each fail before any work."""
    if output is not None and output.suffix.lower() in (".pdf", ".html", ".htm") and not output.is_dir():
        raise UsageError(f"-o {output}: with --each, -o names a folder (one brief per article goes in it)")
    if title is not None:
        raise UsageError("--title gives one brief its title; with --each every brief takes its article's")
    if email is not None:
        raise UsageError("--email sends one brief; with --each, send the briefs with briefgen send")


def run_each(sources: Sequence[str], output: Path | None, *, fmt: str | None, audience: str | None,
             template: str | None, templates_dir: Path | None, config: Path | None, save_json: bool,
             pdf_variant: str | None, no_cache: bool, jobs: int | None, scheduler: str | None) -> None:
    """Make the briefs, show progress on a terminal, print the summary, exit 1 if any failed."""
    from briefgen.config import load_settings

    with errors():
        settings = load_settings(config)
        outdir = output or settings.output.folder or Path(".")
        from briefgen.pipeline import parse_formats

        # the same checks and messages as without --each
        wanted = parse_formats(fmt, None) or list(settings.output.formats)
        check_templates_dir(templates_dir)
        if jobs is not None and jobs < 0:
            raise UsageError("--jobs must be 0 (render in the main process) or more")
        started = time.perf_counter()
        with _Progress() as progress:
            kwargs = dict(audience=audience, formats=wanted, template=template,
                          template_dirs=[templates_dir], pdf_variant=pdf_variant, save_json=save_json,
                          use_cache=not no_cache, on_outcome=progress.outcome, on_total=progress.total)
            if scheduler:
                from briefgen.cluster import make_each_on_cluster

                report = make_each_on_cluster(scheduler, sources, settings, outdir, **kwargs)  # type: ignore[arg-type]
            else:
                from briefgen.batch import make_each

                report = make_each(sources, settings, outdir, jobs=jobs, **kwargs)  # type: ignore[arg-type]
    _summary(report, outdir, time.perf_counter() - started)
    if not report.ok:
        raise typer.Exit(1)


def _summary(report: BatchReport, outdir: Path, secs: float) -> None:
    for failure in sorted(report.failures, key=lambda o: o.index):
        typer.echo(f"briefgen: error: {failure.error}", err=True)
    rate = f", {report.total / secs:.2f} articles/s" if secs > 0 and report.total else ""
    parsed = f"; {report.cached} read from the cache" if report.cached else ""
    typer.echo(f"briefgen: made {report.made} of {report.total} briefs in {outdir} "
               f"({len(report.failures)} failed) in {secs:.1f} s{rate}{parsed}", err=True)


class _Progress:
    """A rich progress bar on stderr when it is a terminal; else nothing. Writes each
    brief's path to stdout as it is made."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.task: Any = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(TextColumn("briefs"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[failed]} failed"), TimeRemainingColumn(),
                                console=Console(stderr=True), transient=True)

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.__enter__()
            self.task = self.bar.add_task("briefs", total=None, failed=0)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)

    def total(self, n: int) -> None:
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, total=n)

    def outcome(self, outcome: BriefOutcome) -> None:
        for path in outcome.written:
            typer.echo(f"wrote {path}")
        if self.bar is not None and self.task is not None:
            failed = self.bar.tasks[0].fields["failed"] + (not outcome.ok)
            self.bar.update(self.task, advance=1, failed=failed)
