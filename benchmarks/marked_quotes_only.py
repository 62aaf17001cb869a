"""Run ``briefgen`` and drop indirect quotes from ``extract`` output, for scoring.

    python ../shared/eval/quotes_eval.py --cmd "python benchmarks/marked_quotes_only.py"

The PolNeAR gold marks only text inside quote marks, so reported speech
(``kind: indirect``, which briefgen extracts on purpose) can only count as a false
positive there. This wrapper scores direct and partial quotes on their own; it changes
nothing else in the output. Any arguments are passed to ``python -m briefgen``.
"""

from __future__ import annotations

import json
import subprocess
import sys


def main() -> int:
    """Pass the arguments to briefgen and filter each JSON line's quotes."""
    run = subprocess.run([sys.executable, "-m", "briefgen", *sys.argv[1:]],
                         capture_output=True, text=True, check=False)
    for line in run.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            record["quotes"] = [q for q in record.get("quotes") or []
                                if q.get("kind") != "indirect"]
            line = json.dumps(record, ensure_ascii=False)
        print(line)
    sys.stderr.write(run.stderr)
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
