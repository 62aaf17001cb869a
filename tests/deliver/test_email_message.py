"""The email message itself and recipient resolution (no server needed)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen.config import Audience, Settings, load_settings
from briefgen.deliver.email import (
    audience_groups,
    build_message,
    builtin_templates_dir,
    resolve_recipients,
)
from briefgen.errors import ConfigError
from briefgen.models import Brief

# --- recipients ------------------------------------------------------------------------


def test_groups_expand_nested_and_dedupe_in_order(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings()
    got = resolve_recipients(settings, ["everyone", "BOB@example.org", "dan@example.org"])
    assert got == [
        "Ann Minister <ann@example.org>",
        "bob@example.org",
        "carol@example.org",
        "dan@example.org",
    ]


def test_group_cycle_is_a_config_error_naming_the_loop(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(groups={"a": ["x@example.org", "b"], "b": ["c"], "c": ["a"]})
    with pytest.raises(ConfigError, match=r"cycle \(a -> b -> c -> a\)"):
        resolve_recipients(settings, ["a"])


def test_shared_subgroups_are_not_a_cycle(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(groups={"all": ["east", "west"], "east": ["core"], "west": ["core", "w@example.org"],
                                     "core": ["c@example.org"]})
    assert resolve_recipients(settings, ["all"]) == ["c@example.org", "w@example.org"]


def test_unknown_group_lists_the_known_ones(make_settings: Callable[..., Settings]) -> None:
    with pytest.raises(ConfigError, match=r"unknown email group 'ministerz'.*advisers, everyone, ministers"):
        resolve_recipients(make_settings(), ["ministerz"])


@pytest.mark.parametrize("bad", ["ann@", "@example.org", "a b@example.org", "a@b@c",
                                 "x@example.org\r\nBcc: evil@example.org", "a@example.org, b@example.org"])
def test_bad_address_in_a_group_names_the_group(bad: str, make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(groups={"team": ["ok@example.org", bad]})
    with pytest.raises(ConfigError, match=r"^email\.groups\.team: "):
        resolve_recipients(settings, ["team"])


def test_audience_default_groups(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings()
    settings.audiences["executive"] = Audience(email_groups=["ministers"])
    settings.audiences["policy"] = Audience()
    assert resolve_recipients(settings, audience_groups(settings, "executive")) == [
        "Ann Minister <ann@example.org>", "bob@example.org"]
    with pytest.raises(ConfigError, match=r"audiences\.policy\.email_groups is empty"):
        audience_groups(settings, "policy")


def test_unknown_subject_placeholder_is_rejected_at_load(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("email:\n  subject: '{title} for {recipient}'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"email\.subject: .*unknown subject placeholder \{recipient\}"):
        load_settings(cfg, cwd=tmp_path)


# --- the message -----------------------------------------------------------------------


def test_message_has_headers_alternatives_and_the_pdf(brief: Brief, pdf_bytes: bytes, make_settings: Callable[..., Settings], parse: Callable[[bytes], EmailMessage]) -> None:
    msg = parse(bytes(build_message(make_settings(), brief, pdf_bytes, "2026-11-26-talks.pdf",
                                    "Ann Minister <ann@example.org>")))
    assert msg["Subject"] == "Border talks stall as ministers meet (26 November 2026)"
    assert msg["From"] == "Brief Desk <briefs@example.org>"
    assert msg["To"] == "Ann Minister <ann@example.org>"
    assert msg["Reply-To"] == "desk@example.org"
    assert msg["Message-ID"].endswith("@example.org>")
    assert msg.get_content_type() == "multipart/mixed"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "Ministers met on Tuesday & agreed" in text  # plain text is not HTML-escaped
    assert "Ministers met on Tuesday &amp; agreed" in html
    assert "KEY FACTS" in text and "2 more in the attached PDF" in text
    [att] = list(msg.iter_attachments())
    assert att.get_content_type() == "application/pdf"
    assert att.get_filename() == "2026-11-26-talks.pdf"
    assert att.get_content() == pdf_bytes
    pages = PdfReader(io.BytesIO(att.get_content())).pages
    assert "Brief" in pages[0].extract_text()


def test_html_body_is_email_safe(brief: Brief, pdf_bytes: bytes, make_settings: Callable[..., Settings]) -> None:
    settings = make_settings()
    settings.organisation.colours.primary = "red;background:url(https://tracker.example/x.png)"
    html = build_message(settings, brief, pdf_bytes, "b.pdf", "ann@example.org").get_body(
        ("html",)).get_content()
    # No external fetches: no images, stylesheets, scripts, frames, CSS urls or imports.
    for pattern in (r"<img", r"<link", r"<script", r"<iframe", r"<style", r"\bsrc\s*=", r"url\(", r"@import"):
        assert not re.search(pattern, html, re.IGNORECASE), pattern
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # article text is escaped
    assert 'href="https://news.example.org/talks?id=1&amp;v=2"' in html
    assert "javascript:" not in html  # non-http source URL is shown as text, not linked
    assert "border-top:5px solid #1f3a5f" in html  # bad config colour falls back
    assert 'style="' in html


@pytest.mark.parametrize("evil", ["\r\nBcc: evil@example.org", "\nBcc: evil@example.org",
                                  "\u2028Bcc: evil@example.org", "\x85Bcc: evil@example.org"])
def test_title_cannot_inject_headers(brief: Brief, pdf_bytes: bytes, evil: str, make_settings: Callable[..., Settings], parse: Callable[[bytes], EmailMessage]) -> None:
    brief = brief.model_copy(update={"title": f"Talks{evil}"})
    raw = bytes(build_message(make_settings(), brief, pdf_bytes, f"talks{evil}.pdf", "ann@example.org"))
    msg = parse(raw)
    assert msg["Bcc"] is None
    assert msg.get_all("Subject") == ["Talks Bcc: evil@example.org (26 November 2026)"]
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    assert not re.search(rb"^Bcc:", head, re.MULTILINE | re.IGNORECASE)
    [att] = list(msg.iter_attachments())
    assert att.get_filename() == "talks Bcc_ evil@example.org.pdf"


def test_subject_template_from_config(brief: Brief, pdf_bytes: bytes, make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(subject="[{organisation}] {title}")
    msg = build_message(settings, brief, pdf_bytes, "b.pdf", "ann@example.org")
    assert msg["Subject"] == "[Ministry of Examples] Border talks stall as ministers meet"


def test_missing_from_is_a_config_error(brief: Brief, pdf_bytes: bytes, make_settings: Callable[..., Settings]) -> None:
    settings = make_settings()
    settings.email.from_ = None
    with pytest.raises(ConfigError, match=r"email\.from is not set"):
        build_message(settings, brief, pdf_bytes, "b.pdf", "ann@example.org")


def test_project_templates_override_the_builtin_body(tmp_path: Path, brief: Brief,
                                                     pdf_bytes: bytes, make_settings: Callable[..., Settings]) -> None:
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "body.txt.j2").write_text("Custom: {{ title }}\n", encoding="utf-8")
    settings = make_settings()
    settings.templates_dir = tmp_path
    msg = build_message(settings, brief, pdf_bytes, "b.pdf", "ann@example.org")
    assert msg.get_body(("plain",)).get_content() == f"Custom: {brief.title}\n"
    assert "Key facts" in msg.get_body(("html",)).get_content()  # built-in HTML still used


NOTICE = ("Source 2 is in German: briefgen reads English only, so no facts, quotes, people or "
          "dates are taken from it.")


def test_a_notice_is_the_first_thing_both_bodies_say(brief: Brief, pdf_bytes: bytes,
                                                    make_settings: Callable[..., Settings]) -> None:
    """A source briefgen could not read: the email says so above the summary, and the
    summary holds only the article's lines."""
    brief = brief.model_copy(update={"notices": [NOTICE]})
    msg = build_message(make_settings(), brief, pdf_bytes, "b.pdf", "ann@example.org")
    text = msg.get_body(("plain",)).get_content()
    folded = " ".join(text.split())
    assert f"NOTE: {NOTICE}" in folded
    assert folded.index(NOTICE) < folded.index("SUMMARY") < folded.index("Ministers met on Tuesday")
    assert all(len(line) <= 72 for line in text.splitlines())
    html = msg.get_body(("html",)).get_content()
    assert NOTICE in html
    assert html.index(NOTICE) < html.index(">Summary</h2>") < html.index("Ministers met on Tuesday")
    summary = html[html.index(">Summary</h2>"):html.index("</ul>", html.index(">Summary</h2>"))]
    assert "English only" not in summary


