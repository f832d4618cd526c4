"""SimHash: near-duplicates are close, different stories far, and the band index never misses a near pair."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsflow.simhash import NEAR_DISTANCE, bands, distance, from_hex, simhash, to_hex

STORY = (
    "The council approved a budget of twelve million pounds on Tuesday after a long debate in which opposition "
    "members argued that the plan relied on optimistic forecasts for business rates and on selling two car parks "
    "near the harbour. The leader said every library would stay open and that council tax would rise by less than "
    "inflation for the third year running, while union officials warned that forty posts could still be cut."
)
OTHER = (
    "Shares in the energy company fell sharply on Thursday after it warned that profits would miss forecasts "
    "because of delays at two offshore wind farms and higher costs for steel and shipping. Analysts said the "
    "second warning in six months had damaged confidence in management, and the chief executive said she would "
    "set out a recovery plan to investors at the annual meeting in May, with cuts to the dividend likely."
)


def test_a_lightly_edited_copy_is_near_and_another_story_is_far() -> None:
    original = simhash(STORY)
    syndicated = simhash(STORY.replace("Tuesday", "Tuesday evening") + " Reporting by Wire Service.")
    different = simhash(OTHER)
    assert original is not None
    assert syndicated is not None
    assert different is not None
    assert distance(original, syndicated) <= NEAR_DISTANCE
    assert distance(original, different) > 16


def test_short_texts_have_no_signature() -> None:
    assert simhash("Too short to compare.") is None


def test_hex_round_trip() -> None:
    signature = simhash(STORY)
    assert signature is not None
    assert len(to_hex(signature)) == 16
    assert from_hex(to_hex(signature)) == signature


@given(st.integers(0, 2**64 - 1), st.sets(st.integers(0, 63), max_size=NEAR_DISTANCE))
def test_any_pair_within_the_near_distance_shares_a_band(signature: int, flipped: set[int]) -> None:
    other = signature
    for bit in flipped:
        other ^= 1 << bit
    assert distance(signature, other) <= NEAR_DISTANCE
    assert set(bands(signature)) & set(bands(other))
