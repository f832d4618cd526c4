"""Non-claims: calls to action, newsroom asides, credits, timestamps, headings; and the other languages' cues."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processors.claims import extract_claims, nonclaims
from processors.claims.cues import find_cues
from processors.claims.nonclaims import is_heading, is_non_claim
from processors.claims.quotes import find_quote_spans


@pytest.mark.parametrize(
    "sentence",
    [
        "Sign up to our newsletter for the latest headlines every day.",
        "If you live on the coast, move your car to higher ground now.",
        "Lesen Sie auch: Die wichtigsten Termine der Woche",
        "Abonnez-vous pour recevoir toutes les informations de la région.",
        "Consulte aquí el calendario de cortes de su barrio.",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Passengers should check their connection online before travelling.",
    ],
)
def test_calls_to_action_and_credits_are_not_claims(sentence: str) -> None:
    assert is_non_claim(sentence, attributed=False)


def test_assertions_are_claims() -> None:
    assert not is_non_claim("The US economy grew by 2 percent in the third quarter of the year.", attributed=False)
    assert not is_non_claim("Residents must display a permit to park inside the ring road.", attributed=False)


def test_headings_and_timestamps() -> None:
    assert is_heading("11:45 GMT", whole_paragraph=False)
    assert is_heading("What happens next", whole_paragraph=True)
    assert not is_heading("The minister resigned on Tuesday.", whole_paragraph=True)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Der Minister kündigte am Montag neue Hilfen an.", "kündigte an"),
        ("Laut der Polizei gab es keine Verletzten.", "laut"),
        ("« Nous serons là », a-t-elle assuré.", "a-t-elle assuré"),
        ("El alcalde advirtió de nuevos cortes.", "advirtió"),
    ],
)
def test_cues_in_other_languages(sentence: str, cue: str) -> None:
    assert cue in [match.cue for match in find_cues(sentence)]


@pytest.mark.parametrize("sentence", ["„Wir streiken“, sagte er.", "« Nous serons là », a-t-il dit.", "«Sí», dijo."])
def test_other_quote_marks(sentence: str) -> None:
    assert len(find_quote_spans(sentence)) == 1


_STAMP_PIECES = ["Updated", "aktualisiert", "12:30", "9.45", "BST", "am", "Uhr", "—", "x", "„"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_STAMP_PIECES), max_size=6))
def test_the_timestamp_shortcut_agrees_with_the_pattern(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert nonclaims._timestamp(text) == (nonclaims._TIMESTAMP.match(text) is not None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Smoke hung over the valley and sirens echoed through the empty streets at dusk.",
        "Outside the town hall, a few hundred farmers waved flags and banners in the steady rain.",
        "Vor dem Rathaus flackerten Kerzen, daneben lagen Plakate im Nieselregen.",
        "Devant la mairie, des manifestants brandissent des pancartes sous la neige et la fumée des braseros.",
        "Photograph: Jo Bloggs for the Herald",
        "Foto: Max Mustermann",
        "Talk to your pharmacist before stopping any medication.",
        "Ask a neighbour to check on elderly relatives during the heatwave.",
        "Residents living near the dam should move to higher ground immediately.",
    ],
)
def test_scenes_credits_and_advice_are_not_claims(sentence: str) -> None:
    assert is_non_claim(sentence, attributed=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Smoke from the fire forced 3,000 people from their homes as sirens echoed through the town at dusk.",
        "Sirens echoed and smoke hung over the valley because the plant's filters failed in the rain.",
        "Der Verdächtige ging stets gleich vor: Sie brachen nachts durch Fenster ein.",
        "Selon nos informations, le ministre a présenté sa démission lundi soir.",
        "Residents of the flooded district can claim compensation of up to 5,000 euros.",
    ],
)
def test_scene_words_with_checkable_content_stay_claims(sentence: str) -> None:
    assert not is_non_claim(sentence, attributed=False)


def test_a_labelled_number_does_not_make_a_scene_a_claim() -> None:
    assert is_non_claim("Fog hung over Platform 9 as the morning commuters waited in silence.", attributed=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The kitchen smells of wood smoke and wet dogs.",
        "Outside, the tide is turning over the harbour mud.",
        "The minister is on her feet in a crowded, hushed chamber.",
        "Beim Aufstieg knirscht graues Geröll unter den Schuhen.",
        "Al caer la tarde, aún salía humo de los restos retorcidos del almacén.",
    ],
)
def test_feature_scene_setting_is_not_a_claim(sentence: str) -> None:
    assert is_non_claim(sentence, attributed=False)


def test_a_paper_named_before_a_quote_is_no_picture_credit() -> None:
    assert not is_non_claim("Der Trainer zu BILD: „Wir holen den Pokal.“", attributed=True)
    assert not nonclaims.is_credit("Der Trainer zu BILD: „Wir holen den Pokal.“")
    assert nonclaims.is_credit("Fans feiern am Hafen. Bild: Max Mustermann")


@pytest.mark.parametrize(
    "sentence",
    [
        "Rain drums on the corrugated roof as volunteers fill sandbags by the door.",
        "Im Saal ist es still, nur das Summen der Heizung ist zu hören.",
        "Jetzt die App herunterladen und nichts mehr verpassen.",
    ],
)
def test_more_scenes_and_calls_to_download(sentence: str) -> None:
    assert is_non_claim(sentence, attributed=False)


def test_pictured_labels_a_caption() -> None:
    assert nonclaims.is_credit("Pictured: the flooded underpass on Station Road.")
    assert nonclaims.is_credit("Im Bild: die gesperrte Brücke über die Elbe.")
    assert is_non_claim("Dunkle Wolken hängen über dem Tal, der Wind pfeift um die Hütte.", attributed=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The actor was pictured outside a restaurant in Soho on Friday, hood up and sunglasses on.",
        "Relatives, several wearing badges with her name, sat in the front row of the public gallery.",
        "Am Werkstor standen Beschäftigte in kleinen Gruppen zusammen, viele mit dem Handy am Ohr.",
        "Nach dem Abpfiff waren die Ränge leer, aus der Kurve hallten gellende Pfiffe.",
    ],
)
def test_pictures_galleries_gates_and_stands_are_scenes(sentence: str) -> None:
    assert is_non_claim(sentence, attributed=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Alle Ergebnisse, alle Tabellen: Jetzt die Sport-App gratis herunterladen.",
        "Jetzt den Newsletter abonnieren.",
        "Ob der neue Plan aufgeht, ist allerdings fraglich.",
        "Whether the ceasefire holds remains to be seen.",
        "Die Versammlung ist öffentlich und beginnt um 19 Uhr.",
        "The hearing starts at 10am.",
    ],
)
def test_infinitive_calls_open_questions_and_starting_hours_are_not_claims(sentence: str) -> None:
    assert is_non_claim(sentence, attributed=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jetzt will der Konzern 500 Stellen streichen.",
        "Ob der Plan aufgeht, entscheidet der Stadtrat im Mai.",
        "The strike starts at 6am on Monday after talks with the rail operators broke down without a deal on pay.",
    ],
)
def test_claims_that_look_like_calls_questions_or_timetables_stay(sentence: str) -> None:
    assert not is_non_claim(sentence, attributed=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "This article was amended on 2 May 2024 to correct a quote.",
        "Dieser Artikel wurde am 4. Juni aktualisiert.",
        "Cet article a été modifié pour préciser le nombre de victimes.",
        "Este artículo ha sido actualizado con la respuesta del ministerio.",
        "Correction: An earlier version of this story gave the wrong name for the school.",
        "For more information, visit the county's website.",
        "Pour en savoir plus, consultez le site de la préfecture.",
        "Not everyone agrees.",
        "The union sees it differently.",
        "Ganz anders sieht das die Opposition.",
        "Tout le monde ne partage pas cet avis.",
        "No todos lo ven así.",
        "For Lena Ortiz, a baker in Carrow, the figures are all too familiar.",
    ],
)
def test_corrections_service_links_and_bridges_are_not_claims(sentence: str) -> None:
    assert is_non_claim(sentence, attributed=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die SPD sieht das anders als die Union und will die Steuer abschaffen.",
        "For the council, the costs are real: it spent £3m on hotels last year.",
        "For more than a decade, the plant has supplied power to 40,000 homes.",
        "The article in the trade journal was amended by the publisher after a complaint.",
        "Not everyone agrees with the figures, which put the deficit at 4% of output.",
    ],
)
def test_claims_that_look_like_corrections_or_bridges_stay(sentence: str) -> None:
    assert not is_non_claim(sentence, attributed=False)


def test_a_quoted_question_before_its_cue_is_no_claim_but_the_statement_before_it_is() -> None:
    texts = [c.text for c in extract_claims('"Two shops shut this year. Who is next?" said grocer Ben Ames.', "q" * 32)]
    assert any("Two shops shut" in text for text in texts)
    assert not any("Who is next" in text for text in texts)
    spanish = "«Cerramos dos tiendas. ¿Quién será el siguiente?», lamentó Ana Gil."
    texts = [c.text for c in extract_claims(spanish, "q" * 32)]
    assert any("Cerramos dos tiendas" in text for text in texts)
    assert not any("Quién será" in text for text in texts)
    # a quote that is one question keeps its claim (the question's speaker and cue are still read)
    asked = extract_claims('"Why was the library closed?" asked councillor Rhea Patel.', "q" * 32)
    assert [c.text for c in asked] == ['"Why was the library closed?" asked councillor Rhea Patel.']


def test_a_short_dated_statement_is_a_claim_and_a_short_undated_one_is_not() -> None:
    assert [c.text for c in extract_claims("The pier reopened in 2022.", "d" * 32)] == ["The pier reopened in 2022."]
    assert [c.text for c in extract_claims("The pier reopened in June.", "d" * 32)] == ["The pier reopened in June."]
    assert extract_claims("The pier reopened quietly.", "d" * 32) == []
    assert extract_claims("Ab 2025 zuschlagen!", "d" * 32) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This is a developing story and will be updated.",
        "This story first appeared in The Valley Courier.",
        "Mit Material von dpa.",
        "Con información de EFE y Europa Press.",
        "Cet article est réservé aux abonnés.",
        "Hier geht es zur Bildergalerie.",
        "Scroll down to see the photos.",
        "More information is available on the trust's website.",
        "Nähere Informationen gibt es auf der Homepage des Vereins.",
        "Más información en la web de la Diputación.",
    ],
)
def test_developing_republished_wire_and_more_information_notes_are_not_claims(sentence: str) -> None:
    assert is_non_claim(sentence, attributed=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Further details of the merger were published online by the regulator on Friday.",
        "More information about the outbreak emerged on Tuesday.",
        "The story of the mill first appeared in a local history published by the parish.",
    ],
)
def test_claims_that_open_like_service_notes_stay(sentence: str) -> None:
    assert not is_non_claim(sentence, attributed=False)

def test_a_credit_run_on_to_its_caption_is_still_a_credit() -> None:
    assert nonclaims.is_credit("Joan Hill outside the flooded shop Credit: Sam Reed")
    # A paper addressed in a colon intro to speech is no credit ("Demir zu BILD:").
    assert not nonclaims.is_credit('Demir zu BILD: "Ich bleibe!"')
