"""Pasted web text -> Article: drop page furniture line by line, read the masthead.

A page pasted from a news site keeps its banners, prompts, share bars, captions and
credits. We keep the lines that read as article prose and take the title, standfirst,
byline and dateline from the top of the text. A Markdown front matter block or a
``Title:``/``Date:`` header block wins over anything guessed from the text.

The rules work on one line at a time, with three bits of context: the masthead zone
at the top (everything up to the byline/dateline), the lines that appear twice (a
caption printed with and without its credit, a headline repeated at the foot), and
"Read more"/"Related" headings, after which headline-like lines are a link list.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from urllib.parse import urlsplit

from briefgen.dates import MONTH_ALTERNATION
from briefgen.dates import MONTHS as MONTH_NUMBERS
from briefgen.errors import InputError
from briefgen.models import GLUED_DATELINE, WIRE_DATELINE, Article

MONTHS = MONTH_ALTERNATION
WEEKDAYS = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
_DATE = re.compile(
    rf"(?<![\w/])(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTHS})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTHS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<d3>\d{{1,2}})/(?P<m3>\d{{1,2}})/(?P<y3>\d{{4}}))(?![\w/])",
    re.I,
)
# What may surround a date on a dateline: times, weekdays, zones, "Published", "Updated".
_DATELINE_REST = re.compile(
    rf"\b(?:{WEEKDAYS}|published|first|last|updated|modified|posted|on|at|and|gmt|bst|utc|"
    r"cet|cest|est|edt|cst|cdt|pst|pdt|ist|jst|kst|aest|aedt|et|pt|uk|local|time|a\.?m|p\.?m)\b\.?"
    r"|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"|[\s,|:()\-\u2013\u2014•·/]",
    re.I,
)
_TIMESTAMP = re.compile(
    r"^(?:(?:updated|posted|published)\s*(?:at)?\s*)?"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
    r"(?:\s+\d{1,2}\s+(?:" + MONTHS + r")\.?)?"
    r"|\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago"
    r"|just now|yesterday)$",
    re.I,
)
CREDIT = re.compile(
    r"(?:\((?:[^()]*\b(?:getty|reuters|afp|ap|pa|epa|alamy|shutterstock|pool|photo|photos|"
    r"image|images|file|kcna|kns|supplied|handout|bloomberg|xinhua|anadolu|sipa|tass|"
    r"sputnik|nurphoto|zuma|ddp|dpa|rex|wire|courtesy|screengrab|screenshot)\b[^()]*)\)"
    r"|\[(?:[^\[\]]*\b(?:getty|reuters|afp|ap|pa|epa|file|photo|image)\b[^\[\]]*)\]"
    r"|\b(?:photograph|photo|picture|image|illustration|composite|video|credit)s?\s*:"
    r"\s*[^.]{1,80}"
    r"|\|\s*(?:getty images|reuters|afp|ap|pa|epa)[^|]{0,40}"
    r"|credit(?:\.{3}|\u2026)\s*\S[^.]{0,80}"
    r"|(?:^|[|.\u2014\u2013]\s*|\s-\s)(?:photo(?:graph)?:?\s*)?[A-Z][\w.'\- ]{1,40}"
    r"(?:/[\w.'\- ]{1,40})*/(?:afp|ap|epa|reuters|getty images|dpa|picture alliance|pool|"
    r"shutterstock|sipa|bloomberg|anadolu|xinhua|tass|sputnik|pa|rex|zuma|nurphoto|kcna)"
    r"|\bphoto(?:graph)?s? by [A-Z][^.]{1,60}"
    r"|\s\u00a9\s*[A-Z][\w.&' ]{1,40})\.?\s*$",
    re.I,
)
#: The reader buying through the page's own links, as an affiliate disclosure puts it:
#: "if you purchase anything through our links, the site is paid a fee", "a fee may be paid
#: if you buy an item via the links on this page". Only a purchase through this page or its
#: links counts ("if you buy something through a broker, fees add up" is news, and so is
#: "a share of the sales went to charity").
READER_PURCHASE = (
    r"\bif you (?:buy|purchase) (?:something|anything|a product|an item) (?:through|via|from|using) "
    r"(?:(?:one of )?(?:our|the|these|recommended|affiliate|retail) ){0,2}(?:links?|this (?:post|page|article))"
)
#: A site's affiliate disclosure, guarded so that news of commissions stays ("agents could
#: earn a commission of 1%"): a commission from the page's products or links, the site as
#: the one who earns, or the reader buying through the page. extract/facts.py keeps all of
#: these out of facts; the body drops only READER_PURCHASE lines, since a notice with a
#: label in front ("Disclosure: we may earn a fee from ...") is printed as part of the
#: article, and the pasted benchmark's true bodies keep it.
AFFILIATE = (
    r"affiliate (?:links?|commission)|(?:we|site|page) (?:may|might|could) earn|"
    r"(?:may|might|could) earn (?:a|an) commission (?:from|on|when|if) (?:some of )?(?:the |our |any )?"
    r"(?:products?|purchases?|links?|items?|sales made|you buy)|" + READER_PURCHASE
)
#: A site's rules addressed to its user: "Posting a comment means you agree to our house
#: guidelines", "By browsing this website you accept the terms below" ("content you upload" or "the
#: user agreement" alone is news: "the app may use any content you upload to train its
#: models", "the app's user agreement lets it sell location data"). Also read by
#: extract/facts.py.
SITE_RULES = (
    r"(?:our|mobile) user agreement|(?:use of|using|"
    r"browsing|submit(?:ted)? to|upload(?:ed)? to) (?:this|our) (?:web ?)?site|this (?:web ?)?site "
    r"uses|(?:subject to|acceptance of|agree to) our (?:\w+ ){0,2}(?:guidelines|rules|terms)"
)
# A person's name in Title case (inside the case-blind FURNITURE patterns), and a list of them.
_CASED_NAME = r"(?-i:[A-Z][a-z][\w'\u2019\-]*(?:\s+(?:[A-Z][a-z][\w'\u2019\-]*|[A-Z]\.)){1,3})"
_CASED_NAMES = rf"{_CASED_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_CASED_NAME}){{0,3}}"
# An e-mail address or a phone number ("(555) 010-1234", "555.010.1234").
_ADDRESS = r"(?:[\w.+\-]{1,64}@[\w\-]+\.[\w.\-]+|\(?\d{3}\)?[\s.\-]?\d{3}[.\-]\d{4})"
FURNITURE = [re.compile(p, re.I) for p in (
    # notification, newsletter and cookie banners
    r"^stay up to date with",
    r"notifications can be managed",
    r"^(allow|enable|turn on) (browser )?notifications",
    r"\bnewsletters?\b.*\b(sign up|subscribe|inbox|delivered)\b",
    r"\b(sign up|subscribe)\b.*\bnewsletters?\b",
    r"^get (the latest|our|the best|breaking)\b.*\b(inbox|email|app|alerts?)\b",
    r"\bcookies?\b.*\b(accept|consent|policy|settings|preferences|use|agree)\b",
    r"^(accept|reject|manage) (all |our )?(cookies|preferences|settings)",
    r"^we (value|care about) your privacy",
    r"^by (continuing|using) (to (use|browse) )?(this|our) (site|website)",
    # sign-up, log-in, paywall and refresh prompts
    r"^thank you for (registering|signing up|subscribing|your feedback)",
    r"please refresh (the|your|this)",
    r"^(sign|log) ?(up|in|out)\b",
    r"^(subscribe|register|create (a |an )?(free )?account)\b",
    r"^already (a subscriber|have an account|registered)",
    r"^(you have|you've) (\d+|one|two|three) free (articles?|stories)",
    r"^(subscribe|sign up|register) (now |today )?(to|for) (continue|keep|read|unlock|unlimited)",
    r"^(this (article|content) is (for|available to) (subscribers|members))",
    r"\bclick here\b",
    r"^(download|get) (the|our) .{0,30}\bapp\b",
    # comment-forum invitations
    r"^(join|start) (our|the) (commenting|comment|conversation|discussion)",
    r"^join thought-provoking conversations",
    r"^(view|show|hide|read|load|see) (all |more )?(\d+ )?comments",
    r"^(comments?|\d+ comments?|leave a comment|add a comment|have your say)$",
    r"^(tell us what (you|YOU) think|what do you think)\b",
    r"^(comments are (closed|open|moderated|premoderated)|most (popular|recommended) comments)",
    # share and follow bars
    r"^(share|share this( article| story| page)?|share full article|share on \w+|tweet|email|"
    r"e-mail|print|copy link|copy url|save|save article|bookmark|whatsapp|facebook|twitter|x|"
    r"linkedin|reddit|pinterest|messenger|flipboard|gift (this )?article|listen|follow)\s*:?$",
    r"^(share|follow)( us)? (on|via)\b",
    r"^follow (us|@\w+|\w+ on)\b",
    r"^(facebook|twitter|whatsapp|email|linkedin|reddit|x)(\s*[,|/•·]?\s*"
    r"(facebook|twitter|whatsapp|email|e-mail|linkedin|reddit|x|messenger|copy link|print))+$",
    r"^click to (share|email|print)",
    # recirculation: "Read more", "Related", "Most read"
    r"^(read more|read next|related|more from|more on this( story)?|most read|most popular|"
    r"most viewed|most shared|most commented|"
    r"recommended|trending|watch more|see also|see more|you may also like|you might also like|"
    r"don'?t miss|also read|read also|editor'?s picks?|top stories|latest news|more stories|"
    r"must read|popular now|in other news|explore more|more news|related (articles|stories|"
    r"topics|content)|what to read next|up next|watch|watch now|watch live|more videos)\b",
    r"\[(video|insight|pictures|poll|reaction|latest|live|gallery|photos|watch|opinion)\]\|?$",
    # advertising and page chrome
    r"^(advertisement|advertisements|advert|sponsored( content)?|promoted( content)?|ad|"
    r"partner content|paid post|supported by|ad feedback|skip advertisement)$",
    r"^advertisement\s*[·|\-\u2013:]\s*\w[\w ]{0,30}$",
    r"^(story|article|content) continues (below|after)",
    r"^scroll (down )?to continue",
    r"^skip (to (main )?content|advert|ad|navigation|next section|links)",
    r"^(contact|reach|email) [A-Z][\w.' ]{1,40} at \S+@",
    r"^(close|menu|search|home|next|previous|back to top|open menu|go to|loading|expand|"
    r"collapse|show more|show less|more|less|top|sections|navigation|jump to)$",
    r"^(image|photo|picture|video|media|audio)( source| caption| credit)?\s*[:,]",
    r"^(image|photo|picture|video) (caption|credit|source)$",
    r"^(getty images|reuters|afp|ap photo|pa media|epa|shutterstock|alamy)\b",
    r"^listen to (this )?(article|story)",
    r"^\d+ min(ute)?s? (read|listen)$",
    r"^(all rights reserved|©|\(c\)|copyright)",
    r"all rights reserved\.?$",
    r"^(terms (of use|and conditions|& conditions)|privacy (policy|notice)|contact us|about us)",
    # live blogs
    r"^(key events?|pinned( post)?|show key events only|live updates?|live|breaking|"
    r"latest|refresh|auto[- ]?refresh|new posts?|\d+ new posts?|show \d+ new updates?)$",
    r"^please turn on javascript",
    # agency sign-offs
    r"^\(?(reporting|additional reporting|editing|writing|compiled) by\b",
    r"^(this (article|story) (was|has been) (updated|amended|corrected))",
    r"^(topics|tags|filed under|more about)\s*[:|]",
    r"^(sources?|source link)\s*:",
    r"^this article is more than \w+ (years?|months?|days?) old$",
    r"^(like this|like loading)\b",
    r"^thanks for reading\b|^ready for more\??$|^add to my\w*\b|^(unlock|get) the editor",
    r"your email address will not be published|required fields are marked",
    r"^[^.!?]{0,60}\bprivacy (policy|notice)\b[^.!?]{0,60}\.?$",
    r"^[^.!?»›>]{0,40}(?:\s[»›>]\s[^.!?»›>]{1,40}){2,}$",  # segments hold no separator: linear
    r"^(list( \d+)? of \d+( items)?|end of list)$",
    r"^save (articles|stories) to read later",
    r"you are receiving this (e-?mail|newsletter)|\bunsubscribe\b",
    r"\bview (this (e-?mail|newsletter) )?in (your )?browser\b",
    r"purchase licensing rights|, opens new tab$|^our standards\b",
    r"^\[\d+/\d+\]",
    r"\bcontributed (reporting )?to this (report|story|article)\.?$",
    r"^a version of this article appear(s|ed) in print",
    r"\border reprints\b|\btoday's paper\b",
    r"\bvideo player\b|^please use (chrome|a different) browser",
    r"^(link copied!?|see all updates|watch live|listen live)$",
    r"^share your thoughts\b|^you have succ?essfully subscribed\b",
    r"\b(subscrib\w*|sign(ing)? up)\b.*\bnewsletters?\b|\byour inbox\b|\bopt-in\b|^i agree\b",
    r"^please (enable|turn on) javascript\b|^filed under\b",
    r"^(image|photo|picture) (caption|copyright|credit)\s+\S",
    r"\bclicking here\b|^get access to\b|\bsubscribe to our\b|^join our\b",
    r"^more\s*:\s+\S[^.!?]{0,120}$",  # "More: Teen charged in ..." (a link line)
    r"^\d{1,2}:\d{2}(?-i:[A-Z])",  # "14:48In Footsteps of ...": a time-stamped link
    r"(?-i:[a-z]Credit:\s*[A-Z])",  # "... sought treatmentCredit: EPA": a caption
    r"^(do not track|community standards|comment via)\b|^post limit reached\b",
    # legal boilerplate in footers
    r"\bis subject to copyright\b|^citation:",
    r"\b(are|is a) (registered )?trademarks? of\b|\ball other trademarks\b",
    r"\bnot (been )?(evaluated|approved) by the\b|\bnot intended to (diagnose|treat|replace)\b",
    r"^the information (provided |contained )?(on|in) this (web)?site\b",
    READER_PURCHASE,
    # a credit line: "Edited by: Ann Lee", "Researched by Ann Lee, Bo Chan" (a name and
    # nothing else after "by"; "Edited by committee, the report ..." is a sentence)
    r"^(?:produced|edited|researched|fact[- ]checked|illustrated|designed|copy[- ]edited|"
    rf"graphics|photography|design|research) by\s*:?\s*{_CASED_NAMES}\.?$",
)]
#: Notices that are furniture only when the whole line is the notice: a site's rules for
#: its users ("Posting a comment means you agree to our house guidelines") and how to
#: reach the writer ("Ann Lee can be reached at ann@example.com", "Contact him at
#: 555-010-1234": an address or number must follow, so "the summit can be reached at dawn"
#: is no notice). The same words inside reported news stay: a quote ('"... contact us at
#: 555-010-1234," the sergeant said'), a sentence someone is said to have said or told, or
#: a line longer than NOTICE_WORDS (see _is_notice).
NOTICES = [re.compile(p, re.I) for p in (
    rf"\b(?:{SITE_RULES})\b",
    rf"(?:\b{_CASED_NAME}|\b(?-i:[Hh]e|[Ss]he)) (?:can|may) be (?:reached|contacted) "
    rf"(?:at|on|via|by e-?mail at)\s*:?\s*{_ADDRESS}",
    rf"\bcontact (?:him|her|me|us)(?: direct| directly)? (?:at|on|via)\s*:?\s*{_ADDRESS}",
)]
#: A notice is short: a line longer than this is a paragraph of the article.
NOTICE_WORDS = 30
# Quote marks or a reporting verb: the line reports what someone said, so it is news.
_REPORTED = re.compile(
    r"[\"\u201c\u201d\u00ab\u00bb]|\b(?:said|says|say|told|tells|added|adds|according to|"
    r"stated|states|announced|announces|explained|warned|urged|asked|claims?|claimed|"
    r"dispute[sd]?|insist(?:s|ed)?)\b", re.I)


def _is_notice(line: str) -> bool:
    """True when the whole line is a site-rules or contact notice (see NOTICES): short, no
    quote marks, no reporting verb."""
    return len(line.split()) <= NOTICE_WORDS and not _REPORTED.search(line) \
        and any(p.search(line) for p in NOTICES)
_LIST_HEADING = re.compile(
    r"^(read more|read next|related|more from|more on this|most read|most popular|recommended|"
    r"most viewed|most shared|most commented|popular|"
    r"trending|see also|you may also like|you might also like|don'?t miss|also read|"
    r"read also|editor'?s picks?|top stories|latest news|more stories|what to read next|"
    r"up next|more news)\b[^.!?]*(?:\.\.\.|\u2026|:)?$",
    re.I,
)
# The label over a list of links to other stories when it is not page furniture: a bare
# "More:" or "Related:", "More in <section>", or "<Section> More" (a section's link list).
_LINK_LABEL = re.compile(
    r"^(?:more|related|see more)\s*:?$"
    r"|^more (?:in|from|on|about)\s[^.!?:]{1,50}$"
    r"|^(?-i:[A-Z])[\w'&\-]*(?: [\w'&\-]+){0,4} more$",
    re.I,
)
# A headline cut short with an ellipsis ("Beijing warns US diplomat over ...").
_CUT_HEADLINE = re.compile(r"(?:\.\.\.|\u2026)$")
BYLINE = [
    re.compile(r"^(?i:(?:written |words |story |posted )?by)[:\s]+(?P<name>[A-Z][\w.'\u2019\-]+"
               r"(?:\s+(?:[A-Z][\w.'\u2019\-]+|and|&|de|da|del|van|von|der|al|bin|ibn)){1,6})"
               r"(?:\s*(?:,|\||\u2013|\u2014| - | in | for | on ).{0,60})?$"),
    re.compile(r"^(?:author|byline|writer)s?\s*:\s*(?P<name>[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,4})"),
    re.compile(r"^(?P<name>[A-Z][a-z][\w'\-]*(?:\s+[A-Z][\w'\-]*\.?){1,3})\s+@\w{2,30}\b"
               r"[^.!?]{0,40}$"),
    re.compile(r"\b(?:experts?|analysts?|officials?|sources?|diplomats?|insiders?|residents?|"
               r"scientists?|economists?|observers?|critics?|people)\s+(?:tell|told)\s+"
               r"(?P<name>[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){1,3})\s*$"),
    re.compile(r"\b(?:writes|reports|reporting by|explains|asks|argues|investigates)\s+"
               r"(?P<name>[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){1,3})\s*$"),
]
_SIGNOFF_BYLINE = re.compile(r"^\(?(?:additional )?reporting by\s+(?P<name>[A-Z][\w'\-]+"
                             r"(?:\s+[A-Z][\w'\-]+){1,3})", re.I)
PUBLISHER = [
    re.compile(r"notifications from (?P<name>(?:the\s+)?[A-Z][\w&'\-]*(?: [\w&'\-]+)*?)\s*\.?$", re.I),
    re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?\s+)?"
               r"(?P<name>[A-Z](?:[\w&'\-]|\.(?=[\w&'\- ]))*(?: (?:[\w&'\-]|\.(?=[\w&'\- ]))+)*?)"
               r"(?:[,.]?\s*all rights reserved)?\.?\s*$", re.I),
    re.compile(r"^source:\s*(?P<name>[A-Z][\w&'\-]*(?: [\w&'\-]+)*?)(?:\s+and (?:news )?agencies)?\s*$", re.I),
    re.compile(r"(?:newsletters?|app|inbox|emails?|alerts|updates) from (?P<name>(?:the\s+)?[A-Z][\w&'\-]*(?: [\w&'\-]+)*?)\s*\.?$", re.I),
]
_OUTLET_SELF = re.compile(
    r"^(?:\u00a9\s*)?(?P<name>(?:The\s+)?[A-Z][\w&'.\-]*(?:\s+[A-Z][\w&'.\-]*){0,3})\s+is\s+"
    r"(?:supported by its (?:audience|readers)|part of\b|a registered trade ?mark\b|a division of\b|"
    r"a (?:publication|brand|property|unit|subsidiary) of\b|owned by\b)")
_CORP = re.compile(r"(?:(?<!\s),?\s+(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Co|PLC|plc|GmbH|"
                   r"S\.A|AG|LP|Group|Holdings|Media Network|Network))+\.?$")


_COPYRIGHT = re.compile(
    r"(?:\u00a9|\(c\)|copyright)\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>(?:The\s+)?[A-Z][\w&'.\-]*(?:\s+[A-Z][\w&'.\-]*){0,3})", re.I)
# Page chrome that names the outlet: "More from X", "About X", "X Home", "Why you can
# trust X", "X Apps".
_OUTLET_CHROME = re.compile(
    r"^(?:more from (?:the )?|about |why you can trust |talk to |watch |follow |support |"
    r"keep up to date with |subscribe to )"
    r"(?P<a>(?-i:The )?(?-i:[A-Z])[\w&'.\-]*(?: (?-i:[A-Z])[\w&'.\-]*){0,3})$"
    r"|^(?P<b>(?:The )?(?-i:[A-Z])[\w&'.\-]*(?: (?-i:[A-Z])[\w&'.\-]*){0,3}) "
    r"(?:home|apps?|services|store|newsletters?|podcasts?)$"
    r"|^get (?P<c>(?-i:The )?(?-i:[A-Z])[\w&'.\-]*(?: (?-i:[A-Z])[\w&'.\-]*){0,3}) delivered to your inbox$",
    re.I)


# "2019 Spacenews, Inc. All Rights Reserved": a copyright line without the sign.
_YEAR_RIGHTS = re.compile(
    r"^\d{4}(?:\s*[-\u2013]\s*\d{4})?\s+(?P<name>(?-i:[A-Z])[\w&'.\-]*(?:\s+[\w&'.\-]+){0,3}?)"
    r",?\s+(?:(?:inc|llc|ltd|plc|co)\.?\s+)?all rights reserved\b", re.I)
# The outlet a dateline names after the date: "March 3, 2021 / 08:15 AM / Harbour News",
# "Last Updated : Mar 4, 2021 | Source: Ledgerline.com".
_DATELINE_SOURCE = re.compile(
    r"(?:\s[/|]\s*(?:source:\s*)?|\bsource:\s*)"
    r"(?P<name>(?-i:[A-Z])[\w&'.\-]*(?: (?-i:[A-Z])[\w&'.\-]*){0,3})\s*$", re.I)
# A name line: the outlet's logo or masthead text alone on a line ("New York Post").
_NAME_ONLY = re.compile(r"^(?:The )?(?-i:[A-Z])[\w&'.\-]*(?: (?-i:[A-Z])[\w&'.\-]*){0,3}$")


def _words(name: str) -> list[str]:
    return re.findall(r"[^\W_]+", name.lower())


def _brand_of(owner: str, lines: list[str]) -> str | None:
    """The outlet's own name for a company named on the copyright line: a name line of
    the page that starts with the company's first word ('FOX News Network' -> 'Fox
    Business'), spells its initials ('NYP Holdings' -> 'New York Post') or is the same
    name in other capitals ('Spacenews' -> 'SpaceNews'); the most frequent one."""
    head = _words(owner)[:1]
    if not head:
        return None
    counts: dict[str, int] = {}
    for t in lines:
        if not t or len(t) > 40 or not _NAME_ONLY.match(t) or is_furniture(t):
            continue
        w = _words(t.removeprefix("The "))
        if not w or t == owner:
            continue
        same = "".join(w) == "".join(_words(owner))
        initials = len(w) >= 2 and "".join(x[0] for x in w) == head[0]
        if same or initials or (w[0] == head[0] and len(w) >= 2):
            counts[t] = counts.get(t, 0) + 1
    if not counts:
        return None
    # A domain ('EXPRESS.CO.UK') is the outlet's name more surely than a section's;
    # then the most frequent, the first on a tie.
    return max(counts, key=lambda t: (bool(_DOMAIN.fullmatch(t)), counts[t]))


_DOMAIN = re.compile(r"(?P<bare>[A-Za-z][\w\-]*)\.(?:com|net|org|co\.uk|co|in|news|io)", re.I)


def _with_domain(name: str, lines: list[str]) -> str:
    """'Space' -> 'Space.com': an outlet whose name is a word of the language (the page
    also writes it in lower case) goes by its domain, when an address or link on the
    page spells it."""
    if " " in name or not name[:1].isupper() or _DOMAIN.fullmatch(name):
        return name
    word = re.compile(rf"(?<![\w.\-/@]){re.escape(name.lower())}(?![\w.\-/@])")
    domain = re.compile(rf"(?<![\w\-]){re.escape(name.lower())}\.(com|net|org|co\.uk|co|news|io)\b")
    if not any(word.search(t) for t in lines):
        return name
    for t in lines:
        if m := domain.search(t.lower()):
            return f"{name}.{m.group(1)}"
    return name


def _without_domain(name: str, lines: list[str]) -> str:
    """'Moneycontrol.com' -> 'Moneycontrol' when the page also calls itself by the bare
    name (at least twice); a name that is only ever a domain stays one."""
    m = _DOMAIN.fullmatch(name)
    if not m:
        return name
    if name.isupper():
        name = name[0] + name[1:].lower()  # 'EXPRESS.CO.UK' -> 'Express.co.uk'
    bare = re.compile(rf"(?<![\w.\-/@]){re.escape(m.group('bare'))}(?![\w.\-/@])", re.I)
    alone = [a for t in lines for a in bare.findall(t)]
    # Spelt as in the domain, twice; a word of the language ('Space': the page also says
    # "space") keeps its domain.
    if sum(1 for a in alone if a == m.group("bare")) >= 2 and all(a[:1].isupper() for a in alone):
        return m.group("bare")
    return name


#: Where a word of the page may start (not inside a word, a domain, a path or an address),
#: with the run of name characters from there (:data:`_OUTLET_CHROME`'s, at most 80). Only
#: a run that opens on a lower-case a-z can be a looked-up name (a chrome name opens on
#: A-Z and is looked up in lower case): a line of 100,000 '&' cost 5 s otherwise.
_WORD_START = re.compile(r"(?<![\w.\-/@])(?=([a-z][\w&'.\-]{0,79}))")


def _page_words(lines: list[str]) -> set[str]:
    """Every stretch of the page's lines :func:`_common_word` can find as a word, read
    once: from each place a word may start, the run of name characters up to each point
    where a word may end (before '.', '&' or "'", or where the run ends on anything but
    a word character, '-' or '@': "space" of "space/time" and of "space."). One pass over
    the page, however many names are then looked up."""
    words: set[str] = set()
    for t in lines:
        for m in _WORD_START.finditer(t):
            run = m.group(1)
            for i in range(1, len(run)):
                if run[i] in "&'.":
                    words.add(run[:i])
            end = m.start() + len(run)
            if end == len(t) or not (t[end].isalnum() or t[end] in "_-@"):
                words.add(run)
    return words


def _common_word(name: str, words: set[str]) -> bool:
    """A one-word name the page also writes in lower case as a word of the language:
    a menu's 'Email Newsletters', 'Subscriber Services', 'Close Navigation' name no
    outlet. ``words``: the page's words (:func:`_page_words`); ``name`` is one word of
    the characters an outlet's name has in :data:`_OUTLET_CHROME`."""
    if " " in name.strip() or not name[:1].isupper():
        return False
    return name.lower() in words


