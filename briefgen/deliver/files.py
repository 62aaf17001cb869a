"""Atomic file writes: a failed run never leaves a partial brief behind.

Every format of a brief (PDF, HTML, the --save-json data) is written to a temporary
file beside its target first; only when all are on disk are they renamed into place,
with SIGINT and SIGTERM held off for the renames and the old files put back if one
rename fails. So an interrupt, a kill or a full disk leaves either the old brief or the
new one, never a mix, and no ``.part`` file. A new file gets the mode the umask allows
(0644 under the usual 022, 0600 under 077); a file that is replaced keeps its mode.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
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


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def check_not_inputs(outputs: Iterable[Path], inputs: Iterable[str]) -> None:
    """Refuse to write an output over one of the sources (same path, symlink or hard link).

    ``inputs`` are the sources as given: files, ``@list`` files, folders' files, URLs.
    """
    from briefgen.ingest import expand_sources

    given = list(inputs)
    files = [s[1:] if s.startswith("@") else s for s in given]
    files += list(expand_sources(given))
    seen: dict[tuple[int, int], str] = {}
    for f in files:
        if f == "-" or "://" in f:
            continue
        if (ident := _identity(Path(f))) is not None:
            seen.setdefault(ident, f)
    for out in outputs:
        ident = _identity(out)
        if ident is not None and ident in seen:
            raise DeliveryError(f"{out}: is the source {seen[ident]}; writing the brief there would "
                                "destroy it; choose another -o path")


def _new_file_mode() -> int:
    """0o666 less the process umask: what open() would give a new file."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


_UMASK_LOCK = threading.Lock()


def _write_temp(path: Path, payload: bytes) -> str:
    """Write ``payload`` to a hidden temporary file beside ``path``; return its name."""
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
        try:
            mode = stat.S_IMODE(path.stat().st_mode)  # keep the mode of the file replaced
        except OSError:
            mode = _new_file_mode()
        os.chmod(tmp, mode)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise DeliveryError(f"{path}: cannot write ({exc.strerror}); choose another -o path") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM (main thread only) while the renames run."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def write_all(items: Sequence[tuple[Path, bytes | str]]) -> list[Path]:
    """Write every (path, data) pair atomically and together: all replaced, or none.

    Raises DeliveryError naming the file that could not be written; the old files are
    then as they were and no temporary file is left.
    """
    temps: list[str] = []
    try:
        for path, data in items:
            temps.append(_write_temp(path, data.encode("utf-8") if isinstance(data, str) else data))
        with _signals_held():
            _replace_all([p for p, _ in items], temps)
    finally:
        for tmp in temps:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return [p for p, _ in items]


def _replace_all(paths: list[Path], temps: list[str]) -> None:
    """Rename each temp over its path; if one fails, put back the files already replaced."""
    done: list[tuple[Path, str | None]] = []  # (path, backup of the old file or None)
    try:
        for path, tmp in zip(paths, temps, strict=True):
            backup = None
            if path.exists():
                backup = tmp[: -len(".part")] + ".old"
                os.link(path, backup)
            done.append((path, backup))
            os.replace(tmp, path)
    except OSError as exc:
        for path, backup in reversed(done):
            with contextlib.suppress(OSError):
                if backup is not None:
                    os.replace(backup, path)
                elif path.exists():
                    os.unlink(path)
        raise DeliveryError(f"{done[-1][0] if done else paths[0]}: cannot write ({exc.strerror}); "
                            "nothing was replaced; choose another -o path") from None
    finally:
        for _, backup in done:
            if backup is not None:
                with contextlib.suppress(OSError):
                    os.unlink(backup)


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write to a temporary file in the same folder, then rename it into place."""
    return write_all([(path, data)])[0]
