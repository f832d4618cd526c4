"""German attribution families generalised in round 8: a document with a participial attribute before its author
("laut einer am Montag vorgelegten Studie des ..."), the press as a body in the genitive ("nach Informationen des
...blatts"), a post with its body, then the holder's name after a comma closing an inverted subject, a fronted
adverbial with a focus particle or an adverb of time before a perfect ("Noch am Freitag hatte der ... gesagt"),
adjectives inside a genitive after the subject's head ("Vertreter der kommunalen Kliniken sagten"), and the cues
"verwies auf" and "legte nach". Passages and names are invented."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from tests.claims_probe import claim_with, fold

# (passage, a fragment of the claim checked, attribution, accepted speaker names, cue)
_Row = tuple[str, str, str, tuple[str, ...], str]

ROWS: list[_Row] = [
    # A document with a participial attribute (when, where, by whom it was made) before its author in the genitive.
    ("Laut einer am Montag vorgelegten Studie der Verkehrsakademie Lindau fehlen 900 Busfahrer.",
     "Busfahrer", "indirect", ("Verkehrsakademie Lindau",), "laut"),
    ("Laut dem gestern veröffentlichten Jahresbericht der Landesbank sanken die Gewinne um ein Drittel.",
     "Gewinne", "indirect", ("Landesbank",), "laut"),
    ("Die Mieten könnten um zehn Prozent steigen, so die Prognose. Laut einer im Auftrag des Senats erstellten "
     "Analyse der Mieterkammer Nordhafen fehlen 3.000 Wohnungen.",
     "3.000 Wohnungen", "indirect", ("Mieterkammer Nordhafen",), "laut"),
    # The press as a body in the genitive after "nach Informationen".
    ("Nach Informationen des Wochenblatts will der Landrat im Herbst zurücktreten.",
     "Landrat", "indirect", ("Wochenblatt",), "nach informationen"),
    ("Nach Informationen des Nachrichtenmagazins prüft die Behörde neue Vorwürfe gegen den Hersteller.",
     "Vorwürfe", "indirect", ("Nachrichtenmagazin",), "nach informationen"),
    # A post with the body it serves after an inverted cue, then the holder's name after a comma.
    ("„Wir lassen uns nicht erpressen“, sagte die Erste Vorsitzende des Mietervereins Talheim, Sabine Kugler.",
     "erpressen", "direct", ("Sabine Kugler",), "sagte"),
    ("»Das Werk bleibt offen«, erklärte der Zweite Bevollmächtigte der Gewerkschaft Nord, Timo Reinecke.",
     "Werk", "direct", ("Timo Reinecke",), "erklärte"),
    ("„Die Kasse ist leer“, betonte die Kämmerin der Gemeinde Oberried, Ilse Wanger, am Dienstag.",
     "Kasse", "direct", ("Ilse Wanger",), "betonte"),
    # A fronted adverbial (a focus particle before a phrase, an adverb of time) before a perfect: the subject
    # after the auxiliary speaks.
    ("Noch am Freitag hatte Gabriele Thom nach der Sitzung gesagt, sie stehe zu dem Projekt.",
     "Projekt", "indirect", ("Gabriele Thom",), "gesagt"),
    ("Schon im Januar hatte Vereinschef Olaf Dremmler gewarnt, die Halle sei marode.",
     "Halle", "indirect", ("Olaf Dremmler",), "gewarnt"),
    ("Erst nach der Wahl hat die Partei Neue Mitte angekündigt, sie werde den Haushalt blockieren.",
     "Haushalt", "indirect", ("Neue Mitte", "Partei Neue Mitte"), "angekündigt"),
    ("Zuvor hatte Bürgermeisterin Katrin Oswald erklärt, die Brücke werde abgerissen.",
     "Brücke", "indirect", ("Katrin Oswald",), "erklärt"),
    # Adjectives inside a genitive after the head of a German subject.
    ("Vertreter der kommunalen Kliniken sagten auf Nachfrage, man könne die Tarife nicht zahlen.",
     "Tarife", "indirect", ("Vertreter der kommunalen Kliniken",), "sagten"),
    ("Sprecherinnen der privaten Pflegedienste erklärten, viele Stellen blieben unbesetzt.",
     "Stellen", "indirect", ("Sprecherinnen der privaten Pflegedienste",), "erklärten"),
    ("Ein Sprecher des städtischen Klinikums sagte, man prüfe den Vorfall.",
     "Vorfall", "indirect", ("ein Sprecher des städtischen Klinikums",), "sagte"),
    # "verwies auf" pointing to a reason; "legte nach" adding a remark after a fronted phrase.
    ("Finanzvorständin Maren Lühr sprach von einem harten Jahr. Lühr verwies auf die hohen Energiepreise in Europa.",
     "Energiepreise", "indirect", ("Maren Lühr",), "verwies auf"),
    ("Der Versorger verweist auf die gestiegenen Netzentgelte der vergangenen Monate.",
     "Netzentgelte", "indirect", ("der Versorger",), "verweist auf"),
    ("Am Abend legte Kapitän Ole Brandt nach: „Wir haben heute alles falsch gemacht.“",
     "falsch gemacht", "direct", ("Ole Brandt",), "legte nach"),
    ("Nach dem Training legte die Sportchefin Jana Kiel nach und forderte einen neuen Trainer.",
     "Trainer", "indirect", ("Jana Kiel",), "forderte"),
]  # fmt: skip

# Near misses: no speaker, or a speaker kept from elsewhere.
NEGATIVES: list[str] = [
    "Der Verband verwies den Klub auf Platz drei der Tabelle.",
    "Die Polizei stellte den Unfall am Nachmittag für die Gutachter nach.",
    "Laut einer am Montag gemessenen Temperatur war es der heißeste Tag des Jahres.",
    "Noch am Samstag hatte der Regen die Straßen überflutet.",
]


@pytest.mark.parametrize(("text", "fragment", "attribution", "names", "cue"), ROWS)
def test_round8_german_families(text: str, fragment: str, attribution: str, names: tuple[str, ...], cue: str) -> None:
    claim = claim_with(text, fragment)
    name = claim.speaker.name if claim.speaker is not None else None
    got = (claim.attribution, fold(name) in {fold(n) for n in names}, fold(claim.cue))
    assert got == (attribution, True, cue), (claim.attribution, name, claim.cue)


@pytest.mark.parametrize("text", NEGATIVES)
def test_round8_german_near_misses_attribute_nothing(text: str) -> None:
    assert [(claim.attribution, claim.speaker, claim.cue) for claim in extract_claims(text, "t")] in (
        [],
        [("none", None, None)],
    )


def test_round8_a_post_with_a_comma_and_a_clause_after_it_keeps_the_post() -> None:
    # no name closes the clause after the comma: the post's own clause goes on
    claim = claim_with("„Das reicht nicht“, sagte die Sprecherin des Verbands, Berlin sei gefordert.", "reicht")
    assert claim.speaker is not None
    assert claim.speaker.name != "Berlin"
