"""Round 10, French and Spanish: a document whose publisher is an unknown common noun, a draft with its adjective,
a document with its title, Spanish plural groups, a body's name with an elided "d'", a committee in lowercase, a
stressed pronoun doubling the subject, Spanish dialogue set with dashes and an aside inside a quote, the Spanish
future in the first person, and a dateline place opening a publication stamp. Passages and names invented for
these tests."""

from __future__ import annotations

import pytest

from processors.claims.extract import extract_claims
from processors.claims.nonclaims import is_non_claim
from processors.claims.quotes import dialogue_view
from tests.claims_probe import claim_with, fold


def _speaker(text: str, fragment: str) -> str | None:
    speaker = claim_with(text, fragment).speaker
    return None if speaker is None else fold(speaker.name)


# "selon les chiffres de la X": a publisher the memory does not know as a body; the document and its publisher.
@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        ("Selon les chiffres de la coopérative, les ventes de lait ont reculé de 12 %.", "lait",
         "les chiffres de la coopérative"),
        ("Según los datos de la cofradía, las capturas de sardina bajaron un 15 %.", "sardina",
         "los datos de la cofradía"),
    ],
)  # fmt: skip
def test_a_document_of_an_unknown_publisher_speaks_as_written(text: str, fragment: str, expected: str) -> None:
    claim = claim_with(text, fragment)
    assert claim.attribution == "indirect"
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == expected


def test_a_known_publisher_still_speaks_itself() -> None:
    # The publisher is a body: it speaks, not the document ("la mairie", "Insee").
    assert _speaker("Selon les chiffres de la mairie, les loyers ont augmenté de 9 %.", "loyers") == "la mairie"
    assert _speaker("Selon les données de l’Insee, les loyers ont augmenté de 9 %.", "loyers") == "insee"


def test_a_document_of_a_time_or_a_long_place_is_no_source() -> None:
    # "de l'année dernière" (a time) and a long description are left alone: no source, as before.
    assert claim_with("Selon les chiffres de l’année dernière, les ventes ont reculé.", "ventes").speaker is None


# A draft with the adjectives closing the source's clause; a document with its title after it.
@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        ("Según el borrador de la ordenanza municipal, las terrazas cerrarán a medianoche.", "terrazas",
         "el borrador de la ordenanza municipal"),
        ("Según el borrador de la ley autonómica, el canon subirá un 5 %.", "canon",
         "el borrador de la ley autonómica"),
        ("Según el borrador del reglamento, el canon subirá un 5 %.", "canon", "el borrador del reglamento"),
        ("El paro juvenil bajó un 3 %, según la encuesta Ecovi del mismo organismo.", "paro",
         "la encuesta ecovi"),
        ("Selon le rapport Delvaux, les urgences manquent de 300 lits.", "urgences", "le rapport delvaux"),
    ],
)  # fmt: skip
def test_a_draft_keeps_its_adjective_and_a_document_its_title(text: str, fragment: str, expected: str) -> None:
    assert _speaker(text, fragment) == expected


def test_a_draft_adjective_needs_the_clause_to_end() -> None:
    # An adjective followed by more words ("que prevé"): only the noun drafted is kept.
    text = "Según el borrador del reglamento municipal que prevé el Ayuntamiento, el canon subirá un 5 %."
    assert _speaker(text, "canon") != "el borrador del reglamento municipal que"


def test_a_bare_document_keeps_its_reading() -> None:
    assert _speaker("Según la encuesta, los precios suben un 3 %.", "precios") == "la encuesta"


# Spanish plurals listed as groups, with their adjectives after them.
@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        ("Las asociaciones vecinales, en cambio, consideran que la reforma se queda corta.", "reforma",
         "las asociaciones vecinales"),
        ("Las asociaciones empresariales advierten de que la medida llega tarde.", "medida",
         "las asociaciones empresariales"),
        ("Los sindicatos agrarios, sin embargo, consideran que el plan llega tarde.", "plan",
         "los sindicatos agrarios"),
    ],
)  # fmt: skip
def test_a_spanish_plural_group_with_adjectives_speaks(text: str, fragment: str, expected: str) -> None:
    claim = claim_with(text, fragment)
    assert claim.attribution == "indirect"
    assert claim.speaker is not None
    assert fold(claim.speaker.name) == expected


def test_a_plural_of_things_is_no_group() -> None:
    assert claim_with("Las cifras oficiales muestran que el paro bajó.", "paro").speaker is None


# A capitalised body's name going on after an elided "d'" (French, Catalan).
@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        ("La Associació d’Empresaris de Girona (AEG) advirtió de que la provincia perderá inversiones.",
         "provincia", "associació d’empresaris de girona"),
        ("La Chambre d’Agriculture de Normandie estime que les pertes sont lourdes.", "pertes",
         "chambre d’agriculture de normandie"),
        ("La Federació de Comerciants de Lleida considera que el plan es insuficiente.", "plan",
         "federació de comerciants de lleida"),
    ],
)  # fmt: skip
def test_a_body_name_runs_on_after_an_elided_de(text: str, fragment: str, expected: str) -> None:
    assert _speaker(text, fragment) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Selon la Chambre d’Agriculture de Normandie, les pertes atteignent 40 millions d’euros.",
        "« Les pertes sont lourdes », a déclaré la Chambre d’Agriculture de Normandie.",
    ],
)
def test_a_body_name_after_the_cue_runs_on_after_an_elided_de(text: str) -> None:
    assert _speaker(text, "pertes") == "chambre d’agriculture de normandie"


