"""normalize_url, registrable_domain and choose_canonical: identity URLs that survive tracking and host games."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.article import build_article, canonical_url
from ingest.urls import choose_canonical, is_tracking_param, normalize_url, registrable_domain


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTP://WWW.Example.COM", "http://www.example.com/"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("http://example.com:443/a", "http://example.com:443/a"),
        ("https://example.com/a#section-2", "https://example.com/a"),
        ("https://example.com/a?", "https://example.com/a"),
        ("https://example.com/a?&", "https://example.com/a"),
        ("https://example.com/a#", "https://example.com/a"),
        ("  https://example.com/a \n", "https://example.com/a"),
        ("https://example.com/a?b=1&&c=2&", "https://example.com/a?b=1&c=2"),
        ("https://example.com./a", "https://example.com/a"),
        ("https://bücher.de/a", "https://xn--bcher-kva.de/a"),
        ("https://example.com/a%2fb%7e%41", "https://example.com/a%2Fb~A"),
        ("https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"),
        ("https://example.com/café", "https://example.com/caf%C3%A9"),
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("https://example.com/100%", "https://example.com/100%"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("https://Example.com/Path/Keeps/Case", "https://example.com/Path/Keeps/Case"),
    ],
)
def test_normalize_url_cases(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected


def test_tracking_parameters_are_removed_and_the_rest_keep_their_order() -> None:
    raw = (
        "https://news.example/story?z=9&utm_source=tw&id=42&fbclid=abc&UTM_Campaign=x&gclid=1&a=1"
        "&ref_src=twsrc%5Etfw&share&at_medium=RSS&_ga=2.1&mc_cid=c&igshid=i&msclkid=m&utm%5Fterm=t"
    )
    assert normalize_url(raw) == "https://news.example/story?z=9&id=42&a=1"


def test_only_tracking_parameters_leaves_no_question_mark() -> None:
    assert normalize_url("https://news.example/s?utm_source=a&fbclid=b") == "https://news.example/s"


@pytest.mark.parametrize("name", ["utm_source", "UTM_MEDIUM", "utm_anything", "fbclid", "GCLID", "_gl", "spm"])
def test_is_tracking_param(name: str) -> None:
    assert is_tracking_param(name)


@pytest.mark.parametrize("name", ["id", "page", "q", "utm", "article_id", "shared"])
def test_content_parameters_are_not_tracking(name: str) -> None:
    assert not is_tracking_param(name)


@pytest.mark.parametrize(
    "raw", ["ftp://example.com/a", "javascript:alert(1)", "mailto:a@b.example", "https:///path", "/relative", "", "x"]
)
def test_non_http_or_hostless_urls_raise(raw: str) -> None:
    with pytest.raises(ValueError, match=r"http|host"):
        normalize_url(raw)


def test_bad_port_raises_value_error() -> None:
    with pytest.raises(ValueError, match=r"[Pp]ort"):
        normalize_url("http://example.com:99999/")


_label = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=8)
_host = st.builds(
    lambda labels, tld: ".".join([*labels, tld]),
    st.lists(_label, min_size=1, max_size=3),
    st.sampled_from(["com", "CO.UK", "de", "example", "Org", "xn--p1ai"]),
)
_name = st.one_of(
    st.sampled_from(["utm_source", "UTM_Medium", "utm_", "fbclid", "id", "page", "q", "x", "gclid", "Share"]),
    st.text(min_size=0, max_size=6),
)
_value = st.text(max_size=8)
_query = st.lists(st.tuples(_name, _value), max_size=6).map(lambda ps: "&".join(f"{k}={v}" for k, v in ps))
_url = st.builds(
    lambda scheme, host, port, path, query, frag: (
        f"{scheme}://{host}{port}{path}"
        + (f"?{query}" if query is not None else "")
        + (f"#{frag}" if frag is not None else "")
    ),
    st.sampled_from(["http", "https", "HTTP", "Https"]),
    _host,
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.text(max_size=20).map(lambda t: "/" + t.replace("?", "").replace("#", "")) | st.just(""),
    st.none() | _query,
    st.none() | st.text(max_size=5),
)


@settings(max_examples=400)
@given(_url)
def test_normalize_is_idempotent_and_strips_tracking(url: str) -> None:
    once = normalize_url(url)
    assert normalize_url(once) == once
    parts = urlsplit(once)
    assert parts.scheme in ("http", "https")
    assert parts.netloc == parts.netloc.lower()
    assert not parts.fragment
    assert once.isascii()
    names = [k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)]
    assert not any(n.startswith("utm_") for n in names)
    assert "fbclid" not in names
    assert "gclid" not in names


@settings(max_examples=400)
@given(st.text(max_size=40) | st.builds(lambda s: "https://" + s, st.text(max_size=40)))
def test_normalize_on_arbitrary_text_raises_value_error_or_is_idempotent(text: str) -> None:
    try:
        once = normalize_url(text)
    except ValueError:
        return
    assert normalize_url(once) == once
    assert once.split("://", 1)[0] in ("http", "https")


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("www.bbc.co.uk", "bbc.co.uk"),
        ("BBC.CO.UK", "bbc.co.uk"),
        ("edition.cnn.com", "cnn.com"),
        ("a.b.c.example.com.au", "example.com.au"),
        ("alice.blogspot.com", "alice.blogspot.com"),  # a private suffix: each blog is its own site
        ("demo.newsflow.example", "newsflow.example"),  # unknown TLD: last two labels
        ("news.test.example", "test.example"),
        ("deep.sub.news.test.example", "test.example"),
        ("127.0.0.1", "127.0.0.1"),
        ("::1", "::1"),
        ("[2001:db8::1]", "2001:db8::1"),
        ("bücher.de", "xn--bcher-kva.de"),
        ("co.uk", None),
        ("com", None),
        ("", None),
    ],
)
def test_registrable_domain(host: str, expected: str | None) -> None:
    assert registrable_domain(host) == expected


def test_canonical_on_same_registrable_domain_is_followed_and_normalized() -> None:
    chosen = choose_canonical(
        "https://www.bbc.co.uk/news/uk-1?utm_source=rss#top", "https://m.bbc.co.uk/news/uk-1?at_medium=RSS"
    )
    assert chosen == "https://www.bbc.co.uk/news/uk-1"


@pytest.mark.parametrize(
    "canonical",
    [
        "https://www.bbc.co.uk/",  # the site's root: a common template bug
        "https://www.bbc.co.uk",
        "https://www.bbc.co.uk/?utm_source=x",  # root once tracking is gone
        "https://syndication-partner.com/story/1",  # another site
        "ftp://www.bbc.co.uk/news/1",
        "not a url",
        "",
        None,
    ],
)
def test_untrusted_canonical_falls_back_to_fetched_url(canonical: str | None) -> None:
    assert (
        choose_canonical(canonical, "https://WWW.bbc.co.uk:443/news/uk-1?fbclid=z") == "https://www.bbc.co.uk/news/uk-1"
    )


def test_root_with_query_is_a_real_page() -> None:
    assert choose_canonical("https://site.example.com/?p=12", "https://site.example.com/x") == (
        "https://site.example.com/?p=12"
    )


def test_canonical_on_another_private_suffix_site_is_refused() -> None:
    assert choose_canonical("https://bob.blogspot.com/p/1", "https://alice.blogspot.com/p/1") == (
        "https://alice.blogspot.com/p/1"
    )


def test_demo_canonical_followed_when_fetched_through_demo_host() -> None:
    page = "https://demo.newsflow.example/news/isis-chief-corridor-of-death/"
    assert choose_canonical(page, "http://demo.newsflow.example:8123/news/isis-chief-corridor-of-death/") == page
    assert choose_canonical(page, "http://127.0.0.1:8123/news/x/") == "http://127.0.0.1:8123/news/x/"


def test_article_canonical_url_uses_choose_canonical() -> None:
    assert canonical_url("https://www.example.com/a?utm_source=x", "https://example.com/a?id=1") == (
        "https://www.example.com/a"
    )
    assert canonical_url("https://evil.example.org/a", "https://example.com/a") == "https://example.com/a"


def test_same_story_from_two_feeds_gets_one_article_id() -> None:
    from datetime import UTC, datetime

    from newsflow.contracts import Extractor

    def build(url: str) -> str:
        article = build_article(
            url=url,
            final_url=url,
            feed_url=None,
            page_canonical=None,
            title=None,
            authors=[],
            page_published=None,
            feed_published=None,
            language=None,
            text="t",
            removed_promo=0,
            extractor=Extractor(name="x", version="1"),
            fetched_at=datetime(2024, 1, 1, tzinfo=UTC),
        )
        return article.article_id

    assert build("https://News.example/s/1?utm_source=feed-a") == build("https://news.example:443/s/1?fbclid=b#c")
