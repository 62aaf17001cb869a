"""Keep names whole: no hyphenation inside a proper name, no line break inside a compound.

A typesetter never breaks "Park Sun-hee" after "Sun-", "Peru-South Africa" after
"Peru-", nor hyphenates "Lis-bon". The rendered HTML is post-processed (text between
tags only; never inside <head>, <svg>, <style> or <script>, never in attribute values):

- a run of capitalised words joined by a hyphen ("Park Sun-hee", "Indo-Pacific",
  "Peru-South Africa", "South African-built") becomes ``<span class="nb">``, which the
  stylesheet keeps on one line and never hyphenates;
- with ``all_capitalised`` (the PDF, where the text is hyphenated automatically) every
  other run of capitalised words becomes ``<span class="nh">``: it may wrap at a space,
  but a word is never hyphenated.

Works for any template, built-in or the user's, because it runs on the rendered HTML;
running it twice changes nothing the first run wrapped.
"""

from __future__ import annotations

import re

# A capitalised word: an upper-case letter, then letters, digits, apostrophes.
_CH = r"(?:[\w'’]|\.(?=\w))"  # a dot only inside a word ("U.S"), never a sentence's end
_CAP = rf"[A-Z\u00C0-\u00DE]{_CH}*"
_WORD = rf"{_CH}+"
# capitalised words joined by spaces or hyphens; at least one part is capitalised
_RUN = re.compile(rf"(?<![\w'’&#-]){_CAP}(?:(?:-|\u2011){_WORD}|\s{_CAP})*")
# Punctuation written right after a name goes inside its span: WeasyPrint can misplace a
# line break where an inline box ends just before a comma ("... beyond <span>X</span>, as
# its ..." was broken after the comma with half the line still empty).
_TAIL = re.compile(r"[,.;:!?\u2019\u201d)\]]+")
_HYPHENATED = re.compile(rf"{_WORD}(?:-|\u2011){_WORD}")
_SKIP = ("head", "svg", "style", "script", "title", "textarea", "pre", "code")
_TAG = re.compile(r"(<[^>]*>)")
_NAME_SPAN = re.compile(r'class="n[bh]"')
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)")
# A run longer than this may still wrap at a space (only its hyphenated words stay whole),
# so that a long name never pushes a phone's line wider than the screen.
MAX_NOWRAP = 28


def _wrap_run(run: str, all_capitalised: bool, tail: str = "") -> str:
    if "-" not in run and "\u2011" not in run:
        return f'<span class="nh">{run}{tail}</span>' if all_capitalised and len(run) > 4 else run + tail
    if len(run) <= MAX_NOWRAP:
        return f'<span class="nb">{run}{tail}</span>'
    inner = _HYPHENATED.sub(lambda m: f'<span class="nb">{m.group(0)}</span>', run)
    return f'<span class="nh">{inner}{tail}</span>' if all_capitalised else inner + tail


def protect_text(text: str, all_capitalised: bool = False) -> str:
    """Wrap the names in one run of (already escaped) HTML text."""
    out: list[str] = []
    pos = 0
    for m in _RUN.finditer(text):
        tail = _TAIL.match(text, m.end())
        end = tail.end() if tail else m.end()
        out.append(text[pos:m.start()])
        out.append(_wrap_run(m.group(0), all_capitalised, text[m.end():end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def protect_names(html: str, all_capitalised: bool = False) -> str:
    """The HTML document with every name kept whole (see the module docstring)."""
    out: list[str] = []
    skip: list[str] = []
    spans: list[bool] = []  # open <span>s: True for one this module made (already whole)
    body = False
    for part in _TAG.split(html):
        if not part:
            continue
        if part.startswith("<"):
            m = _TAG_NAME.match(part)
            if m:
                closing, name = m.group(1) == "/", m.group(2).lower()
                if name == "body":
                    body = not closing
                elif name == "span" and not part.endswith("/>"):
                    if closing:
                        if spans:
                            spans.pop()
                    else:
                        spans.append(bool(_NAME_SPAN.search(part)))
                elif name in _SKIP and not part.endswith("/>"):
                    if closing:
                        if skip and skip[-1] == name:
                            skip.pop()
                    else:
                        skip.append(name)
            out.append(part)
        elif body and not skip and not any(spans) and part.strip():
            out.append(protect_text(part, all_capitalised))
        else:
            out.append(part)
    return "".join(out)
