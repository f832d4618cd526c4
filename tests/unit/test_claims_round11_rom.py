"""Round 11, French and Spanish: verbs that report before "que" or an infinitive ("relèvent que", "dit avoir",
"alega que", "apuntan a que", "pidió para"), a figure put on something ("chiffre à"), an adverb inside a compound
past ("a par ailleurs promis"), a fronted view holder before a partial quote ("Pour la députée X, « ... »"), a
document named with its kind ("el escrito de acusación"), inspectorates and the parties to a trial as bodies, and a
discourse marker between a subject and its verb ("X, por su parte, admitió"). Passages and names invented for these
tests."""

from __future__ import annotations

import pytest

from processors.claims.extract import extract_claims
from tests.claims_probe import claim_with, fold


def _speaker(text: str, fragment: str) -> str | None:
    speaker = claim_with(text, fragment).speaker
    return None if speaker is None else fold(speaker.name)


# Verbs that carry a quote only after it also report a finding before "que", with an adverb between or not.
@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "cue"),
    [
        ("Les experts du comité relèvent par ailleurs que les délais de paiement ont doublé depuis 2021.",
         "délais", "les experts du comité", "relèvent"),
        ("L'économiste Hélène Caradec note que les loyers ont progressé de 9 % en un an.", "loyers",
         "hélène caradec", "note"),
    ],
)  # fmt: skip
def test_a_finding_verb_reports_before_que(text: str, fragment: str, speaker: str, cue: str) -> None:
    claim = claim_with(text, fragment)
    assert claim.attribution == "indirect"
    assert _speaker(text, fragment) == speaker
    assert fold(claim.cue) == cue


@pytest.mark.parametrize(
    "text",
    [
        "La note que le préfet a signée mardi prévoit 40 places d'hébergement supplémentaires.",
        "Il relève la tête et reprend sa marche vers le port de Douarnenez.",
    ],
)
def test_a_noun_or_a_verb_without_que_reports_nothing(text: str) -> None:
    (claim,) = extract_claims(text, "t")
    assert claim.cue is None
    assert claim.attribution == "none"


# French "dit" before "que" or an infinitive.
def test_dit_before_an_infinitive_reports() -> None:
    text = "La directrice de l'école, Odile Ferrand, dit avoir dû fermer deux classes faute de remplaçants."
    claim = claim_with(text, "classes")
    assert claim.attribution == "indirect"
    assert fold(claim.cue) == "dit"
    assert _speaker(text, "classes") == "odile ferrand"


def test_dit_as_a_participle_reports_nothing() -> None:
    (claim,) = extract_claims("Le texte dit Evin encadre la publicité pour l'alcool depuis 1991.", "t")
    assert claim.cue is None


# Spanish pleas and requests: "alega que", "apuntan a que", "pidió para", not "cuando pidió un contrato".
@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "cue"),
    [
        ("La defensa alega que el concejal nunca firmó las facturas del polideportivo.", "facturas",
         "la defensa", "alega"),
        ("El fiscal Tomás Villegas pidió para el acusado seis años de prisión por malversación.", "seis años",
         "tomás villegas", "pidió"),
    ],
)  # fmt: skip
def test_a_spanish_plea_or_request_reports(text: str, fragment: str, speaker: str, cue: str) -> None:
    claim = claim_with(text, fragment)
    assert claim.attribution in ("indirect", "direct")
    assert _speaker(text, fragment) == speaker
    assert fold(claim.cue) == cue


def test_sources_pointing_to_a_clause_report() -> None:
    text = (
        "Según fuentes de la investigación, los agentes hallaron 40.000 euros en efectivo. Esas fuentes apuntan a "
        "que parte del dinero acabó en una cuenta en Andorra."
    )
    claim = claim_with(text, "Andorra")
    assert claim.attribution == "indirect"
    assert fold(claim.cue) == "apuntan a"


@pytest.mark.parametrize(
    "text",
    [
        "Cuando pidió un contrato de larga duración, la inmobiliaria le subió la fianza a 2.000 euros.",
        "La flecha del mapa apunta a la salida norte del aparcamiento.",
    ],
)
def test_a_request_or_a_pointer_without_its_clause_reports_nothing(text: str) -> None:
    (claim,) = extract_claims(text, "t")
    assert claim.cue is None


# "chiffre à", "cifra en": a source putting a figure on something; not the noun "le chiffre".
def test_a_body_putting_a_figure_reports() -> None:
    text = "La Cour des comptes chiffre à 3 milliards d'euros le coût annuel du dispositif."
    claim = claim_with(text, "milliards")
    assert claim.attribution == "indirect"
    assert fold(claim.cue) == "chiffre"