def test_a_person_then_an_elided_de_stays_as_before() -> None:
    # "Paul Martin d'Airbus": a person, then the firm; not read as one body's name.
    assert _speaker("Paul Durand d’Airbus estime que les pertes sont lourdes.", "pertes") is None


# A committee is a body in lowercase too; "le comité" refers back to it.
def test_a_lowercase_committee_speaks() -> None:
    text = "Cela représente 800 tonnes en moins, selon le comité régional de la conchyliculture."
    assert _speaker(text, "tonnes") == "le comité régional de la conchyliculture"
    assert _speaker("Le comité réclame une aide de 3 millions d’euros.", "aide") == "le comité"


def test_a_lowercase_court_is_still_no_body() -> None:
    assert claim_with("Dans la cour de l’école, les enfants jouent au ballon depuis midi.", "enfants").speaker is None


# A stressed pronoun set off by commas doubles the subject before it.
def test_a_stressed_pronoun_doubles_the_subject() -> None:
    text = (
        "Le président du syndicat, Paul Rivière, a reçu les éleveurs mardi. « On ne lâchera rien », a-t-il dit. "
        "Les scientifiques de l’Inrae, eux, estiment que la sécheresse va durer."
    )
    assert _speaker(text, "sécheresse") == "les scientifiques de l’inrae"


def test_a_pronoun_subject_alone_keeps_its_antecedent() -> None:
    text = "Le président du syndicat, Paul Rivière, a reçu les éleveurs mardi. Lui, estime que les aides tardent."
    assert _speaker(text, "aides") == "paul rivière"


# Spanish dialogue set with dashes: the dash opening the paragraph opens the speech, the aside holds the cue, and
# the speech goes on after the aside to the paragraph's end.
def test_dialogue_with_dashes_is_direct_speech_and_goes_on_after_the_aside() -> None:
    text = (
        "Su portavoz, Marta Soler, recordó que el barrio perdió cuatro comercios este año.\n"
        "—Aquí ya no queda nadie, pero los clientes nos dicen que volverán —lamentó Soler ante los vecinos—. "
        "Lo veremos en verano.\n"
        "El pleno votará la propuesta en junio."
    )
    claims = extract_claims(text, "t")
    dialogue = next(claim for claim in claims if claim.text.startswith("—Aquí"))
    assert dialogue.attribution == "direct"
    assert dialogue.speaker is not None
    assert dialogue.speaker.name == "Marta Soler"
    assert dialogue.cue == "lamentó"
    after = next(claim for claim in claims if claim.text.startswith("Lo veremos"))
    assert after.attribution == "direct"
    assert after.speaker is not None
    assert after.speaker.name == "Marta Soler"
    assert "prediction" in after.types
    vote = next(claim for claim in claims if claim.text.startswith("El pleno"))
    assert vote.attribution == "none"


def test_a_dash_opening_a_list_item_is_no_dialogue() -> None:
    assert dialogue_view("—En primer lugar, la reforma del código laboral.") is None
    assert dialogue_view("—El paro baja, según el INE.") is None
    assert dialogue_view("“Nadie —dijo— vendrá”.") is None  # quote marks: the quote rules read it


def test_dialogue_view_keeps_the_length() -> None:
    sentence = "—Nadie viene —dijo Pau—."
    view = dialogue_view(sentence)
    assert view is not None
    assert len(view[0]) == len(sentence)
    assert view[0].startswith("“Nadie viene”")
    assert view[1]


# An aside between dashes inside a quote: the cue, its subject unsaid or named.
@pytest.mark.parametrize(
    ("aside", "expected_cue"),
    [("—ha asegurado—", "ha asegurado"), ("—ha asegurado Gil—", "ha asegurado"),
     ("—ha asegurado la alcaldesa—", "ha asegurado")],
)  # fmt: skip
def test_an_aside_between_dashes_inside_a_quote_is_the_cue(aside: str, expected_cue: str) -> None:
    text = (
        "La alcaldesa, Ana Gil, ha defendido la subida. "
        f"“La tasa no espanta a nadie {aside}; lo que espanta es una ciudad saturada”."
    )
    claim = claim_with(text, "saturada")
    assert claim.attribution == "direct"
    assert claim.cue == expected_cue
    assert claim.speaker is not None
    assert claim.speaker.name == "Ana Gil"


def test_an_aside_without_a_cue_is_no_cue() -> None:
    text = (
        "La alcaldesa, Ana Gil, ha defendido la subida. "
        "“La tasa no espanta —y no espantará—; lo que espanta es otra cosa”."
    )
    assert claim_with(text, "otra cosa").cue is None


# The Spanish future in the first person plural.
@pytest.mark.parametrize(
    ("text", "prediction"),
    [
        ("Tendremos que subir los precios de las habitaciones este invierno.", True),
        ("Lo notaremos sobre todo en las estancias largas del verano.", True),
        ("Iremos a los tribunales si el plan sigue adelante.", True),
        ("Seremos la primera ciudad con una tasa tan alta.", True),
        ("Queremos que la ciudad cambie de modelo turístico.", False),
        ("Esperemos que la ciudad cambie de modelo turístico pronto.", False),
    ],
)  # fmt: skip
def test_the_spanish_first_person_future_predicts(text: str, prediction: bool) -> None:
    claims = extract_claims(text, "t")
    assert claims
    assert ("prediction" in claims[0].types) is prediction


# A dateline place opening a publication stamp.
def test_a_place_before_a_publication_stamp_is_furniture() -> None:
    assert is_non_claim("Valencia 03/02/2026 07:15 Actualizado a 03/02/2026 09:40", attributed=False)
    assert not is_non_claim("Valencia 2026 será el año de la vivienda pública en la comunidad.", attributed=False)