def outlet_from_page(lines: list[str], byline: str | None = None,
                     masthead: str | None = None, url: str | None = None) -> str | None:
    """The outlet's name as the page gives it: the source a dateline names ("... / 08:15
    AM / Harbour News"), a line where the page names itself ("X is part of ...", "X is a
    registered trademark"), the copyright line, and page chrome ("More from X", "X Home",
    "About X"); the name with the most such lines wins, a dateline source or a
    self-naming line counting most. The page's first line counts when it is one of
    them. A company that only the copyright line names (the owner, 'NYP Holdings') gives
    way to the outlet's own name where a name line of the page spells it. ``masthead``,
    a 'The ...' name printed by the dateline, counts as a line where the page names
    itself (a headline set there, 'The Impeachment Clock', is outvoted by the chrome).
    With the page's own address (``url``), a parent company that only the copyright line
    names gives way to the site: the name the page spells its address with ('CT Post'
    for ctpost.com), else the address's host ('timesunion.com')."""
    votes: dict[str, float] = {}
    owner_only: set[str] = set()

    def vote(name: str | None, weight: float, owner: bool = False) -> None:
        if name and (n := clean_outlet(name)):
            key = n.lower().removeprefix("the ")
            if owner and key not in votes:
                owner_only.add(key)
            elif not owner:
                owner_only.discard(key)
            votes[key] = votes.get(key, 0.0) + weight
            names.setdefault(key, n)

    names: dict[str, str] = {}
    chrome_seen: set[str] = set()
    page_words: set[str] | None = None  # read at the first chrome line, once
    first = next((t for t in lines if t), "")
    for t in lines:
        if not t or len(t.split()) > 40:
            continue
        if (m := _OUTLET_SELF.match(t)):
            vote(m.group("name"), 3)
        elif m := _COPYRIGHT.search(t) or _YEAR_RIGHTS.match(t):
            vote(m.group("name"), 2, owner=True)
        elif (m := _OUTLET_CHROME.match(t)) and t not in chrome_seen:
            chrome_seen.add(t)  # a menu printed twice (header and footer) names it once
            name = m.group("a") or m.group("b") or m.group("c")
            if page_words is None:
                page_words = _page_words(lines)
            if not _common_word(name, page_words):
                vote(name, 1)
        elif (m := PUBLISHER[0].search(t)) or (m := PUBLISHER[3].search(t)):
            vote(m.group("name"), 1)
        elif masthead_date(t) and (m := _DATELINE_SOURCE.search(t)) \
                and _DATELINE_REST.sub("", m.group("name")).strip():
            vote(m.group("name"), 4)
    vote(masthead, 3)
    for person in re.split(r",|\band\b", (byline or "").lower()):
        votes.pop(person.strip(), None)  # "About Anna Berg": the author's box
    if not votes:
        return None
    if (k := first.lower().removeprefix("the ")) in votes:
        votes[k] += 1
    best = max(votes, key=lambda k: votes[k])
    if best in owner_only and (brand := _brand_of(names[best], lines)) is not None:
        return _without_domain(brand, lines)
    if best in owner_only and (named := _named_more(names, owner_only, best, lines)) is not None:
        best = named
    if best in owner_only and url and (site := _site_of(url, lines)) is not None:
        return site
    return _with_domain(_without_domain(names[best], lines), lines)