def test_the_noun_chiffre_reports_nothing() -> None:
    (claim,) = extract_claims("Le chiffre à retenir reste celui des 12 000 emplois perdus en 2023.", "t")
    assert claim.cue is None


# "a par ailleurs promis": an adverb between the auxiliary and the participle; the cue without it.
@pytest.mark.parametrize(
    ("text", "fragment", "cue"),
    [
        ("Mme Garnier a par ailleurs promis une « révision complète » du barème avant l'automne.", "barème",
         "a promis"),
        ("Les éleveurs ont également dénoncé « une concurrence déloyale » venue d'Amérique du Sud.", "déloyale",
         "ont dénoncé"),
    ],
)  # fmt: skip
def test_an_adverb_inside_a_compound_past_keeps_the_cue(text: str, fragment: str, cue: str) -> None:
    claim = claim_with(text, fragment)
    assert claim.attribution in ("direct", "indirect")
    assert fold(claim.cue) == cue


def test_an_adverb_before_a_participle_of_no_speech_reports_nothing() -> None:
    (claim,) = extract_claims("Le club a par ailleurs recruté deux joueurs venus de Lorient.", "t")
    assert claim.cue is None


# "Pour la députée X, la réforme « ... »": the fronted holder of the quoted view, with "Pour" as the cue.
def test_a_fronted_holder_before_a_partial_quote_is_the_cue() -> None:
    text = "Pour la sénatrice Léa Fontaine (Les Ecologistes), le texte « oublie les zones rurales »."
    claim = claim_with(text, "zones rurales")
    assert claim.attribution == "direct"
    assert _speaker(text, "zones rurales") == "léa fontaine"
    assert fold(claim.cue) == "pour"


def test_a_fronted_time_before_a_partial_quote_holds_no_view() -> None:
    (claim,) = extract_claims("Pour la première fois, le projet parle d'un « choc fiscal ».", "t")
    assert claim.speaker is None


# "según el escrito de acusación": a bare noun after "de" tells the kind of document, not its author.
def test_a_document_with_its_kind_speaks_as_written() -> None:
    text = "Según el escrito de acusación, el alcalde cobró 300.000 euros en comisiones."
    claim = claim_with(text, "comisiones")
    assert claim.attribution == "indirect"
    assert _speaker(text, "comisiones") == "el escrito de acusación"


def test_a_document_of_a_body_still_speaks_for_the_body() -> None:
    text = "Según el informe de la Fiscalía, el alcalde cobró 300.000 euros en comisiones."
    assert _speaker(text, "comisiones") == "fiscalía"


# Inspectorates and the parties to a trial are bodies.
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Selon un rapport de l'inspection générale, 40 % des collèges manquent d'infirmières.", "infirmières",
         "l'inspection générale"),
        ("La défense estime que le dossier d'instruction ne contient aucune preuve matérielle.", "preuve",
         "la défense"),
        ("The prosecution said the driver had drunk four pints before the crash.", "four pints",
         "the prosecution"),
    ],
)  # fmt: skip
def test_inspectorates_and_trial_parties_speak(text: str, fragment: str, speaker: str) -> None:
    assert _speaker(text, fragment) == speaker


# "X, por su parte, admitió": the discourse marker between commas is no part of the subject.
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Lucía Ferrer negó los hechos. El contable Andrés Peral, por su parte, admitió que firmó los recibos.",
         "recibos", "andrés peral"),
        ("Le maire a refusé de commenter. La directrice, Anne Roux, de son côté, assure que l'école rouvrira.",
         "rouvrira", "anne roux"),
    ],
)  # fmt: skip
def test_a_discourse_marker_between_subject_and_verb_is_skipped(text: str, fragment: str, speaker: str) -> None:
    assert _speaker(text, fragment) == speaker


def test_a_comma_incise_that_is_no_marker_keeps_its_reading() -> None:
    # "en rueda de prensa" is no discourse marker: the phrase before it is not read past it (as before).
    text = "Lucía Ferrer negó los hechos. Su abogado, en rueda de prensa, aseguró que recurrirá la sentencia."
    assert _speaker(text, "recurrirá") is None


# A French or Spanish document opening the subject speaks for its author, as after "selon"; an object relative
# clause between commas and a newspaper's title in guillemets do not cut the subject from its verb.
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Une étude de l'Insee estime que 300 000 logements restent vacants en Bretagne.", "vacants", "insee"),
        ("El informe del Banco de España advierte de que la deuda de los hogares crece.", "hogares",
         "banco de españa"),
        ("Une note de la Cour des comptes, que « Les Echos » a pu lire, chiffre à 4 milliards d'euros le "
         "surcoût du chantier.", "surcoût", "cour des comptes"),
        ("Le document estime que 300 000 logements restent vacants.", "vacants", "le document"),
    ],
)  # fmt: skip
def test_a_romance_document_subject_speaks_for_its_author(text: str, fragment: str, speaker: str) -> None:
    claim = claim_with(text, fragment)
    assert claim.attribution == "indirect"
    assert _speaker(text, fragment) == speaker


