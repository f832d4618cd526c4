"""German families of attribution: present-tense demands, rebukes, refusals, threats and written assessments as cues;
"NAME von FIRMA" after an inverted cue; "er"/"sie" after an unnamed person when no one is named; a full name set off
by an apposition before the cue; firms named by their partners ("X & Y"); "der Verein", "des Verbands" for the one
body whose compound name holds that noun. Passages, people and organisations invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from tests.claims_probe import claim_with, fold

# (passage, a fragment of the claim checked, accepted speaker names, cue)
_Row = tuple[str, str, tuple[str, ...], str]

ROWS: list[_Row] = [
    # Present-tense demands, rebukes, refusals, threats as cues; subject before or after the verb.
    ("Der Landesverband fordert eine Obergrenze für Gebühren an allen Schulen.",
     "Obergrenze", ("der Landesverband",), "fordert"),
    ("Die Lehrergewerkschaft fordert das Kultusministerium auf, die Pläne zurückzunehmen.",
     "Pläne", ("die Lehrergewerkschaft",), "fordert auf"),
    ("In ihrem Jahresbericht rügen die Rechnungsprüfer, die Behörde habe Millionen verschwendet.",
     "Millionen", ("Rechnungsprüfer", "die Rechnungsprüfer"), "rügen"),
    ("Die Ratsfraktion lehnt den Haushaltsentwurf der Verwaltung ab.",
     "Haushaltsentwurf", ("die Ratsfraktion",), "lehnt ab"),
    ("Die Mieter drohen mit einer Klage gegen die Stadt Borkendorf.",
     "Klage", ("Mieter", "die Mieter"), "drohen"),
    ("Die Gutachter drohten mit einem Rückzug aus der Kommission.",
     "Rückzug", ("Gutachter", "die Gutachter"), "drohten"),
    # A written assessment, the author after the verb, tied to a firm by "von".
    ("Die Margenziele seien ehrgeizig, schreibt Lorena Gisler von Alpenblick Research in einer Notiz.",
     "Margenziele", ("Lorena Gisler",), "schreibt"),
    ("Der Kurs sei überzogen, sagte Jonas Brandt von der Nordbank am Montag.",
     "Kurs", ("Jonas Brandt",), "sagte"),
    ("Die Nachfrage bleibe schwach, erklärte Timo Reuss von der Sparkasse Nordheide.",
     "Nachfrage", ("Timo Reuss",), "erklärte"),
    # "er"/"sie" after an unnamed person, no one named yet; a plural opening a sentence is no person.
    ("Hunderte Rechnungen blieben ungeprüft. Ein Abteilungsleiter, der anonym bleiben will, spricht von einem "
     "»Netzwerk, das sich selbst schützt«. »Alle wussten Bescheid«, sagt er.",
     "Bescheid", ("ein Abteilungsleiter",), "sagt"),
    ("Dutzende Verträge liefen ohne Prüfung. Eine Sachbearbeiterin, die namentlich nicht genannt werden will, spricht "
     "von »Chaos«. »Niemand hat zugehört«, sagt sie.",
     "zugehört", ("eine Sachbearbeiterin",), "sagt"),
    ("Mehrere Anwohner beschwerten sich. Ein Lehrer, der seinen Namen nicht nennen will, spricht von »Schikane«. "
     "»Das geht seit Monaten so«, sagt er.",
     "Monaten", ("ein Lehrer",), "sagt"),
    # A full name, an apposition, the cue, an object and a colon: the name speaks, not the object.
    ("Die Fraktion reagiert gereizt. Karin Roth, Obfrau der Grünen im Bauausschuss, fordert Aufklärung: »Wenn das "
     "stimmt, muss der Dezernent gehen.«", "Dezernent", ("Karin Roth",), "fordert"),
    ("Malte Sievers, Vorsitzender des Kleingartenvereins Nordstadt, verlangt Klarheit: »Wir wollen wissen, was mit "
     "dem Gelände passiert.«", "Gelände", ("Malte Sievers",), "verlangt"),
    ("Lea Brandt, seit 2019 Obfrau im Sportausschuss, erklärte, der Etat reiche nicht.",
     "Etat", ("Lea Brandt",), "erklärte"),
    # A firm named by its partners, referred back to as "das Unternehmen".
    ("Brisant ist eine Personalie. Halvorsen & Söhne beschäftigt seit Mai einen früheren Referenten des Amts. Karin "
     "Roth, Obfrau der Opposition im Bauausschuss, kritisiert das. Das Unternehmen erklärte auf Anfrage, der Mann sei "
     "nicht beteiligt gewesen.", "beteiligt", ("Halvorsen & Söhne",), "erklärte"),
    ("Der Auftrag ging an Brandt & Wessel. Die Opposition protestiert. Das Unternehmen teilte mit, man halte sich an "
     "alle Regeln.", "Regeln", ("Brandt & Wessel",), "teilte mit"),
    # "betont" before an adjective of attitude is an adverb: the pronoun after it keeps the person named before.
    ("Die Chefin Maria Keller sprach lange. Keller selbst gab sich zum Ende der Pressekonferenz betont gelassen. Die "
     "Firma werde »gestärkt aus der Krise kommen«, versprach sie.", "Krise", ("Maria Keller",), "versprach"),
    ("Trainer Jonas Berg sprach über die Saison. Berg gab sich nach dem Abpfiff des Spiels betont zuversichtlich. "
     "Das Team werde aufsteigen, versprach er.", "aufsteigen", ("Jonas Berg",), "versprach"),
    ("Die Ministerin betont, die Reform sei nötig.", "Reform", ("die Ministerin",), "betont"),
    # "der Verein", "des Vereins", "dem Verband": the one body whose compound name ends in that noun.
    ("Der Mieterverein Bonn warnt seit Jahren vor dem Trend. Nach Angaben des Vereins liegt die Miete bei 14 Euro.",
     "14 Euro", ("Mieterverein Bonn",), "nach angaben"),
    ("Der Sportverein Eintracht Kiel kritisiert die Stadt. Laut dem Verein fehlen 300 Plätze in den Hallen.",
     "300 Plätze", ("Sportverein Eintracht Kiel",), "laut"),
    ("Der Landesbauernverband Nordheide kritisiert die Pläne. Nach Angaben des Verbandes fehlen 40 Millionen Euro.",
     "40 Millionen", ("Landesbauernverband Nordheide",), "nach angaben"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "names", "cue"), ROWS)
def test_round9_german_families(text: str, fragment: str, names: tuple[str, ...], cue: str) -> None:
    claim = claim_with(text, fragment)
    assert claim.speaker is not None, claim
    assert fold(claim.speaker.name) in {fold(name) for name in names}, claim.speaker
    assert fold(claim.cue) == fold(cue)


# (passage, a fragment of the claim checked, the speaker it must keep, or None for no speaker)
NEGATIVES: list[tuple[str, str, str | None]] = [
    # A noble "von" before one last name stays in the name.
    ("»Wir sind zufrieden«, sagte Karl Theodor von Falkenhain.", "zufrieden", "Karl Theodor von Falkenhain"),
    # A plural opening a sentence is no one "er" can stand for.
    ("Dutzende Anwohner protestierten. »Wir sind wütend«, sagt er.", "wütend", None),
    # A fronted object before an inverted name keeps the name ("Mehr Geld, forderte X").
    ("Mehr Geld für die Schulen, forderte Anna Roth.", "Schulen", "Anna Roth"),
    # Two bodies of the kind named: "der Verein" stays as written.
    ("Der Mieterverein Bonn und der Grundbesitzerverein Bonn streiten. Der Verein fordert mehr Schutz.",
     "Schutz", "der Verein"),
    # "betont gelassen": no emphasis reported, no speaker.
    ("Der Kapitän gab sich nach der Niederlage betont gelassen.", "gelassen", None),
    # "lehnt sich zurück" is no refusal.
    ("Er lehnt sich zurück und lacht.", "lacht", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "kept"), NEGATIVES)
def test_round9_german_near_misses(text: str, fragment: str, kept: str | None) -> None:
    found = [claim for claim in extract_claims(text, "t") if fragment in claim.text]
    if kept is None:
        assert all(claim.speaker is None for claim in found), found
        return
    assert found
    assert found[-1].speaker is not None
    assert fold(found[-1].speaker.name) == fold(kept)
