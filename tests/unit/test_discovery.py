"""discover_feeds reads a page's advertised feeds; looks_like_feed tells a feed from a page by its bytes."""

from __future__ import annotations

import pytest

from ingest.discovery import discover_feeds, looks_like_feed

PAGE = """<!doctype html>
<html><head>
<title>News</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="Top" href="/rss/top.xml">
<link rel="alternate" hreflang="fr" href="https://news.example/fr/">
<LINK REL="Alternate" TYPE="application/atom+xml; charset=utf-8" HREF="atom.xml">
<link rel="alternate" type="application/feed+json" href="https://cdn.news.example/feed.json"/>
<link rel="alternate" type="application/json" href="//api.news.example/feed.json?x=1&amp;y=2">
<link rel="alternate" type="application/rss+xml" href="/rss/top.xml?utm_source=page">
<link rel="alternate" type="application/rss+xml" href="javascript:void(0)">
<link rel="alternate" type="application/rss+xml" href="">
<link rel="alternative" type="application/rss+xml" href="/typo.xml">
<link rel="alternate" type="text/html" href="/amp/">
</head><body><a rel="alternate" type="application/rss+xml" href="/not-a-link-tag.xml">rss</a></body></html>
"""


def test_feed_links_in_document_order_absolute_and_deduplicated() -> None:
    assert discover_feeds(PAGE, "https://news.example/section/page.html") == [
        "https://news.example/rss/top.xml",
        "https://news.example/section/atom.xml",
        "https://cdn.news.example/feed.json",
        "https://api.news.example/feed.json?x=1&y=2",
    ]


def test_base_href_changes_where_relative_links_resolve() -> None:
    html = '<head><base href="/blog/"><link rel="alternate" type="application/atom+xml" href="feed.atom"></head>'
    assert discover_feeds(html, "https://site.example/index.html") == ["https://site.example/blog/feed.atom"]


def test_page_without_feed_links_gives_empty_list() -> None:
    assert discover_feeds("<html><head><title>x</title></head><body>hi</body></html>", "https://a.example/") == []
    assert discover_feeds("", "https://a.example/") == []


def test_broken_html_does_not_raise() -> None:
    html = '<head><link rel=alternate type=application/rss+xml href=/r.xml><div <<< "unclosed'
    assert discover_feeds(html, "https://b.example/") == ["https://b.example/r.xml"]


RSS = b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>t</title></channel></rss>'
ATOM = b'<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>'
RDF = (
    b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    b'xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>'
)
JSON_FEED = b'{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": []}'
HTML = b"<!DOCTYPE html><html><head><title>home</title></head><body></body></html>"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (RSS, "application/rss+xml"),
        (RSS, "text/html; charset=utf-8"),  # mislabelled feed: the bytes decide
        (RSS, None),
        (b"\xef\xbb\xbf  \n" + RSS, "text/xml"),
        ('<?xml version="1.0" encoding="utf-16"?><rss version="2.0"></rss>'.encode("utf-16"), None),
        (ATOM, "application/atom+xml"),
        (ATOM, "text/plain"),
        (RDF, "application/rdf+xml"),
        (JSON_FEED, "application/json"),
        (JSON_FEED, "text/plain"),
        (b'{"items": []}', "application/feed+json"),
    ],
)
def test_feeds_are_recognised(body: bytes, content_type: str | None) -> None:
    assert looks_like_feed(body, content_type)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (HTML, "text/html"),
        (HTML, "application/rss+xml"),  # a feed URL now serving an HTML error page
        (b"<html><body>rss feed</body></html>", None),
        (b'{"json": "document"}', "application/json"),
        (b"", "application/rss+xml"),
        (b"\x00\x01\x02 binary", None),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"),
        (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', None),
    ],
)
def test_non_feeds_are_refused(body: bytes, content_type: str | None) -> None:
    assert not looks_like_feed(body, content_type)