def test_a_project_body_that_predates_notices_is_warned_about(
        tmp_path: Path, brief: Brief, pdf_bytes: bytes, make_settings: Callable[..., Settings],
        caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "body.txt.j2").write_text("Custom: {{ title }}\n", encoding="utf-8")
    settings = make_settings()
    settings.templates_dir = tmp_path
    with caplog.at_level("WARNING", logger="briefgen.render.html"):
        msg = build_message(settings, brief.model_copy(update={"notices": [NOTICE]}), pdf_bytes,
                            "b.pdf", "ann@example.org")
    assert msg.get_body(("plain",)).get_content() == f"Custom: {brief.title}\n"
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 1 and "body.txt.j2" in warned[0] and "German" in warned[0]


def test_sent_log_key_of_a_brief_without_notices_is_as_before(brief: Brief, pdf_bytes: bytes) -> None:
    """Upgrading briefgen does not make an already-sent brief look new (and be sent again):
    a brief with no notices is keyed as it was before ``notices`` existed."""
    import hashlib

    from briefgen.deliver.email import brief_digest

    before = hashlib.sha256(brief.model_dump_json(exclude={"generated", "notices"}).encode()).hexdigest()
    assert brief_digest(brief, pdf_bytes) == before
    assert brief_digest(brief.model_copy(update={"notices": [NOTICE]}), pdf_bytes) != before


def test_builtin_templates_are_found() -> None:
    assert (builtin_templates_dir() / "email" / "body.html.j2").is_file()
    assert (builtin_templates_dir() / "email" / "body.txt.j2").is_file()
