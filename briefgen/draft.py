"""Drafts: a composed brief as a YAML file an analyst edits, and its checked way back.

``briefgen draft`` writes :func:`draft_yaml`; ``briefgen render`` reads it back with
:func:`load_draft`. The draft holds every item of the brief (text, citations; for quotes
the speaker, role and where the words stand in the source) and, at the end, the text of
each source with its SHA-256, so a render needs neither the network nor the original
files, and can prove that every quote is still word for word what the source says.

What an analyst may do, and what a render makes of it:

- delete or reorder items: the brief follows the draft;
- rewrite a summary line, fact, role or speaker: printed as written;
- add a line without ``cites``: printed as the analyst's own, marked as such;
- change a quote's words: refused (:class:`~briefgen.errors.InputError` naming the
  item) unless ``paraphrase=True``, which prints it without quote marks, as a
  paraphrase, still credited to its speaker.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from briefgen.errors import InputError
from briefgen.models import Brief, Extraction

__all__ = ["DRAFT_VERSION", "draft_yaml", "load_draft", "quote_is_verbatim"]

DRAFT_VERSION = 1
#: A draft is a text file a person edits: anything bigger than this is not one.
MAX_DRAFT_BYTES = 20 * 1024 * 1024
_CUT = "\u2026"

_HEADER = """\
# briefgen draft: edit this file, then make the brief with
#   briefgen render {name} -o brief.pdf        (also .html, --audience, --email)
#
# What you can change:
# - Delete an item to leave it out; move items to reorder them.
# - Rewrite any summary line, key fact, context line, role or speaker name.
# - Add a line of your own: give it a `text:` and no `cites:`; the brief prints it as
#   the analyst's own, marked as such.
# - Quotes must stay word for word what the source says. A quote whose words no
#   longer appear in its cited source is refused, naming the item; with
#   `briefgen render --paraphrase` it is printed without quote marks instead.
# - `at:` says where a quote stands in its source (source number, character offsets).
# Do not edit `sources:` at the end: each source's text is checked against its sha256.
"""

_SECTION_NOTES = {
    "summary": "Executive summary: the bottom line, two or three lines.",
    "facts": "Key facts, in the order printed.",
    "figures": "By the numbers.",
    "quotes": "Quotes: words must stay verbatim; speaker and role may be edited.",
    "context": "Context and background.",
    "actors": "Key actors: name, kind (Person, Organisation, Place), role.",
    "timeline": "Timeline rows: date (YYYY, YYYY-MM or YYYY-MM-DD), label, text.",
    "sources": "The sources and their text. Do not edit: checked against sha256.",
}


#: The notices (a source briefgen cannot read, one with no statement of fact) are the brief's, not an article's: they
#: stay out of the summary and go through a draft as written.
_NOTICES_NOTE = ("Notices printed above the summary (e.g. a source briefgen cannot read); "
                 "not from any article.")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _pieces(text: str) -> list[str]:
    """The verbatim runs of a printed quote: a cut ("... …") splits it into runs."""
    t = text.strip()
    t = t.removeprefix(_CUT).removesuffix(_CUT)
    return [p.strip(" ,;:") for p in t.split(_CUT) if p.strip(" ,;:")]


def _locate(text: str, body: str, hint: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """Where a printed quote's words stand in ``body`` (first to last run), or None."""
    pieces = _pieces(text)
    if not pieces:
        return None
    if hint is not None and len(pieces) == 1 and body[hint[0]:hint[1]] == pieces[0]:
        return hint
    pos = first = body.find(pieces[0], hint[0] if hint and len(pieces) > 1 else 0)
    if first < 0:
        pos = first = body.find(pieces[0])
    if first < 0:
        return None
    for piece in pieces:
        found = body.find(piece, pos)
        if found < 0:
            return None
        pos = found + len(piece)
    return first, pos


def quote_is_verbatim(text: str, body: str) -> bool:
    """Whether every run of a printed quote stands, in order, in the source text."""
    return _locate(text, body) is not None


def draft_yaml(brief: Brief, extractions: list[Extraction], name: str = "draft.yaml") -> str:
    """The brief as an editable, commented YAML draft (see the module docstring)."""
    data: dict[str, Any] = brief.model_dump(mode="json", exclude_defaults=True)
    for key in ("template", *_SECTION_NOTES):
        data.setdefault(key, getattr(brief, key) if key == "template" else [])
    bodies = [ex.article.body for ex in extractions]
    for q in data["quotes"]:
        n = q["cites"][0] if q.get("cites") else None
        if n is not None and 1 <= n <= len(bodies):
            found = _locate(q["text"], bodies[n - 1])
            if found is not None:
                q["at"] = {"source": n, "start": found[0], "end": found[1]}
    for src, body in zip(data["sources"], bodies, strict=True):
        src["sha256"] = _sha(body)
        src["text"] = body
    head = {"briefgen_draft": DRAFT_VERSION}
    lines = [_HEADER.format(name=name), _dump(head)]
    notices = data.pop("notices", None)
    sections = [k for k in data if k not in _SECTION_NOTES]
    lines.append(_dump({k: data[k] for k in sections}))
    if notices:
        lines.append(f"\n# {_NOTICES_NOTE}\n")
        lines.append(_dump({"notices": notices}))
    for key, note in _SECTION_NOTES.items():
        lines.append(f"\n# {note}\n")
        lines.append(_dump({key: data[key]}))
    return "".join(lines)


