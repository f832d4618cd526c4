"""Round 9, French and Spanish: bodies named with their acronym, an impersonal "on" placed at a body, a body
opening the clause before a gerund, unions referred back to, a clitic before the verb, a subject relative
after a comma, and denials, welcomes and narrative imperfects as cues. Passages and names invented for these
tests."""

from __future__ import annotations

import pytest

from processors.claims.extract import extract_claims
from tests.claims_probe import claim_with, fold


def _speaker(text: str, fragment: str) -> str | None:
    speaker = claim_with(text, fragment).speaker
    return None if speaker is None else speaker.name


def _speakers(text: str) -> list[str | None]:
    return [None if claim.speaker is None else claim.speaker.name for claim in extract_claims(text, "t")]


# A body's name with lowercase words, glossed by its acronym in brackets: the whole name speaks.
@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        ("D'après la Caisse nationale d'assurance maladie (CNAM), les dépenses ont augmenté de 4 % l'an dernier.",
         "dépenses", "Caisse nationale d'assurance maladie"),
        ("Selon l'Agence régionale de santé (ARS), trois hôpitaux manquent de médecins cet été.",
         "hôpitaux", "Agence régionale de santé"),
        ("Pour la Fédération nationale des chasseurs (FNC), la saison a été bien meilleure que prévu.",
         "saison", "Fédération nationale des chasseurs"),
        ("La Mutualité sociale agricole (MSA) estime que les pensions resteront trop basses en 2026.",
         "pensions", "Mutualité sociale agricole"),
        ("La Caisse centrale de réassurance (CCR) prévient que les sinistres climatiques vont doubler.",
         "sinistres", "Caisse centrale de réassurance"),
    ],
)  # fmt: skip
def test_a_body_glossed_by_its_acronym_speaks_whole(text: str, fragment: str, expected: str) -> None:
    assert _speaker(text, fragment) == expected


def test_lowercase_words_without_a_matching_acronym_stay_out_of_the_name() -> None:
    # No acronym: the lowercase words are not read into the name; a mismatched acronym neither.
    assert _speaker("D'après la Mutualité sociale, les retraites agricoles sont basses.", "retraites") == "Mutualité"
    glossed = _speaker("Selon la Caisse nationale des retraites (ZUP), les pensions baisseront.", "pensions")
    assert glossed != "Caisse nationale des retraites"


# A fronted "À/Chez/Au/Dans" + body (or a circle around a person), then "on" + cue: the body speaks.
@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        ("À la CGT, on dénonce « une réforme au rabais » qui ne règle rien.", "rabais", "CGT"),
        ("Chez Renault, on assure que les usines tourneront à plein régime dès mars.", "usines", "Renault"),
        ("Au ministère des Finances, on estime que la dette baissera en 2027.", "dette", "ministère des Finances"),
        ("Dans l'entourage du préfet, on reconnaît que la crue a été mal anticipée.", "crue",
         "l'entourage du préfet"),
        ("Chez Airbus, on salue « une décision courageuse » tout en restant prudent.", "courageuse", "Airbus"),
    ],
)  # fmt: skip
def test_an_impersonal_on_speaks_for_the_body_it_is_placed_at(text: str, fragment: str, expected: str) -> None:
    assert _speaker(text, fragment) == expected


@pytest.mark.parametrize(
    "text",
    [
        "À Bruxelles, on dit que les négociations reprendront en juin.",
        "Dans la cour de l'école, on entend que les cours reprendront lundi.",
    ],
)
def test_an_impersonal_on_placed_at_a_town_or_a_place_names_no_speaker(text: str) -> None:
    assert all(speaker is None for speaker in _speakers(text))


# A gerund after a comma, with no person named in the clause: the body opening the clause is its subject.
@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        ("Le ministère de l'Agriculture dément tout report, assurant que le texte sera voté avant l'été.",
         "texte", "le ministère de l'Agriculture"),
        ("La préfecture du Rhône a maintenu l'arrêté, rappelant que la sécheresse menace les nappes.",
         "sécheresse", "la préfecture du Rhône"),
        ("El Ayuntamiento de Sevilla rechazó las críticas, recordando que el plan se aprobó en 2023.",
         "plan", "Ayuntamiento de Sevilla"),
    ],
)  # fmt: skip
def test_a_gerund_speaks_for_the_body_opening_the_clause(text: str, fragment: str, expected: str) -> None:
    assert _speaker(text, fragment) == expected


