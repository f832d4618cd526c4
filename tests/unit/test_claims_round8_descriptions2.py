"""Round 8 (2): descriptions naming the one person or body of that kind met before, else kept as written."""

from __future__ import annotations

import pytest

from processors.claims.extract import extract_claims


def _speaker_of(text: str, index: int) -> str | None:
    claims = extract_claims(text, "t")
    speaker = claims[index].speaker
    return None if speaker is None else speaker.name


# A bare post, also as a label before a quote, names the person introduced with a compound ending in it. (The
# quotes end on a full stop: a label and a quote with no final punctuation alone in a paragraph is a crosshead,
# no claim, as the gold set marks it.)
@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("Das kündigte Kulturstadträtin Eva Brandner (ÖVP) am Montag an. Bezirksrat: „Wir prüfen das“\n"
         "Stadträtin: „Die Bühne bleibt offen.“\nDas Geld reiche, betonte die Stadträtin.", 2, "Eva Brandner"),
        ("Das kündigte Kulturstadträtin Eva Brandner (ÖVP) am Montag an.\nStadträtin: „Die Bühne bleibt offen.“",
         1, "Eva Brandner"),
        ("Bezirksrätin Helga Sommer (Grüne) lehnt den Plan ab.\nBezirksrätin: „So nicht.“", 1, "Helga Sommer"),
        ("Gesundheitsministerin Jana Roth (SPD) stellte den Plan vor.\nMinisterin: „Wir prüfen das genau.“\n"
         "Die Kliniken seien überlastet, sagte die Ministerin.", 2, "Jana Roth"),
    ],
)  # fmt: skip
def test_a_bare_post_names_its_holder(text: str, index: int, expected: str) -> None:
    assert _speaker_of(text, index) == expected


def test_a_bare_post_nobody_holds_stays_a_post() -> None:
    text = "Bezirksrätin Helga Sommer (Grüne) lehnt den Plan ab.\nMinisterin: „Wir prüfen das.“"
    assert _speaker_of(text, 1) != "Helga Sommer"


def test_a_council_alone_stays_the_body() -> None:
    assert _speaker_of("Der Stadtrat hat den Plan beschlossen. Das teilte der Stadtrat mit.", 1) == "Stadtrat"


# "Former" opening a caption or sentence is no given name.
@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("Former Kerry county manager Joe Nolan at the inquiry. Photograph: Ann Byrne\n"
         'Mr Nolan said: "The files were lost." "I never saw them," the 70-year-old said.', 1, "Joe Nolan"),
        ("Former President Barack Obama said the law would survive.", 0, "Barack Obama"),
        ("Former Leeds United striker Tony Yeboah said the club had lost its way.", 0, "Tony Yeboah"),
    ],
)  # fmt: skip
def test_former_is_no_name(text: str, index: int, expected: str) -> None:
    assert _speaker_of(text, index) == expected


def test_a_former_councillor_is_never_a_person_called_former() -> None:
    text = (
        "Former Meath county councillor Ray Doyle outside the court. Photograph: Ann Byrne\n"
        'A former Meath county councillor has told a tribunal he has "no recollection" of the payment.'
    )
    assert all(claim.speaker is None or "Former" not in claim.speaker.name for claim in extract_claims(text, "t"))


# "El titular de X", "le ministre du X": the one holder of that post and department met before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La ministra de Trabajo, Ana Ruiz, habló el lunes. La titular de Trabajo sostuvo que el paro bajará.",
         "Ana Ruiz"),
        ("El ministro de Economía, Luis Varela, habló el lunes. El titular de Hacienda, de 52 años, sostuvo que "
         "no habrá devaluación.", "Luis Varela"),
        ("Le ministre des Finances, Paul Martin, a présenté le plan. Le ministre du Budget a assuré que le déficit "
         "baisserait.", "Paul Martin"),
        ("El consejero de Sanidad, Jorge Prieto, visitó el hospital. El titular de Sanidad aseguró que habrá más "
         "camas.", "Jorge Prieto"),
    ],
)  # fmt: skip
def test_a_post_of_a_department_names_its_holder(text: str, expected: str) -> None:
    assert _speaker_of(text, 1) == expected


