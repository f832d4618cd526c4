"""French and Spanish attribution families: a document and its author after "selon"/"según", an unnamed source
with its tie or a participle, present and gerund cues, the French incise inside a quote still open, an unnamed
speaker after an inverted cue, a post with its place before a name, plural bodies, descriptions by a generic post
and body names after an inverted cue. One row per claim checked. Passages, people and bodies invented for these
tests."""

from __future__ import annotations

import pytest

from newsflow.contracts import Claim
from processors.claims import extract_claims
from processors.claims.cues import find_cues

# (passage, a fragment of the claim checked, accepted speaker names or None, kind, cue)
_Row = tuple[str, str, tuple[str, ...] | None, str | None, str | None]

ROWS: list[_Row] = [
    # A document and its author after "selon", "d'après", "según", "de acuerdo con": the author speaks.
    ("Selon les estimations de l'Insee, le chômage atteindrait 8 % à la fin de l'année.",
     "chômage", ("Insee",), "organisation", "selon"),
    ("D’après une note de la Banque de France, la croissance ralentirait au printemps.",
     "croissance", ("Banque de France",), "organisation", "d’après"),
    ("Selon les calculs du syndicat Sud-Rail, la réforme coûterait 300 postes aux cheminots.",
     "réforme", ("syndicat Sud-Rail", "Sud-Rail"), "organisation", "selon"),
    ("Según las estimaciones de la patronal hotelera, el sector perderá 2.000 empleos este verano.",
     "sector", ("la patronal hotelera", "la patronal"), "organisation", "según"),
    ("De acuerdo con las cifras del Ministerio de Vivienda, los alquileres subieron un 9 % en un año.",
     "alquileres", ("Ministerio de Vivienda",), "organisation", "de acuerdo con"),
    # With no author, the document itself, its adjectives kept.
    ("Selon le bilan provisoire, quatre personnes ont été blessées dans la collision.",
     "collision", ("le bilan provisoire",), "organisation", "selon"),
    ("De acuerdo con el informe pericial, la grúa cedió por un fallo del anclaje.",
     "grúa", ("el informe pericial",), "organisation", "de acuerdo con"),
    # An unnamed person and their tie: the whole description, not the body they belong to.
    ("Selon un proche du dossier, qui a requis l'anonymat, le contrat serait signé en mai.",
     "contrat", ("un proche du dossier",), "anonymous", "selon"),
    ("Según un portavoz de la naviera, que pidió no ser identificado, los despidos afectarán a 300 marineros.",
     "despidos", ("un portavoz de la naviera",), "anonymous", "según"),
    ("Selon un conseiller du ministre, le texte sera présenté en conseil des ministres mercredi.",
     "texte", ("un conseiller du ministre",), "anonymous", "selon"),
    # A participle saying how the source was reached ends it.
    ("Según fuentes policiales citadas por la agencia, el detenido tenía antecedentes por robo.",
     "detenido", ("fuentes policiales",), "anonymous", "según"),
    ("Selon des sources judiciaires consultées par notre rédaction, l'enquête a été confiée à un juge.",
     "enquête", ("des sources judiciaires", "sources judiciaires"), "anonymous", "selon"),
    # Present-tense cues, after fronted adverbials and an apposed name.
    ("Lors d'une conférence de presse, vendredi, la présidente de la région, Anne Morel, confirme que le lycée "
     "ouvrira en septembre.", "lycée", ("Anne Morel",), "person", "confirme"),
    ("En Guadalajara, el consejero de Movilidad, Tomás Rey, anuncia que la línea de tren se reabrirá en marzo.",
     "tren", ("Tomás Rey",), "person", "anuncia"),
    ("La présidente du syndicat, Sophie Lemaire, a qualifié la réforme d'« injuste » devant les élus.",
     "réforme", ("Sophie Lemaire",), "person", "a qualifié"),
    # A verb of stance before its preposition, past an incise.
    ("Le patronat table, lui, sur une croissance de 1 %, un niveau que plusieurs analystes jugent prudent.",
     "croissance", ("le patronat",), "organisation", "table"),
    ("La Fédération des cheminots appelle à une grève reconductible à partir du 5 mai.",
     "grève", ("Fédération des cheminots",), "organisation", "appelle"),
    # The French incise inside a quote still open; the quote's later sentences keep its speaker.
    ("« On a tout perdu, soupire Marie Lefort, agricultrice à Guérande. On recommence à zéro. »",
     "recommence", ("Marie Lefort",), "person", "soupire"),
    ("« Trois ans d'attente, c'est trop long, lâche Lucie Bernard, locataire à Rennes. Personne ne répond. »",
     "Personne", ("Lucie Bernard",), "person", "lâche"),
    # An unnamed speaker after an inverted cue.
    ("« Le dossier est clos, glisse un magistrat. Il n'y a rien à ajouter. »",
     "dossier", ("un magistrat",), "anonymous", "glisse"),
    # A gerund speaks for the person named in the clause before it.
    ("Interrogée sur un référendum, Mme Garnier a écarté l'idée, rappelant que la loi ne le prévoit pas.",
     "loi", ("Mme Garnier", "Garnier"), "person", "rappelant"),
    ("Preguntado por la huelga, el ministro Julián Ortega cerró la reunión, recordando que el salario sube un "
     "4 %.", "salario", ("Julián Ortega",), "person", "recordando"),
    # A post and its place right before a name: the person, not an earlier speaker.
    ("Bertrand Lescure a dénoncé la réforme. Le sénateur du Morbihan Yves Le Floch, pourtant proche du "
     "gouvernement, estime qu'il faut attendre.", "attendre", ("Yves Le Floch",), "person", "estime"),
    ("El alcalde de Teruel Juan Ruiz afirmó que la obra estará lista en junio.",
     "obra", ("Juan Ruiz",), "person", "afirmó"),
    # Plural bodies and people, their noun first.
    ("A gauche, les groupes communiste et insoumis ont annoncé une motion de censure.",
     "motion", ("les groupes communiste et insoumis",), "group", "ont annoncé"),
    ("Los sindicatos mayoritarios anunciaron que convocarán paros parciales en abril.",
     "paros", ("los sindicatos mayoritarios", "Los sindicatos mayoritarios"), "group", "anunciaron"),
    # A generic post names the person last given a post, of the sex its article tells.
    ("El director de Obras, Andrés Peña, dio detalles. La alcaldesa, Marta Gil, no habló. La funcionaria explicó "
     "que la obra se retrasará.", "retrasará", ("Marta Gil",), "person", "explicó"),
    ("En contraste, la presidenta municipal, Rosa Vidal, negó los hechos. La edil anunció que el ayuntamiento "
     "pagará los daños.", "daños", ("Rosa Vidal",), "person", "anunció"),
    # A body named after an inverted cue: its name opens with its kind; an adjective or a manner may follow.
    ("Los bomberos rescataron a dos personas, informó la Dirección General de Protección Civil regional.",
     "rescataron", ("Dirección General de Protección Civil",), "organisation", "informó"),
    ("La Audiencia Provincial abrió diligencias por estafa, confirmó la dependencia en un comunicado.",
     "diligencias", ("la dependencia",), "organisation", "confirmó"),
]  # fmt: skip

