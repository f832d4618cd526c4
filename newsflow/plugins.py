"""The plug-in point for claim extractors: any installed package can add one through an entry point.

A package declares, in its ``pyproject.toml``::

    [project.entry-points."newsflow.extractors"]
    my-extractor = "my_package.module:EXTRACTOR_PLUGIN"

where the object has an ``extractor`` (:class:`~newsflow.contracts.Extractor`: name and version) and an
``extract(text, article_id) -> list[Claim]`` method. The claims processor runs every selected extractor on each
article and publishes one ``ClaimsV1`` per extractor; the sink keeps each extractor's claims apart
(claims are replaced per article and extractor name). newsflow's own rule-based extractor is the first plug-in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from newsflow.contracts import Claim, Extractor
from newsflow.errors import SettingsError

GROUP = "newsflow.extractors"


@runtime_checkable
class ClaimExtractor(Protocol):
    """What a claim extractor plug-in provides."""

    @property
    def extractor(self) -> Extractor: ...

    def extract(self, text: str, article_id: str) -> list[Claim]: ...


@dataclass(frozen=True, slots=True)
class LoadedExtractor:
    """A plug-in found through its entry point."""

    entry_point: str
    plugin: ClaimExtractor


def load_extractors(selected: Sequence[str] = ()) -> list[LoadedExtractor]:
    """The installed extractor plug-ins, sorted by entry-point name; only ``selected`` ones when given.

    Raises :class:`SettingsError` (naming ``NEWSFLOW_EXTRACTORS``) for a selected name that is not installed or an
    entry point whose object is not an extractor.
    """
    found = {point.name: point for point in entry_points(group=GROUP)}
    names = list(selected) or sorted(found)
    missing = [name for name in names if name not in found]
    if missing or not names:
        raise SettingsError(
            f"NEWSFLOW_EXTRACTORS: no installed extractor {missing or ''} (installed: {sorted(found) or 'none'})"
        )
    loaded: list[LoadedExtractor] = []
    for name in names:
        plugin = found[name].load()
        if not isinstance(plugin, ClaimExtractor):
            raise SettingsError(f"NEWSFLOW_EXTRACTORS: entry point {name!r} is not a claim extractor")
        loaded.append(LoadedExtractor(name, plugin))
    return loaded
