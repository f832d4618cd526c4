"""German round 10: "wie die ABC mitteilte" with a body's acronym; an opening "Demnach" right after a reported
sentence; the subject after a verb of estimating whose fronted object is a thing ("Den Umfang bezifferte X auf
..."); fronted sentence adverbs ("Tatsächlich", "Offenbar") before the verb with "nach eigenen Angaben"; a body
named "X für Y" before "zufolge" (with a field of two coordinated nouns: "für Boden- und Gewässerkunde"); a place
adjective before a post before a name ("der Kasseler Historikerin Jana Roth"); "die Frau" not naming a man named
before; a quoting crosshead ("Stadtrat: „Wir sind enttäuscht“") as no claim; "formulierte es so" as one cue.
Passages, people and organisations invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from tests.claims_probe import assert_attributed, claim_with, fold

# (passage, a fragment of the claim checked, attribution, accepted speaker names, cue or None for any)
_Row = tuple[str, str, str, tuple[str, ...], str | None]

ROWS: list[_Row] = [
    # "wie ... mitteilte" with a body's acronym after the article, before or after the main clause.
    ("Wie die GVK mitteilte, meldeten 40 Prozent der Betriebe weniger Aufträge.",
     "Aufträge", "indirect", ("GVK",), "mitteilte"),
    ("Die Zahl der Insolvenzen stieg im Mai deutlich, wie der VKD mitteilte.",
     "Insolvenzen", "indirect", ("VKD",), "mitteilte"),
    # "Demnach" opening a sentence right after one that reports a source: that source, cue "Demnach".
    ("Der Landesbauernverband verwies auf eine Befragung unter 900 Höfen. Demnach planen 22 Prozent der Betriebe, "
     "die Tierhaltung aufzugeben.",
     "Tierhaltung", "indirect", ("Landesbauernverband", "der Landesbauernverband"), "Demnach"),
    # A verb of estimating: the fronted thing is its object, the subject follows the verb.
    ("Verkehrsministerin Petra Lanz stellte das Programm vor. Den jährlichen Umfang bezifferte Lanz auf rund "
     "800 Millionen Euro.",
     "Umfang", "indirect", ("Petra Lanz", "Lanz"), "bezifferte"),
    ("Das gesamte Volumen schätzt der Verband auf 2,4 Milliarden Euro.",
     "Volumen", "indirect", ("Verband", "der Verband"), "schätzt"),
    # A sentence adverb fronted before the verb: the subject follows the verb, also far from "nach eigenen Angaben".
    ("Tatsächlich zählte die Feuerwehr an der Kreuzung nahe dem alten Bahnhof nach eigenen Angaben im vergangenen "
     "Jahr 14 Einsätze.",
     "Einsätze", "indirect", ("Feuerwehr", "die Feuerwehr"), "nach eigenen Angaben"),
    ("Offenbar verkaufte der Konzern nach eigenen Angaben mehr Maschinen als im Vorjahr.",
     "Maschinen", "indirect", ("Konzern", "der Konzern"), "nach eigenen Angaben"),
    ("Allerdings warnte die Kommission, die Mittel reichten nicht bis zum Jahresende.",
     "Mittel", "indirect", ("Kommission", "die Kommission"), "warnte"),
    # A body "X für Y" before "zufolge", its field two coordinated nouns sharing their last part.
    ("Einer im Mai erschienenen Studie des Kieler Instituts für Boden- und Gewässerkunde (IBG) zufolge könnten "
     "bis 2040 viele Moore austrocknen.",
     "Moore", "indirect", ("Institut für Boden- und Gewässerkunde",), "zufolge"),
    ("Einer Analyse des Instituts für Verkehrsplanung zufolge fahren 12 Prozent weniger Pendler mit dem Bus.",
     "Pendler", "indirect", ("Institut für Verkehrsplanung",), "zufolge"),
    ("Nach Angaben des Zentrums für Wald- und Forstwirtschaft sind 30 Prozent der Bäume geschädigt.",
     "Bäume", "indirect", ("Zentrum für Wald- und Forstwirtschaft",), "nach Angaben"),
    # A place adjective before the post before the name: the role, not the name.
    ("Die Reform komme zu spät, sagte die Kasseler Historikerin Jana Roth.",
     "Reform", "indirect", ("Jana Roth",), "sagte"),
    ("Der Hafenausbau lohne sich nicht, erklärte der Bremer Ökonom Malte Evers am Freitag.",
     "Hafenausbau", "indirect", ("Malte Evers",), "erklärte"),
    # "die Frau" after a man was named and an unnamed woman spoke: the woman.
    ("Einsatzleiter Bernd Kohl sagte, die Bergung habe Stunden gedauert. Eine Passantin, die den Unfall sah, "
     "berichtete, der Bus sei ins Schleudern geraten. „Ich habe nur Glas splittern hören“, sagte die Frau.",
     "Glas", "direct", ("eine Passantin",), "sagte"),
    # "formulierte es so": one cue, like "put it".
    ("Verbandschefin Ines Maurer formulierte es so: »Ohne neue Fachkräfte schließen die ersten Praxen im Herbst.«",
     "Fachkräfte", "direct", ("Ines Maurer",), "formulierte es so"),
]  # fmt: skip


@pytest.mark.parametrize(("passage", "fragment", "attribution", "speakers", "cue"), ROWS)
def test_round10_de_attribution(
    passage: str, fragment: str, attribution: str, speakers: tuple[str, ...], cue: str | None
) -> None:
    assert_attributed(claim_with(passage, fragment), attribution, speakers, cue)


def test_place_adjective_is_part_of_the_role() -> None:
    claim = claim_with("Die Reform komme zu spät, sagte die Kasseler Historikerin Jana Roth.", "Reform")
    assert claim.speaker is not None
    assert claim.speaker.role == "Kasseler Historikerin"


# Near misses that keep their behaviour.


def test_opening_demnach_after_an_unattributed_sentence_stays_unattributed() -> None:
    claim = claim_with(
        "Der Winter war mild. Demnach fällt die Heizkostenabrechnung niedriger aus als im Vorjahr.", "Heiz"
    )
    assert claim.attribution == "none"
    assert claim.cue is None


def test_estimating_verb_with_a_speaking_subject_before_it_keeps_that_subject() -> None:
    claim = claim_with("Das Unternehmen bezifferte den Verlust auf 4 Millionen Euro.", "Verlust")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "das unternehmen"


def test_estimating_verb_with_an_object_after_it_names_no_thing() -> None:
    # "die Kosten" before the verb, "den Schaden" after it: no thing becomes the speaker
    claims = extract_claims("Die Kosten bezifferte den Schaden auf 4 Millionen Euro.", "t")
    assert all(c.speaker is None or fold(c.speaker.name) != "kosten" for c in claims)


def test_fronted_prepositional_phrase_is_not_the_speaker_of_nach_eigenen_angaben() -> None:
    claims = extract_claims("Im Mai habe die Stadt nach eigenen Angaben bereits 20 Ampeln erneuert.", "t")
    assert all(c.speaker is None or "mai" not in fold(c.speaker.name) for c in claims)


def test_subject_opening_the_clause_still_speaks_for_nach_eigenen_worten() -> None:
    claim = claim_with("Eine Anwohnerin hat den Lieferwagen nach eigenen Worten gesehen.", "Lieferwagen")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "eine anwohnerin"


def test_spokesperson_of_a_body_fur_field_stays_the_spokesperson() -> None:
    claim = claim_with("Ein Sprecher des Ministeriums für Umwelt sagte, die Werte seien gestiegen.", "Werte")
    assert claim.speaker is not None
    assert "sprecher" in fold(claim.speaker.name)


def test_given_name_ending_in_er_is_no_place_adjective() -> None:
    claim = claim_with("Der Preis sei zu hoch, sagte Walter Peter Hell.", "Preis")
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "walter peter hell"


def test_der_mann_still_names_the_man_named_before() -> None:
    claim = claim_with(
        "Einsatzleiter Bernd Kohl sagte, die Bergung habe Stunden gedauert. „Das war knapp“, sagte der Mann.", "knapp"
    )
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "bernd kohl"


def test_die_frau_names_the_woman_named_before_not_the_man_after_her() -> None:
    claim = claim_with(
        "Anwohnerin Greta Moll lebt seit Jahren an der Straße. Einsatzleiter Bernd Kohl sagte, die Bergung sei "
        "schwierig gewesen. „Ich habe nur den Knall gehört“, sagte die Frau.",
        "Knall",
    )
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == "greta moll"


def test_formulierte_with_a_manner_adverb_keeps_the_verb_as_cue() -> None:
    claim = claim_with(
        "Verbandschefin Ines Maurer formulierte es schärfer: »Die Praxen schließen schon im kommenden Herbst.«",
        "Praxen",
    )
    assert fold(claim.cue) == "formulierte"


def test_quoting_crosshead_is_no_claim() -> None:
    text = (
        "Der Stadtrat lehnte den Bebauungsplan am Dienstag mit knapper Mehrheit ab.\n"
        "Anwohner: „Wir fühlen uns übergangen“\n"
        "„Wir fühlen uns übergangen und werden klagen“, sagte Sprecherin Nina Falk."
    )
    claims = extract_claims(text, "t")
    assert not any(c.text.startswith("Wir fühlen uns übergangen") and "klagen" not in c.text for c in claims)
    assert any("klagen" in c.text for c in claims)


def test_quote_paragraph_with_final_punctuation_is_still_a_claim() -> None:
    text = "Die Stadt stellte den Plan vor.\nBürgermeister Olaf Brink: „Wir bauen 400 neue Wohnungen bis 2028.“"
    claims = extract_claims(text, "t")
    assert any("400 neue Wohnungen" in c.text for c in claims)