class _Dumper(yaml.SafeDumper):
    """Block style; long and multi-line strings as literal blocks, easy to edit."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    flow = all(isinstance(v, int | float) for v in value)  # cites: [1, 3]
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(list, _list)


def _dump(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def _where(path: Path, key: str, i: int, item: dict[str, Any]) -> str:
    words = " ".join(str(item.get("text", "")).split()[:8])
    return f'{path}: {key}[{i + 1}] ("{words}…")'


def load_draft(path: Path, *, paraphrase: bool = False) -> tuple[Brief, list[str]]:
    """Read an edited draft back into a Brief, checking every quote against its source.

    Returns the brief and a list of notes (quotes printed as paraphrase). Raises
    InputError, naming the file and the item, for a draft that is not one, a source
    whose text was edited, or (without ``paraphrase``) a quote no longer verbatim.
    """
    try:
        size = path.stat().st_size
        if size > MAX_DRAFT_BYTES:
            raise InputError(f"{path}: {size // 1_048_576} MB is too big for a draft; "
                             "give the YAML file 'briefgen draft' wrote")
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; make one with 'briefgen draft SOURCES -o {path.name}'") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; give the draft's .yaml file") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; give the YAML file 'briefgen draft' wrote") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        # aliases are refused before anything is built, so that a small file cannot
        # expand into gigabytes (one streaming pass over the parse events)
        if any(isinstance(ev, yaml.AliasEvent) for ev in yaml.parse(raw, Loader=yaml.SafeLoader)):
            raise InputError(f"{path}: YAML anchors and aliases (&, *) are not allowed in a draft")
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{path}{line}: not valid YAML ({problem}); fix the line or make the draft again") from None
    if not isinstance(data, dict) or data.get("briefgen_draft") != DRAFT_VERSION:
        raise InputError(f"{path}: not a briefgen draft (no 'briefgen_draft: {DRAFT_VERSION}' line); "
                         "make one with 'briefgen draft SOURCES -o draft.yaml'")
    data.pop("briefgen_draft")
    sources = data.get("sources")
    if not isinstance(sources, list) or not sources:
        raise InputError(f"{path}: the draft lists no sources; make the draft again")
    bodies: dict[int, str] = {}
    for i, src in enumerate(sources):
        if not isinstance(src, dict):
            raise InputError(f"{path}: sources[{i + 1}] is not a source record; make the draft again")
        text = src.pop("text", None)
        sha = src.pop("sha256", None)
        if not isinstance(text, str) or sha != _sha(text):
            raise InputError(f"{path}: sources[{i + 1}] text was changed (sha256 differs); "
                             "sources must stay as drafted; make the draft again")
        number = src.get("number", i + 1)
        if not isinstance(number, int) or isinstance(number, bool):
            raise InputError(f"{path}: sources[{i + 1}].number must be a whole number; make the draft again")
        bodies[number] = text
    notes: list[str] = []
    for key in ("summary", "facts", "figures", "context"):
        for item in data.get(key) or []:
            if isinstance(item, dict) and not item.get("cites"):
                item["cites"] = []
                item["analyst"] = True
    quotes = data.get("quotes") or []
    for i, q in enumerate(quotes):
        if not isinstance(q, dict):
            continue
        at = q.pop("at", None)
        text = str(q.get("text", ""))
        raw_cites = q.get("cites") or []
        cites = [n for n in (raw_cites if isinstance(raw_cites, list) else [])
                 if isinstance(n, int) and not isinstance(n, bool) and n in bodies]
        hint = None
        if isinstance(at, dict) and isinstance(at.get("start"), int) and isinstance(at.get("end"), int):
            hint = (at["start"], at["end"])  # a wrong or missing 'at' only costs a search
        ok = bool(cites) and _locate(text, bodies[cites[0]], hint) is not None
        if ok:
            continue
        where = _where(path, "quotes", i, q)
        if not paraphrase:
            why = "has no source in cites" if not cites else f"is no longer word for word in source {cites[0]}"
            raise InputError(f"{where}: {why}; restore the source's words, delete the quote, "
                             "or render with --paraphrase to print it without quote marks")
        q["verbatim"] = False
        if not cites:
            q["analyst"] = True
        notes.append(f"{where}: printed as a paraphrase, without quote marks")
    try:
        brief = Brief.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p + 1) if isinstance(p, int) else str(p) for p in err["loc"])
        raise InputError(f"{path}: {loc}: {err['msg']}; fix the item or make the draft again") from None
    return brief, notes