_HOST = re.compile(r"^https?://(?:www\.)?(?P<host>(?P<stem>[a-z0-9\-]+)(?:\.[a-z]{2,10}){1,2})(?:[/:?#]|$)", re.I)


def url_host(url: str | None) -> tuple[str, str] | None:
    """A page address's host, without "www.", and its first part:
    'https://www.timesunion.com/news/...' -> ('timesunion', 'timesunion.com'); None for
    an address that is no http(s) page on a host of at most two parts after the first."""
    m = _HOST.match(url or "")
    return (m.group("stem"), m.group("host")) if m else None
_CAPS_RUN = re.compile(r"(?-i:[A-Z])[\w&'\-]*(?: (?-i:[A-Z])[\w&'\-]*){0,3}")


def _site_of(url: str, lines: list[str]) -> str | None:
    """The site a page's address names: a run of capitalised words the page prints that
    spells the host's first part ('CT Post' for ctpost.com, most often printed), else
    the host itself ('timesunion.com')."""
    host = url_host(url)
    if host is None:
        return None
    stem = host[0].replace("-", "").lower()
    counts: dict[str, int] = {}
    for t in lines:
        if not t or len(t) > 300:
            continue
        for run in _CAPS_RUN.finditer(t):
            words = run.group(0).split()
            for a in range(len(words)):
                for b in range(a + 1, len(words) + 1):
                    name = " ".join(words[a:b])
                    if re.sub(r"[^a-z0-9]", "", name.lower()) == stem:
                        counts[name] = counts.get(name, 0) + 1
    if counts:
        return max(counts, key=lambda n: counts[n])
    return host[1].lower()


# A brand spelt with a capital inside one word: "ZDNet", "PolitiFact", "SpaceNews".
_CAMEL = re.compile(r"^[A-Z]\w*[a-z]\w*[A-Z]\w*$")


def _named_more(names: dict[str, str], owner_only: set[str], owner: str, lines: list[str]) -> str | None:
    """The outlet's own name where the copyright line names only its owner: a name the
    page's chrome gives ("The Harbour Apps", "About Harbour Chronicle") that the page
    prints at least twice, and more often than the owner's. One plain word ("Post",
    "Subscriber") is no outlet's name here."""
    text = "\n".join(lines)

    def count(name: str) -> int:
        return len(re.findall(rf"(?<![\w.]){re.escape(name)}(?!\w)", text))

    floor = max(2, count(names[owner]) + 1)
    best, most = None, 0
    for key, name in names.items():
        if key in owner_only:
            continue
        words = name.split()
        if len(words) < 2 and not (name.isupper() and len(name) > 3) and not _CAMEL.search(name):
            continue  # "The Hill", "Harbour Chronicle", "SFGATE", "ZDNet"; not "Post"
        if (n := count(name)) >= floor and n > most:
            best, most = key, n
    return best


_NOT_OUTLET = frozenset(["policy", "news agencies", "agencies", "us", "this", "the", "all",
                         "privacy", "terms", "cookies", "copyright", "rights", "the author",
                         "author", "accessibility", "get", "download", "watch", "follow",
                         "subscribe", "sign", "getty images", "shutterstock", "alamy",
                         "image", "images", "photo", "photos", "video", "videos", "live"])


def clean_outlet(name: str) -> str | None:
    """'Harbour News LLC. All Rights Reserved. A Division of Ledgerline' -> 'Harbour News'; None when
    nothing like a name is left."""
    name = re.sub(r"^all rights reserved\.?\s+", "", name.strip(), flags=re.I)  # "(c)All Rights Reserved X"
    n = re.split(r"\.\s|\s*\|\s*|,?\s+all rights reserved|\s+is\s+(?:a|an|part|the)\b"
                 r"|\s+unless otherwise (?:noted|stated)", name, maxsplit=1, flags=re.I)[0]
    n = _CORP.sub("", n.strip().rstrip(".,")).strip()
    n = re.split(r"\s+\(|\s+-\s+", n)[0].strip()
    if not n or len(n) < 3 or len(n.split()) > 5 or n.lower() in _NOT_OUTLET:
        return None
    return n


# A caption describes a photo in the present tense: "X and Y talk at ...",
# "Protesters hold up placards ...", "Smoke is seen rising ...". Article sentences
# that lost their final full stop are usually past tense or reported speech.
_CAPTION_VERBS = (
    "talk|talks|speak|speaks|meet|meets|greet|greets|welcome|welcomes|shake|shakes|"
    "arrive|arrives|attend|attends|leave|leaves|pose|poses|gesture|gestures|look|looks|"
    "wave|waves|walk|walks|stand|stands|sit|sits|hold|holds|show|shows|inspect|inspects|"
    "visit|visits|gather|gathers|march|marches|rally|rallies|protest|protests|mourn|"
    "mourns|carry|carries|watch|watches|react|reacts|celebrate|celebrates|display|"
    "displays|wait|waits|queue|queues|hug|hugs|embrace|embraces|salute|salutes|listen|"
    "listens|address|addresses|review|reviews|tour|tours|ride|rides|fly|flies|rise|rises|"
    "billow|billows|burn|burns|lie|lies|sign|signs|take part|takes part|line up|lines up|"
    "clash|clashes|search|searches|work|works|sort|sorts|launch|launches|fire|fires|"
    "patrol|patrols|drive|drives|chat|chats|smile|smiles|cheer|cheers|pray|prays|"
    "play|plays|perform|performs|prepare|prepares|stretch|stretches|lean|leans|kneel|kneels|"
    "float|floats|are seen|is seen|"
    "are pictured|is pictured|are shown|is shown|seen|pictured"
)
_CAPTION = re.compile(rf"^[A-Z][^\s]*(?:\s+\S+){{0,14}}?\s+(?:{_CAPTION_VERBS})\b", re.U)
_NOT_CAPTION = re.compile(
    r"^(?:it|he|she|they|we|i|you|this|that|these|those|there|but|and|so|yet|however|"
    r"meanwhile|when|while|if|as|because|although|though|after|before|since)\b"
    r"|\b(?:said|says|say|told|tells|according|was|were|had|has|have|will|would|could|"
    r"should|might|must|did|does|do|often|usually|frequently|always|never|generally|"
    r"typically|currently|still|already|because)\b"
    r"|\b(?:is|are)\b(?!\s+(?:seen|pictured|shown|photographed|displayed))"
    r"|[\"\u201c\u201d\u2018\u2019']\s|[\"\u201c\u201d]",
    re.I,
)
_PICTURED = re.compile(r"\b(?:seen|pictured|shown|photographed)\b", re.I)
_ANCHOR = re.compile(
    r"\b(?:in|at|near|outside|inside|on|during|over|after|before|from|off|along|across)\s+"
    r"(?:the\s+)?(?:[A-Z]|\d{4}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"(?:" + MONTHS + r")\b)"
)
_MONTH_NUM = MONTH_NUMBERS
HEADER = re.compile(r"^(title|headline|date|published|author|authors|byline|publisher|source|"
                    r"site|url|link|canonical|standfirst|summary|description)\s*:\s*(.*)$", re.I)
_HEADER_KEY = {"headline": "title", "published": "date", "authors": "author",
               "byline": "author", "source": "publisher", "site": "publisher", "link": "url",
               "canonical": "url", "summary": "standfirst", "description": "standfirst"}
_SENTENCE_END = (".", "!", "?", "\u201d", '"', "\u2019", "'", ":", ";", "\u2026", ")",
                 "\u3002", "\uff01", "\uff1f", "\u300d")
# A photo credit alone on its line: "(Image: (c) NASA/ESA)", "Photo: Getty Images",
# "Jane Doe | Bloomberg | Getty Images".
_CREDIT_LINE = re.compile(
    r"^\((?:image|photo|picture|credit)s?\s*:[^()]{1,80}\)$"
    r"|^(?:photo|image|picture|credit)s?\s*:\s*\S.{0,60}$"
    r"|^[^|]{2,40}(?:\|[^|]{2,40}){0,3}\|\s*(?:getty images|reuters|afp|ap|epa|shutterstock|"
    r"alamy)\s*$",
    re.I,
)
# A pop-up card pasted into a sentence: the name, glued to the card that starts with the
# same first name, then the card's links up to its "MORE" button ("Rep. Dana WhitfieldDana
# WhitfieldHarbor Watch: ... MORE (D-Ore.)", "Ellen MarshEllen Jane MarshNew Mexico ... MORE").
_CARD = re.compile(r"(?P<name>(?P<first>[A-Z][a-z][\w'\u2019\-]*)(?: [A-Z][\w.'\u2019\-]+){1,3})"
                   r"(?P=first)\b.{0,800}?\sMORE(?=\s|$)")
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()]*\)")  # no nested brackets: linear
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1")


def _to_date(m: re.Match[str], us: bool = False) -> dt.date | None:
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso"))
        if m.group("d3"):
            a, b = int(m.group("d3")), int(m.group("m3"))
            year = int(m.group("y3"))
            if year < 100:
                if not us:
                    return None
                year += 2000  # 11/19/19: a two-digit year is this century's
            if a <= 12 and b <= 12 and a != b:
                return None  # 01/08/2024: January 8 or 1 August? Do not guess.
            day, month = (b, a) if b > 12 else (a, b)
            return dt.date(year, month, day)
        day = int(m.group("d1") or m.group("d2"))
        month = _MONTH_NUM[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
        year = int(m.group("y1") or m.group("y2"))
        return dt.date(year, month, day)
    except (ValueError, KeyError):
        return None


_LOOSE_DATE = re.compile(
    rf"(?<![\w/])(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTHS})\.?,?\s+"
    rf"(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<m2>{MONTHS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}})"
    rf"|(?P<iso>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})"
    rf"|(?P<d3>\d{{1,2}})/(?P<m3>\d{{1,2}})/(?P<y3>(?:19|20)?\d{{2}})(?![\d/]))",
    re.I,
)


def dates_in(text: str) -> set[dt.date]:
    """Every written date in a text ('Nov. 18, 2019', '18 November 2019', '2019-11-18')."""
    return {d for m in _LOOSE_DATE.finditer(text) if (d := _to_date(m)) is not None}


def first_dates_in(text: str) -> set[dt.date]:
    """The written dates of a text that no "Updated"/"Modified" label just before marks
    as a later edit's date."""
    return {d for m in _LOOSE_DATE.finditer(text)
            if not _UPDATED.search(text[max(0, m.start() - 40) : m.start()])
            and (d := _to_date(m)) is not None}


# The line under a quotation or an embedded post that names who said it and when
# ("— Ann Lee (@annlee) November 18, 2019", "— Ann Lee on Sunday, October 13th, 2019 in
# an interview"): a dash, then words before the date. ("- Nov. 18th 2019 8:54 am PT" is a
# dateline: nothing but the date after the dash.)
_ATTRIBUTION = re.compile(r"^[—–―~-]")
# A date written with dots, day first: "13.11.2019".
_DOTTED = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.])")
# A time that ends a dateline with the abbreviation's full stop: "... at 11:04 a.m."
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", re.I)
# A stamp that gives the month and day but no year, as pages do for this year's stories:
# "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM". It must carry a time or a
# Posted/Published/Updated label, so that a date in a headline is not one.
_STAMP_LABELS = ("posted", "published", "updated", "modified")
# An "Updated" date, not the first: the label before it says so.
_UPDATED = re.compile(r"\b(?:updated|modified)\b", re.I)
_YEARLESS = re.compile(
    rf"(?:^|[;|,]\s*)(?P<label>(?:{'|'.join(_STAMP_LABELS)})(?:\s+on)?\s+)?"
    rf"(?:{WEEKDAYS},?\s+)?(?P<m>{MONTHS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?!\d|,?\s*\d{{4}})(?P<time>,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*[ap]\.?m\.?)?",
    re.I)
