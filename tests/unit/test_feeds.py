"""parse_feed on RSS 2.0, Atom, JSON Feed, relative links, RSS ttl, ill-formed, empty and hostile input."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.errors import FeedParseError
from ingest.feeds import MAX_ENTRIES, SUMMARY_MAX_CHARS, TITLE_MAX_CHARS, parse_feed
from newsflow.errors import PermanentError
from tests.httpserver import serve

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


JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "JSON Gazette",
    "home_page_url": "https://json.example/",
    "items": [
        {
            "id": "1",
            "url": "/posts/1",
            "title": " First JSON post ",
            "summary": "Short",
            "date_published": "2024-03-01T09:30:00-05:00",
        },
        {"id": 2, "external_url": "https://elsewhere.example/story", "date_modified": "2024-03-02T10:00:00.250Z"},
        {"id": "no-link", "title": "dropped", "content_text": "no url"},
        {"url": "https://json.example/posts/4", "date_published": "not a date"},
        {"id": "js", "url": "javascript:alert(1)"},
    ],
}


@pytest.mark.parametrize("content_type", ["application/feed+json", "application/json; charset=utf-8", "text/plain"])
def test_json_feed_entries_guid_link_date_summary(content_type: str) -> None:
    body = json.dumps(JSON_FEED).encode()
    feed = parse_feed(body, {"Content-Type": content_type}, "https://json.example/feed.json")
    assert feed.title == "JSON Gazette"
    assert not feed.bozo
    assert feed.ttl_s is None
    first, second, fourth = feed.entries
    assert first.guid == "1"
    assert first.link == "https://json.example/posts/1"  # relative url resolved against the feed URL
    assert first.title == "First JSON post"
    assert first.summary == "Short"
    assert first.published_at == datetime(2024, 3, 1, 14, 30, tzinfo=UTC)
    assert second.guid == "2"
    assert second.link == "https://elsewhere.example/story"
    assert second.title is None
    assert second.published_at == datetime(2024, 3, 2, 10, 0, 0, 250000, tzinfo=UTC)  # date_modified stands in
    assert fourth.guid == "https://json.example/posts/4"
    assert fourth.published_at is None


def test_json_feed_version_1_0_and_bom_are_read() -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Old",
        "items": [{"id": "a", "url": "https://o.example/a"}],
    }
    feed = parse_feed(b"\xef\xbb\xbf" + json.dumps(doc).encode(), {}, "https://o.example/feed")
    assert [e.link for e in feed.entries] == ["https://o.example/a"]


@pytest.mark.parametrize(
    "body", [b'{"version": "https://jsonfeed.org/version/1.1", "items": [', b"{not json", b"[1, 2]", b'"text"']
)
def test_malformed_json_served_as_json_raises(body: bytes) -> None:
    with pytest.raises(FeedParseError) as info:
        parse_feed(body, {"Content-Type": "application/feed+json"}, "https://j.example/feed.json")
    assert isinstance(info.value, PermanentError)


def test_json_that_is_not_a_feed_served_as_json_raises() -> None:
    with pytest.raises(FeedParseError, match="not a JSON Feed"):
        parse_feed(b'{"json": "document"}', {"Content-Type": "application/json"}, "https://j.example/api")


def test_json_feed_with_broken_items_is_bozo_but_keeps_good_ones() -> None:
    doc = {"version": "https://jsonfeed.org/version/1.1", "items": ["junk", {"id": "x", "url": "https://j.example/x"}]}
    feed = parse_feed(json.dumps(doc).encode(), {}, "https://j.example/feed.json")
    assert feed.bozo
    assert feed.bozo_reason == "an item is not an object"
    assert [e.guid for e in feed.entries] == ["x"]


def _with_ttl(ttl: str) -> bytes:
    channel_link = b"<link>https://news.example/</link>"
    return RSS.replace(channel_link, channel_link + b"<ttl>" + ttl.encode() + b"</ttl>")


@pytest.mark.parametrize(
    ("ttl", "expected"), [("60", 3600), (" 15 ", 900), ("0", None), ("-5", None), ("soon", None), ("1.5", None)]
)
def test_rss_ttl_minutes_become_seconds(ttl: str, expected: int | None) -> None:
    assert parse_feed(_with_ttl(ttl), {}, "https://news.example/feed.xml").ttl_s == expected


def test_ttl_absent_is_none() -> None:
    assert parse_feed(RSS, {}, "https://news.example/feed.xml").ttl_s is None
    assert parse_feed(ATOM, {}, "https://atom.example/atom").ttl_s is None


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("mer, 16 nov 2022 00:38:15 +0100", datetime(2022, 11, 15, 23, 38, 15, tzinfo=UTC)),  # Il Messaggero
        ("gio, 16 mar 2023 10:00:00 +0100", datetime(2023, 3, 16, 9, 0, tzinfo=UTC)),
        ("Mo, 04 Dez 2023 08:00:00 +0000", datetime(2023, 12, 4, 8, 0, tzinfo=UTC)),
        ("ven., 2 févr. 2024 12:00:00 GMT", datetime(2024, 2, 2, 12, 0, tzinfo=UTC)),
        ("not a date", None),
    ],
)
def test_rss_dates_with_local_month_names(date: str, expected: datetime | None) -> None:
    body = RSS.replace(b"Thu, 10 Nov 2016 08:17:00 +0100", date.encode())
    feed = parse_feed(body, {"Content-Type": "application/rss+xml; charset=utf-8"}, "https://n.example/f")
    assert feed.entries[0].published_at == expected


def test_charset_from_xml_declaration_when_the_header_has_none() -> None:
    body = '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>t</title>'
    body += "<item><title>naïve café</title><link>http://news.example/a</link></item></channel></rss>"
    feed = parse_feed(body.encode("iso-8859-1"), {"Content-Type": "application/rss+xml"}, "https://news.example/f")
    assert feed.entries[0].title == "naïve café"
    assert not feed.bozo


# --- hostile feeds ------------------------------------------------------------------------------------------------


def _rss_items(n: int, tail: str = "") -> bytes:
    items = "".join(f"<item><title>T{i}</title><link>https://bulk.example/{i}</link></item>" for i in range(n))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bulk</title>{items}{tail}</channel></rss>'.encode()


def test_a_feed_of_100000_entries_is_read_up_to_the_cap() -> None:
    feed = parse_feed(_rss_items(100_000, tail="<ttl>60</ttl>"), {}, "https://bulk.example/rss")
    assert [e.link for e in feed.entries] == [f"https://bulk.example/{i}" for i in range(MAX_ENTRIES)]
    assert feed.capped_from == 100_000
    assert feed.bozo
    assert feed.bozo_reason == f"entry cap: read the first {MAX_ENTRIES} of 100000 entries"
    assert feed.ttl_s == 3600  # what follows the entries is kept: the cut document is still well-formed


@pytest.mark.parametrize("layout", ["atom", "rdf"])
def test_the_entry_cap_applies_to_atom_and_rdf(layout: str) -> None:
    if layout == "atom":
        entries = "".join(f'<entry><id>urn:{i}</id><link href="/{i}"/></entry>' for i in range(12))
        body = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>{entries}</feed>'
    else:
        entries = "".join(
            f'<item rdf:about="https://r.example/{i}"><link>https://r.example/{i}</link></item>' for i in range(12)
        )
        body = (
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
            f'<channel rdf:about="x"><title>R</title><items><rdf:Seq/></items></channel>{entries}</rdf:RDF>'
        )
    feed = parse_feed(body.encode(), {}, "https://r.example/feed", max_entries=5)
    assert [e.link.rsplit("/", 1)[1] for e in feed.entries] == ["0", "1", "2", "3", "4"]
    assert feed.capped_from == 12


def test_a_feed_at_the_cap_is_not_reported() -> None:
    feed = parse_feed(_rss_items(5), {"Content-Type": "application/rss+xml"}, "https://b.example/rss", max_entries=5)
    assert (len(feed.entries), feed.capped_from, feed.bozo) == (5, None, False)


def test_the_entry_cap_applies_to_json_feed() -> None:
    items = [{"id": str(i), "url": f"/p/{i}"} for i in range(50)]
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": items}).encode()
    feed = parse_feed(body, {"Content-Type": "application/feed+json"}, "https://j.example/feed.json", max_entries=3)
    assert [e.guid for e in feed.entries] == ["0", "1", "2"]
    assert feed.capped_from == 50
    assert feed.bozo_reason == "entry cap: read the first 3 of 50 entries"


def test_control_characters_never_reach_the_entries() -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Feed\u0000 title\u0007",
            "items": [
                {
                    "id": "guid-\u0000one\u001b",
                    "url": "https://c.example/1",
                    "title": "T\u0000itle",
                    "summary": "S\bum",
                },
                {"id": "two", "url": "https://c.example/\u00002", "title": "a NUL in the link drops the entry"},
            ],
        }
    ).encode()
    feed = parse_feed(body, {"Content-Type": "application/feed+json"}, "https://c.example/feed.json")
    assert feed.title == "Feed title"
    assert [(e.guid, e.title, e.summary, e.link) for e in feed.entries] == [
        ("guid-one", "Title", "Sum", "https://c.example/1")
    ]  # PostgreSQL text refuses NUL: a guid or title holding one would fail the poll's writes


@pytest.mark.parametrize("link", ["http://[oops/", "http://[::1", "https://c.example:99999/x"])
def test_an_unparsable_link_drops_its_entry_instead_of_raising(link: str) -> None:
    items = [{"id": "bad", "url": link}, {"id": "good", "url": "https://c.example/good"}]
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": items}).encode()
    feed = parse_feed(body, {"Content-Type": "application/feed+json"}, "https://c.example/feed.json")
    assert [e.guid for e in feed.entries] == ["good"]


def test_an_unparsable_content_location_falls_back_to_the_feed_url() -> None:
    headers = {"Content-Type": "application/rss+xml", "Content-Location": "http://[oops/"}
    feed = parse_feed(RSS, headers, "https://news.example/rss")
    assert feed.entries[1].link == "https://news.example/a/2"


def test_titles_and_summaries_are_cut_to_a_bound() -> None:
    body = RSS.replace(b"<title>First story</title>", b"<title>" + b"long " * 100_000 + b"</title>")
    body = body.replace(b"Summary one", b"word " * 100_000)
    entry = parse_feed(body, {}, "https://news.example/rss").entries[0]
    assert len(entry.title or "") <= TITLE_MAX_CHARS
    assert len(entry.summary or "") <= SUMMARY_MAX_CHARS


def test_billion_laughs_with_one_declaration_a_line_is_not_expanded() -> None:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    body = '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(entities) + "\n]>\n"
    body += '<rss version="2.0"><channel><title>t</title><item><title>&lol9;</title>'
    body += "<link>https://x.example/1</link></item></channel></rss>"
    feed = parse_feed(body.encode(), {}, "https://x.example/rss")
    assert [e.title for e in feed.entries] == ["&lol9;"]  # the declarations dropped, the reference left as text


@pytest.mark.parametrize("sep", ["", "\n"], ids=["one-line", "multi-line"])
def test_external_entities_are_never_resolved(tmp_path: Path, sep: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("external-entity-secret")
    with serve({}) as server:
        decls = [
            f'<!ENTITY file SYSTEM "{secret.as_uri()}">',
            '<!ENTITY passwd SYSTEM "file:///etc/passwd">',
            f'<!ENTITY remote SYSTEM "{server.url("/entity")}">',
            f'<!ENTITY % dtd SYSTEM "{server.url("/dtd")}">%dtd;',
        ]
        body = f'<?xml version="1.0"?>{sep}<!DOCTYPE rss [{sep}{sep.join(decls)}{sep}]>{sep}'
        body += '<rss version="2.0"><channel><title>T &file;&passwd;&remote;</title><item><title>&file;&passwd;</title>'
        body += "<link>https://x.example/1</link><description>&remote;</description></item></channel></rss>"
        feed = parse_feed(body.encode(), {}, "https://x.example/rss")
        assert server.requests == []
    texts = [feed.title or ""] + [f"{e.title} {e.summary} {e.guid}" for e in feed.entries]
    assert len(feed.entries) == 1
    assert not [t for t in texts if "external-entity-secret" in t or "root:" in t]