# Near misses: no cue, or another speaker kept.
NEGATIVES: list[tuple[str, str, str | None]] = [
    # (passage, a fragment of the claim checked, the speaker it must keep, or None for none)
    ("Elle pose le verre sur la table sur laquelle traînent des papiers depuis des semaines.", "verre", None),
    ("La mise sur le marché du vaccin est prévue pour 2027, a indiqué la préfecture.", "vaccin", "la préfecture"),
    ("Il glisse sur le verglas et se blesse au genou en sortant de chez lui.", "verglas", None),
    ("De acuerdo con el borrador del reglamento, los bares cerrarán a la una.", "bares", "el borrador del reglamento"),
    ("L'annonce du plan a surpris les marchés, qui ont chuté de 3 % mardi.", "marchés", None),
]


def _claim(text: str, fragment: str) -> Claim:
    claims = extract_claims(text, "t")
    found = [claim for claim in claims if fragment in claim.text]
    assert found, f"no claim holds {fragment!r}: {[c.text for c in claims]}"
    return found[0]


@pytest.mark.parametrize(("text", "fragment", "names", "kind", "cue"), ROWS)
def test_speaker(text: str, fragment: str, names: tuple[str, ...] | None, kind: str | None, cue: str | None) -> None:
    claim = _claim(text, fragment)
    speaker = claim.speaker
    if names is None:
        assert speaker is None
        return
    assert speaker is not None, claim
    assert speaker.name in names, speaker
    assert speaker.kind == kind, speaker
    assert claim.cue == cue


@pytest.mark.parametrize(("text", "fragment", "kept"), NEGATIVES)
def test_near_miss(text: str, fragment: str, kept: str | None) -> None:
    claim = _claim(text, fragment)
    if kept is None:
        assert claim.speaker is None, claim
    else:
        assert claim.speaker is not None, claim
        assert claim.speaker.name == kept, claim


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Le ministère table, lui, sur une reprise.", ["table"]),
        ("Sa mise sur écoute a été ordonnée.", []),
        ("« C'est fini, soupire-t-il. »", []),
        ("« C'est fini, soupire Paul.", ["soupire"]),
        ("Le souffle de l'explosion a brisé les vitres.", []),
        ("D’après la préfecture, la route est coupée.", ["d’après"]),
    ],
)
def test_cues_found(text: str, cues: list[str]) -> None:
    assert [cue.cue for cue in find_cues(text)] == cues