# The year a copyright line gives (the last one of a range: "(c) 2011-2019 ...").
_COPYRIGHT_YEAR = re.compile(r"(?:\u00a9|\(c\)|copyright)\s*(?:\d{4}\s*[-\u2013]\s*)?(?P<y>(?:19|20)\d{2})\b"
                             r"|^(?P<y2>(?:19|20)\d{2})\s+[^.]{1,60}\ball rights reserved\b", re.I)


def page_year(lines: list[str]) -> int | None:
    """The year the page was printed in, as its copyright line gives it ('(c) 2019
    Harbour News'), the latest when there are several; None when no line gives one."""
    years = [int(m.group("y") or m.group("y2")) for t in lines
             if t and len(t) < 300 and (m := _COPYRIGHT_YEAR.search(t))]
    return max(years) if years else None


def masthead_date(line: str, year: int | None = None) -> tuple[dt.date, bool] | None:
    """The date on a short masthead line and whether it is an 'Updated' date:
    'By Nora Fell - 03/04/21 08:15 AM EST', 'Published Thu, Mar 4 2021 9:02 AM EST',
    '2021-03-03T17:40:12Z'. A date inside a sentence is not a masthead date. With the
    page's ``year`` (its copyright line's), a stamp without one ('Posted Nov 18, 8:19
    PM') is read in that year: the Posted/Published date when the line also has an
    Updated one."""
    s = line.strip()
    if len(s.split()) > 20 or (s.endswith(".") and not _CLOCK_END.search(s) and len(s.split()) > 8):
        return None
    for m in _LOOSE_DATE.finditer(s):
        d = _to_date(m, us=True)
        if d is not None:
            if _ATTRIBUTION.match(s) and _DATELINE_REST.sub("", s[1 : m.start()]).strip():
                return None  # "— Ann Lee (@annlee) November 18, 2019": a post or a claim quoted
            updated = bool(_UPDATED.search(s, 0, m.start()))
            return d, updated
    if (dot := _DOTTED.search(s)) and not _DATELINE_REST.sub("", _DOTTED.sub(" ", s)).strip():
        try:  # "13.11.2019, 23:06": day first, as everywhere dots separate the parts
            return dt.date(int(dot.group("y")), int(dot.group("m")), int(dot.group("d"))), \
                bool(_UPDATED.search(s, 0, dot.start()))
        except ValueError:
            return None
    if year is None or len(s.split()) > 12:
        return None
    stamps = [m for m in _YEARLESS.finditer(s) if m.group("label") or m.group("time")]
    if not stamps:
        return None
    first = next((m for m in stamps if re.match(r"p", m.group("label") or "", re.I)), stamps[0])
    try:
        d = dt.date(year, _MONTH_NUM[first.group("m").lower().rstrip(".")], int(first.group("d")))
    except (ValueError, KeyError):
        return None
    return d, bool(_UPDATED.match(first.group("label") or ""))


def parse_date(line: str) -> dt.date | None:
    """A dateline such as 'Thursday 9 March 2023 08:26 GMT' -> date(2023, 3, 9).

    The line must be a dateline: a date with nothing else but times, weekdays, time
    zones and words such as 'Published' or 'Updated' around it. A date inside a
    sentence is not a dateline.
    """
    s = line.strip()
    m = _DATE.search(s)
    if not m or len(s) > 90:
        return None
    rest = _DATELINE_REST.sub("", _DATE.sub(" ", s))
    if rest.strip():
        return None
    return _to_date(m)