def test_a_gerund_keeps_the_person_named_in_the_clause() -> None:
    text = "La ministre Hélène Vasseur a défendu le budget, rappelant que la dette reculera en 2027."
    assert _speaker(text, "dette") == "Hélène Vasseur"


# "le syndicat majoritaire": a union ranked among those named is the one named before; a bare acronym is no "il".
def test_a_ranked_union_names_the_union_met_before_and_il_stays_a_person() -> None:
    text = (
        "À la CFDT, on salue « une avancée » tout en réclamant davantage. « C'est un début », a déclaré son "
        "secrétaire général, Bruno Lestrade. Le syndicat majoritaire demande que le smic soit revalorisé de 5 %. "
        "« La réforme, a-t-il ajouté, ne suffira pas pour les bas salaires. »"
    )
    assert _speaker(text, "smic") == "CFDT"
    assert _speaker(text, "bas salaires") == "Bruno Lestrade"


def test_a_described_union_without_a_rank_stays_as_written_when_none_is_named() -> None:
    assert _speaker("Le front commun syndical annonce que la grève sera reconduite.", "grève") != "CFDT"


# Cues: a denial, a welcome, "demande que", a narrative imperfect; "demande" as a noun or "salue" as a greeting
# reports nothing.
@pytest.mark.parametrize(
    ("text", "fragment", "cue"),
    [
        ("La préfecture dément toute fermeture du pont avant l'hiver.", "fermeture", "dément"),
        ("Le syndicat des pilotes demande que les rotations soient allégées dès l'hiver.", "rotations", "demande"),
        ("« Le dispositif est sous-financé », relèvent les auteurs du rapport.", "sous-financé", "relèvent"),
        ("Su presidente, Jaime Ortuño, lo explicaba así a la salida del juzgado: “No vamos a retirar la demanda”.",
         "retirar", "explicaba"),
    ],
)  # fmt: skip
def test_more_french_and_spanish_cues(text: str, fragment: str, cue: str) -> None:
    assert fold(claim_with(text, fragment).cue) == cue


@pytest.mark.parametrize(
    "text",
    ["La demande de logements a encore augmenté en mars.", "Le portier salue les clients chaque matin."],
)
def test_nouns_and_greetings_are_no_cues(text: str) -> None:
    assert all(claim.cue is None for claim in extract_claims(text, "t"))


# "X, lo explicaba así": the clitic between subject and verb is skipped; "X, que aseguró": the antecedent speaks.
@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        ("Su presidente, Jaime Ortuño, lo explicaba así a la salida del juzgado: “No vamos a retirar la demanda”.",
         "retirar", "Jaime Ortuño"),
        ("La portavoz del comité, Lucía Varela, lo resumía así ante la prensa: “Nadie nos ha escuchado”.",
         "escuchado", "Lucía Varela"),
        ("Más prudente se mostró la consejera de Sanidad, Marta Gil, que aseguró que las listas de espera bajarán.",
         "listas", "Marta Gil"),
        ("Muy crítica fue también Ana Ruiz, que dijo que la reforma llega tarde.", "reforma", "Ana Ruiz"),
        ("Plus sévère, la députée Claire Monnet, qui a dénoncé « un texte bâclé », estime que la loi sera censurée.",
         "bâclé", "Claire Monnet"),
    ],
)  # fmt: skip
def test_the_subject_before_a_clitic_or_a_subject_relative(text: str, fragment: str, expected: str) -> None:
    assert _speaker(text, fragment) == expected


def test_a_place_before_a_subject_relative_names_no_speaker() -> None:
    assert _speakers("Luis Prado recorrió Toledo, que asegura que no habrá cortes de luz.")[-1] is None


def test_an_object_relative_is_no_subject() -> None:
    text = "Le texte, que le gouvernement a défendu mardi, prévoit une hausse de 3 %."
    assert all(speaker in (None, "le gouvernement") for speaker in _speakers(text))
