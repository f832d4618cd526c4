"""parse_feed on RSS 2.0, Atom, relative links, ill-formed and empty input."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ingest.errors import FeedParseError
from ingest.feeds import parse_feed
from newsflow.errors import PermanentError

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <title>Example News</title>
  <link>https://news.example/</link>
  <item>
    <title>First story</title>
    <link>https://news.example/a/1</link>
    <guid isPermaLink="false">urn:example:1</guid>
    <pubDate>Thu, 10 Nov 2016 08:17:00 +0100</pubDate>
    <description>Summary one</description>
  </item>
  <item>
    <title>Second story</title>
    <link>/a/2</link>
  </item>
  <item>
    <title>No link at all</title>
    <description>dropped</description>
  </item>
  <item>
    <title>Script link</title>
    <link>javascript:alert(1)</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Gazette – news</title>
  <id>urn:atom:feed</id>
  <updated>2024-03-01T10:00:00Z</updated>
  <entry>
    <title>Café opens</title>
    <id>tag:atom.example,2024:1</id>
    <link rel="alternate" href="stories/cafe"/>
    <updated>2024-03-01T09:30:00-05:00</updated>
    <summary>A café opened.</summary>
  </entry>
  <entry>
    <title>Only edited</title>
    <id>tag:atom.example,2024:2</id>
    <link href="https://atom.example/abs/2"/>
  </entry>
</feed>
""".encode()


def test_rss2_entries_guid_link_date_summary() -> None:
    feed = parse_feed(RSS, {"Content-Type": "application/rss+xml"}, "https://news.example/feed.xml")
    assert feed.title == "Example News"
    assert not feed.bozo
    assert feed.bozo_reason is None
    first, second = feed.entries[:2]
    assert first.guid == "urn:example:1"
    assert first.link == "https://news.example/a/1"
    assert first.title == "First story"
    assert first.summary == "Summary one"
    assert first.published_at == datetime(2016, 11, 10, 7, 17, tzinfo=UTC)
    assert first.published_at.tzinfo is not None
    assert second.link == "https://news.example/a/2"
    assert second.guid == second.link  # no <guid>: the link stands in
    assert second.published_at is None


def test_entries_without_http_link_are_dropped() -> None:
    feed = parse_feed(RSS, {}, "https://news.example/feed.xml")
    assert [e.title for e in feed.entries] == ["First story", "Second story"]


def test_atom_relative_links_resolve_against_content_location() -> None:
    headers = {"Content-Type": "application/atom+xml", "Content-Location": "/feeds/main/atom.xml"}
    feed = parse_feed(ATOM, headers, "https://atom.example/atom")
    assert feed.title == "Atom Gazette – news"
    cafe, edited = feed.entries
    assert cafe.link == "https://atom.example/feeds/main/stories/cafe"
    assert cafe.guid == "tag:atom.example,2024:1"
    assert cafe.title == "Café opens"
    assert cafe.published_at == datetime(2024, 3, 1, 14, 30, tzinfo=UTC)  # from <updated>, normalised to UTC
    assert edited.link == "https://atom.example/abs/2"


def test_relative_links_resolve_against_feed_url_without_content_location() -> None:
    feed = parse_feed(ATOM, {}, "https://atom.example/x/atom.xml")
    assert feed.entries[0].link == "https://atom.example/x/stories/cafe"


def test_bozo_feed_with_bare_ampersand_still_yields_entries() -> None:
    body = RSS.replace(b"<title>First story</title>", b"<title>Fish & chips</title>")
    feed = parse_feed(body, {"content-type": "application/rss+xml"}, "https://news.example/feed.xml")
    assert feed.bozo
    assert feed.bozo_reason
    assert len(feed.entries) >= 1
    assert any("chips" in (e.title or "") for e in feed.entries)


def test_truncated_feed_keeps_complete_entries() -> None:
    body = RSS[: RSS.index(b"<title>No link")]
    feed = parse_feed(body, {}, "https://news.example/feed.xml")
    assert feed.bozo
    assert [e.link for e in feed.entries] == ["https://news.example/a/1", "https://news.example/a/2"]


def test_charset_from_content_type_header() -> None:
    body = RSS.replace(b'encoding="utf-8"', b"").replace(b"First story", "Größe".encode("iso-8859-1"))
    feed = parse_feed(body, {"Content-Type": "application/rss+xml; charset=iso-8859-1"}, "https://news.example/f")
    assert feed.entries[0].title == "Größe"


@pytest.mark.parametrize("body", [b"", b"   \n\t "])
def test_empty_body_raises(body: bytes) -> None:
    with pytest.raises(FeedParseError) as info:
        parse_feed(body, {}, "https://news.example/feed.xml")
    assert isinstance(info.value, PermanentError)


@pytest.mark.parametrize(
    "body",
    [
        b"<html><head><title>Not a feed</title></head><body><p>hello</p></body></html>",
        b"\x00\x01\x02 binary junk \xff\xfe",
        b'{"json": "document"}',
    ],
)
def test_documents_with_no_feed_raise(body: bytes) -> None:
    with pytest.raises(FeedParseError):
        parse_feed(body, {"content-type": "text/html"}, "https://news.example/page")


def test_valid_feed_with_no_entries_is_not_an_error() -> None:
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    feed = parse_feed(body, {}, "https://quiet.example/rss")
    assert feed.title == "Quiet"
    assert feed.entries == []


def test_billion_laughs_on_one_line_is_not_expanded() -> None:
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
        b'<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>'
        b'<rss version="2.0"><channel><title>t</title><item><title>&h;</title>'
        b"<link>https://x.example/1</link></item></channel></rss>"
    )
    try:
        feed = parse_feed(lol, {}, "https://x.example/rss")
    except FeedParseError:
        return
    assert all(len(e.title or "") < 1_000_000 for e in feed.entries)