SHORT_BODY_WORDS = 50
# Function words of the languages the pasted pages come in: a text's language is the
# one whose words make up the largest share of it (at least _LANG_SHARE).
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "as", "by", "it", "at", "from", "said", "has", "have", "be", "are", "were", "will", "his", "her", "their", "this", "an", "not", "but"]),
    "pt": frozenset(["de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "à", "seu", "sua", "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "também", "só", "pelo", "pela", "até", "isso"]),
    "es": frozenset(["de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para", "con", "no", "una", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "o", "este", "sí", "porque", "esta", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta", "hay", "donde"]),
    "de": frozenset(["der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über"]),
    "fr": frozenset(["de", "la", "le", "et", "les", "des", "à", "en", "un", "une", "du", "que", "est", "pour", "qui", "dans", "par", "sur", "pas", "au", "plus", "ne", "se", "ce", "il", "sont", "avec", "ou", "son", "mais", "été", "aux", "cette"]),
    "it": frozenset(["di", "e", "il", "la", "che", "in", "un", "per", "è", "una", "del", "della", "non", "le", "con", "da", "sono", "si", "al", "dei", "gli", "nel", "anche", "alla", "più", "come", "ma", "lo", "delle"]),
    "id": frozenset(["yang", "dan", "di", "dari", "ini", "itu", "dengan", "untuk", "tidak", "ada", "dalam", "akan", "pada", "juga", "kita", "karena", "ke", "oleh", "atau", "bisa", "sudah", "saya", "mereka"]),
    "nl": frozenset(["de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "niet", "aan", "er", "die", "ook", "als", "bij", "door", "maar", "om", "worden", "naar"]),
}
_ENGLISH = _STOPWORDS["en"]
_LANG_SHARE = 0.15
# ... or at least _LANG_SHARE_CLEAR when that is _LANG_LEAD times the next language's share.
_LANG_SHARE_CLEAR = 0.1
_LANG_LEAD = 2.0
# Scripts that name their language by themselves (share of the letters).
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
LANGUAGE_NAMES = {"en": "English", "pt": "Portuguese", "es": "Spanish", "de": "German",
                  "fr": "French", "it": "Italian", "nl": "Dutch", "id": "Indonesian", "ja": "Japanese",
                  "ko": "Korean", "zh": "Chinese", "ru": "Russian", "ar": "Arabic",
                  "he": "Hebrew", "el": "Greek", "th": "Thai", "hi": "Hindi"}
# Han, kana and Hangul: text written without spaces between words.
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def guess_language(text: str) -> str | None:
    """The language of a text, as an ISO 639-1 code, or None when it cannot tell.

    A non-Latin script names its language (kana: Japanese, Hangul: Korean, Han alone:
    Chinese, Cyrillic: Russian, ...); Latin-script text is the language whose common
    function words make up the largest share of its words (English, Portuguese,
    Spanish, German, French, Italian, Dutch, Indonesian), when that share is at least
    15%, or at least 10% and twice the next language's.
    """
    sample = text[:20000]
    letters = sum(1 for c in sample if c.isalpha())
    if letters >= 20:
        counts = {code: len(rx.findall(sample)) for code, rx in _SCRIPTS}
        if counts["ja"] >= 0.05 * letters:
            return "ja"
        best = max(counts, key=lambda c: counts[c])
        if counts[best] >= 0.3 * letters:
            return best
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) < 20:
        return None
    shares = {code: sum(1 for w in words if w in sw) / len(words)
              for code, sw in _STOPWORDS.items()}
    first, second = sorted(shares, key=lambda c: -shares[c])[:2]
    if shares[first] >= _LANG_SHARE:
        return first
    # a text with fewer function words (lists, a short list of them for its language)
    # is still that language when no other comes close
    if shares[first] >= _LANG_SHARE_CLEAR and shares[first] >= _LANG_LEAD * shares[second]:
        return first
    return None


def language_warning(source: str, language: str | None) -> list[str]:
    """A warning that the article is not in English, which the extraction models read."""
    code = (language or "").lower()[:2]
    if not code or code == "en":
        return []
    name = LANGUAGE_NAMES.get(code, code)
    return [f"{source}: the article is in {name} ({code}); briefgen extracts quotes, "
            "people, dates and figures from English text only, so none can be trusted "
            "from this source"]


#: A paragraph this long is text whose paragraph breaks were lost (a copy from a PDF
#: or a feed that joined them): news paragraphs run to 170 words at the most in the
#: corpus pages; quote attribution reads paragraphs, so a wall of 600 words gets each
#: quote credited to the wrong name in it.
WALL_WORDS = 250
# A sentence end: . ! ? (and a closing quote or bracket) then space and a capital, a
# digit or an opening quote; not after a title, an initial or a short abbreviation.
_WALL_END = re.compile(r"(?<=[.!?])([\"\u201d\u2019')\]]*)\s+(?=[\"\u201c\u2018(]?[A-Z0-9])")
_NOT_AN_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|St|Jr|Sr|No|Nos|Inc|Corp|Co|"
    r"Ltd|vs|v|etc|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Ave|Rd|Mt|Ft|approx|est|a\.m|p\.m|Rev|Hon)\."
    r"|\b[A-Z]\.|(?:\b[A-Za-z]\.){2,})$")
_OPEN_QUOTE = ("\"", "\u201c", "\u2018")
#: A quotation left open this long is a stray quote mark, not a quote: split anyway.
QUOTE_RUN_WORDS = 120


def _open_quotes(text: str) -> bool:
    """True when text leaves a quotation open (straight quotes by parity, curly by count)."""
    return text.count("\u201c") > text.count("\u201d") or text.count('"') % 2 == 1


def wall_breaks(paragraph: str) -> list[int]:
    """The paragraph breaks a paragraph of WALL_WORDS words or more has lost, as offsets
    into it: one sentence a paragraph, broken only outside quotation marks; a sentence
    opening on a quote mark stays with the one before when that one quotes too ('"We
    tried," she said. "We failed."': one speaker, one paragraph). None for a shorter one."""
    if word_count(paragraph) < WALL_WORDS:
        return []
    breaks: list[int] = []
    cur = 0
    for m in _WALL_END.finditer(paragraph):
        # a title or an initial is a few characters long: read only the end before the
        # stop (the whole text before it, each time, is quadratic on "A. A. A. ...")
        if _NOT_AN_END.search(paragraph, max(cur, m.start() - 24), m.start()):
            continue
        candidate = paragraph[cur:m.start()] + m.group(1)
        nxt = paragraph[m.end():m.end() + 1]
        if _open_quotes(candidate):
            # inside a quotation, unless the next sentence opens a quote again: a quote
            # running over paragraphs leaves each one open and opens the next
            if nxt not in _OPEN_QUOTE and word_count(candidate) < QUOTE_RUN_WORDS:
                continue
        elif nxt in _OPEN_QUOTE and any(q in candidate for q in ('"', "\u201c")):
            continue
        breaks.append(m.end())
        cur = m.end()
    return breaks


def split_walls(paragraphs: list[str]) -> list[int]:
    """The offsets, in the body (``paragraphs`` joined with blank lines), of the
    paragraph breaks each wall of text lost (:func:`wall_breaks`). The body is not
    changed: quote attribution reads these as paragraph starts, and nothing else does."""
    breaks: list[int] = []
    pos = 0
    for p in paragraphs:
        breaks.extend(pos + k for k in wall_breaks(p))
        pos += len(p) + 2
    return breaks


def word_count(line: str) -> int:
    """Words in a line; in Chinese, Japanese or Korean text, two characters count as one
    word (those scripts put no spaces between words)."""
    cjk = len(_CJK.findall(line))
    return len(line.split()) + cjk // 2 if cjk else len(line.split())


# A page whose text is a notice instead of the article: a paywall, a licence line.
_NOTICE = re.compile(
    r"\bfor (?:your )?personal(?:,)? (?:and )?(?:non-commercial )?use only\b"
    r"|\bpersonal,? non-commercial use\b"
    r"|\b(?:subscribe|log in|sign in|register) (?:now |today )?to (?:continue reading|read "
    r"(?:the|this) (?:full )?(?:article|story))\b"
    r"|\bthis (?:article|content|story) is (?:only )?(?:available|reserved|for) (?:to |for )?"
    r"(?:subscribers|members|premium)\b"
    r"|\byou have reached (?:your|the) (?:limit|maximum) of free (?:articles|stories)\b"
    r"|\bto continue reading,? (?:please )?(?:subscribe|log in|sign in)\b",
    re.I,
)
NOTICE_WORDS = 120


def check_notice(source: str, paragraphs: list[str]) -> None:
    """Raise InputError when the text found is a notice (a paywall, a 'for personal use'
    line) rather than an article: a short text that says so."""
    words = sum(word_count(p) for p in paragraphs)
    if words < NOTICE_WORDS and any(_NOTICE.search(p) for p in paragraphs):
        raise InputError(f"{source}: the page holds a notice (a paywall or a 'personal use' "
                         "line), not the article; open the article in a browser, then save "
                         "or paste the whole text")


def short_body_warning(source: str, paragraphs: list[str]) -> list[str]:
    """A warning when the body is too short to be a whole article."""
    words = sum(word_count(p) for p in paragraphs)
    if words < SHORT_BODY_WORDS:
        return [f"{source}: only {words} words of article text found; "
                "check that the source holds the whole article"]
    return []


def has_credit(line: str) -> bool:
    """True for a caption that ends with a photo credit: '... in Kharkiv (REUTERS)'.

    A bare acronym in brackets is only a credit when the line is not a sentence ending
    in a full stop and the words before it do not spell it out, so that "the
    Environmental Protection Agency (EPA)." stays article text.
    """
    m = CREDIT.search(line)
    if not m or len(line.split()) > 70:
        return False
    inner = m.group(0).strip().rstrip(".").strip("()[] ")
    if re.fullmatch(r"[A-Za-z]{2,8}", inner):
        if line.rstrip().endswith(".") or not (inner.isupper() or inner.istitle()):
            return False
        before = re.findall(r"[A-Za-z][\w'\-]*", line[: m.start()])
        initials = "".join(w[0] for w in before[-len(inner) :]).lower()
        if initials == inner.lower():
            return False
    return True


# Furniture lines are short: banners, prompts, credits. A line longer than this is prose
# even when it ends with "... contributed to this report." or mentions "click here".
LONG_PARAGRAPH = 60
# The masthead is read from this many lines above the first guess of the article text.
MASTHEAD_LINES = 25
# A masthead line (kicker, section, headline, standfirst) is shorter than this.
MASTHEAD_WORDS = 25


# A footer's contact block: phone and fax numbers, e-mail addresses and their labels.
# Each starts at the start of a token (so a long word is scanned once) and each digit
# step consumes a digit, so neither pattern backtracks far.
_CONTACT_ITEM = re.compile(
    r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+\.[\w.\-]+|(?<![\d+])\+?\d(?:[\s().\-]{0,2}\d){6,14}"
    r"|\b(?:tel|telephone|phone|fax|e-?mail|toll[- ]free)\b", re.I)
CONTACT_ITEMS = 5
# A label that heads its value, as a list does ("Fax: 08-555", "E-mail: a@b", "Tel +46"),
# not as a sentence says it ("residents can phone 0800 ..."). The address's local part
# is bounded (64 characters, as in RFC 5321), so no start position scans far.
_CONTACT_PAIR = re.compile(
    r"\b(?:(?:tel|telephone|phone|fax|e-?mail|toll[- ]free(?: number)?)\s{0,3}:|(?:tel|fax)\b\.?)"
    r"\s{0,3}(?:\+?\d|[\w.+\-]{1,64}@)", re.I)
CONTACT_PAIRS = 2


def is_contact_block(line: str) -> bool:
    """True for a line that is a list of ways to reach the publisher ("Telephone: ...
    Fax: ... E-mail: ..."): at least five numbers, addresses and their labels, two of
    them numbers or addresses, and two labels set before their values as in a list
    (a paragraph that tells readers which helpline to phone is article text)."""
    items = _CONTACT_ITEM.findall(line)
    return len(items) >= CONTACT_ITEMS and sum(1 for t in items if t[-1:].isalnum()
                                                and not t[:1].isalpha()) + \
        sum(1 for t in items if "@" in t) >= 2 and \
        len(_CONTACT_PAIR.findall(line)) >= CONTACT_PAIRS


def is_furniture(line: str) -> bool:
    """True for banner, prompt, share-bar, recirculation, timestamp, credit and
    contact-block lines."""
    s = line.strip()
    if is_contact_block(s):
        return True
    if len(s.split()) > LONG_PARAGRAPH:
        return False  # a whole paragraph (or a one-line article) is never page furniture
    return (any(p.search(s) for p in FURNITURE) or has_credit(s)
            or bool(_TIMESTAMP.match(s)) or _is_notice(s))


#: A caption's own words run to a few sentences; a longer block is an article or a bio.
CAPTION_MAX_WORDS = 80
#: A caption this many lines before the article's first paragraph or after its last is
#: still one of its pictures (the lead photo, a gallery after the text).
CAPTION_LINES_AROUND = 15
#: The most captions kept of one page (a gallery can have hundreds).
MAX_CAPTIONS = 30
_GALLERY_COUNT = re.compile(r"^(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+\s*", re.I)
# The label a page sets before a caption for screen readers: "Image caption", "Caption:".
_CAPTION_LABEL = re.compile(r"^(?:(?:image|photo|picture|video|media)\s+)?caption\s*[:,]?\s+", re.I)
# A gallery's control glued to the caption: "... nation. less", "... the military ... more".
_CAPTION_TOGGLE = re.compile(r"(?<=[.)])\s+less$|\s*(?:\.\.\.|\u2026)\s*more$")


def clean_caption(line: str) -> str | None:
    """A photo caption without its credit ("(AP Photo/...)", "Photo: ..."), gallery
    count ("Image 1 of 8") and label ("Image caption"), or None when fewer than three words or more than
    CAPTION_MAX_WORDS are left (a bare credit, a label, a block of text)."""
    s = _CAPTION_TOGGLE.sub("", _GALLERY_COUNT.sub("", " ".join(line.split())))
    s = _CAPTION_LABEL.sub("", s)
    s = " ".join(CREDIT.sub(" ", s).split()).strip(" |-\u2013\u2014")
    if not 3 <= len(s.split()) <= CAPTION_MAX_WORDS:
        return None
    return s


def add_caption(captions: list[str], line: str) -> None:
    """Append the cleaned ``line`` to ``captions`` unless it is there already (a caption
    printed with and without its credit, or cut short, is one caption) or the list is
    full; a caption that continues one already there takes its place."""
    c = clean_caption(line)
    if c is None or any(old.startswith(c) for old in captions):
        return
    for k, old in enumerate(captions):
        if c.startswith(old):
            captions[k] = c
            return
    if len(captions) < MAX_CAPTIONS:
        captions.append(c)


def is_caption(line: str) -> bool:
    """True for a photo caption without a credit: a present-tense picture description.

    It has no final punctuation, opens with a capitalised noun phrase (not a pronoun or
    conjunction), has a picture verb ("talk at", "holds up", "is seen") within its first
    fifteen words, no sign of reported speech or of past, perfect or future tense, and
    says where or when the picture was taken ("in Hualien", "on Wednesday", "in 2019")
    unless it says "seen" or "pictured".
    """
    s = line.strip()
    if not s or _ends_sentence(s) or len(s.split()) < 5:
        return False
    if _NOT_CAPTION.search(s) or not _CAPTION.match(s):
        return False
    return bool(_PICTURED.search(s) or _ANCHOR.search(s))


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith(_SENTENCE_END)


def _is_prose(line: str) -> bool:
    words = word_count(line)
    return words >= 8 or (words >= 3 and _ends_sentence(line))


#: A sentence printed twice on a page under this many words is a pull quote or a
#: highlight the first time (or the second): the page's text keeps one copy.
_REPEAT_WORDS = 25
#: A paragraph of the story, as the neighbour of a repeated sentence, has this many words.
_STORY_PARAGRAPH = 15


def _story_paragraph(lines: list[str], i: int, step: int) -> bool:
    """Is the nearest non-empty line before (``step`` -1) or after (+1) line ``i`` a
    paragraph of the story (a full sentence of at least ``_STORY_PARAGRAPH`` words)?"""
    j = i + step
    while 0 <= j < len(lines) and not lines[j]:
        j += step
    return 0 <= j < len(lines) and len(lines[j].split()) >= _STORY_PARAGRAPH and _ends_sentence(lines[j])


def _told_here(lines: list[str], ln: str, i: int, first_copy: dict[str, tuple[int, bool]]) -> bool:
    """Is line ``i``, a short sentence the body already holds, where the story tells it,
    while its first copy is a highlight lifted above the story? It sits between two
    paragraphs of the story, and the first copy follows none (it is under a "Highlights"
    label or a headline); else the first copy stays and this one goes."""
    first = first_copy.get(ln)
    return (first is not None and not first[1] and _ends_sentence(ln)
            and _story_paragraph(lines, i, -1) and _story_paragraph(lines, i, 1))


def _header(lines: list[str]) -> tuple[dict[str, str], int]:
    """A Markdown front matter block or a 'Title: ...' header block at the top."""
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    fields: dict[str, str] = {}
    if i < len(lines) and lines[i].strip() == "---":
        for j in range(i + 1, len(lines)):
            if lines[j].strip() in ("---", "..."):
                from briefgen.ingest.limits import load_front_matter

                data = load_front_matter("\n".join(lines[i + 1 : j]))
                if isinstance(data, dict):
                    for key, value in data.items():
                        k = _HEADER_KEY.get(str(key).lower(), str(key).lower())
                        if isinstance(value, list):
                            value = ", ".join(str(v) for v in value)
                        if value is not None and str(value).strip():
                            fields.setdefault(k, str(value).strip())
                return fields, j + 1
        return {}, 0
    j = i
    while j < len(lines) and (m := HEADER.match(lines[j].strip())):
        if m.group(2).strip():
            k = m.group(1).lower()
            fields.setdefault(_HEADER_KEY.get(k, k), m.group(2).strip())
        j += 1
    return (fields, j) if fields else ({}, 0)


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines (text saved at a fixed width) back into paragraphs."""
    long = [ln for ln in lines if ln.strip()]
    if not long:
        return lines
    wrapped = sum(1 for ln in long if 55 <= len(ln) <= 90)
    if wrapped < 0.6 * len(long) or max(len(ln) for ln in long) > 100:
        return lines
    # Hard wrapping breaks sentences: many lines run on into a lower-case next line.
    runs_on = sum(1 for a, b in itertools.pairwise(lines)
                  if a.strip() and b.strip()[:1].islower() and not _ends_sentence(a))
    if runs_on < 0.2 * len(long):
        return lines
    out: list[str] = []
    for ln in lines:
        # In wrapped text a paragraph runs until a blank line or a short line.
        if out and len(out[-1]) >= 40 and ln.strip():
            out[-1] = out[-1].rstrip() + " " + ln.strip()
        else:
            out.append(ln)
    return out


# A paragraph's first letter set large (a drop cap) is copied on a line of its own:
# "A" above "dam Schiff's impeachment inquiry ...", "H" above "ong Kong is burning."
_DROP_CAP = re.compile(r"^[\"'\u201c\u2018]?[A-Z]$")


def _join_drop_caps(lines: list[str], raw: str) -> list[str]:
    """Put a drop cap back on the word it starts: a capital alone on its line, at the
    start of a paragraph, before a line that opens in lower case. "A" and "I" are words
    of their own, so they join only when the joined word is written elsewhere on the
    page ("Adam" for "A" + "dam"); the next line keeps its place, empty."""
    out = list(lines)
    written: set[str] | None = None  # the page's words, read once (not once per drop cap)
    for i in range(len(out) - 1):
        cap, nxt = out[i], out[i + 1]
        if not _DROP_CAP.match(cap) or not nxt[:1].islower() or (i and out[i - 1]):
            continue
        first = re.match(r"[^\W\d_]+", nxt)
        if cap[-1] in "AI":
            if written is None:
                written = set(re.findall(r"\w+", raw))
            if not (first and cap[-1] + first.group(0) in written):
                continue
        out[i], out[i + 1] = cap + nxt, ""
    return out


def _clean_markdown(line: str) -> tuple[str, bool]:
    """Strip Markdown link and emphasis syntax; say whether the line was a heading."""
    heading = line.startswith("#")
    line = line.lstrip("#").strip() if heading else line
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_EMPH.sub(r"\2", line)
    if line.startswith(("> ", "- ", "* ")) and not heading:
        line = line[2:].strip()
    return line, heading


_NAME = (r"[A-Z][\w'\u2019\-]*\.?(?:\s+(?:[A-Z][\w'\u2019\-]*\.?|de|da|del|van|von|der|al|bin|ibn)){1,4}")
# A name alone on a line: Title-case words only ("Dan Sabbagh in Kyiv", not "Download PDF").
_TNAME = r"[A-Z][a-z][\w'\u2019\-]*(?:\s+(?:[A-Z][a-z][\w'\u2019\-]*|[A-Z]\.|de|van|von|al)){1,3}"
_IN_PLACE = r"(?:\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?"
_NAME_LINE = re.compile(rf"^(?P<name>{_TNAME}{_IN_PLACE}(?:(?:\s*[,&]\s*|\s+and\s+){_TNAME}{_IN_PLACE})*)$")
_DATE_BY = re.compile(rf"^(?P<date>\S(?:[^\n]{{0,88}}\S)?)\s+(?i:by)\s+(?P<name>{_NAME})$")
# The writer's name, then the date: "Chris Davies - Nov 19, 2019, 10:31 pm CST".
_NAME_DATE = re.compile(rf"^(?P<name>{_TNAME})\s+[-\u2013\u2014|\u00b7]\s+\S")


# A byline printed again at the article's foot: "Story by Cy Dunn, PhD, 3 June 2021",
# "By Cy Dunn": a name, perhaps the letters after it, and nothing after that but a date.
_FOOT_BYLINE = re.compile(
    rf"^(?P<lead>(?i:(?:written|posted|words|story)\s+by|by))\s*:?\s+(?P<name>{_TNAME})"
    r"(?:,\s*[A-Z][A-Za-z]{1,4}(?:\s*\([A-Z]{2}\))?)*(?:,?\s+(?i:on\s+)?(?P<date>\S.*))?$")
# The byline on a card that links to another story: "By Cy Dunn", "By THE HARBOUR DESK",
# "Written by Cy Dunn, PhD": a name (in capitals or not) and at most its letters, no sentence.
_CARD_BYLINE = re.compile(r"^(?i:(?:written|posted)\s+)?(?i:by)\s*:?\s+[A-Z][\w.'\u2019\-]*"
                          r"(?:,?\s+[A-Z][\w.'\u2019\-]*(?:\s*\([A-Z]{2}\))?){0,5}\s*$")
# "By Tuesday", "By March", "By noon": a phrase of time, never a card's byline.
_BY_TIME = re.compile(rf"^by\s+(?:{WEEKDAYS}|(?:{MONTHS})\.?|today|tomorrow|tonight|yesterday|"
                      r"noon|midnight|dawn|dusk|then|now|next|last|early|late|the (?:end|time|weekend)|"
                      r"\d{1,4})\b", re.I)
# What may follow a foot byline's date: a time and its zone ("6:21 AM EST").
_DATE_REST = re.compile(r"[\s,]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*",
                        re.I)


def _card_byline(lines: list[str], j: int) -> bool:
    """Is ``lines[j]`` the byline of a card linking to another story: a byline alone
    (_CARD_BYLINE, not a phrase of time such as "By Tuesday") with a card's sign, a desk
    name in capitals ("By THE NEWS DESK") or the card's date or time right under it
    ("By Ann Lee" then "11/20/2019 01:14 PM"). A byline alone under a title is otherwise
    a list of books or a crosshead over text, and stays."""
    t = lines[j].strip()
    if not _CARD_BYLINE.match(t) or _BY_TIME.match(t):
        return False
    name = re.sub(r"^(?i:(?:written|posted)\s+)?(?i:by)\s*:?\s+", "", t)
    if sum(c.isalpha() for c in name) >= 4 and name.upper() == name:
        return True
    nxt = next((lines[k] for k in range(j + 1, min(j + 3, len(lines))) if lines[k]), None)
    return nxt is not None and (parse_date(nxt) is not None or bool(_TIMESTAMP.match(nxt.strip())))


def _foot_byline(line: str, byline: str | None) -> str | None:
    """The writer's name when ``line`` is a byline alone ("Written by Ann Lee", "By Ann
    Lee on May 2, 2019"): only a date may follow the name, and a bare "By" needs the date
    or the page's byline, so that a line such as "By Christmas Eve" is not taken for one."""
    m = _FOOT_BYLINE.match(line.strip())
    if m is None:
        return None
    name, date = m.group("name"), m.group("date")
    if date is not None:
        d = _LOOSE_DATE.match(date)
        if d is None or not _DATE_REST.fullmatch(date[d.end():]):
            return None
    elif m.group("lead").lower() == "by" and (
            not byline or name.lower() not in byline.lower()):
        return None
    return name


# The writer's role set before the name in a note: "Staff writer", "Our Lagos correspondent".
_NOTE_ROLE = (r"(?:[\w'\u2019\-]+\s+){0,2}(?:contributor|writer|reporter|correspondent|editor|"
              r"columnist|journalist|critic|producer)")
# How many of the body's last lines are read for a note on the writer.
_NOTE_LINES = 3


def _writer_note(line: str, byline: str | None) -> bool:
    """Is ``line`` a note on the writer, as pages end an article: it opens on a name of
    the byline (perhaps after the writer's role: "Staff writer Ann Lee") and says who the
    writer is ("Ann Lee is the paper's ...", "Ann Lee was a ..."), not what they wrote
    ("Ann Lee is the author of ..." is article text)."""
    if not byline:
        return False
    for name in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", byline):
        if len(name.split()) < 2:
            continue
        if re.match(rf"(?:{_NOTE_ROLE}\s+)?{re.escape(name)}\s+(?:is|was|has been)\s+"
                    r"(?!(?:the |an? )?(?:co-?)?author of\b)(?:a|an|the|one of|[\w.\-]+['\u2019]s?)\s",
                    line, re.I):
            return True
    return False


#: Words of a stamp's label, not of a writer's name: "Last Updated - Nov 19, 2019".
_STAMP_WORDS = frozenset(["last", *_STAMP_LABELS])


def _writer_name(name: str) -> bool:
    """Is the name before a dateline's dash a writer's ('Chris Davies', 'Adeola Okafor'),
    not a stamp's label or an outlet ('Last Updated', 'Business Insider')?"""
    from briefgen.ingest.html import person_parts  # html.py imports this module

    return not any(w.lower() in _STAMP_WORDS for w in name.split()) and bool(person_parts([name], None))


_ROLE = re.compile(r"\b(reporter|correspondent|editor|writer|journalist|columnist|staff|chief|"
                   r"producer|analyst|contributor|team|desk|bureau|newsroom)\b", re.I)
_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){1,3})\s+(?:is|was)\s+(?:a|an|the)\b"
    r"[^.]{0,100}?\b(?:correspondent|reporter|editor|writer|journalist|columnist|fellow|"
    r"bureau chief|producer)\b"
    r"|^(?P<surname>[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,3})\s+(?:covers|reports on|"
    r"writes about)\s[^.]{1,80}\bfor\s+(?:the\s+)?[A-Z]"
)
_WIRE = re.compile(r"^[A-Z][A-Z .,'\-]{1,40}(?:,\s*[A-Z][a-z]{2}\.? \d{1,2})?\s*\("
                   r"(?P<agency>Reuters|AP|AFP|Bloomberg|Xinhua|Yonhap|dpa|UPI|PA)\)\s*[-\u2013\u2014]")
