"""The documented template variables: ``briefgen templates vars`` prints this, and a test
checks it against the Brief model and the render context so the two never drift apart."""

from __future__ import annotations

CONTEXT: dict[str, str] = {
    "brief": "The composed brief (fields below).",
    "css": "The stylesheet, fonts and audience extra CSS, already inlined (use `{{ css | safe }}`).",
    "page_size": "A4 or Letter (from the audience, else defaults.page_size).",
    "colours": "Mapping with `primary` and `accent` hex colours (organisation.colours).",
    "generator": "'briefgen X.Y.Z', for the footer and PDF metadata.",
    "language": "The document language (defaults.language), used for hyphenation.",
    "logo": "The organisation logo as a data: URI, or none.",
}

BRIEF: dict[str, str] = {
    "title": "Headline of the brief (the first article's, or --title).",
    "subtitle": "Standfirst of a single article, or 'A brief drawing on N sources'.",
    "template": "Template name in use.",
    "audience": "Audience name in use.",
    "generated": "When the brief was made (datetime; use `| datefmt`).",
    "sources": "Numbered sources: number, source, title, publisher, byline, published, url.",
    "notices": "Lines for the reader to see first, above the summary (a source in a language briefgen "
               "cannot read, a source with no statement of fact); not from any article. Plain text: "
               "`{% for n in brief.notices %}`.",
    "summary": "Summary bullets: text, cites, corroboration, paragraph, variants.",
    "facts": "Key facts: text, cites (source numbers), corroboration, paragraph, variants.",
    "figures": "Numbers with what they count: text, cites, corroboration (sources giving it), paragraph, "
               "variants (when the sources differ: each version's text and cites).",
    "quotes": "Quotes: text, speaker, speaker_type, role, kind, confidence, cites, corroboration, paragraph, "
              "variants (other wordings in other sources).",
    "context": "Background sentences: text, cites, corroboration, paragraph.",
    "actors": "Key actors: name, kind, role, relation, mentions.",
    "timeline": "Dated events: date, precision, label, text, cites, paragraph, variants (other dates).",
    "sections": "The audience's sections, in order.",
    "omitted": "What was left out, by kind: e.g. {'facts': 3, 'quotes': 2, 'shortened': 1}.",
    "banner": "Handling banner such as 'OFFICIAL - SENSITIVE', or none.",
    "prepared_for": "The 'prepared for' line, or none.",
    "organisation": "organisation.name from the config, or none.",
    "author": "Bylines of the sources, joined, or none.",
    "stories": "A digest's stories, heaviest first: each a brief with these same fields (empty in a brief).",
}

FILTERS: dict[str, str] = {
    "datefmt": "Format a date with defaults.date_format: `{{ brief.generated | datefmt }}`.",
    "cites": "Source numbers as '1,2': `{{ item.cites | cites }}`.",
    "timeline_svg": "The timeline drawn as inline SVG: `{{ brief.timeline | timeline_svg(colours) }}`.",
    "words": "At most N words, cut at a word boundary with '…': `{{ text | words(30) }}`.",
    "plural": "'1 fact' / '3 facts': `{{ n | plural('fact') }}`.",
    "chars": "At most N characters, cut at a word with ' …' (running headers): `{{ brief.title | chars(58) }}`.",
    "first_words": "A sentence's first N words, to find it in the source: `{{ item.text | first_words(6) }}`.",
    "standfirst": "The standfirst without a byline clause ('..., experts tell Jane Doe'): "
                  "`{{ brief.subtitle | standfirst(brief.sources) }}`.",
    "source_location": "A source's URL, or a local file's name only (never its path): `{{ s | source_location }}`.",
    "shorturl": "A URL without its scheme, cut with '…': `{{ s.url | shorturl }}`.",
    "kind_plural": "'Place' -> 'places': `{{ kind | kind_plural }}`.",
    "no_runt": "The last two words joined by a no-break space (no lone word on a last line): "
               "`{{ brief.title | no_runt }}`.",
    "inner_quotes": "A title's own double quotes made single, to print it inside “…”: "
                    "`“{{ s.title | inner_quotes }}”`.",
    "end_sentence": "A full stop at the end unless the text ends with one, '…', '?' or '!': "
                    "`{{ line | end_sentence }}`.",
}

BLOCKS: dict[str, str] = {
    "head": "base: extra tags in <head>.",
    "body_class": "base: the class of <body>.",
    "masthead": "base: organisation bar (logo, name, kind of brief), title, standfirst, source line.",
    "sourceline": "base: the line naming the source(s).",
    "notices": "base: the brief's notices (brief.notices), at the top of the body, before content.",
    "content": "base: the body of the brief.",
    "footer": "base: after the body.",
    "summary, facts, quotes, context, actors, timeline, sources, figures":
        "policy/analyst/executive/press: one block per section (override one to change it).",
}
