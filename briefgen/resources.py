"""Where the built-in templates, styles and fonts live (source tree or installed wheel)."""

from __future__ import annotations

import functools
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(kind: str) -> Path:
    """The built-in ``templates`` or ``styles`` folder.

    In a wheel they are force-included as ``briefgen/_data/<kind>``; in a source checkout
    (editable install, tests) they sit at the top of the repository.
    """
    installed = _PKG / "_data" / kind
    if installed.is_dir():
        return installed
    return _PKG.parent / kind


@functools.lru_cache(maxsize=1)
def font_files() -> dict[str, Path]:
    """The shipped font faces, by the name the stylesheet uses."""
    import font_source_sans_pro
    import font_source_serif_pro

    serif = Path(font_source_serif_pro.font_directory)
    sans = Path(font_source_sans_pro.font_directory)
    return {
        "serif-regular": serif / "SourceSerifPro-Regular.ttf",
        "serif-italic": serif / "SourceSerifPro-It.ttf",
        "serif-semibold": serif / "SourceSerifPro-Semibold.ttf",
        "serif-bold": serif / "SourceSerifPro-Bold.ttf",
        "sans-regular": sans / "SourceSansPro-Regular.ttf",
        "sans-italic": sans / "SourceSansPro-It.ttf",
        "sans-semibold": sans / "SourceSansPro-Semibold.ttf",
        "sans-bold": sans / "SourceSansPro-Bold.ttf",
    }


FACES = [
    # (css family, weight, style, key in font_files())
    ("Brief Serif", 400, "normal", "serif-regular"),
    ("Brief Serif", 400, "italic", "serif-italic"),
    ("Brief Serif", 600, "normal", "serif-semibold"),
    ("Brief Serif", 700, "normal", "serif-bold"),
    ("Brief Sans", 400, "normal", "sans-regular"),
    ("Brief Sans", 400, "italic", "sans-italic"),
    ("Brief Sans", 600, "normal", "sans-semibold"),
    ("Brief Sans", 700, "normal", "sans-bold"),
]


def cache_dir() -> Path:
    """briefgen's cache folder: ``$BRIEFGEN_CACHE_DIR``, else the user cache dir."""
    import os

    env = os.environ.get("BRIEFGEN_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefgen"))