_AGENCIES = {"AP": "Associated Press", "PA": "PA Media"}
# An outlet's dateline glued to the paragraph's first word, as some archives keep it: "(XYZ)The
# mayor said ...", "Port Ellis, Avalon (XYZ)Former mayor ...". Only at a paragraph's head,
# the place (at most six capitalised words) and an all-capital name in brackets, with no
# space before the capital, digit or quote mark that starts the sentence.
_GLUED_DATELINE = re.compile(r"^(?:[A-Z][\w.'\-]*(?:,? [A-Z][\w.'\-]*){0,5} )?"
                             r"\((?P<outlet>[A-Z]{2,10})\)(?=[A-Z0-9\"'\u201c\u2018])")
# Labels in capitals that are no outlet's name ("(UPDATE)The ...").
_NOT_AN_OUTLET = frozenset(["UPDATE", "UPDATED", "VIDEO", "PHOTOS", "PHOTO", "WATCH", "LISTEN",
                            "AUDIO", "EXCLUSIVE", "OPINION", "LIVE", "BREAKING", "CORRECTION"])


def unglue_dateline(line: str) -> tuple[str, str | None]:
    """A paragraph without the outlet's dateline glued to its first word, and the outlet.

    "(XYZ)Former mayor Ana Ruiz said ..." -> ("Former mayor Ana Ruiz said ...", "XYZ"): left
    glued, the parser reads "XYZ)Former" as a word, and the outlet ends up in names, roles
    and lines. A line without such a dateline comes back as it is, with no outlet.
    """
    m = _GLUED_DATELINE.match(line)
    if m is None:
        return line, None
    outlet = m.group("outlet")
    return line[m.end():], None if outlet in _NOT_AN_OUTLET else outlet
# An e-mail address or phone number after a byline name.
_CONTACT = re.compile(r"(?<!\s)\s+(?:[\w.+\-]+@[\w\-]+\.[\w.\-]+|\(?\d{3}\)?[\s.\-]*\d{3}[.\-]\d{4}).*$")
_LABEL = re.compile(r"^(image|photo|picture|pictured|caption|image caption|photo caption)\s*[:,]?$",
                    re.I)


def _clean_name(raw: str) -> tuple[str, str | None]:
    """'Jane Porter, Mike Nolan and Aisha Khan, CNN' -> ('Jane Porter, ... Aisha Khan', 'CNN')."""
    if m := _LOOSE_DATE.search(raw):
        raw = raw[: m.start()]  # 'By Mike Wall 2019-11-18T20:51Z Science': the date ends it
        # 'By Ann Lee on Monday, November 18th, ...': the words that lead to the date too
        raw = re.sub(rf"\s+on(?:\s+{WEEKDAYS})?[\s,]*$", "", raw, flags=re.I)
    raw = re.split(r"\s*(?:\||\u2013|\u2014| - | for |\s@\w|\s/\s)\s*", raw)[0]
    raw = re.sub(r"(?<=[a-z])[A-Z]{2,}\w*", "", raw)  # 'Jonathan GarberFOXBusiness'
    if (m := re.search(r"(?<=[a-z])[A-Z][\w ]*$", raw)) and _ROLE.search(m.group(0)):
        raw = raw[: m.start()]  # 'Michael HiltzikBusiness Columnist'
    raw = re.sub(r"\s+(?:And|AND)\s+", " and ", raw)
    raw = re.sub(r"^(?i:by)[:\s]+", "", raw.strip())
    raw = re.sub(r"\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?(?=$|,|\s+and\s)", "", raw)
    names: list[str] = []
    outlet = None
    for part in (p.strip() for p in raw.split(",")):
        if not part:
            continue
        if _ROLE.search(part):
            continue
        words = part.split()
        if len(words) == 1:
            if names and outlet is None and (part.isupper() or part in ("Reuters", "Bloomberg")):
                outlet = part
            continue
        names.append(part)
    name = ", ".join(names)
    if all(w.isupper() for w in name.split() if w.lower() not in ("and", "&")):
        name = " ".join(w.lower() if w.lower() == "and" else w if w == "&" else w.capitalize()
                        for w in name.split())
        name = name.replace(" AND ", " and ")
    return name, outlet


def _people(byline: str | None, publisher: str | None) -> str | None:
    """The byline's people without the outlet a page sets after a name ('Jill Disis, CNN
    Business', 'Tanza Loudenback, Business Insider') or a degree ('Ann Lee, MS, RD')."""
    if not byline or "," not in byline:
        return byline
    from briefgen.ingest.html import person_parts  # html.py imports this module

    return ", ".join(person_parts(byline.split(","), publisher)) or byline


def _byline_in(line: str) -> tuple[str, bool] | None:
    """(name, whole line is a byline) when the line names the writer."""
    line = _CONTACT.sub("", line).strip()
    if len(line.split()) > 45:
        return None
    for i, pattern in enumerate(BYLINE):
        if m := pattern.search(line):
            if i == 0:
                if len(line.split()) > 16:
                    continue
                # Keep co-authors and the outlet after the first name for _clean_name.
                return line[m.start("name") :].strip(), True
            return m.group("name").strip(), i < 3
    return None


def _looks_standfirst(line: str, previous: str | None, adjacent: bool = False) -> bool:
    """Is ``line`` the standfirst under the headline ``previous``? It is a sentence, or
    long, or (right under the headline) longer than the headline."""
    if previous is None:
        return False
    words, head = len(line.split()), len(previous.split())
    return (line.endswith((".", "!")) or words >= 16
            or (adjacent and words > head and words >= 8 and head >= 5))


def _pick_title(lines: list[str], cands: list[int], content: list[int], meta: _Meta,
                used: set[int], where: str, headings: set[int] | None = None) -> None:
    """Title (and standfirst) from the candidate lines above the byline or the body."""
    if not cands:
        return
    last = cands[-1]
    prev = cands[-2] if len(cands) >= 2 else None
    # Headline and standfirst are pasted as one block (no blank line between them).
    adjacent = prev is not None and last == prev + 1
    heads = headings or set()
    if prev is not None and _headline_like(lines[prev]) \
            and _looks_standfirst(lines[last], lines[prev], adjacent):
        meta.set("title", lines[prev], "markdown heading" if prev in heads else where)
        meta.set("standfirst", lines[last], where)
        used.update({prev, last})
    elif _headline_like(lines[last]):
        meta.set("title", lines[last], "markdown heading" if last in heads else where)
        used.add(last)


def _headline_like(line: str) -> bool:
    """Could be a headline (which, like a caption, is often in the present tense)."""
    words = len(line.split())
    if _is_quotation(line):
        return False  # a long quotation (a reader's comment, a testimony) is text, not a headline
    # a full stop, also inside a closing quote mark ('... the slogan "Meth, we're on it."'),
    # ends a sentence, never a headline
    return 3 <= words <= 30 and len(line) < 220 and not line.rstrip("\"'\u201d\u2019)").endswith(".")


class _Meta:
    """What the masthead and the page furniture tell us, and where each piece came from."""

    def __init__(self, header: dict[str, str], where: str) -> None:
        self.found: dict[str, str] = {}
        self.title = header.get("title")
        self.byline = header.get("author")
        self.publisher = header.get("publisher")
        self.standfirst = header.get("standfirst")
        self.url = header.get("url")
        self.language = header.get("language") or header.get("lang")
        self.published: dt.date | None = None
        self.updated: dt.date | None = None
        # "The Harbour Post" on a line by the dateline: a vote for the outlet's name
        self.masthead_outlet: str | None = None
        if "date" in header:
            self.published = parse_date(header["date"]) or _first_date(header["date"])
        for key in ("title", "byline", "publisher", "url", "published", "standfirst"):
            if getattr(self, key):
                self.found[key] = where

    def set(self, key: str, value: object, where: str) -> None:
        if value and not getattr(self, key):
            setattr(self, key, value)
            self.found[key] = where


def _is_quotation(line: str) -> bool:
    """A long line that opens with a quote mark: someone's words, perhaps signed '― Name'."""
    return len(line.split()) > 15 and line[:1] in "\"\u201c\u201d\u2018'"


def _is_paragraph(line: str) -> bool:
    return (len(line.split()) >= 12 and _ends_sentence(line) and not is_caption(line)) \
        or _is_quotation(line)


def _body_start(lines: list[str], content: list[int]) -> int:
    """Index of the first body paragraph: a long prose line whose next content line is
    prose too (a standfirst is followed by a caption, a credit or a byline instead)."""
    prose = [i for i in content if _is_paragraph(lines[i])
             or (_is_prose(lines[i]) and _ends_sentence(lines[i]) and not is_caption(lines[i]))]
    for a in prose:
        nxt = next((i for i in content if i > a and len(lines[i].split()) >= 3), None)
        if nxt is None or nxt in prose or (word_count(lines[nxt]) >= 12
                                            and not is_caption(lines[nxt])
                                            and not _CREDIT_LINE.match(lines[nxt])):
            return a
    return prose[0] if prose else (content[0] if content else 0)


_STOP = _ENGLISH | frozenset(["after", "over", "into", "about", "more", "than", "what", "when", "where", "which", "while", "this", "that", "with", "will", "would", "could", "been", "being", "they", "them"])
_TITLE_NOT = re.compile(r"^(?:by\s|\(|\[|[\u2014\u2015])|@|\b(?:home|menu|sign in|log in|subscribe)\b"
                        r"|[|/>\u203a\u00bb]\s*$", re.I)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in _STOP}


_URL = re.compile(r"https?://[^\s<>\"'\]\[()]+", re.I)
_SLUG_WORDS = re.compile(r"[^\W\d_]{3,}")
#: A page file's extension in a slug: no word of the headline.
_FILE_WORDS = frozenset({"html", "htm", "php", "aspx", "asp", "jsp", "shtml"})


def page_url(lines: list[str], title: str | None) -> str | None:
    """The page's own address as a browser copy holds it: a line that is nothing but an
    http(s) address right above or below the headline, or an address anywhere whose
    last path part spells at least three of the headline's words (a citation's
    "retrieved ... from <address>"). Links to other pages (a share link, another story)
    fail both tests; None without a headline."""
    if not title:
        return None
    head = _content_words(title)
    at = [i for i, t in enumerate(lines) if t == title]
    for i in at:
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and (m := _URL.fullmatch(lines[j])):
                return m.group(0)
    for t in lines:
        if "://" not in t or len(t) > 2000:
            continue
        for m in _URL.finditer(t):
            address = m.group(0).rstrip(".,;")
            parts = urlsplit(address)
            if parts.query or parts.fragment:
                continue  # a share link carries the page's address in its query: not the page
            path = parts.path.rstrip("/").split("/")
            if len(path) < 2:
                continue
            slug = {w.lower() for w in _SLUG_WORDS.findall(path[-1])} - _FILE_WORDS
            if len(slug & head) >= 3 and len(slug & head) >= 0.75 * len(slug):
                return address  # the slug spells the headline, not a story on the same topic
    return None


