"""IsolatedCleaner: the same article as clean(), pages that hang or blow up memory cut off, the pool recovers."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from ingest.clean import CleanArticle, clean
from ingest.errors import ExtractionError
from ingest.isolate import IsolatedCleaner
from newsflow.settings import Settings

SEED = Path(__file__).resolve().parents[1] / "data" / "seed"
SEED_URL = "https://www.thesun.co.uk/news/2098417/"
# The worker imports test cleaners from this module (spawned workers inherit sys.path, where pytest put it).
HERE = Path(__file__).stem


def hang_on_slow_urls(html: str, url: str) -> CleanArticle:
    """A cleaner that never returns for URLs containing "slow", and is quick otherwise."""
    if "slow" in url:
        time.sleep(3600)
    return clean(html, url)


def allocate_too_much(html: str, url: str) -> CleanArticle:
    """A cleaner that needs far more memory than any bound the tests set when the URL asks for it."""
    if "big" in url:
        hog = bytearray(2048 * 1024 * 1024)
        hog[0] = 1
    return clean(html, url)


_FIRST_CALL = [True]


def slow_first_call(html: str, url: str) -> CleanArticle:
    """A cleaner whose first call in a process takes long, as the real one loads its language model on first use."""
    if _FIRST_CALL[0]:
        _FIRST_CALL[0] = False
        time.sleep(3)
    return clean(html, url)


def raise_value_error(html: str, url: str) -> CleanArticle:
    raise ValueError("broken page")


@pytest.fixture(scope="module")
def seed_html() -> str:
    return (SEED / "article.html").read_text("utf-8")


@pytest.fixture
def hanging() -> Iterator[IsolatedCleaner]:
    cleaner = IsolatedCleaner(1.5, 1024, workers=1, cleaner=f"{HERE}:hang_on_slow_urls")
    yield cleaner
    cleaner.close()


def test_page_is_cleaned_identically_through_the_worker(seed_html: str) -> None:
    with IsolatedCleaner(30, 1024, workers=1) as isolated:
        assert isolated(seed_html, SEED_URL) == clean(seed_html, SEED_URL)


def test_hanging_page_is_cut_off_and_the_next_call_works(hanging: IsolatedCleaner, seed_html: str) -> None:
    assert hanging(seed_html, SEED_URL).text  # the worker is up before timing
    started = time.monotonic()
    with pytest.raises(ExtractionError, match=r"extraction timed out after 1\.5 s"):
        hanging(seed_html, "https://www.thesun.co.uk/slow/1/")
    assert time.monotonic() - started < 10
    assert hanging(seed_html, SEED_URL).text == clean(seed_html, SEED_URL).text


def test_memory_bound_hit_is_an_extraction_error(seed_html: str) -> None:
    with IsolatedCleaner(30, 512, workers=1, cleaner=f"{HERE}:allocate_too_much") as isolated:
        with pytest.raises(ExtractionError, match="extraction ran out of memory"):
            isolated(seed_html, "https://www.thesun.co.uk/big/1/")
        assert isolated(seed_html, SEED_URL).title is not None


def test_extraction_errors_and_crashes_of_one_page_come_back_typed() -> None:
    with IsolatedCleaner(30, 1024, workers=1) as isolated, pytest.raises(ExtractionError, match="no article text"):
        isolated("<html></html>", "https://bridge.example/a")
    broken = IsolatedCleaner(30, 1024, workers=1, cleaner=f"{HERE}:raise_value_error")
    with broken, pytest.raises(ExtractionError, match="ValueError: broken page"):
        broken("<html></html>", "https://bridge.example/a")


def test_threads_share_the_pool_and_one_hang_does_not_block_the_others(seed_html: str) -> None:
    with IsolatedCleaner(2, 1024, workers=2, cleaner=f"{HERE}:hang_on_slow_urls") as isolated:
        urls = ["https://www.thesun.co.uk/slow/1/"] + [SEED_URL] * 5
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda u: _outcome(isolated, seed_html, u), urls))
    assert results[0] == "timed out"
    assert results[1:] == ["ok"] * 5


def _outcome(cleaner: IsolatedCleaner, html: str, url: str) -> str:
    try:
        cleaner(html, url)
    except ExtractionError as exc:
        return "timed out" if "timed out" in str(exc) else str(exc)
    return "ok"


def test_closed_cleaner_refuses_work(seed_html: str) -> None:
    isolated = IsolatedCleaner(30, 1024, workers=1)
    isolated.close()
    with pytest.raises(ExtractionError, match="closed"):
        isolated(seed_html, SEED_URL)


def test_from_settings_uses_the_extraction_bounds() -> None:
    settings = Settings(extract_timeout_s=7.5, extract_memory_mb=300)
    cleaner = IsolatedCleaner.from_settings(settings)
    try:
        assert (cleaner.timeout_s, cleaner.memory_mb) == (7.5, 300)
    finally:
        cleaner.close()


@pytest.mark.parametrize(("timeout_s", "memory_mb", "workers"), [(0, 100, 1), (1, 0, 1), (1, 100, 0)])
def test_bounds_must_be_positive(timeout_s: float, memory_mb: int, workers: int) -> None:
    with pytest.raises(ValueError, match="positive"):
        IsolatedCleaner(timeout_s, memory_mb, workers=workers)


def test_a_page_nested_100000_deep_fails_in_the_worker_and_the_next_page_is_cleaned(seed_html: str) -> None:
    nested = "<html><body>" + "<div>" * 100_000 + "<p>" + "deep words " * 50 + "</p>" + "</div>" * 100_000
    with IsolatedCleaner(30, 512, workers=1) as isolated:
        with pytest.raises(ExtractionError, match="no article text found"):
            isolated(nested, "https://deep.example/a")
        assert isolated(seed_html, SEED_URL) == clean(seed_html, SEED_URL)


def test_what_the_cleaner_loads_on_first_use_is_not_charged_to_the_first_page(seed_html: str) -> None:
    with IsolatedCleaner(1.5, 1024, workers=1, cleaner=f"{HERE}:slow_first_call") as isolated:
        assert isolated(seed_html, SEED_URL) == clean(seed_html, SEED_URL)  # the worker warmed up before "ready"
