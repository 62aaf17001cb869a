"""The sent log: which brief (sha256 of the PDF) went to which address, and when.

One JSON object per line in ``sent.jsonl`` under the user data dir
(``$BRIEFGEN_DATA_DIR`` if set, else platformdirs' ``user_data_dir("briefgen")``).
Appending a line is the only write, so an interrupted run loses at most its last record.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from pathlib import Path

from briefgen.errors import DeliveryError

log = logging.getLogger(__name__)

FILE_NAME = "sent.jsonl"


def data_dir() -> Path:
    """``$BRIEFGEN_DATA_DIR``, else the platform's user data dir for briefgen."""
    env = os.environ.get("BRIEFGEN_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("briefgen"))


class SentLog:
    """Lookup and append for the sent log at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._keys: set[tuple[str, str]] | None = None

    @classmethod
    def default(cls) -> SentLog:
        """The log in the user data dir."""
        return cls(data_dir() / FILE_NAME)

    def _load(self) -> set[tuple[str, str]]:
        if self._keys is not None:
            return self._keys
        keys: set[tuple[str, str]] = set()
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            lines = []
        except OSError as exc:
            raise DeliveryError(f"{self.path}: cannot read the sent log ({exc.strerror})") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                keys.add((str(rec["sha256"]), str(rec["recipient"]).lower()))
            except (ValueError, KeyError, TypeError):
                log.warning("%s:%d: skipping an unreadable sent-log line", self.path, number)
        self._keys = keys
        return keys

    def was_sent(self, sha256: str, recipient: str) -> bool:
        """True if this brief already went to this address (``recipient`` is an addr-spec)."""
        return (sha256, recipient.lower()) in self._load()

    def record(self, sha256: str, recipient: str, *, subject: str = "", file: str = "") -> None:
        """Append one delivery."""
        rec = {
            "sha256": sha256,
            "recipient": recipient.lower(),
            "sent_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "subject": subject,
            "file": file,
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise DeliveryError(
                f"{self.path}: cannot write the sent log ({exc.strerror}); "
                "set BRIEFGEN_DATA_DIR to a writable folder"
            ) from None
        self._load().add((sha256, recipient.lower()))
