"""A generated publisher for tests: N article pages with quotes and a promo footer, and an RSS feed of them."""

from __future__ import annotations

import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler

from tests.httpserver import Page, Route

SPEAKERS = ("Maria Keller", "Tom Ashworth", "Ade Okafor", "Lena Brandt", "Sam Patel")


def article_html(i: int) -> str:
    speaker = SPEAKERS[i % len(SPEAKERS)]
    surname = speaker.split()[-1]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Town {i} approves £{i + 2}m budget</title>
<link rel="canonical" href="https://news.test.example/local/budget-{i}/">
<meta property="article:published_time" content="2026-11-{(i % 20) + 1:02d}T09:00:00+00:00">
<meta name="author" content="Staff Reporter"></head><body><article>
<h1>Town {i} approves £{i + 2}m budget</h1>
<p>The council of town number {i} approved a budget of £{i + 2} million on Tuesday after a long debate.</p>
<p>Council leader {speaker} said the plan would protect {i + 10} jobs over the next two years.</p>
<p>"We have made hard choices, but this budget keeps every library open," {surname} told the meeting.</p>
<p>Opposition members claimed the figures were believed to be optimistic by about {i % 9 + 1} per cent.</p>
<p>She added: "Nobody should doubt that we will deliver what we promised to residents."</p>
<p>Residents are expected to see council tax rise by {i % 5 + 1}% from April.</p>
<p><strong>Sign up to our newsletter!</strong> Get the Town Gazette in your inbox every morning.</p>
</article></body></html>"""


def feed_xml(base: str, n: int, first: int = 0) -> bytes:
    items = "".join(
        f"<item><title>Town {i} budget</title><link>{base}/a/{i}</link><guid>budget-{i}</guid></item>"
        for i in range(first, first + n)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>{items}</channel></rss>'.encode()


def site_routes(n: int, delay_s: float = 0.0) -> dict[str, Route]:
    """Routes for n articles; each page answers after ``delay_s`` (to keep a poller busy)."""

    def page(i: int) -> Route:
        if delay_s <= 0:
            return Page(body=article_html(i).encode())

        def slow(handler: BaseHTTPRequestHandler) -> None:
            time.sleep(delay_s)
            body = article_html(i).encode()
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

        return slow

    return {f"/a/{i}": page(i) for i in range(n)}


def with_feed(routes: Mapping[str, Route], base: str, n: int) -> dict[str, Route]:
    """The routes plus ``/feed.xml`` listing the n articles at ``base``."""
    out = dict(routes)
    out["/feed.xml"] = Page(body=feed_xml(base, n), headers={"Content-Type": "application/rss+xml"})
    return out
