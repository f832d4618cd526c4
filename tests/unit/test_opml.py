"""parse_opml on well-formed and broken OPML, with the exact skip report; render_opml round trip."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.opml import OpmlFeed, OpmlSkip, parse_opml, render_opml

WELL_FORMED = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Mine</title></head>
  <body>
    <outline text="World" title="World">
      <outline text="Europe">
        <outline type="rss" text="BBC Europe" xmlUrl="https://feeds.bbci.co.uk/news/world/europe/rss.xml"/>
      </outline>
      <outline type="rss" text="Guardian &amp; World" xmlUrl="https://www.theguardian.com/world/rss"/>
    </outline>
    <outline type="rss" text="Top level" xmlUrl="http://top.example/feed"/>
  </body>
</opml>
"""


def test_well_formed_file_gives_feeds_with_titles_and_folder_paths() -> None:
    result = parse_opml(WELL_FORMED)
    assert result.well_formed
    assert result.skipped == []
    assert result.feeds == [
        OpmlFeed("https://feeds.bbci.co.uk/news/world/europe/rss.xml", "BBC Europe", "World/Europe"),
        OpmlFeed("https://www.theguardian.com/world/rss", "Guardian & World", "World"),
        OpmlFeed("http://top.example/feed", "Top level", None),
    ]


BARE_AMPERSAND_AND_STRAY_QUOTES = """<?xml version='1.0' encoding='UTF-8' ?>
<opml version="1.0">
\t<body>
\t\t<outline text="World & Nation" title="World & Nation">
\t\t\t<outline text="Газета "Коммерсантъ". Главное" title="Газета "Коммерсантъ". Главное"
 xmlUrl="https://www.kommersant.ru/RSS/main.xml" type="rss" />
\t\t\t<outline text="Fish & Chips Daily" xmlUrl="https://fish.example/rss?a=1&b=2" type="rss" />
\t\t\t<outline text="Bold <b>news</b> &nbsp;here" description="<p>para</p>
<br>
more" xmlUrl="https://bold.example/feed" />
\t\t</outline>
\t</body>
</opml>
""".encode()


def test_bare_ampersand_and_stray_quotes_still_import_every_feed() -> None:
    result = parse_opml(BARE_AMPERSAND_AND_STRAY_QUOTES)
    assert not result.well_formed
    assert result.skipped == []
    assert result.feeds == [
        OpmlFeed("https://www.kommersant.ru/RSS/main.xml", 'Газета "Коммерсантъ". Главное', "World & Nation"),
        OpmlFeed("https://fish.example/rss?a=1&b=2", "Fish & Chips Daily", "World & Nation"),
        OpmlFeed("https://bold.example/feed", "Bold <b>news</b> here", "World & Nation"),
    ]


SKIPS = b"""<?xml version="1.0"?>
<opml version="2.0"><body>
<outline text="Folder">
  <outline text="no url at all" type="rss"/>
  <outline text="A" xmlUrl="https://a.example/rss?utm_source=opml"/>
  <outline text="A again" xmlUrl="HTTPS://A.example:443/rss#x"/>
  <outline text="ftp" xmlUrl="ftp://files.example/rss"/>
  <outline text="relative" xmlUrl="/rss.xml"/>
  <outline text="Empty folder"></outline>
</outline>
</body></opml>
"""


def test_skip_report_gives_line_raw_tag_and_exact_reason() -> None:
    result = parse_opml(SKIPS)
    assert result.well_formed
    assert result.feeds == [OpmlFeed("https://a.example/rss?utm_source=opml", "A", "Folder")]
    assert result.skipped == [
        OpmlSkip(4, '<outline text="no url at all" type="rss"/>', "no xmlUrl"),
        OpmlSkip(6, '<outline text="A again" xmlUrl="HTTPS://A.example:443/rss#x"/>', "duplicate of line 5"),
        OpmlSkip(
            7,
            '<outline text="ftp" xmlUrl="ftp://files.example/rss"/>',
            "xmlUrl is not http(s): ftp://files.example/rss",
        ),
        OpmlSkip(8, '<outline text="relative" xmlUrl="/rss.xml"/>', "xmlUrl is not http(s): /rss.xml"),
        OpmlSkip(9, '<outline text="Empty folder">', "no xmlUrl"),
    ]


def test_same_skip_report_when_the_file_is_not_well_formed() -> None:
    broken = SKIPS.replace(b'text="Folder"', b'text="Folder & Co"')
    result = parse_opml(broken)
    assert not result.well_formed
    assert [(s.line, s.reason) for s in result.skipped] == [
        (4, "no xmlUrl"),
        (6, "duplicate of line 5"),
        (7, "xmlUrl is not http(s): ftp://files.example/rss"),
        (8, "xmlUrl is not http(s): /rss.xml"),
        (9, "no xmlUrl"),
    ]
    assert result.feeds == [OpmlFeed("https://a.example/rss?utm_source=opml", "A", "Folder & Co")]


def test_unparseable_attributes_are_reported() -> None:
    data = b"""<opml><body>
<outline text="ok" xmlUrl="https://ok.example/rss"/>
<outline xmlUrl=>
<outline "text" xmlUrl = = "https://x.example/rss"/>
</body></opml>"""
    result = parse_opml(data)
    assert result.feeds == [OpmlFeed("https://ok.example/rss", "ok", None)]
    assert [(s.line, s.reason) for s in result.skipped] == [
        (3, "unparseable attributes"),
        (4, "unparseable attributes"),
    ]