def test_a_post_of_another_department_names_nobody_met() -> None:
    text = "El ministro de Economía, Luis Varela, habló el lunes. El ministro de Salud sostuvo que no habrá recortes."
    assert _speaker_of(text, 1) != "Luis Varela"


# "esa consultora", "cette association": the one body of that kind named in a post before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Los salarios caen", advirtió Sofía Lenz, directora de la consultora Delta Datos. De acuerdo con un '
         "informe de esa consultora, el salario real cayó un 4%.", "Delta Datos"),
        ("« Les loyers explosent », a dit Anne Roy, présidente de l'association Toit Commun. Selon un rapport de "
         "cette association, 40 000 ménages attendent un logement.", "Toit Commun"),
        ('"Faltan camas", dijo Pablo Ferro, portavoz de la fundación Mar Abierto. Según un estudio de esta '
         "fundación, el 30% de los pacientes espera más de un año.", "Mar Abierto"),
    ],
)  # fmt: skip
def test_a_demonstrative_names_the_body_of_that_kind(text: str, expected: str) -> None:
    assert _speaker_of(text, 1) == expected


def test_a_demonstrative_with_two_such_bodies_stays_as_written() -> None:
    text = (
        '"Los precios suben", dijo Jorge Paz, economista de la consultora Delta Datos. "Es grave", dijo Luis Gil, '
        "socio de la consultora Norte Research. Según un informe de esa consultora, el salario cayó."
    )
    assert _speaker_of(text, 2) not in {"Delta Datos", "Norte Research"}


# "la dirigente" after a woman given a post in apposition, even one running on to the next quote.
@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ('"El acuerdo vence en junio", explicó Marta Gil, secretaria general de la Federación de Empleados de '
         'Comercio, "pero no podemos esperar". Según la dirigente, los trabajadores reclamarán una suma fija.',
         1, "Marta Gil"),
        ('"No firmaremos", dijo Irene Sala, secretaria general del gremio. La dirigente sostuvo que habrá paro.',
         1, "Irene Sala"),
    ],
)  # fmt: skip
def test_a_woman_leader_is_the_one_given_a_post(text: str, index: int, expected: str) -> None:
    assert _speaker_of(text, index) == expected


def test_la_dirigente_is_no_man() -> None:
    text = '"El plan fracasó", dijo Raúl Vega, secretario general del gremio. La dirigente sostuvo que habrá paro.'
    assert _speaker_of(text, 1) != "Raúl Vega"


# "la Liégeoise", "le Namurois": the one person of that sex met before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le ministre Marc Lenoir n'a pas caché son agacement. La députée Claire Dubois est opposée au projet. "
         "« L'index restera intact », a déclaré la Liégeoise.", "Claire Dubois"),
        ("Le ministre Thierry Collard n'a pas caché son agacement. La vice-Première ministre Sophie Lambert est "
         "opposée au projet. « L'index doit bouger », a déclaré le Namurois de 61 ans.", "Thierry Collard"),
    ],
)  # fmt: skip
def test_a_demonym_names_the_one_person_of_its_sex(text: str, expected: str) -> None:
    assert _speaker_of(text, 2) == expected


def test_a_demonym_with_two_women_met_names_neither() -> None:
    text = (
        "La ministre Anne Roy et la sénatrice Marie Blanc ont visité l'usine. La Liégeoise a affirmé qu'elle fermerait."
    )
    assert _speaker_of(text, 1) not in {"Anne Roy", "Marie Blanc"}


# A colon intro ending on the medium after its preposition ("sur X :", "on Facebook:"): the person named speaks.
@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("Selon une source, le Premier ministre pourrait réagir. L'intéressé, Luc Moreau, s'est contenté d'un bref "
         "message sur X : « Le gouvernement tiendra ses engagements. »", 1, "Luc Moreau"),
        ('La alcaldesa, Rosa Medina, respondió con un mensaje en Instagram: "Vamos a reconstruir el barrio".',
         0, "Rosa Medina"),
        ('The mayor, Dan Hollis, responded with a short post on Facebook: "We will rebuild every home."',
         0, "Dan Hollis"),
    ],
)  # fmt: skip
def test_a_medium_closing_a_colon_intro_is_no_speaker(text: str, index: int, expected: str) -> None:
    assert _speaker_of(text, index) == expected
