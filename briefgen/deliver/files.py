"""Atomic file writes: a failed run never leaves a partial brief behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from briefgen.errors import DeliveryError


def check_writable(path: Path) -> None:
    """Fail early, before any work, if ``path`` cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise DeliveryError(f"{path}: is a folder; give a file name such as {path / 'brief.pdf'}")
    if not folder.is_dir():
        raise DeliveryError(f"{path}: folder {folder} does not exist; create it or choose another -o path")
    if not os.access(folder, os.W_OK):
        raise DeliveryError(f"{path}: folder {folder} is not writable; choose another -o path")
    if path.exists() and not os.access(path, os.W_OK):
        raise DeliveryError(f"{path}: file exists and is not writable; choose another -o path")


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write to a temporary file in the same folder, then rename it into place."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise DeliveryError(f"{path}: cannot write ({exc.strerror}); choose another -o path") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise DeliveryError(f"{path}: cannot write ({exc.strerror}); choose another -o path") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path