def _headline_by_lead(lines: list[str], cands: list[int], lead: str) -> int | None:
    """The headline among the lines above the byline/dateline: the headline-shaped line
    that shares the most words with the article's first paragraphs (the headline says
    what the lead says; menus, teasers and section names do not), the nearest on a tie.
    None when no line shares two words with the lead."""
    lead_words = _content_words(lead)
    best, best_score = None, 1
    for i in cands:
        t = lines[i]
        if not _headline_like(t) or _TITLE_NOT.search(t) \
                or masthead_date(t) or _byline_in(t) or is_furniture(t):
            continue
        # A headline reads like a caption (present tense: "talks resume in Cairo"), so
        # a caption-shaped line only needs to share one word more than the others.
        shared = len(_content_words(t) & lead_words) - (1 if is_caption(t) else 0)
        if shared >= best_score:
            best, best_score = i, shared
    return best


# How many lines above the article's first paragraph its byline and dateline may sit.
_ABOVE_TEXT = 3


def _masthead(lines: list[str], content: list[int], meta: _Meta,
              first: int = 0, lead: str = "", stop: int = 0,
              year: int | None = None) -> tuple[int, set[int]]:
    """Read title, standfirst, byline and dateline from the top of the article (the
    lines from content position ``first``); return the zone end and the indexes of the
    lines used for metadata. ``year`` is the page's (see page_year), for a date
    stamped without one."""
    top = content[first : first + 40]
    dates = {i for i in top if masthead_date(lines[i], year)}
    markers: list[int] = []
    long_lines = long_after = 0
    for pos, i in enumerate(top):
        t = lines[i]
        near_date = any(
            top[k] in dates and all(len(lines[top[b]].split()) <= 4
                                    for b in range(min(k, pos) + 1, max(k, pos)))
            for k in range(max(0, pos - 2), min(len(top), pos + 3)) if k != pos)
        if i in dates or _byline_in(t) or (near_date and len(t) <= 120 and _NAME_LINE.match(t)):
            markers.append(i)
        elif len(t.split()) >= 12 and i >= stop and not is_caption(t):
            long_after += 1  # article text (a standfirst may come first): the masthead ends
            if long_after > 1:
                break
        elif len(t.split()) >= 12 and _ends_sentence(t) and not is_caption(t):
            long_lines += 1  # prose above the article's text: promos, or an early start
            if long_lines > 2:
                break
    # The byline or dateline right above the article's first paragraph is the article's,
    # however many promo lines above made the scan stop early.
    for i in [i for i in top if i < stop][-_ABOVE_TEXT:]:
        if i not in markers and (i in dates or _byline_in(lines[i])):
            markers.append(i)
    markers.sort()
    used: set[int] = set()
    if not markers:
        return -1, used
    zone_end = markers[-1]
    for i in markers:
        t = lines[i]
        used.add(i)
        if i in dates:
            m = _DATE_BY.match(t)
            found = masthead_date(t, year)
            if m:
                meta.set("byline", _clean_name(m.group("name"))[0], "dateline")
            if found is not None:
                d, updated = found
                if updated:
                    meta.updated = meta.updated or d
                else:
                    meta.set("published", d, "dateline")
            if not m and (n := _NAME_DATE.match(t)) and _writer_name(n.group("name")):
                m = n  # "Chris Davies - Nov 19, 2019, 10:31 pm CST", not "Last Updated - Nov 19"
                meta.set("byline", _clean_name(n.group("name"))[0], "dateline")
            if m or not re.match(r"^(?i:(?:posted )?by)\s", t):
                continue
        by = _byline_in(t)
        if by is not None:
            name, outlet = _clean_name(by[0])
            meta.set("byline", name, "byline line" if by[1] else "standfirst")
            if outlet:
                meta.set("publisher", outlet, "byline line")
            if not by[1]:
                meta.set("standfirst", t, "masthead")
        elif t.startswith("The "):
            meta.masthead_outlet = meta.masthead_outlet or t  # an outlet, not a person
        else:
            meta.set("byline", _clean_name(t)[0], "name line by the dateline")
    if meta.published is None and meta.updated is not None:
        meta.set("published", meta.updated, "dateline (updated)")
    first = markers[0]
    best = _headline_by_lead(lines, [i for i in top if i < first], lead)
    if best is None:
        best = _headline_by_lead(lines, [i for i in top if i < stop and i not in markers], lead)
    if meta.title is None and best is not None:
        above = [i for i in top if i < best and i not in markers]
        prev = above[-1] if above else None
        if prev is not None and _headline_like(lines[prev]) and not _TITLE_NOT.search(lines[prev]) \
                and _content_words(lines[prev]) & _content_words(lead) \
                and _looks_standfirst(lines[best], lines[prev], prev == best - 1):
            best = prev  # the line found is the standfirst under the headline
        meta.set("title", lines[best], "masthead")
        used.add(best)
        after = next((i for i in top if best < i < max(first, stop) and i not in markers), None)
        if after is not None and _looks_standfirst(lines[after], lines[best], after == best + 1):
            meta.set("standfirst", lines[after], "masthead")
            used.add(after)
    cands = [i for i in top if (i < first and _headline_like(lines[i]))
             or (i < first and len(lines[i].split()) >= 12 and not is_caption(lines[i]))]
    _pick_title(lines, cands, content, meta, used, "masthead")
    # A standfirst printed between the byline and the dateline.
    for i in content:
        if first < i <= zone_end and i not in used and len(lines[i].split()) >= 12 \
                and not is_caption(lines[i]):
            meta.set("standfirst", lines[i], "masthead")
            used.add(i)
    return zone_end, used


def parse_text(raw: str, source: str) -> Article:
    """Clean pasted text into an Article (body paragraphs separated by a blank line).

    Raises InputError when no line of the text reads as article prose.
    """
    split = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").split("\n")
    header, skip = _header(split)
    meta = _Meta(header, "front matter" if raw.lstrip().startswith("---") else "header block")
    cleaned = [_clean_markdown(_CARD.sub(r"\g<name>", ln))
               for ln in _unwrap([ln.strip() for ln in split[skip:]])]
    lines = _join_drop_caps([t for t, _ in cleaned], raw)
    headings = {i for i, (_, h) in enumerate(cleaned) if h}
    credited = {CREDIT.sub("", t).strip() for t in lines if t and has_credit(t)}
    counts: dict[str, int] = {}
    for t in lines:
        if t:
            counts[t] = counts.get(t, 0) + 1
    content = [i for i, t in enumerate(lines) if t and not is_furniture(t)]
    # The masthead (headline, byline, dateline) sits just above the article's text: a
    # first guess of where that text starts skips the menus and teasers above it.
    guess = _core(lines, {i for i in content if _is_prose(lines[i]) and not is_caption(lines[i])
                          and not _headline_like(lines[i])})
    start = min(guess) if guess else 0
    top = max(0, sum(1 for i in content if i < start) - MASTHEAD_LINES)
    lead = " ".join(lines[i] for i in sorted(guess)[:12])
    zone_end, used = _masthead(lines, content, meta, top, lead, start, page_year(lines))
    if meta.title is None and content and zone_end < 0:
        # No byline or dateline at the top: the title is the headline-like line just
        # before the body (or before the standfirst that precedes it).
        start = _body_start(lines, content)
        near = [i for i in content[top:] if i < start]
        if (best := _headline_by_lead(lines, near, lead)) is not None:
            meta.set("title", lines[best], "line before the text")
        cands = [i for i in content if i < start
                 and (_headline_like(lines[i]) or len(lines[i].split()) >= 12)]
        while len(cands) > 1 and is_caption(lines[cands[-1]]):
            cands.pop()  # a photo caption under the headline (both are present tense)
        if cands:
            _pick_title(lines, cands, content, meta, used, "line before the text", headings)
            # Short lines above the body are masthead and page chrome; a long line there
            # is article text the body-start guess passed over (a paragraph that is all
            # quotation, say), so it stays.
            used.update(i for i in content if i < start and len(lines[i].split()) < MASTHEAD_WORDS)

    if meta.url is None and (url := page_url(lines, meta.title)) is not None:
        meta.set("url", url, "the page's address on the page")
    if (outlet := outlet_from_page(lines, meta.byline, meta.masthead_outlet, meta.url)) is not None:
        meta.set("publisher", outlet, "page furniture (the name the page gives itself)")
    tail = set(content[-6:])  # where author notes sit
    body: list[str] = []
    kept: list[int] = []
    minor: list[int] = []
    seen: set[str] = set()
    first_copy: dict[str, tuple[int, bool]] = {}  # a repeated line: its first kept copy, after a paragraph?
    lifted: set[int] = set()  # first copies a later copy in the story replaces
    in_list = 0
    after_label = False
    caption_lines: list[tuple[int, str]] = []  # kept out of the body, read for roles
    foot_bylines: list[tuple[int, str]] = []
    cards: set[int] = set()
    for i, ln in enumerate(lines):
        if not ln:
            continue
        if is_furniture(ln):
            if has_credit(ln):
                caption_lines.append((i, ln))
            for p in PUBLISHER:
                if (m := p.search(ln)) and (name := clean_outlet(m.group("name"))):
                    meta.set("publisher", name, "page furniture")
                    break
            if m := _SIGNOFF_BYLINE.match(ln):
                meta.set("byline", m.group("name"), "reporting credit")
            if _LIST_HEADING.match(ln):
                in_list = 16
            after_label = bool(_LABEL.match(ln))
            continue
        if after_label:
            after_label = False
            if not _ends_sentence(ln) or len(ln.split()) < 20:
                caption_lines.append((i, ln))
                continue  # the caption under an "Image:" label
        if _LIST_HEADING.match(ln) or _LINK_LABEL.match(ln):
            in_list = 16
            continue  # "More:", "More in Politics": links to other stories follow
        if i in used or i <= zone_end:
            continue  # masthead: metadata, kickers, section names, roles
        if in_list and len(ln.split()) <= 14 and (
                not _FULL_STOP.search(ln) or ln.endswith("?") or _CUT_HEADLINE.search(ln)):
            in_list -= 1
            continue  # a headline in a "Read more"/"Related" link list
        in_list = 0
        if ln in credited or ln == meta.title or ln == meta.standfirst:
            if ln in credited:
                caption_lines.append((i, ln))
            continue  # caption printed again without its credit, or a repeated headline
        if ln in seen and ((counts.get(ln, 0) > 1 and len(ln.split()) < _REPEAT_WORDS) or not _ends_sentence(ln)):
            if not _told_here(lines, ln, i, first_copy):
                continue  # a pull quote, or the same line printed again
            lifted.add(first_copy[ln][0])  # the first copy was a highlight above the story
            first_copy[ln] = (i, True)
        seen.add(ln)
        if ln not in first_copy and counts.get(ln, 0) > 1:
            first_copy[ln] = (i, _story_paragraph(lines, i, -1))
        if i in cards:
            continue  # the byline of another story's teaser card
        if (nxt := next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j]), None)) \
                is not None and _card_byline(lines, nxt) and not _ends_sentence(ln) \
                and 2 <= word_count(ln) <= MASTHEAD_WORDS:
            cards.add(nxt)
            continue  # another story's headline, its byline under it: a teaser card
        if (name := _foot_byline(ln, meta.byline)) is not None:
            foot_bylines.append((i, name))
            continue  # left out for now: back in the body unless it is among the last lines
        if (d := parse_date(ln)) is not None:
            meta.set("published", d, "dateline")
            continue
        if i in tail and (m := _BIO.match(ln)):
            if m.group("name"):
                meta.set("byline", _clean_name(m.group("name"))[0], "author note")
            continue
        if is_caption(ln) or (i + 1 < len(lines) and _CREDIT_LINE.match(lines[i + 1])
                              and word_count(ln) <= 60):
            caption_lines.append((i, ln))
            continue  # a caption (the line right above a photo credit is one too)
        if _is_caps_link(ln):
            continue  # "LENA CORBETT ELIMINATED FROM 'SINGING ON ICE'": a link set inline
        if i in headings or not _is_prose(ln):
            minor.append(i)  # a crosshead or list item: article text inside the article
            continue
        kept.append(i)
    kept = [i for i in kept if i not in lifted]
    minor = [i for i in minor if i not in lifted]
    core = _core(lines, set(kept))
    tail_at = _release_tail_at(lines, sorted(i for i in kept if i in core), minor)
    picked = [i for i in sorted(kept + [j for j in minor if _minor_ok(lines[j])])
              if i in core and i < tail_at]
    # A byline alone is the writer's credit only at the article's foot: after the body's
    # last line but the writer's note (read, as that note is, among the last _NOTE_LINES
    # lines). Higher up it is article text (a list of books and their writers) and goes
    # back into the body.
    foot = [(i, name) for i, name in foot_bylines if i in core]
    writers = meta.byline or ", ".join(name for _, name in foot)
    last = max((i for i in picked if i not in picked[-_NOTE_LINES:]
                or not _writer_note(lines[i], writers)), default=-1)
    picked = sorted(picked + [i for i, _ in foot if i < last])
    if meta.byline is None and (at_foot := [name for i, name in foot if i > last]):
        meta.set("byline", at_foot[0], "byline at the article's foot")
    notes = {i for i in picked[-_NOTE_LINES:] if _writer_note(lines[i], meta.byline)}
    for i in picked:
        if i in notes:
            continue  # "Ann Lee is the paper's ...": the writer's note at the foot
        ln = lines[i]
        if not body and (m := _WIRE.match(ln)):
            agency = m.group("agency")
            meta.set("publisher", _AGENCIES.get(agency, agency), WIRE_DATELINE)
        ln, outlet = unglue_dateline(ln)
        if outlet is not None and not body:
            meta.set("publisher", outlet, GLUED_DATELINE)
        body.append(ln)
    body = _without_boilerplate(body, meta.publisher)
    breaks = split_walls(body)
    if not body:
        raise InputError(f"{source}: no article text found; is this a news article?")
    captions: list[str] = []
    if core:
        # the article's own pictures: from its headline (the lead photo sits under it)
        # to just after its last paragraph (a gallery); teasers further off have pictures too
        lo = min([min(core) - CAPTION_LINES_AROUND, *used])
        hi = max(core) + CAPTION_LINES_AROUND
        for i, ln in caption_lines:
            if lo <= i <= hi:
                add_caption(captions, ln)
    check_notice(source, body)
    warnings = short_body_warning(source, body)
    if meta.language is None:
        meta.set("language", guess_language(" ".join(body)), "script and function words")
    warnings += language_warning(source, meta.language)
    return Article(source=source, body="\n\n".join(body), title=clean_headline(meta.title),
                   standfirst=meta.standfirst, byline=_people(meta.byline, meta.publisher), published=meta.published,
                   publisher=meta.publisher, url=meta.url, found=meta.found,
                   language=meta.language, warnings=warnings, captions=captions,
                   recovered_breaks=breaks)


