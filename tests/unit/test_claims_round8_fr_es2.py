"""French and Spanish attribution families, round 8: a body's acronym before a full name, "desde X" with a plural
cue, regular Spanish preterites, a document after "selon"/"según" with its adjective and its author's full name,
the circle around a person, a contrasted subject ("X, lui, annonce ..."), a singular body and its adjectives, a
relative clause judging in quoted words, the platform ending a colon intro, a subject carrying relative clauses, a
post opening the sentence before the name of its holder, and "y"/"et" inside a body's name. One row per claim
checked. Passages, people and bodies invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims.cues import find_cues
from tests.claims_probe import claim_with

# (passage, a fragment of the claim checked, accepted speaker names, kind, cue or None to leave it unchecked)
_Row = tuple[str, str, tuple[str, ...], str, str | None]

ROWS: list[_Row] = [
    # A body's acronym between a post and a full name belongs to the post.
    ("El secretario general de la UOM Julián Ferreyra dijo que los despidos suman 4.000 en el año.",
     "despidos", ("Julián Ferreyra",), "person", "dijo"),
    ("La vocera de la CTA Norma Ibarra aseguró que el paro tendrá una adhesión del 80%.",
     "paro", ("Norma Ibarra",), "person", "aseguró"),
    ("Le délégué de la FGTB Marc Dewinter a affirmé que 2.000 emplois sont menacés.",
     "emplois", ("Marc Dewinter",), "person", "a affirmé"),
    # "Desde" and a body, then a plural cue: the body speaks.
    ("Desde la Secretaría de Energía respondieron que las tarifas subirán un 6% en julio.",
     "tarifas", ("Secretaría de Energía",), "organisation", "respondieron"),
    ("Desde la Cámara de Comercio advirtieron que las ventas cayeron un 12% en marzo.",
     "ventas", ("Cámara de Comercio",), "organisation", "advirtieron"),
    ("Desde el sindicato de camioneros remarcaron que el paro de 48 horas sigue en pie.",
     "paro", ("el sindicato de camioneros",), "organisation", "remarcaron"),
    # Regular Spanish preterites of reporting verbs, singular and plural.
    ("Fuentes judiciales deslizaron, sin embargo, que la causa podría cerrarse antes de agosto.",
     "causa", ("Fuentes judiciales", "fuentes judiciales"), "anonymous", "deslizaron"),
    ("El vocero del gobierno anticipó que la sesión se hará el 14 de junio.",
     "sesión", ("el vocero del gobierno",), "organisation", "anticipó"),
    # A document after "selon"/"según" with an adjective before it: its author, named in full up to the clause end.
    ("Selon le dernier rapport du Conseil de surveillance, le déficit atteindrait 3,9 % l'an prochain.",
     "déficit", ("Conseil de surveillance",), "organisation", "selon"),
    ("Según el último informe del Banco Central, la inflación de junio rondará el 2,8%.",
     "inflación", ("Banco Central",), "organisation", "según"),
    ("D'après une enquête de l'Institut wallon de la statistique publiée en mars, 14 % des ménages sont endettés.",
     "ménages", ("Institut wallon de la statistique",), "organisation", "d'après"),
    ("Selon une note de la Banque nationale, la croissance ralentirait à 0,9 % cette année.",
     "croissance", ("Banque nationale",), "organisation", "selon"),
    # The circle around a person: the whole description, unnamed.
    ("D'après l'entourage du ministre Paul Lenoir, le texte serait voté avant l'été.",
     "texte", ("l'entourage du ministre Paul Lenoir",), "anonymous", "d'après"),
    ("Según el entorno de la gobernadora, el decreto saldrá el 3 de junio.",
     "decreto", ("el entorno de la gobernadora",), "anonymous", "según"),
    ("Selon les proches de Marie Caron, elle quittera le parti en mai.", "parti", ("les proches de Marie Caron",),
     "anonymous", "selon"),
    # A contrasted subject, set off by a stressed pronoun: "annonce", "maintient" with a noun phrase.
    ("Le front commun des enseignants, lui, annonce une grève de 48 heures le 12 mars.",
     "grève", ("le front commun des enseignants", "front commun des enseignants"), "organisation", "annonce"),
    ("La direction, elle, maintient son plan de 300 suppressions de postes.",
     "suppressions", ("la direction",), "organisation", "maintient"),
    # A singular body named by its noun and the adjectives after it.
    ("Le syndicat majoritaire affirme que 40 % des agents sont en grève.",
     "agents", ("le syndicat majoritaire",), "organisation", "affirme"),
    ("El sindicato mayoritario denunció que 300 trabajadores fueron despedidos.",
     "trabajadores", ("el sindicato mayoritario",), "organisation", "denunció"),
    # A relative clause whose subject judges its antecedent in quoted words.
    ("Le gouvernement veut taxer les billets d'avion. Une mesure que la sénatrice Carla Vidal juge "
     "« absurde et injuste ».",
     "mesure", ("Carla Vidal", "Vidal"), "person", "juge"),
    ("El Ejecutivo subirá el IVA al 23%. Una medida que la diputada Ana Lorca considera «regresiva».",
     "medida", ("Ana Lorca",), "person", "considera"),
    # The platform ending a colon intro is where the message was posted, not who posted it.
    ("L'ancien maire, Luc Fontaine, a publié un long message sur Facebook : « Je ne me représenterai pas en 2026. »",
     "représenterai", ("Luc Fontaine",), "person", None),
    ("La ministra Elena Ruiz publicó un mensaje en X: «Vamos a invertir 30 millones en el puerto».",
     "invertir", ("Elena Ruiz",), "person", None),
    # A subject carrying relative clauses before its verb: its head speaks, not the last noun of the clause.
    ("Jorge Sosa dijo que el acuerdo está cerca. Un abogado que representa a los acreedores, y que pidió "
     "reserva, estimó que la deuda supera los 90 millones.",
     "deuda", ("un abogado",), "anonymous", "estimó"),
    ("Un policier qui a participé à l'enquête, et qui a requis l'anonymat, a affirmé que 12 suspects ont été "
     "interpellés.", "suspects", ("un policier",), "anonymous", "a affirmé"),
    ("Los vecinos que viven junto al arroyo denunciaron que el agua subió 2 metros.",
     "agua", ("vecinos", "los vecinos"), "group", "denunciaron"),
    # A post opening the sentence, set off by commas before its holder's name: "il" is that person now.
    ("Selon le dernier rapport de la Cour des comptes, la dette atteindrait 110 % du PIB. Le ministre des Finances, "
     "le centriste Hugo Lambert, n'a pas caché son inquiétude. « Nous devrons économiser 4 milliards », a-t-il "
     "déclaré.", "économiser", ("Hugo Lambert",), "person", None),
    ("Le ministre Paul Roux a défendu la réforme. Entre les deux camps, la ministre de la Santé, Alice Verdier, "
     "tente une médiation. Elle a assuré mardi que 300 lits seraient rouverts.",
     "lits", ("Alice Verdier",), "person", "a assuré"),
    # "y"/"et" inside a body's name.
    ("El desempleo bajó al 6,1%, según informó este jueves el Instituto de Estadística y Censos (IEC).",
     "desempleo", ("Instituto de Estadística y Censos",), "organisation", "según informó"),
    ("Las exportaciones crecieron un 8%, según el Ministerio de Industria y Comercio.",
     "exportaciones", ("Ministerio de Industria y Comercio",), "organisation", "según"),
]  # fmt: skip

# Near misses: (passage, fragment, the speaker kept or None for no speaker)
NEGATIVES: list[tuple[str, str, str | None]] = [
    # An acronym alone or before one word stays a name.
    ("JD Vance said the deal would cut tariffs by 10%.", "tariffs", "JD Vance"),
    # "Desde" with a place and a named speaker after the comma: the speaker, not the place.
    ("Desde Rosario, el intendente Pablo Javkin dijo que la ciudad recibirá 40 millones.", "ciudad", "Pablo Javkin"),
    # A relative clause of a thing, not a person or body: nobody in it speaks.
    ("Le projet que défend le ministre Paul Roux prévoit 3 milliards d'économies.", "milliards", None),
    # The platform is cut only at the end of a colon intro: a body named before it still speaks.
    ("Councillor Tom Reed posted on Facebook: \"We will spend £3m on the park.\"", "park", "Tom Reed"),
    # Persons joined by "y" stay apart: no body's name is made of them.
    ("Pedro Gil y Ana Sanz dijeron que el club perdió 3 millones.", "club", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "names", "kind", "cue"), ROWS)
def test_speaker(text: str, fragment: str, names: tuple[str, ...], kind: str, cue: str | None) -> None:
    claim = claim_with(text, fragment)
    speaker = claim.speaker
    assert speaker is not None, claim
    assert speaker.name in names, speaker
    assert speaker.kind == kind, speaker
    if cue is not None:
        assert claim.cue == cue, claim


@pytest.mark.parametrize(("text", "fragment", "kept"), NEGATIVES)
def test_near_miss(text: str, fragment: str, kept: str | None) -> None:
    claim = claim_with(text, fragment)
    if kept is None:
        assert claim.speaker is None or claim.speaker.name not in ("Paul Roux", "Pedro Gil y Ana Sanz"), claim
    else:
        assert claim.speaker is not None, claim
        assert claim.speaker.name == kept, claim


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Le syndicat, lui, annonce une grève.", ["annonce"]),
        ("Le syndicat annonce une grève.", []),
        ("Une réforme que le maire juge « injuste ».", ["juge"]),
        ("Une réforme que le maire juge injuste.", []),
        ("La ministra respondió que no.", ["respondió"]),
        ("Los gremios deslizaron que habrá paro.", ["deslizaron"]),
    ],
)
def test_cues_found(text: str, cues: list[str]) -> None:
    assert [cue.cue for cue in find_cues(text)] == cues
