"""The built wheel carries templates, styles and fonts: a brief made away from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import EXAMPLES, ROOT, pdf_text


def test_wheel_makes_a_brief_outside_the_source_tree(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(dist), str(ROOT)], check=True, capture_output=True)
    wheel = next(dist.glob("briefgen-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefgen/_data/templates/policy.html.j2" in names
    assert "briefgen/_data/styles/brief.css" in names

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    article = work / "article.txt"
    article.write_text((EXAMPLES / "baltic-follow-up.txt").read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = subprocess.run(
        [sys.executable, "-c", "import briefgen, briefgen.resources as r; "
         "print(briefgen.__file__); print(r.data_dir('templates'))"],
        cwd=work, env=env, check=True, capture_output=True, text=True)
    module, templates = probe.stdout.split()
    assert module.startswith(str(target)) and templates.startswith(str(target))
    out = work / "brief.pdf"
    run = subprocess.run([sys.executable, "-m", "briefgen", "brief", str(article), "-o", str(out)],
                         cwd=work, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    text, pages = pdf_text(out)
    assert "Nato ministers back study of Baltic air shield" in text and pages >= 1
