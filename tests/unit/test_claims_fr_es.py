"""French and Spanish attribution: a battery of the ways wire services and papers (AFP, Le Monde, Ouest-France,
EFE, El País, La Vanguardia) attribute speech. Passages written for these tests (invented people and bodies).

Each case gives the passage, then what its last claim should carry: attribution, accepted speaker names ("|"
between alternatives, compared without case or a leading article), speaker kind, role (compared the same way;
"*" when not checked) and cue ("*" when not checked).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from processors.claims import extract_claims
from processors.claims.speakers import person_mentions

_ARTICLE = re.compile(r"^(?:le|la|les|l'|l’|el|los|las|un|une|una|uno)\b\s*", re.IGNORECASE)
_ANY = "*"


def _norm(text: str | None) -> str | None:
    return None if text is None else _ARTICLE.sub("", text.strip()).lower()


def _last(text: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    claims = extract_claims(text, "t")
    assert claims, "no claim"
    claim = claims[-1]
    speaker = claim.speaker
    if speaker is None:
        return claim.attribution, None, None, None, claim.cue
    return claim.attribution, speaker.name, speaker.kind, speaker.role, claim.cue


# (passage, attribution, names, kind, role, cue); xfail marks what the extractor does not read yet, and why.
_FRENCH: list[Any] = [
    (
        "« Nous ne fermerons aucune classe à la rentrée », a déclaré mardi la rectrice, Anne Vasseur.",
        "direct",
        "Anne Vasseur",
        "person",
        "rectrice",
        "a déclaré",
    ),
    (
        "Le maire de Saint-Brieuc, Hervé Kerjean, s'est rendu sur place lundi. "
        "« La situation reste très tendue », a-t-il déclaré.",
        "direct",
        "Hervé Kerjean",
        "person",
        "maire de Saint-Brieuc",
        "a-t-il déclaré",
    ),
    (
        "La ministre de la Culture, Sandrine Aubert, était à Lyon jeudi. "
        "« Ce festival est une chance pour toute la région », a-t-elle ajouté.",
        "direct",
        "Sandrine Aubert",
        "person",
        "ministre de la Culture",
        "a-t-elle ajouté",
    ),
    (
        "Le chômage devrait encore augmenter d'ici à la fin de l'année, estime l'économiste Paul Girardin.",
        "indirect",
        "Paul Girardin",
        "person",
        "économiste",
        "estime",
    ),
    (
        "Selon la préfecture, près de 2 000 foyers étaient privés d'électricité mercredi matin.",
        "indirect",
        "préfecture",
        "organisation",
        None,
        "selon",
    ),
    pytest.param(
        "D'après Météo-France, les rafales pourraient atteindre 120 km/h sur le littoral.",
        "indirect",
        "Météo-France",
        "organisation",
        None,
        "d'après",
        marks=pytest.mark.xfail(
            reason="a bare one-word name after 'd'après' (no article) may be a person's surname ('Mendès-France'):"
            " nothing in the sentence tells a body",
            strict=True,
        ),
    ),
    (
        "Le président du club, Marc Delorme, affirme que le stade sera prêt en septembre.",
        "indirect",
        "Marc Delorme",
        "person",
        "président du club",
        "affirme",
    ),
    (
        "« Aucune trace d'effraction n'a été relevée », a indiqué à l'AFP le procureur de Rennes, Julien Marchal.",
        "direct",
        "Julien Marchal",
        "person",
        "procureur de Rennes",
        "a indiqué",
    ),
    (
        "Jeanne Ferrand, porte-parole de la SNCF, a précisé que le trafic reprendrait progressivement dans la soirée.",
        "indirect",
        "Jeanne Ferrand",
        "person",
        "porte-parole de la SNCF",
        "a précisé",
    ),
    (
        "La CGT a fait savoir qu'elle appellerait à une nouvelle journée de grève le 12 mars.",
        "indirect",
        "CGT",
        "organisation",
        None,
        "a fait savoir",
    ),
    (
        "Le directeur de l'usine, Thierry Bonnet, a assuré qu'aucun licenciement n'était prévu cette année.",
        "indirect",
        "Thierry Bonnet",
        "person",
        "directeur de l'usine",
        "a assuré",
    ),
    (
        "L'association Terre Vivante a dénoncé « un passage en force du gouvernement » sur ce dossier.",
        "direct",
        "Terre Vivante|association Terre Vivante",
        "organisation",
        _ANY,
        "a dénoncé",
    ),
    (
        "L'avocate de la famille, Karine Joly, a dénoncé les lenteurs de l'enquête devant les journalistes.",
        "indirect",
        "Karine Joly",
        "person",
        "avocate de la famille",
        "a dénoncé",
    ),
    (
        "La directrice de l'hôpital, Isabelle Moreau, a reconnu que l'accueil des patients avait connu des retards.",
        "indirect",
        "Isabelle Moreau",
        "person",
        "directrice de l'hôpital",
        "a reconnu",
    ),
    (
        "Il faudra au moins deux ans pour reconstruire le pont, a expliqué l'ingénieure Camille Roux.",
        "indirect",
        "Camille Roux",
        "person",
        "ingénieure",
        "a expliqué",
    ),
    (
        "La Cour des comptes souligne dans son rapport que la dette des hôpitaux a doublé en dix ans.",
        "indirect",
        "Cour des comptes",
        "organisation",
        None,
        "souligne",
    ),
    (
        "Le ministre de l'Intérieur, Bruno Castel, a présenté lundi son plan. "
        "Selon lui, les effectifs de police seraient renforcés dès le mois de juin.",
        "indirect",
        "Bruno Castel",
        "person",
        "ministre de l'Intérieur",
        "selon",
    ),
    (
        "Le ministre serait sur le départ, selon plusieurs sources gouvernementales.",
        "indirect",
        "plusieurs sources gouvernementales|sources gouvernementales",
        "anonymous",
        None,
        "selon",
    ),
    (
        "Le conducteur a été interpellé dans la nuit, a-t-on appris de source policière.",
        "indirect",
        "source policière",
        "anonymous",
        None,
        "a-t-on appris",
    ),
    (
        "Deux suspects ont été placés en garde à vue jeudi soir, de source policière.",
        "indirect",
        "source policière",
        "anonymous",
        None,
        _ANY,
    ),
    (
        "Le site fermera définitivement ses portes en décembre, indique un communiqué de la direction.",
        "indirect",
        "direction|communiqué de la direction",
        _ANY,
        None,
        "indique",
    ),
    (
        "« C'est une victoire pour tous les salariés du site », se félicite Nadia Belkacem, déléguée syndicale.",
        "direct",
        "Nadia Belkacem",
        "person",
        "déléguée syndicale",
        "se félicite",
    ),
    (
        "« On ne nous a jamais prévenus de rien », raconte Louis, 72 ans, qui habite le quartier.",
        "direct",
        "Louis",
        "person",
        _ANY,
        "raconte",
    ),
    (
        "La maire de Lannion, Sylvie Le Goff, est furieuse. « Nous allons porter plainte », a-t-elle prévenu.",
        "direct",
        "Sylvie Le Goff",
        "person",
        "maire de Lannion",
        "a-t-elle prévenu",
    ),
    (
        "Le préfet de la Manche, Arnaud Vidal, s'est rendu à Granville mardi. "
        "Le préfet a confirmé que l'arrêté serait levé samedi.",
        "indirect",
        "Arnaud Vidal",
        "person",
        _ANY,
        "a confirmé",
    ),
    (
        "Interrogé par Ouest-France, le capitaine du port, Yann Le Bihan, assure que les quais rouvriront lundi.",
        "indirect",
        "Yann Le Bihan",
        "person",
        "capitaine du port",
        "assure",
    ),
    (
        "Pour la sénatrice écologiste Léa Fontaine, cette réforme va dans le mauvais sens.",
        "indirect",
        "Léa Fontaine",
        "person",
        "sénatrice écologiste",
        "pour",
    ),
    (
        "« Nous avons besoin de renforts », a lancé le commandant des pompiers, Éric Masson.",
        "direct",
        "Éric Masson",
        "person",
        "commandant des pompiers",
        "a lancé",
    ),
    (
        "Les enquêteurs privilégient la piste criminelle, a déclaré une source proche de l'enquête.",
        "indirect",
        "source proche de l'enquête",
        "anonymous",
        None,
        "a déclaré",
    ),
    (
        "Le porte-parole du gouvernement, Olivier Mercier, a fait savoir que le texte serait présenté en juin.",
        "indirect",
        "Olivier Mercier",
        "person",
        "porte-parole du gouvernement",
        "a fait savoir",
    ),
    (
        "La présidente de la région, Martine Guérin, a estimé que le projet de ligne était « indispensable ».",
        "direct",
        "Martine Guérin",
        "person",
        "présidente de la région",
        "a estimé",
    ),
    (
        "Les syndicats ont dénoncé jeudi une « provocation » de la direction après l'annonce du plan social.",
        "indirect",
        "syndicats",
        "group",
        None,
        "ont dénoncé",  # a one-word label in quotes: no direct quote
    ),
    (
        "« Le dossier est clos », a tranché le président du tribunal, Gérard Lenoir.",
        "direct",
        "Gérard Lenoir",
        "person",
        "président du tribunal",
        "a tranché",
    ),
    (
        "Le ministre de l'Économie, Henri Lacroix, a ajouté que la croissance serait révisée à la baisse.",
        "indirect",
        "Henri Lacroix",
        "person",
        "ministre de l'Économie",
        "a ajouté",
    ),
]

_SPANISH: list[Any] = [
    (
        "«No vamos a subir los impuestos», afirmó el alcalde, Jorge Salinas.",
        "direct",
        "Jorge Salinas",
        "person",
        "alcalde",
        "afirmó",
    ),
    (
        "La alcaldesa de Cádiz, Rocío Medina, aseguró que el plan de playas estará listo en mayo.",
        "indirect",
        "Rocío Medina",
        "person",
        "alcaldesa de Cádiz",
        "aseguró",
    ),
    (
        "“Es una decisión irresponsable”, denunció la portavoz del grupo socialista, Inés Carrasco.",
        "direct",
        "Inés Carrasco",
        "person",
        "portavoz del grupo socialista",
        "denunció",
    ),
    (
        "El consejero de Sanidad, Luis Ortega, ha asegurado este lunes que las listas de espera se reducirán.",
        "indirect",
        "Luis Ortega",
        "person",
        "consejero de Sanidad",
        "ha asegurado",
    ),
    (
        "«Hemos recuperado el control de la situación», ha explicado a EFE el jefe de bomberos, Tomás Vidal.",
        "direct",
        "Tomás Vidal",
        "person",
        "jefe de bomberos",
        "ha explicado",
    ),
    (
        "Según informó la Guardia Civil, el conductor dio positivo en el control de alcoholemia.",
        "indirect",
        "Guardia Civil",
        "organisation",
        None,
        "según informó",
    ),
    (
        "De acuerdo con el Instituto Nacional de Estadística, el paro bajó un 3 % en marzo.",
        "indirect",
        "Instituto Nacional de Estadística",
        "organisation",
        None,
        "de acuerdo con",
    ),
    (
        "Fuentes del Ministerio del Interior indicaron que el dispositivo se mantendrá todo el fin de semana.",
        "indirect",
        "Fuentes del Ministerio del Interior",
        "anonymous",
        None,
        "indicaron",
    ),
    (
        "En declaraciones a La Vanguardia, la directora del museo, Elena Puig, explicó que la colección crecerá.",
        "indirect",
        "Elena Puig",
        "person",
        "directora del museo",
        "explicó",
    ),
    (
        "Carmen Ruiz, portavoz de la asociación de vecinos, dijo que nadie les había avisado del corte de agua.",
        "indirect",
        "Carmen Ruiz",
        "person",
        "portavoz de la asociación de vecinos",
        "dijo",
    ),
    (
        "El alcalde de Lorca, Antonio Gálvez, visitó la zona afectada. La situación es grave, afirmó el alcalde.",
        "indirect",
        "Antonio Gálvez",
        "person",
        _ANY,
        "afirmó",
    ),
    (
        "La ministra de Trabajo, Beatriz Solano, defendió la reforma ante el Congreso. "
        "Añadió que el salario mínimo subirá en enero.",
        "indirect",
        "Beatriz Solano",
        "person",
        _ANY,
        "añadió",
    ),
    (
        "El presidente del Gobierno, Miguel Arroyo, compareció el martes. "
        "El presidente advirtió que no habrá más prórrogas para las empresas.",
        "indirect",
        "Miguel Arroyo",
        "person",
        _ANY,
        "advirtió",
    ),
    (
        "Según la Policía Nacional, los detenidos formaban parte de una red de estafas telefónicas.",
        "indirect",
        "Policía Nacional",
        "organisation",
        None,
        "según",
    ),
    (
        "El entrenador del Betis, Raúl Serrano, habló tras el partido. "
        "El técnico reconoció que el equipo no jugó bien en la segunda parte.",
        "indirect",
        "Raúl Serrano",
        "person",
        _ANY,
        "reconoció",
    ),
    (
        "La Agencia Estatal de Meteorología advirtió de que las temperaturas superarán los 40 grados.",
        "indirect",
        "Agencia Estatal de Meteorología",
        "organisation",
        None,
        "advirtió",
    ),
    (
        "«Estamos desbordados desde hace semanas», señaló una enfermera del hospital que prefirió no dar su nombre.",
        "direct",
        "enfermera del hospital",
        "anonymous",
        _ANY,
        "señaló",
    ),
    (
        "Los agricultores denunciaron que los precios no cubren los costes de producción.",
        "indirect",
        "agricultores",
        "group",
        None,
        "denunciaron",
    ),
    (
        "El Ayuntamiento ha informado de que la calle permanecerá cerrada hasta el viernes.",
        "indirect",
        "Ayuntamiento",
        "organisation",
        None,
        "ha informado",
    ),
    (
        "“No hay ningún riesgo para la población”, precisó la consejera de Medio Ambiente, Nuria Beltrán.",
        "direct",
        "Nuria Beltrán",
        "person",
        "consejera de Medio Ambiente",
        "precisó",
    ),
    (
        "Según fuentes de la investigación, el incendio fue intencionado.",
        "indirect",
        "fuentes de la investigación",
        "anonymous",
        None,
        "según",
    ),
    (
        "La empresa, según explicó su director general, Pablo Ferrer, invertirá 50 millones de euros en la planta.",
        "indirect",
        "Pablo Ferrer",
        "person",
        "director general",
        "según explicó",
    ),
    (
        "El sindicato CCOO ha denunciado la falta de personal en los centros de salud de la comarca.",
        "indirect",
        "CCOO|sindicato CCOO",
        "organisation",
        None,
        "ha denunciado",
    ),
    (
        "La jueza citó a declarar al exalcalde el próximo 15 de mayo, según han informado fuentes judiciales.",
        "indirect",
        "fuentes judiciales",
        "anonymous",
        None,
        "según han informado",
    ),
    (
        "Para el economista Javier Luna, la subida de los tipos de interés llega demasiado tarde.",
        "indirect",
        "Javier Luna",
        "person",
        "economista",
        "para",
    ),
    (
        "La delegada del Gobierno, Sara Molina, ha explicado que se reforzará la vigilancia en las playas.",
        "indirect",
        "Sara Molina",
        "person",
        "delegada del Gobierno",
        "ha explicado",
    ),
    (
        "El portavoz de la Generalitat, Marc Soler, dijo que el decreto se aprobará la próxima semana.",
        "indirect",
        "Marc Soler",
        "person",
        "portavoz de la Generalitat",
        "dijo",
    ),
    (
        "El director del colegio, Enrique Blanco, ha señalado que las clases se reanudarán el lunes.",
        "indirect",
        "Enrique Blanco",
        "person",
        "director del colegio",
        "ha señalado",
    ),
    (
        "«Nadie nos ha explicado nada», lamentó Rosa Delgado, vecina del barrio desde hace treinta años.",
        "direct",
        "Rosa Delgado",
        "person",
        _ANY,
        "lamentó",
    ),
    (
        "Las lluvias remitirán a partir del jueves, según ha informado la Aemet en un comunicado.",
        "indirect",
        "Aemet",
        "organisation",
        None,
        "según ha informado",
    ),
]

# Passages with no attribution, or an attribution verb used in another sense: their last claim (if any) has none.
_NEGATIVE: list[str] = [
    "Les pompiers ont maîtrisé l'incendie vers trois heures du matin après une nuit de lutte.",
    "Pour la première fois depuis 2010, le club a terminé la saison sans la moindre défaite.",
    "Le texte sera examiné à l'Assemblée nationale à partir du 4 février prochain.",
    "Les panneaux indiquent désormais la nouvelle déviation vers le centre-ville de Rennes.",
    "Para el verano, la piscina municipal abrirá de nueve de la mañana a nueve de la noche.",
    "El incendio obligó a desalojar a 300 vecinos durante la madrugada del domingo.",
    "La testigo señaló con el dedo al acusado durante la vista oral del martes.",
    "Selon nos informations, la ministre de la Santé s'apprête à quitter le gouvernement.",
    "Le suspect aurait pris la fuite à bord d'une voiture volée, peu après minuit.",
]


def _check(text: str, attribution: str, names: str, kind: str, role: str | None, cue: str) -> None:
    got = _last(text)
    assert got[0] == attribution, got
    assert _norm(got[1]) in {_norm(name) for name in names.split("|")}, got
    if kind != _ANY:
        assert got[2] == kind, got
    if role != _ANY:
        assert _norm(got[3]) == _norm(role), got
    if cue != _ANY:
        assert got[4] == cue, got


@pytest.mark.parametrize(("text", "attribution", "names", "kind", "role", "cue"), _FRENCH)
def test_french_attribution(text: str, attribution: str, names: str, kind: str, role: str | None, cue: str) -> None:
    _check(text, attribution, names, kind, role, cue)


@pytest.mark.parametrize(("text", "attribution", "names", "kind", "role", "cue"), _SPANISH)
def test_spanish_attribution(text: str, attribution: str, names: str, kind: str, role: str | None, cue: str) -> None:
    _check(text, attribution, names, kind, role, cue)


@pytest.mark.parametrize("text", _NEGATIVE)
def test_no_attribution(text: str) -> None:
    claims = extract_claims(text, "t")
    assert all(claim.attribution == "none" and claim.speaker is None for claim in claims), [
        (claim.attribution, claim.speaker, claim.cue) for claim in claims
    ]


def test_spring_water_is_no_source() -> None:
    claims = extract_claims("L'eau de source de la commune reste potable selon les dernières analyses du labo.", "t")
    assert all(claim.cue != "de source" for claim in claims)


def test_a_post_with_its_place_is_no_name_and_gives_the_apposed_name_its_post() -> None:
    found = [(m.name, m.role) for m in person_mentions("Le maire de Saint-Brieuc, Hervé Kerjean, est arrivé.")]
    assert found == [("Hervé Kerjean", "maire de Saint-Brieuc")]
    assert [m.name for m in person_mentions("Charles de Gaulle est arrivé à Brest.")][:1] == ["Charles de Gaulle"]
    # a name after a comma that follows no post keeps no role
    assert all(m.role is None for m in person_mentions("Après la réforme, Beatriz Solano est partie."))


# Multi-sentence passages: several people of both sexes, pronouns (il/elle, él/ella) and null subjects,
# descriptions ("le ministre", "la maire", "el alcalde", "la jueza"), quotes going on in the next paragraph
# (French « ... » reopened, Spanish "»"), inverted cues ("a-t-il ajouté", "résume-t-elle", "añadió").
# (passage, [(fragment of a claim, attributions, names)]): "|" between alternatives, "-" for no speaker; every
# claim with an attribution is listed, so a claim wrongly attributed fails too.
_PASSAGES: list[tuple[str, list[tuple[str, str, str]]]] = [
    # 1 fr: minister then pronoun, quote continuing, a-t-il ajouté
    (
        "Le ministre de l'Agriculture, Didier Lambert, a reçu les éleveurs mardi à Paris. "
        "« Nous débloquerons une aide de 50 millions d'euros avant l'été », a-t-il promis. "
        "Il a ajouté que les prêts seraient reportés d'un an.",
        [
            ("Nous débloquerons", "direct", "Didier Lambert"),
            ("Il a ajouté", "indirect", "Didier Lambert"),
        ],
    ),
    # 2 fr: two people, man then woman, elle
    (
        "Le maire de Quimper, Yves Le Dantec, défend le projet de tramway. "
        "La présidente de l'opposition municipale, Claire Hamon, le juge trop coûteux. "
        "« Ce chantier va ruiner les commerces du centre », a-t-elle déclaré.",
        [
            ("Ce chantier va ruiner", "direct", "Claire Hamon"),
        ],
    ),
    # 3 fr: description "la maire" after a name
    (
        "La maire de Rennes, Nathalie Brunet, a présenté son budget jeudi soir. "
        "La maire a assuré que les impôts locaux n'augmenteraient pas en 2025. "
        "L'opposition a dénoncé un budget « insincère ».",
        [
            ("impôts locaux", "indirect", "Nathalie Brunet"),
            ("L'opposition a dénoncé", "direct|indirect", "opposition|l'opposition"),
        ],
    ),
    # 4 fr: quote in a paragraph, continues next paragraph
    (
        "« Les urgences ne peuvent plus fonctionner ainsi, a lancé le docteur Marc Aubry, chef de service. "
        "Nous manquons de lits tous les soirs.\n\n"
        "« Il faudra recruter au moins vingt infirmières », a-t-il poursuivi.",
        [
            ("Les urgences ne peuvent plus", "direct", "Marc Aubry"),
            ("Nous manquons de lits", "direct", "Marc Aubry"),
            ("Il faudra recruter", "direct", "Marc Aubry"),
        ],
    ),
    # 5 fr: a woman then a man, pronouns il/elle alternate
    (
        "L'avocate de la victime, Sophie Delmas, et le procureur, Jean Ricard, se sont opposés lundi. "
        "Le procureur a requis cinq ans de prison contre le prévenu. "
        "« C'est une peine beaucoup trop faible », a-t-elle réagi.",
        [
            ("requis cinq ans", "indirect|none", "Jean Ricard|-"),
            ("beaucoup trop faible", "direct", "Sophie Delmas"),
        ],
    ),
    # 6 fr: selon + org, then inverted direct with name and role
    (
        "Selon la préfecture du Finistère, 3 000 foyers restaient privés de courant vendredi. "
        "« Les équipes travaillent jour et nuit », a indiqué le directeur régional d'Enedis, Paul Kerhervé. "
        "Il a précisé que le réseau serait rétabli dimanche.",
        [
            ("3 000 foyers", "indirect", "préfecture du Finistère|préfecture"),
            ("Les équipes travaillent", "direct", "Paul Kerhervé"),
            ("rétabli dimanche", "indirect", "Paul Kerhervé"),
        ],
    ),
    # 7 fr: group speaker then individual
    (
        "Les syndicats ont dénoncé jeudi la fermeture du site de Lannion. "
        "Selon eux, 400 emplois sont menacés. "
        "« Nous irons jusqu'au bout », a prévenu Karim Benali, délégué CGT.",
        [
            ("Les syndicats ont dénoncé", "indirect", "syndicats"),
            ("400 emplois", "indirect", "syndicats|eux"),
            ("Nous irons jusqu'au bout", "direct", "Karim Benali"),
        ],
    ),
    # 8 fr: Pour elle
    (
        "La sociologue Anne Carrel a étudié les quartiers nord de Marseille pendant dix ans. "
        "Pour elle, la rénovation urbaine n'a pas réduit la pauvreté. "
        "« Les habitants ont surtout changé d'adresse », résume-t-elle.",
        [
            ("rénovation urbaine", "indirect", "Anne Carrel"),
            ("changé d'adresse", "direct", "Anne Carrel"),
        ],
    ),
    # 9 fr: le ministre description, two ministers
    (
        "La ministre de la Santé, Hélène Vigier, et le ministre du Budget, Louis Perrin, ont présenté le plan. "
        "Le ministre a affirmé que l'enveloppe atteindrait 2 milliards d'euros. "
        "La ministre a ajouté que 300 hôpitaux en bénéficieraient.",
        [
            ("2 milliards", "indirect", "Louis Perrin"),
            ("300 hôpitaux", "indirect", "Hélène Vigier"),
        ],
    ),
    # 10 fr: quote then « ... » with a-t-il ajouté after name intro in same sentence
    (
        "Le président du club, Rémi Garnier, a annoncé mardi le départ de l'entraîneur. "
        "« Nous le remercions pour ces trois saisons », a-t-il déclaré. "
        "« Un nouvel entraîneur sera nommé avant la fin du mois », a-t-il ajouté.",
        [
            ("Rémi Garnier, a annoncé", "indirect", "Rémi Garnier"),
            ("Nous le remercions", "direct", "Rémi Garnier"),
            ("Un nouvel entraîneur", "direct", "Rémi Garnier"),
        ],
    ),
    # 11 es: el alcalde then él, añadió
    (
        "El alcalde de Vigo, Andrés Castro, inauguró el lunes el nuevo puerto deportivo. "
        "«Es la mayor inversión de la ciudad en veinte años», afirmó. "
        "Añadió que el proyecto creará 150 empleos.",
        [
            ("mayor inversión", "direct", "Andrés Castro"),
            ("150 empleos", "indirect", "Andrés Castro"),
        ],
    ),
    # 12 es: la jueza, then a man; ella
    (
        "La jueza de Instrucción número 3 de Sevilla, Marta Gil, citó a declarar al empresario Luis Roldán. "
        "Según ella, existen indicios de blanqueo de capitales. "
        "El abogado de Roldán, Javier Prieto, aseguró que su cliente es inocente.",
        [
            ("indicios de blanqueo", "indirect", "Marta Gil"),
            ("su cliente es inocente", "indirect", "Javier Prieto"),
        ],
    ),
    # 13 es: la alcaldesa description, el portavoz
    (
        "La alcaldesa de Gijón, Pilar Fuentes, presentó el plan de movilidad. "
        "La alcaldesa explicó que el centro será peatonal en 2026. "
        "El portavoz de la oposición, Diego Rivas, criticó que no se haya consultado a los vecinos.",
        [
            ("peatonal en 2026", "indirect", "Pilar Fuentes"),
            ("no se haya consultado", "indirect", "Diego Rivas"),
        ],
    ),
    # 14 es: multi-paragraph quote
    (
        "«Hemos perdido toda la cosecha de este año», lamentó Ramón Ortiz, agricultor de Lleida. "
        "«No sabemos cómo vamos a pagar las deudas.\n\n"
        "»Nadie del Gobierno ha venido a vernos», añadió.",
        [
            ("toda la cosecha", "direct", "Ramón Ortiz"),
            ("pagar las deudas", "direct", "Ramón Ortiz"),
            ("Nadie del Gobierno", "direct", "Ramón Ortiz"),
        ],
    ),
    # 15 es: null subjects, man and woman
    (
        "La consejera de Educación, Elena Sanz, compareció ayer en el Parlamento. "
        "Defendió que la ratio de alumnos bajará a 20 por aula. "
        "Aseguró también que se contratarán 500 docentes.",
        [
            ("ratio de alumnos", "indirect", "Elena Sanz"),
            ("500 docentes", "indirect", "Elena Sanz"),
        ],
    ),
    # 16 es: fuentes + organisation + según
    (
        "Fuentes de la Guardia Civil confirmaron que el detenido tiene 34 años. "
        "Según la Delegación del Gobierno, el operativo continuará toda la semana. "
        "«La zona es segura», dijo el delegado, Óscar Navarro.",
        [
            ("34 años", "indirect", "Fuentes de la Guardia Civil"),
            ("el operativo continuará", "indirect", "Delegación del Gobierno"),
            ("La zona es segura", "direct", "Óscar Navarro"),
        ],
    ),
    # 17 es: el técnico and el presidente
    (
        "El entrenador del Málaga, Sergio Pardo, y el presidente del club, Ángel Ruiz, hablaron tras la derrota. "
        "El técnico admitió que el equipo no estuvo a la altura. "
        "El presidente dijo que Pardo seguirá en el cargo.",
        [
            ("no estuvo a la altura", "indirect", "Sergio Pardo"),
            ("seguirá en el cargo", "indirect", "Ángel Ruiz"),
        ],
    ),
    # 18 es: Para ella
    (
        "La economista Lucía Herrera ha analizado los datos del paro de marzo. "
        "Para ella, la bajada del desempleo es solo estacional. "
        "«En verano volveremos a ver las mismas cifras», advirtió.",
        [
            ("solo estacional", "indirect", "Lucía Herrera"),
            ("mismas cifras", "direct", "Lucía Herrera"),
        ],
    ),
    # 19 fr: d'après + person name known, then elle
    (
        "La directrice de l'école, Martine Caradec, a écrit aux parents lundi. "
        "D'après elle, la cantine rouvrira le 4 novembre. "
        "Elle a reconnu que les travaux avaient pris du retard.",
        [
            ("a écrit aux parents", "indirect", "Martine Caradec"),
            ("la cantine rouvrira", "indirect", "Martine Caradec"),
            ("pris du retard", "indirect", "Martine Caradec"),
        ],
    ),
    # 20 fr: le juge description, la procureure
    (
        "Le juge d'instruction, Bernard Morel, a mis en examen le maire de la commune. "
        "La procureure de Brest, Isabelle Tanguy, a indiqué que l'enquête portait sur des marchés publics. "
        "Selon le juge, les faits remontent à 2019.",
        [
            ("marchés publics", "indirect", "Isabelle Tanguy"),
            ("remontent à 2019", "indirect", "Bernard Morel"),
        ],
    ),
    # 21 es: el alcalde after a woman speaker
    (
        "La concejala de Urbanismo, Sonia Vidal, anunció el martes la reforma de la plaza Mayor. "
        "El alcalde, Pedro Molina, respaldó el proyecto. "
        "«Será el nuevo corazón de la ciudad», dijo el alcalde.",
        [
            ("anunció el martes", "indirect", "Sonia Vidal"),
            ("nuevo corazón", "direct", "Pedro Molina"),
        ],
    ),
    # 22 fr: quote « » before, name after; then an unnamed voice
    (
        "« On n'a jamais vu une crue pareille », raconte Jeanne Le Roux, 81 ans, installée à Redon depuis 1960. "
        "Son voisin, Paul Guého, a dû quitter sa maison en barque. "
        "« L'eau est montée d'un mètre en une heure », a-t-il témoigné.",
        [
            ("crue pareille", "direct", "Jeanne Le Roux"),
            ("d'un mètre en une heure", "direct", "Paul Guého"),
        ],
    ),
    (
        "Le député socialiste Julien Carré a interpellé la ministre du Travail, Agnès Perrot, mardi à l'Assemblée. "
        "« Vos chiffres sont faux », a-t-il lancé. "
        "La ministre a répondu que le chômage baissait depuis six trimestres. "
        "Elle a ajouté que la réforme entrerait en vigueur le 1er juillet.",
        [
            ("Vos chiffres sont faux", "direct", "Julien Carré"),
            ("chômage baissait", "indirect", "Agnès Perrot"),
            ("1er juillet", "indirect", "Agnès Perrot"),
        ],
    ),
    (
        "El alcalde de Burgos, Daniel Peña, y la concejala de Hacienda, Irene Lago, presentaron ayer los presupuestos. "
        "Según el alcalde, la deuda municipal bajará un 10 % este año. "
        "La concejala precisó que no se subirán las tasas.",
        [
            ("deuda municipal", "indirect", "Daniel Peña"),
            ("no se subirán las tasas", "indirect", "Irene Lago"),
        ],
    ),
    (
        "La entrenadora del Valencia, Nuria Ferrer, compareció tras la victoria. "
        "«El equipo ha competido muy bien», dijo. "
        "La técnica reconoció que todavía quedan aspectos por mejorar.",
        [
            ("ha competido muy bien", "direct", "Nuria Ferrer"),
            ("aspectos por mejorar", "indirect", "Nuria Ferrer"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _PASSAGES)
def test_passage_claims(text: str, expected: list[tuple[str, str, str]]) -> None:
    claims = extract_claims(text, "t")
    got = []
    for fragment, attributions, names in expected:
        claim = next((c for c in claims if fragment in c.text), None)
        assert claim is not None, f"no claim holds {fragment!r}"
        name = "-" if claim.speaker is None else claim.speaker.name  # "-": no speaker
        got.append((fragment, claim.attribution, name))
        assert claim.attribution in attributions.split("|"), got
        assert _norm(name) in {_norm(n) for n in names.split("|")}, got
    listed = {id(c) for fragment, _, _ in expected for c in claims if fragment in c.text}
    assert all(c.attribution == "none" or id(c) in listed for c in claims), [
        (c.text, c.attribution, c.speaker) for c in claims if id(c) not in listed
    ]


# What the rules above must not read as an attribution.
_NOT_HOLDERS: list[str] = [
    "Pour Noël, les magasins du centre-ville ouvriront tous les dimanches de décembre.",
    "Pour Paris, la facture de ces travaux dépasse déjà 40 millions d'euros.",
    "Pour des raisons de sécurité, la route départementale restera fermée jusqu'à lundi.",
    "Para que el plan funcione, harán falta 300 millones de euros hasta 2030.",
    "Pour ce faire, la commune a emprunté 3 millions d'euros auprès de la Caisse des dépôts.",
]


@pytest.mark.parametrize("text", _NOT_HOLDERS)
def test_fronted_pour_para_without_a_holder(text: str) -> None:
    assert all(claim.attribution == "none" for claim in extract_claims(text, "t"))


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (claim.attribution, None if claim.speaker is None else claim.speaker.name, claim.cue)
        for claim in extract_claims(text, "t")
    ]


def test_accented_capitals_open_names() -> None:
    assert [m.name for m in person_mentions("Éric Masson et Ángel Ruiz sont arrivés.")] == ["Éric Masson", "Ángel Ruiz"]


def test_elided_capital_article_is_no_name_but_a_capital_after_it_is() -> None:
    assert [m.name for m in person_mentions("L'avocate Karine Joly est arrivée lundi.")] == ["Karine Joly"]
    # "L'Oréal": a capital after the apostrophe keeps the name
    assert _speakers("L'Oréal a annoncé que ses ventes avaient progressé de 5 % en un an.")[0][1] == "L'Oréal"


def test_a_body_noun_before_a_name_makes_it_an_organisation() -> None:
    claim = extract_claims("La fondation Terre Bleue a dénoncé le projet de port, jugé trop coûteux.", "t")[-1]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("Terre Bleue", "organisation")
    # a post before a name is no body: a person
    claim = extract_claims("La sénatrice Anne Morel a dénoncé le projet de port, jugé trop coûteux.", "t")[-1]
    assert claim.speaker is not None
    assert claim.speaker.kind == "person"


def test_a_one_word_name_after_an_article_is_a_body_and_a_known_person_is_not() -> None:
    claim = extract_claims("Según la Aemet, las lluvias remitirán a partir del jueves en todo el norte.", "t")[-1]
    assert claim.speaker is not None
    assert claim.speaker.kind == "organisation"
    text = "El delantero Luis Fuentes marcó dos goles el domingo. Fuentes aseguró que el equipo ganará la liga."
    assert _speakers(text)[-1][1] == "Luis Fuentes"


def test_capitalised_body_words_only_when_capitalised() -> None:
    from processors.claims.lexicon import is_organisation_word

    assert is_organisation_word("Cour")
    assert is_organisation_word("Banque")
    assert not is_organisation_word("cour")
    assert not is_organisation_word("banque")


def test_unnamed_sources_opening_a_clause_speak_in_the_plural() -> None:
    text = "Des sources proches du dossier ont indiqué que le contrat serait signé en mai."
    assert _speakers(text)[-1][1] == "Des sources proches du dossier"
    # "Fuentes" with a singular verb is a surname, not unnamed sources
    assert _speakers("Fuentes aseguró que el equipo ganará la liga este año.")[-1][1] != "Fuentes aseguró"


def test_a_spanish_verb_opening_a_sentence_needs_a_speaker_before_it() -> None:
    assert _speakers("Añadió que el salario mínimo subirá en enero de forma notable.")[-1][1] is None
    text = "La jueza Marta Gil citó al alcalde. Explicó también que la causa sigue abierta."
    assert _speakers(text)[-1][1] == "Marta Gil"


def test_a_post_synonym_needs_the_post_seen_before() -> None:
    assert _speakers("El técnico reconoció que el equipo no jugó bien en la segunda parte.")[-1][1] is None


def test_a_relative_clause_describes_an_unnamed_speaker_only_after_a_quote() -> None:
    text = "« On a tout perdu », raconte une habitante qui vit ici depuis trente ans."
    assert _speakers(text)[-1][:2] == ("direct", "une habitante")


def test_french_present_inverted_cues() -> None:
    text = "La maire de Vannes, Lucie Le Goff, a visité le port. « Le chantier avance bien », résume-t-elle."
    assert _speakers(text)[-1] == ("direct", "Lucie Le Goff", "résume-t-elle")
    text = "Le préfet, Alain Roux, est venu. « Rien n'est encore décidé », poursuit-il."
    assert _speakers(text)[-1] == ("direct", "Alain Roux", "poursuit-il")


def test_an_adjective_after_a_post_joins_it_before_a_name() -> None:
    found = [(m.name, m.role) for m in person_mentions("Le député socialiste Julien Carré a voté contre.")]
    assert found == [("Julien Carré", "député socialiste")]
    # an English verb after a title is no adjective of the post
    assert [m.role for m in person_mentions("The minister said Jo Lee was wrong.")] == [None]
    # a word after the post with no adjective's ending is no part of it
    assert [m.role for m in person_mentions("La ministre visite Paula Ruiz.")] == [None]


# tune5-fres: French and Spanish speakers of bodies, groups, drafts and unnamed sources.
def _kind_of_last(text: str) -> tuple[str, str | None, str | None, str | None]:
    claim = extract_claims(text, "t")[-1]
    speaker = claim.speaker
    return (
        claim.attribution,
        None if speaker is None else speaker.name,
        None if speaker is None else speaker.kind,
        claim.cue,
    )


def test_a_body_named_by_a_lowercase_noun_and_its_complement() -> None:
    text = "Le ministère de l'Agriculture a indiqué que les aides seraient versées avant l'été."
    assert _kind_of_last(text) == ("indirect", "le ministère de l'Agriculture", "organisation", "a indiqué")
    text = "Los afectados explicaron el caso. El equipo de gobierno local afirmó que el plan sigue adelante."
    assert _kind_of_last(text)[1:3] == ("el equipo de gobierno local", "organisation")
    # a post before "de" is no body: the person holding it is looked for instead
    text = "La directora de la escuela afirmó que las clases siguen."
    assert _kind_of_last(text)[2] != "organisation"


def test_people_described_by_a_complement_are_a_group() -> None:
    text = (
        "Los vecinos del barrio de San Blas, que llevan meses de obras, aplaudieron el cambio, aunque lo "
        "consideran «tardío»."
    )
    assert _kind_of_last(text)[1:] == ("los vecinos del barrio de San Blas", "group", "consideran")


def test_a_spanish_verb_in_a_relative_clause_speaks_for_the_opening_subject() -> None:
    text = (
        "La Federación de Comercio de Soria rechazó el plan en una nota en la que advirtió de que podría cerrar "
        "tiendas."
    )
    assert _kind_of_last(text)[1:] == ("Federación de Comercio de Soria", "organisation", "advirtió")
    # without a relative or a conjunction before the verb, nothing is carried over
    assert _kind_of_last("El plan es caro. En el pueblo advirtió de que podría cerrar.")[1] is None


def test_segun_with_a_perfect_and_a_time_before_the_source() -> None:
    text = "La piscina abrirá en junio, según ha confirmado este lunes la consejería de Deportes."
    assert _kind_of_last(text) == ("indirect", "la consejería de Deportes", "organisation", "según ha confirmado")


def test_a_draft_is_the_source_not_what_it_drafts() -> None:
    text = "Los bares cerrarán a la una, de acuerdo con el borrador del reglamento al que ha tenido acceso EFE."
    assert _kind_of_last(text)[1:] == ("el borrador del reglamento", "organisation", "de acuerdo con")


def test_unnamed_sources_with_two_coordinated_verbs() -> None:
    text = "Fuentes judiciales consultadas por este diario negaron los hechos y aseguraron que no hubo acuerdo."
    assert _kind_of_last(text)[1:] == ("Fuentes judiciales consultadas por este diario", "anonymous", "aseguraron")
    text = "Des sources proches du dossier ont démenti et ont assuré que rien n'était signé."
    assert _kind_of_last(text)[1:] == ("Des sources proches du dossier", "anonymous", "ont assuré")


def test_brackets_after_an_apposed_name() -> None:
    text = "La maire de Quimper, Anne Le Du (sans étiquette), a estimé que le projet était trop cher."
    assert _kind_of_last(text)[:2] == ("indirect", "Anne Le Du")


def test_invoque_and_colon_only_cues() -> None:
    text = "Le fabricant Belvo a fermé son site. Le groupe invoque « la baisse des commandes » depuis deux ans."
    assert _kind_of_last(text)[2:] == ("organisation", "invoque")
    text = "La directrice, Inès Royer, s'est défendue devant les élus : « Nous avons tout essayé. »"
    assert _speakers(text)[-1] == ("direct", "Inès Royer", "s'est défendue")
    text = "Su portavoz, Laura Gil, fue más allá: «No nos han escuchado nunca»."
    assert _speakers(text)[-1] == ("direct", "Laura Gil", "fue más allá")
    # no colon in the clause: no speech
    assert _speakers("La reforma fue más allá de lo previsto por el Gobierno en su plan.")[-1][2] is None
    assert _speakers("L'équipe s'est défendue face à Lyon pendant tout le match samedi.")[-1][2] is None


def test_belief_and_forecast_verbs_before_que() -> None:
    text = "El economista Tomás Ferrer, profesor en Arganda, cree que el cierre se aplazará hasta otoño."
    assert _speakers(text)[-1] == ("indirect", "Tomás Ferrer", "cree")
    text = "Las fuentes admiten que la obra lleva retraso. Esas fuentes reconocen, sin embargo, que no habrá multa."
    assert _speakers(text)[-1][2] == "reconocen"
    assert _speakers("La consejería prevé que las obras terminen en marzo de 2027.")[-1][2] == "prevé"
    assert _speakers("La directrice, Claire Mahé, pense qu'une partie des postes sera maintenue.")[-1] == (
        "indirect",
        "Claire Mahé",
        "pense",
    )
    # no "que" clause: a rule, a calculation or a judge, no stance reported
    assert _speakers("El reglamento prevé multas de hasta 6.000 euros para los infractores.")[-1][2] is None
    assert _speakers("La aplicación calcula el importe del recibo cada mes desde 2023.")[-1][2] is None
    assert _speakers("Le juge a renvoyé l'affaire au 12 mars prochain devant le tribunal.")[-1][2] is None


def test_french_verbs_that_carry_a_quote_only_after_it() -> None:
    text = "« Nous avons tout reconstruit en deux ans, pierre par pierre », souffle Odile Tanguy, émue."
    assert _speakers(text)[-1] == ("direct", "Odile Tanguy", "souffle")
    # no quote before it: the noun, or a verb of motion
    assert _speakers("Le souffle de l'explosion a brisé les vitres de trois maisons voisines.")[-1][2] is None
    assert _speakers("Le camion glisse sur la chaussée verglacée près de Morlaix jeudi.")[-1][2] is None


def test_firms_named_after_their_kind_and_intensified_sources() -> None:
    text = "El precio de la vivienda usada subió un 9% en un año, según la consultora tasadora Valorix."
    assert _kind_of_last(text)[:3] == ("indirect", "Valorix", "organisation")
    text = "Les loyers ont encore augmenté de 4 % en 2024, selon la plateforme Locatix."
    assert _kind_of_last(text)[:3] == ("indirect", "Locatix", "organisation")
    text = "Según la propia compañía, las ventas cayeron un 12% en el último trimestre del año."
    assert _kind_of_last(text)[:2] == ("indirect", "la compañía")
    text = "Les travaux reprendront le 3 mars, a précisé jeudi la sous-préfecture."
    assert _kind_of_last(text)[:3] == ("indirect", "la sous-préfecture", "organisation")
    # an intensifier alone is no source
    assert _kind_of_last("Según el mismo, la obra terminará en 2026.")[1] != "mismo"


def test_spanish_cuenta_carries_a_quote_only_after_it() -> None:
    text = "“Pagamos 40 euros más cada año por el mismo piso”, cuenta Marta Olmos, vecina de Getafe."
    assert _speakers(text)[-1] == ("direct", "Marta Olmos", "cuenta")
    # "cuenta con", "la cuenta": no speech
    assert _speakers("La empresa cuenta con 200 empleados en su planta de Zamora desde 2019.")[-1][2] is None


def test_body_before_a_subject_relative_whose_verb_is_the_cue() -> None:
    text = "Las cifras proceden del Instituto Nacional de Consumo, que calcula que la cesta subió un 6% en 2024."
    assert _kind_of_last(text)[1:] == ("Instituto Nacional de Consumo", "organisation", "calcula")
    text = "Le chiffre vient de la Fédération Régionale du Bâtiment, qui affirme que 300 chantiers sont à l'arrêt."
    assert _kind_of_last(text)[1:] == ("Fédération Régionale du Bâtiment", "organisation", "affirme")
    # a place before the relative is no body: nobody is named
    assert _kind_of_last("Ana Gil visitó Madrid, que asegura que no habrá cortes de agua.")[1] is None
