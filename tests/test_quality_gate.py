"""Quality gate: the shared evaluation corpora, scored by the shared scripts, against pinned floors.

These run `briefgen extract` over ../shared/corpus the way the evaluation does and fail
when a score falls below its floor (set a little under what main scores, so a real
regression fails and noise does not). The corpora are never copied into the project:
where ../shared is not beside the checkout, the gate is skipped and says so.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import SHARED

EVAL = SHARED / "eval"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (EVAL / "quotes_eval.py").is_file(),
                       reason="../shared/eval is not beside the project"),
]
CMD = f"{sys.executable} -m briefgen"


def scores(script: str, *args: str) -> dict[str, float]:
    run = subprocess.run([sys.executable, str(EVAL / script), "--cmd", CMD, *args],
                         capture_output=True, text=True, timeout=900)
    last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else ""
    found = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", last)}
    assert found, f"{script} printed no scores: {run.stdout[-500:]} {run.stderr[-500:]}"
    return found


def test_seed_article() -> None:
    run = subprocess.run([sys.executable, str(EVAL / "seed_check.py"), "--cmd", CMD],
                         capture_output=True, text=True, timeout=300)
    failed = [ln for ln in run.stdout.splitlines() if ln.startswith("FAIL")]
    assert run.returncode == 0 and not failed, failed


def test_quotes_polnear_dev() -> None:
    s = scores("quotes_eval.py")
    # 0.968 / 0.966 / 0.946 after qgapb (0.968 / 0.960 / 0.942 before)
    assert s["quote_f1"] >= 0.965 and s["speaker_acc"] >= 0.962 and s["e2e_f1"] >= 0.942, s


def test_html_article_bodies() -> None:
    s = scores("html_eval.py")
    assert s["html_f1"] >= 0.978, s  # 0.981 on the dev pages


def test_pasted_article_bodies() -> None:
    s = scores("pasted_eval.py")
    # 0.967 / 0.965 / 0.969 after pastedrel (labelled link lists; 0.965 / 0.961 / 0.968 before)
    assert s["pasted_f1"] >= 0.962 and s["precision"] >= 0.96, s


def test_key_facts_beat_lead_3() -> None:
    pytest.importorskip("rouge_score", reason="the facts scorer needs rouge-score (pip install rouge-score)")
    s = scores("facts_eval.py")
    # 31.01/11.59/27.62 on 2026-11-30 (summary3; 30.88/11.44/27.54 before); lead-3: 29.1/10.9/25.6
    # 31.13/11.64/27.72 after rpool2 (quote state by the mark's place, glued datelines)
    # 31.37/11.83/27.90 after rank6 (descriptions, scene-setting openers, officials' next steps)
    # 31.32/11.91/27.86 after reader7 (the reader as a clause's subject is no fact; the
    # R-1 lost is the CNN Student News line "On this page you will find ...")
    # 31.34/12.00/27.93 after claim8 (a claim in reported speech with a named source, x1.1)
    # 31.33/11.93/27.86 after compress8 (a trim keeps a clause giving the reason); both
    # merged: 31.36/12.00/27.93
    # 31.32/11.97/27.88 after round 11 (tl11: a bare surname gets no bracketed full name when
    # the article names two people of that surname and nothing says which; the glued
    # dateline split off plain text). Even/odd 30.74/32.05 stay over lead-3 + 1.5.
    # 30.67/11.46/27.39 after round 12 (furniture and broken lines out of the facts): the
    # highlights of six CNN Student News pages repeat the page's "comment on the bottom of
    # this page ..." instruction (-0.47 R-1), and CNN's highlights echo the related-story
    # headlines run into the text ("... guilty in 'American Sniper' case .", -0.09); both
    # are page furniture a reader must not get as a key fact. Even/odd 29.92/31.50 against
    # lead-3 28.61/29.20 (the even half's margin is 1.31, under the 1.5).
    # 30.62/11.44/27.36 after round 12b: a line cut by the parser after a title's
    # abbreviation ("... on July 13, Sgt.") and lines that lost their statement (": .") go.
    assert s["rouge1"] >= 30.55 and s["rouge2"] >= 11.4 and s["rougeL"] >= 27.3, s


def test_briefs_as_a_reader_sees_them() -> None:
    # 25 dev pages with brief gold: what a careful reader would see wrong on each page
    # (1.76 visible errors a brief, speaker 0.931, role 0.803, actor_p 0.909 at the time)
    s = scores("briefs_eval.py", "--jobs", "2")
    assert s["failed"] == 0 and s["visible_errors_per_brief"] <= 0.7, s  # 0.60 after wrongact (0.76 before)
    # role 0.859 after roles3 (0.838 before)
    assert s["speaker_acc"] >= 0.945 and s["role_acc"] >= 0.85 and s["quote_p"] >= 0.95, s
    assert s["printed_quote_err"] <= 0.05, s  # 0.046 (speaker 0.956, quote_p 0.960) on 2026-11-30
    # actor_p 0.984 after wrongact (countries as the article writes them, topics no place; 0.972 before)
    # timeline 1.000 after tl7 (a row is a clause in the writer's words; 0.992 before)
    assert s["actor_p"] >= 0.975 and s["actor_type_acc"] >= 0.98 and s["timeline_acc"] >= 0.995, s
    assert s["central_r"] >= 0.945 and s["actor_dups"] == 0, s  # 0.972 / 0.992 / 0.992 / 0.927 / 0 (actors4)
    # central 0.943 after central4 (the headline as a salience signal, public offices whole);
    # 0.951 after moon (a heavenly body written as a name is the scene)
    assert s["actor_role_acc"] >= 0.80, s  # 0.811 html after aroles (0.784 after roles3, 0.743 before)
    assert s["future_past"] == 0 and s["leaks"] == 0 and s["fig_bare"] <= 0.02, s
    assert s["standalone"] >= 0.98 and s["meta_acc"] >= 0.965, s  # 0.97 after wrongact (0.96 before)
    # the summary and first five facts against the gold bottom line (52.74 on 2026-11-30,
    # summary3; 51.84 before; 52.80 after rcut's cuts of asides; 53.05 after rank6)
    # 53.57 after claim8 (reported speech with a named source ranks x1.1; 53.09 before);
    # 53.27 after compress8 alone (a trim keeps a clause giving the reason); both: 53.75;
    # 53.78 after sa9 (bare surnames named; leaning lines out of the summary); quote error
    # 0.041 after qsel9 (7 fewer right quotes printed on half B, no new wrong one)
    # 53.89 after def9 (an unintroduced 'The X ...' key fact gives way to the next line)
    # 54.15 after rouge10 (a policy brief prints a trimmed fact's whole sentence)
    # 54.28 after rouge11b (a relative day and a full name printed once per brief)
    # 54.18 after round 12: html ingest keeps a linked phrase in the middle of a sentence
    # ("X has reported that the NFL will fine Y for ..."), so one page's brief now equals
    # its pasted brief and a whole sentence outranks a line the gold shares more words with
    assert s["rouge1"] >= 54.15 and s["printed_quote_err"] <= 0.042, s  # + rpool: sourced claims


def test_briefs_from_pasted_text() -> None:
    # the same 25 pages as a browser's select-all + copy: source details read from the
    # text alone (0.90 at the time), and no page furniture printed as a fact
    s = scores("briefs_eval.py", "--input", "pasted", "--jobs", "2")
    # meta 0.92, visible 0.88 after wrongact (the outlet, not the owner on the copyright line; 0.90 / 1.08 before)
    assert s["failed"] == 0 and s["leaks"] == 0 and s["meta_acc"] >= 0.91, s
    assert s["visible_errors_per_brief"] <= 1.0, s
    # speaker 0.944, printed_quote_err 0.046 on 2026-11-30 (0.925 / 0.073 before quotes3);
    # speaker 0.950 after quotes5 (pull quotes)
    assert s["speaker_acc"] >= 0.945 and s["printed_quote_err"] <= 0.05, s
    # roles from pasted text: 0.854 / 0.777 after roles3 and the quoted-lead fix (0.806 / 0.736 before);
    # actor roles 0.797 after aroles
    assert s["role_acc"] >= 0.85 and s["actor_role_acc"] >= 0.79, s
    assert s["actor_p"] >= 0.97 and s["actor_dups"] == 0, s  # 0.976 / 0 (wrongact; 0.964 before)
    assert s["central_r"] >= 0.945, s  # 0.951 after moon; 0.943 after central4 (0.927 before)
    # 51.91 after pastedrel (link lists out of the body; 51.86 before); 52.99 after lead6
    # (a story's lead above a crosshead or widget line is no standfirst); rank6 alone 52.06
    # 53.36 after claim8 (53.23 before); 53.32 after compress8 alone (a trim keeps a
    # clause giving the reason); both: 53.45; 53.51 after sa9; 53.58 after def9; 53.78
    # after rouge10 (whole sentences in the policy brief); 53.89 after rouge11b
    assert s["rouge1"] >= 53.85 and s["printed_quote_err"] <= 0.042, s  # 51.68 after rcut, + rpool (51.56 summary3; 51.17 before)
