"""German attribution families generalised in round 7: plans and drafts before their author ("nach dem Entwurf
des ..."), "wie" clauses with adverbials before their closing verb, fronted objects with the subject after the
verb, stances shown ("zeigte sich enttäuscht"), expectations with "rechnet mit" / "rechne damit", reminders
("erinnert daran"), hearsay "ist zu hören", and management bodies as speakers. Passages and names are invented."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from tests.claims_probe import claim_with, fold

# (passage, a fragment of the claim checked, attribution, accepted speaker names, cue)
_Row = tuple[str, str, str, tuple[str, ...], str]

ROWS: list[_Row] = [
    # A plan, draft or will before its author in the genitive.
    ("Nach dem Referentenentwurf des Innenministeriums sollen Polizisten künftig Bodycams tragen.",
     "Bodycams", "indirect", ("Innenministerium", "Innenministeriums"), "nach dem referentenentwurf"),
    ("Die Gebühr soll nach dem Willen der Stadtverwaltung schon im Herbst steigen.",
     "Gebühr", "indirect", ("Stadtverwaltung",), "nach dem willen"),
    ("Nach einem Vorschlag der Kommission müssten Händler Altgeräte kostenlos zurücknehmen.",
     "Altgeräte", "indirect", ("Kommission",), "nach einem vorschlag"),
    ("Nach dem Gutachten der Landesanstalt ist die Talsperre dringend sanierungsbedürftig.",
     "Talsperre", "indirect", ("Landesanstalt",), "nach dem gutachten"),
    # A "wie" clause whose subject is separated from its closing verb by when and where it was said.
    ("Im Herbst beginnen die Bauarbeiten, wie die Bahn am Mittwoch in einer Mitteilung an die Anwohner erklärte.",
     "Bauarbeiten", "indirect", ("die Bahn", "Bahn"), "erklärte"),
    ("Die Filiale in Nordheim wird geschlossen, wie Sparkassenchef Jörg Ebner gestern vor dem Verwaltungsrat "
     "bestätigte.", "Filiale", "indirect", ("Jörg Ebner",), "bestätigte"),
    ("Rund 40 Stellen fallen weg, wie die Konzernleitung am Freitag bei einer Versammlung im Werk mitteilte.",
     "Stellen", "indirect", ("die Konzernleitung", "Konzernleitung"), "mitteilte"),
    ("Es habe bereits Angebote gegeben, wie aus Kreisen des Vorstands verlautete.",
     "Angebote", "indirect", ("Kreisen des Vorstands",), "verlautete"),
    # A fronted object or capacity: the subject follows the verb, an object after it.
    ("Die Holzbau Kränzle GmbH schließt ihr Werk. Als Ursache nannte das Unternehmen die gestiegenen Holzpreise.",
     "Holzpreise", "indirect", ("das Unternehmen",), "nannte"),
    ("Die Stadtwerke Ahlen erhöhen die Preise. Als Begründung nannte der Versorger die hohen Netzentgelte.",
     "Netzentgelte", "indirect", ("der Versorger", "Stadtwerke Ahlen"), "nannte"),
    # A stance shown: "zeigte sich" with an adjective, also with words or a quote mark between.
    ("Schulleiterin Petra Lorenz zeigte sich nach der Entscheidung enttäuscht.",
     "Lorenz", "indirect", ("Petra Lorenz",), "zeigte sich enttäuscht"),
    ("Der Abgeordnete Kemal Yıldız, der dem Ausschuss vorsitzt, zeigt sich offen für einen Kompromiss.",
     "Kompromiss", "indirect", ("Kemal Yıldız",), "zeigt sich offen"),
    ("Landrätin Ursula Brandl zeigte sich sichtlich erleichtert über die Zusage des Bundes.",
     "Zusage", "indirect", ("Ursula Brandl",), "zeigte sich erleichtert"),
    # Expectations: "rechnet mit" next to its object, and the subjunctive with a pronoun for the reporting person.
    ("Festivalleiter Bernd Kühn rechnet mit rund 20.000 Besuchern.",
     "Besuchern", "indirect", ("Bernd Kühn",), "rechnet mit"),
    ("Die Kämmerin Silke Haas ist besorgt. Sie rechne damit, dass die Rücklagen bis 2027 aufgebraucht seien.",
     "Rücklagen", "indirect", ("Silke Haas",), "rechne damit"),
    # A reminder given, the speaker with an apposition.
    ("Beat Imhof, Präsident des Gewerbevereins, erinnert daran, dass der Kanton die Strasse versprochen habe.",
     "Kanton", "indirect", ("Beat Imhof",), "erinnert daran"),
    ("Die Ministerin Carola Stein erinnerte daran, dass das Gesetz erst seit zwei Jahren gelte.",
     "Gesetz", "indirect", ("Carola Stein",), "erinnerte daran"),
    # Hearsay from circles: "ist zu hören".
    ("Aus Kreisen der Belegschaft ist zu hören, dass mehrere Ingenieure gekündigt hätten.",
     "Ingenieure", "indirect", ("Kreisen der Belegschaft",), "ist zu hören"),
    ("Im Umfeld der Trainerin war zuletzt zu hören, sie wolle den Verein verlassen.",
     "Verein", "indirect", ("Umfeld der Trainerin",), "war zu hören"),
    # Management bodies as speakers.
    ("Die Klinikleitung bestätigte auf Anfrage drei Kündigungen in der Chirurgie.",
     "Kündigungen", "indirect", ("die Klinikleitung", "Klinikleitung"), "bestätigte"),
    ("Eine Sammelklage hat nach Angaben des Komitees bereits 900 Unterstützer gefunden.",
     "Sammelklage", "indirect", ("Komitee", "Komitees"), "nach angaben"),
]  # fmt: skip

# Near misses: no speaker, or a speaker kept from elsewhere.
NEGATIVES: list[str] = [
    "Nach dem Spiel des FC Wendorf feierten die Fans bis in die Nacht.",
    "Nach dem Willen ihrer Eltern sollte sie eigentlich Ärztin werden.",
    "Im Konzertsaal ist zu hören, wie das Orchester die neue Sinfonie probt.",
    "Die Börse zeigte sich am Montag freundlich.",
    "Er erinnert sich gut an den Winter 1978.",
    "Die Kassiererin rechnet mit dem Kunden ab.",
]


@pytest.mark.parametrize(("text", "fragment", "attribution", "names", "cue"), ROWS)
def test_round7_german_families(text: str, fragment: str, attribution: str, names: tuple[str, ...], cue: str) -> None:
    claim = claim_with(text, fragment)
    name = claim.speaker.name if claim.speaker is not None else None
    got = (claim.attribution, fold(name) in {fold(n) for n in names}, fold(claim.cue))
    assert got == (attribution, True, cue), (claim.attribution, name, claim.cue)


@pytest.mark.parametrize("text", NEGATIVES)
def test_round7_german_near_misses_attribute_nothing(text: str) -> None:
    assert [(claim.attribution, claim.speaker, claim.cue) for claim in extract_claims(text, "t")] in (
        [],
        [("none", None, None)],
    )


def test_round7_a_subjunctive_expectation_of_a_body_is_reported_speech_not_its_cue() -> None:
    text = "Kämmerin Silke Haas sagte, die Lage sei ernst. Das Land rechne mit weniger Steuern."
    claim = claim_with(text, "Steuern")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.cue) == ("Silke Haas", None)
