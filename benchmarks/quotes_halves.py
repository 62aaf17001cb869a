"""Score the two halves of the PolNeAR dev split apart, from kept predictions.

    python ../shared/eval/quotes_eval.py --keep /tmp/qe
    python benchmarks/quotes_halves.py /tmp/qe

The split is by article (``doc_id``), fixed and blind to content: an article is in half
A when the first hex digit of the MD5 of its ``doc_id`` is below 8, else in half B.
Quote rules are written looking at half A only and checked on half B; both figures
should agree within 0.02. Prints ``half=A ...`` and ``half=B ...`` lines in the scorer's
terms (``quote_f1``, ``speaker_acc``, ``e2e_f1``).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
GOLD = ROOT.parent / "shared" / "corpus" / "quotes" / "dev.jsonl"


def half_of(doc_id: str) -> str:
    """'A' or 'B' for one article, from the hash of its id."""
    return "A" if int(hashlib.md5(doc_id.encode()).hexdigest()[0], 16) < 8 else "B"


def main(argv: list[str]) -> int:
    """Split the gold and the kept predictions by article and score each half."""
    sys.path.insert(0, str(EVAL))
    import quotes_score  # type: ignore[import-not-found]

    kept = Path(argv[0])
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = {json.loads(line)["id"]: line for line in
             (kept / "pred.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    tmp = Path(tempfile.mkdtemp(prefix="quotes-halves-"))
    for h in ("A", "B"):
        recs = [r for r in gold if half_of(r.get("doc_id", r["id"])) == h]
        g, p = tmp / f"gold{h}.jsonl", tmp / f"pred{h}.jsonl"
        g.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
        p.write_text("".join(preds[r["id"]] + "\n" for r in recs if r["id"] in preds), encoding="utf-8")
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            quotes_score.main([str(g), str(p), "--lenient-unknown"])
        last = buf.getvalue().rstrip().splitlines()[-1]
        docs = len({r.get("doc_id") for r in recs})
        print(f"half={h} articles={docs} paragraphs={len(recs)} {last}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
