"""Briefs through a dask.distributed cluster: a scheduler and two worker processes on
127.0.0.1, started by the test (needs the ``dask`` extra, which ``.[test]`` installs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("distributed", reason="the dask extra is not installed: pip install -e '.[test]' (or '.[dask]')")

from briefgen.cli import app
from briefgen.cluster import extract_on_cluster
from briefgen.config import load_settings
from briefgen.models import Extraction
from briefgen.pipeline import SourceFailure
from tests.batch_articles import write_articles
from tests.conftest import pdf_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A local cluster: two worker processes with one thread each, on 127.0.0.1 only."""
    import os

    from distributed import LocalCluster

    # the workers inherit this process's environment: keep their cache in the test folder
    saved = os.environ.get("BRIEFGEN_CACHE_DIR")
    os.environ["BRIEFGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("cluster-cache"))
    try:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, worker_dashboard_address=None)
    finally:
        if saved is None:
            os.environ.pop("BRIEFGEN_CACHE_DIR", None)
        else:
            os.environ["BRIEFGEN_CACHE_DIR"] = saved
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_briefs_through_the_cluster_are_written_here(scheduler: str, tmp_path: Path) -> None:
    src = tmp_path / "in"
    paths = write_articles(src)
    (src / "broken.html").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(app, ["brief", "--each", str(src), "-o", str(out), "--scheduler", scheduler])
    assert result.exit_code == 1, result.stderr
    assert "broken.html: this is binary data" in result.stderr
    assert "made 3 of 4 briefs" in result.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 3
    text = " ".join(pdf_text(p)[0] for p in pdfs)
    for p in paths:
        title = p.read_text(encoding="utf-8").split("\n", 1)[0]
        assert title in text


def test_extractions_come_back_in_input_order(scheduler: str, tmp_path: Path) -> None:
    paths = [str(p) for p in write_articles(tmp_path / "in")]
    sources = [paths[0], str(tmp_path / "missing.txt"), paths[1], paths[2]]
    results = list(extract_on_cluster(scheduler, sources, load_settings()))
    assert [type(r) for r in results] == [Extraction, SourceFailure, Extraction, Extraction]
    assert [r.article.source for r in results if isinstance(r, Extraction)] == [paths[0], paths[1], paths[2]]
    assert all(r.facts for r in results if isinstance(r, Extraction))
    assert "missing.txt: no such file" in results[1].error  # type: ignore[union-attr]


def test_an_unreachable_scheduler_is_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.cluster

    monkeypatch.setattr(briefgen.cluster, "CONNECT_TIMEOUT", "2s")
    src = write_articles(tmp_path / "in")[0]
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(app, ["brief", "--each", str(src), "-o", str(out),
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the dask scheduler" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