def test_a_quote_after_a_relative_clause_still_quotes() -> None:
    # Real words in guillemets, not a title: the quote stays direct.
    text = "La mesure, que le gouvernement juge « indispensable à la survie des petites lignes », coûtera cher."
    claim = claim_with(text, "petites lignes")
    assert claim.attribution == "direct"


# A reading time is page furniture, as a publication stamp is; a sentence about reading is not.
@pytest.mark.parametrize("line", ["Temps de lecture 3 min.", "Tiempo de lectura: 5 min", "6 min read"])
def test_a_reading_time_is_no_claim(line: str) -> None:
    text = f"{line}\nLa mairie a annoncé que la piscine rouvrira le 2 juin après huit mois de travaux."
    assert all(line.rstrip(".") not in claim.text for claim in extract_claims(text, "t"))


def test_a_sentence_about_reading_time_stays() -> None:
    text = "Les élèves de CM2 consacrent en moyenne 14 minutes par jour à la lecture, selon le ministère."
    (claim,) = extract_claims(text, "t")
    assert claim.attribution == "indirect"


# A photo caption in the page's head, closed by its credit in capitals, is no sentence of the article.
_CAPTIONED = (
    "Les maires ruraux réclament un fonds d'urgence\n"
    "Par Julie Marcq\n"
    "La présidente de l'association, Claire Vidal, à Tulle, le 3 avril 2025. PIERRE LANDRY / AFP\n"
    "La présidente de l'association des maires ruraux, Claire Vidal, a demandé mardi un fonds de 200 millions "
    "d'euros pour les communes de moins de 1 000 habitants.\n"
    "Selon elle, 40 % de ces communes ne peuvent plus financer l'entretien de leurs routes.\n"
    "Le gouvernement doit répondre d'ici à la fin du mois, a indiqué le ministère.\n"
)


def test_a_credited_caption_is_no_claim() -> None:
    texts = [claim.text for claim in extract_claims(_CAPTIONED, "t")]
    assert not any("à Tulle" in text for text in texts)
    assert any("200 millions" in text for text in texts)


def test_an_agency_signature_closing_the_article_keeps_its_paragraph() -> None:
    text = _CAPTIONED.replace("PIERRE LANDRY / AFP", "") + "Les pompiers ont évacué 30 habitants, a dit le maire. EFE\n"
    assert any("30 habitants" in claim.text for claim in extract_claims(text, "t"))


# "À X, le proviseur, Marc Y, accueille ...": a person named in apposition to a post, then the verb, is the
# subject "il" and the post's noun refer back to, over a body that spoke before.
_APPOSED = (
    "Selon le SNALC, 30 % des collèges manquent de surveillants.\n"
    "Au lycée Victor-Hugo de Saint-Malo (Ille-et-Vilaine), le proviseur, Yann Kerven, accueille la mesure avec "
    "prudence. « Sur le papier, l'idée est bonne. Mais nous avons perdu deux postes en un an », explique-t-il."
)


def test_a_person_apposed_to_a_post_is_the_subject_a_pronoun_refers_to() -> None:
    assert _speaker(_APPOSED, "deux postes") == "yann kerven"


def test_a_person_apposed_in_a_prepositional_phrase_is_no_subject() -> None:
    # "on croise le proviseur, Yann Kerven, et ...": no verb after the name, the body that spoke stays "il".
    text = _APPOSED.replace(
        "le proviseur, Yann Kerven, accueille la mesure avec prudence",
        "on croise le proviseur, Yann Kerven, et deux surveillants",
    )
    assert _speaker(text, "deux postes") == "snalc"


# "declaró la testigo": a noun for a person that is no post met before names the person last mentioned, when the
# article tells that person's sex.
_WITNESS = (
    "El abogado del acusado, Rafael Ibarra, sostuvo que su cliente «nunca firmó nada».\n"
    "La tarde estuvo marcada por la declaración de la ex alcaldesa Inés Calvo.\n"
    "\"Me ordenaron pagar las facturas sin revisarlas\", declaró la testigo, que aportó varios correos.\n"
)


def test_a_person_noun_names_the_person_of_its_sex_mentioned_last() -> None:
    assert _speaker(_WITNESS, "sin revisarlas") == "inés calvo"


def test_a_person_noun_of_the_other_sex_keeps_its_reading() -> None:
    # "el testigo" after a woman was named last: not her.
    text = _WITNESS.replace("la testigo", "el testigo")
    assert _speaker(text, "sin revisarlas") != "inés calvo"