# End-of-article markers: a comment thread or a recirculation block starts here.
_END_MARK = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reactions?)(?:\s*\(\d+\))?\s*:?$"
    r"|^\d+\s+(?:comments?|responses?|replies)\b"
    r"|^(?:leave|post|add|write) a (?:reply|comment|response)\b"
    r"|^(?:\d+\s+)?responses? to\b"
    r"|^(?:join|start) the (?:discussion|conversation)\b"
    r"|^(?:more (?:in|from|on|about)\b|related\b|recommended\b|trending\b|popular\b|"
    r"most (?:read|popular|viewed|shared|commented)\b|latest\b|you (?:may|might) also\b|"
    r"read (?:more|next|also)\b|see also\b|also (?:read|on)\b|editor'?s picks?\b|"
    r"top stories\b|don'?t miss\b|what to read next\b|up next\b|share this\b)[^.!?]{0,50}$"
    r"|^\S.{0,40}\s(?:says|said|wrote|writes|commented)\s*:\s*$"
    r"|^(?:explore further|further reading|references|sources|about this (?:statement|article|"
    r"story|report)|citation)\b[^.!?]{0,40}$"
    r"|^(?:about|\u00fcber|sobre|\u00e0 propos de) (?-i:[A-Z][\w'\-]+(?: [A-Z][\w'\-]+){1,3})$"
    r"|^more (?-i:[A-Z])[\w'&\-]*(?: [\w'&\-]+){0,3}$|^quick links$"
    r"|^reply$|^report (?:abuse|comment)$|^(?:like|dislike|upvote|downvote)s?$",
    re.I,
)
# A sentence's end: a full stop, question or exclamation mark (or colon, semicolon,
# ellipsis), perhaps inside closing quotes or brackets. A headline in quotes
# ("'Naive and trusting'") or with a count ("Headline (185)") has none.
_FULL_STOP = re.compile("[.!?:;\u2026\u3002\uff01\uff1f][\"'\u201d\u2019)\\]\u300d]*$")
# "Read more: Why lithium matters": a link set inside the article, not a block heading.
_INLINE_LINK = re.compile(r"^[^:]{2,30}:\s*\S.{10,}$")
# Core-region scores (see _core): what a line that is not article prose costs.
_COST_MARK, _COST_HEAD, _COST_OTHER = 40, 8, 3
# A lone prose line is a dek or a comment when other lone ones sit within this many
# lines before and after it, and it is shorter than _ALONE_WORDS.
_ALONE_GAP, _ALONE_WORDS = 4, 60
# What a table row (cells separated by tabs) adds to the article's score.
_TABLE_ROW = 2
# The article resumes after an inline block when paragraphs follow within this many lines.
_RESUME_GAP = 8
# A page sets its paragraphs apart with blank lines when this many prose lines are.
_SPACED_PARAS = 3


CAPS_LINK_WORDS = 6


def _is_caps_link(line: str) -> bool:
    """A headline of another story set in capitals inside the article: six words or
    more, every letter a capital, no full stop, not a table row. (A crosshead in
    capitals is shorter.)"""
    if "\t" in line or len(line.split()) < CAPS_LINK_WORDS or _FULL_STOP.search(line):
        return False
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# The paragraphs a press release ends with: the issuer describes itself.
_SELF_DESCRIPTION = r"\s+(?:(?:is|was)\s+(?:a|an|the|one of)\s|(?:is\s+)?headquartered\s+in\b)"


def _without_boilerplate(body: list[str], publisher: str | None) -> list[str]:
    """Drop the issuer's description that closes a press release ('Ascom is a global
    solutions provider ...') and whatever follows it: from the first paragraph in the
    second half of the body that opens with the name the page gives itself and says
    what it is."""
    if not publisher or len(body) < 4:
        return body
    opens = re.compile(re.escape(publisher) + _SELF_DESCRIPTION)
    for k in range(max(2, len(body) // 2), len(body)):
        if opens.match(body[k]):
            return body[:k]
    return body


#: "About Kestrel Robotics": the heading over what the issuer of a press release says of
#: itself (an end mark of :data:`_END_MARK`, so the line itself never reaches the body).
_ABOUT_HEADING = re.compile(r"^(?:about|\u00fcber|sobre|\u00e0 propos de) (?P<name>(?-i:[A-Z])[\w'\-]+)"
                            r"(?: (?-i:[A-Z])[\w'\-]+){1,3}$", re.I)


def _release_tail_at(lines: list[str], kept: list[int], minor: list[int]) -> int:
    """Where a press release's "About <Name>" section starts among the article's lines
    (len(lines) when it has none): an "About <Name>" heading in the second half of the
    kept paragraphs whose next paragraph opens with that name ("Kestrel Robotics makes
    ..."). The heading is an end mark and goes; without this the paragraphs under it,
    long prose, stayed in the body with nothing left to say they are the issuer's."""
    if len(kept) < 4:
        return len(lines)
    half = kept[len(kept) // 2]
    for j in minor:
        if j <= half or not (m := _ABOUT_HEADING.match(lines[j])):
            continue
        nxt = next((i for i in kept if i > j), None)
        name = m.group("name").lower()
        # the name itself, not a longer word it begins ("About Apple" / "Applebee's")
        if nxt is not None and lines[nxt].lower().startswith(name) and not lines[nxt][
                len(name):len(name) + 1].isalnum():
            return j
    return len(lines)


def _minor_ok(line: str) -> bool:
    """A short line inside the article that is text (a crosshead, a list item, a table
    row), not a lone word, number or link label."""
    return len(line.split()) >= 2 and parse_date(line) is None and not _END_MARK.match(line)


_LIST_RUN = 3


def _list_key(line: str) -> str | None:
    """The shape of a list item: what it starts with (a date, a number, a bullet or a
    word) and that it is short. None for lines that are not list items."""
    n = len(line.split())
    if n < 2 or n > 25 or _END_MARK.match(line) or is_furniture(line):
        return None
    first = line.split()[0].lower().rstrip(".:,)")
    if first in _MONTH_NUM:
        return "month"
    if first.isdigit():
        return "number"
    if first in ("-", "*", "\u2022", "\u2013", "\u2014"):
        return "bullet"
    return None


def _core(lines: list[str], kept: set[int]) -> set[int]:
    """The article's own stretch of the page: the run of lines with the most article
    prose in it, where page furniture between paragraphs costs words.

    Each kept (prose) line scores its word count; a link-like headline line (short, no
    final punctuation) costs _COST_HEAD, other furniture _COST_OTHER, and an end marker
    ("Comments", "Related", "More from ...", "name says:") _COST_MARK. A short prose
    line between two headline lines is a teaser's dek and scores nothing. The best
    scoring run (maximum-sum subarray) is the article; prose outside it (teasers,
    comments, promos above or below) is dropped.
    """
    idx = [i for i, t in enumerate(lines) if t]
    if not idx:
        return set()

    def headish(i: int) -> bool:
        t = lines[i]
        n = word_count(t)
        return 2 <= n <= 20 and not _ends_sentence(t)

    def teaser_head(i: int) -> bool:
        t = lines[i]
        return headish(i) and len(t.split()) >= 4 and parse_date(t) is None \
            and not _END_MARK.match(t) and not _LIST_HEADING.match(t)

    # A long line without a full stop is still a paragraph in a language that spaces its
    # words; a Chinese or Japanese line without one is a headline, however long.
    prose = [i in kept and (bool(_FULL_STOP.search(lines[i]))
                            or (word_count(lines[i]) > 16 and not _CJK.search(lines[i])))
             for i in idx]
    # A prose line alone between furniture lines, in a stretch where that repeats, is a
    # teaser's dek or a comment (name / time / text / "Reply"), not a paragraph.
    alone = [p and (k == 0 or not prose[k - 1]) and (k + 1 == len(idx) or not prose[k + 1])
             for k, p in enumerate(prose)]
    # innerText puts a blank line around a <p> only: on a page whose paragraphs are set
    # apart by blank lines, a prose line glued to its neighbours is a teaser, a comment
    # or a footer (a <div> or <li>), and weighs half.
    para = [(i > 0 and not lines[i - 1]) or (i + 1 < len(lines) and not lines[i + 1])
            for i in idx]
    apart = [(i > 0 and not lines[i - 1]) and (i + 1 < len(lines) and not lines[i + 1])
             for i in idx]
    spaced = sum(1 for pos, i in enumerate(idx) if para[pos] and prose[pos]
                 and word_count(lines[i]) >= 12) >= _SPACED_PARAS
    scores: list[float] = []
    unstopped = False
    for pos, i in enumerate(idx):
        t = lines[i]
        n = word_count(t)
        if prose[pos] and spaced and not para[pos]:
            n = n // 2
        was_unstopped, unstopped = unstopped, False
        if prose[pos]:
            prev = idx[pos - 1] if pos else None
            nxt = idx[pos + 1] if pos + 1 < len(idx) else None
            dek = n < 60 and prev is not None and teaser_head(prev) and not prose[pos - 1] \
                and (nxt is None or (teaser_head(nxt) and not prose[pos + 1])
                     or bool(_TIMESTAMP.match(lines[nxt])))
            repeated = alone[pos] and n < _ALONE_WORDS and (
                any(alone[max(0, pos - _ALONE_GAP) : pos])
                and any(alone[pos + 1 : pos + 1 + _ALONE_GAP]))
            if spaced and apart[pos]:
                repeated = False  # a <p> of its own between short lines: a quoted review
            scores.append(0.0 if dek else -_COST_OTHER if repeated else float(min(n, 80)))
        elif (_END_MARK.match(t) or _LIST_HEADING.match(t)) and not _INLINE_LINK.match(t):
            scores.append(-_COST_MARK)
        elif i in kept and pos and (prose[pos - 1] or was_unstopped) and len(t.split()) >= 10:
            scores.append(1.0)  # a paragraph that lost its final full stop, or a list of them
            unstopped = True
            continue
        elif t.count("\t") >= 2:
            scores.append(float(_TABLE_ROW))  # a table row: data, and part of the article
        elif i in kept or headish(i):
            scores.append(-_COST_HEAD)
        else:
            scores.append(-_COST_OTHER)
    best, best_lo, best_hi = float("-inf"), 0, -1
    run, lo = 0.0, 0
    for k, sc in enumerate(scores):
        if run <= 0:
            run, lo = 0.0, k
        run += sc
        if run > best:
            best, best_lo, best_hi = run, lo, k
    if best_hi < 0:
        return set()
    # An inline block ("Recommended stories", a list of three links) can split the
    # article: two or more paragraphs in a row soon after the end carry it on.
    k = best_hi + 1
    while k < len(idx):
        nxt = next((j for j in range(k, min(k + _RESUME_GAP, len(idx))) if prose[j]), None)
        if nxt is None:
            break
        run = nxt + 1 < len(idx) and prose[nxt + 1]
        # One long paragraph right after a short block, with no more prose after it.
        last = nxt - k < 4 and word_count(lines[idx[nxt]]) >= 25 \
            and not any(prose[nxt + 1 : nxt + 1 + _RESUME_GAP])
        if not (run or last):
            break
        end = nxt
        while end + 1 < len(idx) and prose[end + 1]:
            end += 1
        best_hi, k = end, end + 1
    # A list that the article ends with (tour dates, a calendar, a table): three or more
    # lines of the same shape right after it, under at most one heading line.
    for skip in (0, 1):
        k = best_hi + 1 + skip
        end = k
        while end < len(idx) and _list_key(lines[idx[end]]) is not None \
                and _list_key(lines[idx[end]]) == _list_key(lines[idx[k]]):
            end += 1
        if end - k >= _LIST_RUN:
            best_hi = end - 1
            break
    k = best_lo - 1
    while k > 0:
        nxt = next((j for j in range(k, max(k - _RESUME_GAP, -1), -1) if prose[j]), None)
        if nxt is None or nxt == 0 or not prose[nxt - 1]:
            break
        start = nxt
        while start > 0 and prose[start - 1]:
            start -= 1
        best_lo, k = start, start - 1
    return set(range(idx[best_lo], idx[best_hi] + 1))


_KICKER = re.compile(
    r"^(?:column|opinion|analysis|editorial|commentary|review|exclusive|explainer|"
    r"perspective|interview|watch|live|breaking(?: news)?|update[d]?|podcast|video|photos|"
    r"fact check|news analysis|letters?|obituary|essay|op-ed)\s*[:|\u2013\u2014]\s+(?=\S)",
    re.I,
)
_SITE_SUFFIX = re.compile(r"(?<!\s)\s+(?:\||\u2013|\u2014|-|::|\u00bb)\s+(?P<site>[^|\u2013\u2014]{2,40})$")


def clean_headline(title: str | None) -> str | None:
    """The headline as printed: no section label in front ('Column: ', 'Opinion | ') and
    no site name behind (' | Al Bawaba', ' - SpaceNews.com')."""
    if not title:
        return title
    t = title.strip()
    while (m := _SITE_SUFFIX.search(t)) and word_count(m.group("site")) <= 4 \
            and word_count(t[: m.start()]) >= 4:
        t = t[: m.start()].rstrip()
    t = _KICKER.sub("", t)
    return t or title


def _first_date(text: str) -> dt.date | None:
    m = _DATE.search(text)
    return _to_date(m) if m else None