def test_raw_outline_is_truncated_to_200_chars() -> None:
    data = b'<opml><body><outline text="' + b"x" * 500 + b'"/></body></opml>'
    (skip,) = parse_opml(data).skipped
    assert skip.reason == "no xmlUrl"
    assert len(skip.outline) == 200
    assert skip.outline.startswith('<outline text="xxx')


def test_missing_closing_tags_and_unquoted_values() -> None:
    data = b"""<opml><body>
<outline text="News">
<outline text=One xmlUrl=https://one.example/rss>
<outline text='Two' xmlUrl='https://two.example/rss'>
"""
    result = parse_opml(data)
    assert not result.well_formed
    assert result.feeds == [
        OpmlFeed("https://one.example/rss", "One", "News"),
        OpmlFeed("https://two.example/rss", "Two", "News"),
    ]


def test_declared_non_utf8_encoding_and_bom() -> None:
    body = '<?xml version="1.0" encoding="windows-1251"?>\n<opml><body><outline text="Новости" xmlUrl="https://n.example/rss"/></body></opml>'
    assert parse_opml(body.encode("cp1251")).feeds == [OpmlFeed("https://n.example/rss", "Новости", None)]
    utf16 = body.replace("windows-1251", "UTF-16").encode("utf-16")  # with its BOM
    assert parse_opml(utf16).feeds == [OpmlFeed("https://n.example/rss", "Новости", None)]
    bom8 = b"\xef\xbb\xbf" + body.replace("windows-1251", "utf-8").encode("utf-8")
    assert parse_opml(bom8).feeds == [OpmlFeed("https://n.example/rss", "Новости", None)]


def test_undeclared_latin1_bytes_still_import() -> None:
    data = '<opml><body><outline text="Caf\u00e9 & co" xmlUrl="https://cafe.example/rss"/></body></opml>'.encode(
        "latin-1"
    )
    assert parse_opml(data).feeds == [OpmlFeed("https://cafe.example/rss", "Café & co", None)]


def test_entities_are_never_expanded() -> None:
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        b'<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<opml><body><outline text="&d;&e;" xmlUrl="https://lol.example/rss"/></body></opml>'
    )
    result = parse_opml(lol)
    assert not result.well_formed  # entity declarations are refused, then the tolerant reader takes over
    assert result.feeds == [OpmlFeed("https://lol.example/rss", "&d;&e;", None)]


def test_html_entities_and_character_references_resolve_but_bare_ampersand_stays() -> None:
    data = b'<opml><body><outline text="A&nbsp;&amp;&#66;&#x43; &copy=1 & z" xmlUrl="https://e.example/r?a=1&amp;b=2"/></body></opml>'
    (feed,) = parse_opml(data).feeds
    assert feed.title == "A &BC &copy=1 & z"
    assert feed.url == "https://e.example/r?a=1&b=2"


def test_commented_out_outlines_are_ignored_and_lines_stay_right() -> None:
    data = b"""<opml><body>
<!-- <outline text="old" xmlUrl="https://old.example/rss"/>
-->
<outline text="bad & new"/>
</body></opml>"""
    result = parse_opml(data)
    assert result.feeds == []
    assert [(s.line, s.reason) for s in result.skipped] == [(4, "no xmlUrl")]


def test_feed_scheme_is_read_as_http() -> None:
    data = b'<opml><body><outline xmlUrl="feed://f.example/rss"/><outline xmlUrl="feed:https://g.example/rss"/></body></opml>'
    assert [f.url for f in parse_opml(data).feeds] == ["http://f.example/rss", "https://g.example/rss"]


def test_not_opml_yields_nothing() -> None:
    for data in (b"", b"<html><body><p>hi</p></body></html>", b"\x00\xff garbage"):
        result = parse_opml(data)
        assert result.feeds == []
        assert result.skipped == []


def test_render_is_valid_opml_2() -> None:
    feeds = [OpmlFeed("https://a.example/rss?x=1&y=2", 'Quote " & <tag>', "News/World"), OpmlFeed("http://b.example/")]
    root = ET.fromstring(render_opml(feeds))
    assert root.tag == "opml"
    assert root.get("version") == "2.0"
    assert root.find("head/title") is not None
    outlines = root.findall(".//outline")
    assert all(o.get("text") is not None for o in outlines)  # OPML 2.0 requires text on every outline
    assert [o.get("xmlUrl") for o in outlines if o.get("xmlUrl")] == [f.url for f in feeds]


_segment = st.text(
    # XML cannot carry control characters, surrogates or U+FFFE/FFFF; "/" separates category levels.
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), blacklist_characters="/\ufffe\uffff"),
    min_size=1,
    max_size=8,
)
_title = st.lists(_segment, min_size=1, max_size=3).map(" ".join)
_feed = st.builds(
    OpmlFeed,
    url=st.builds(
        lambda host, path: f"https://{host}.example/{path}",
        st.from_regex(r"[a-z]{1,8}", fullmatch=True),
        st.from_regex(r"[a-z0-9_./-]{0,10}", fullmatch=True),
    ),
    title=st.none() | _title,
    category=st.none() | st.lists(_segment, min_size=1, max_size=3).map("/".join),
)


@settings(max_examples=200)
@given(st.lists(_feed, max_size=8, unique_by=lambda f: f.url.rstrip("/")))
def test_render_then_parse_round_trips(feeds: list[OpmlFeed]) -> None:
    result = parse_opml(render_opml(feeds))
    assert result.well_formed
    assert result.skipped == []
    assert result.feeds == feeds
