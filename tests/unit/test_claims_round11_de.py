"""Round 11, German: names in Latin Extended-A letters, picture credits after a copyright mark, a wire dateline in
ordinary spelling after the header lines, lowercase agencies in "nach X-Informationen", separable cues over their
bare verb, "-vize" posts, acronyms after an article, a description taking the last full name seen, spans of time
that are no given names, and letter-by-letter abbreviations ("z. B.")."""

from __future__ import annotations

from processors.claims import extract_claims
from processors.claims.sentences import split_sentences
from tests.claims_probe import claim_with, fold


def _speaker(text: str, fragment: str) -> str | None:
    claim = claim_with(text, fragment)
    return None if claim.speaker is None else claim.speaker.name


# -- Latin Extended-A capitals open names ------------------------------------------------------------------------


def test_surname_with_cedilla_capital_is_kept_whole() -> None:
    text = "Gökhan Şener (52), der in Essen wohnt, war nach eigenen Worten wütend. „Das geht nicht“, sagt er."
    assert _speaker(text, "Das geht nicht") == "Gökhan Şener"


def test_polish_given_name_opens_a_name() -> None:
    assert _speaker("Łucja Nowak sagte, der Plan sei gescheitert.", "Plan") == "Łucja Nowak"


def test_lowercase_extended_letter_opens_no_name() -> None:
    # near miss: a small letter of the same block is no capital
    claim = claim_with("Laut şahin sei das Wetter gut.", "Wetter")
    assert claim.speaker is None or claim.speaker.name != "şahin"


# -- a copyright mark closing a caption ----------------------------------------------------------------------------


_CAPTIONED = (
    "Von Eva Roth\n"
    "Leere Bahnsteige am Hauptbahnhof am frühen Morgen. © Morgenblatt/Jens Albrecht\n"
    "Der Zugverkehr stand am Dienstag stundenlang still.\n"
    "Rolf Weidner vom Fahrgastverband Nord sprach von einem „Desaster“. Die Bahn habe versagt, sagte er.\n"
)


def test_caption_with_copyright_credit_is_no_claim() -> None:
    assert not any("Bahnsteige" in claim.text for claim in extract_claims(_CAPTIONED, "t"))


def test_photographer_is_no_speaker_later() -> None:
    assert _speaker(_CAPTIONED, "Die Bahn habe versagt") == "Rolf Weidner"


def test_copyright_inside_a_sentence_makes_no_caption() -> None:
    # near miss: the mark in running text, not opening a credit
    text = "Der Verlag hält das © an dem Foto seit 2019 und verlangt 40 Euro Lizenzgebühr von allen Nutzern.\n"
    assert claim_with(text, "Lizenzgebühr").text.startswith("Der Verlag")


# -- a dateline with its agency in parentheses --------------------------------------------------------------------


def test_dateline_after_header_lines_is_left_out() -> None:
    text = "Haushalt\n12.03.2026, 10:15 Uhr\nVon Jan Ott, dpa\nKiel (dpa) - Der Senat hat den Haushalt beschlossen.\n"
    claims = extract_claims(text, "t")
    lede = next(claim for claim in claims if "Haushalt beschlossen" in claim.text)
    assert lede.text == "Der Senat hat den Haushalt beschlossen."


def test_dateline_with_agency_and_region() -> None:
    text = "Frankfurt/Main (dpa-AFX) - Die Aktie des Versorgers stieg am Vormittag um vier Prozent."
    assert claim_with(text, "Aktie").text.startswith("Die Aktie")


def test_parenthesis_later_in_the_body_is_no_dateline() -> None:
    # near miss: past the header and the lede, a sentence opening with a name in parentheses keeps its words
    text = (
        "Der Rat tagte am Montag.\nDie Mehrheit stimmte zu.\nDanach wurde gefeiert.\n"
        "Kiel (Nord) - so heißt der Wahlkreis, den der Bewerber am Sonntag deutlich gewonnen hat.\n"
    )
    assert claim_with(text, "Wahlkreis").text.startswith("Kiel (Nord)")


# -- the agency's own information in lowercase ----------------------------------------------------------------------


def test_lowercase_agency_information_is_its_source() -> None:
    claim = claim_with("Am Ende stimmten nach epd-Informationen nur vier Delegierte dagegen.", "Delegierte")
    assert claim.attribution == "indirect"
    assert claim.speaker is not None
    assert claim.speaker.name == "epd"
    assert fold(claim.cue) == "nach epd-informationen"


def test_long_lowercase_compound_is_no_agency() -> None:
    # near miss: a lowercase word longer than an agency's short name
    claim = claim_with("Nach hintergrund-Informationen soll der Plan scheitern, schreibt niemand.", "Plan")
    assert claim.speaker is None or claim.speaker.name != "hintergrund"


# -- separable cues over their bare verb ------------------------------------------------------------------------


def test_separable_demand_keeps_its_particle() -> None:
    claim = claim_with("Bürgermeisterin Petra Lenz forderte Bund und Land zu raschem Handeln auf.", "Handeln")
    assert fold(claim.cue) == "forderte auf"


def test_bare_demand_stays_bare() -> None:
    # near miss: "forderte" with an object and no particle
    claim = claim_with("Bürgermeisterin Petra Lenz forderte mehr Geld für die Schulen.", "Schulen")
    assert fold(claim.cue) == "forderte"


# -- "-vize" posts ------------------------------------------------------------------------------------------------


def test_deputy_post_before_a_name_is_a_role() -> None:
    claim = claim_with("Parteivize Jonas Brecht warf der Regierung vor, das Land zu spalten.", "spalten")
    assert claim.speaker is not None
    assert claim.speaker.name == "Jonas Brecht"
    assert claim.speaker.role == "Parteivize"


def test_vize_compound_with_acronym() -> None:
    assert _speaker("FDP-Vize Clara Moll sagte, die Steuer sei falsch.", "Steuer") == "Clara Moll"


# -- an acronym after a German article is a body ---------------------------------------------------------------------


def test_acronym_after_article_is_an_organisation() -> None:
    claim = claim_with("Die ÖDP fordert ein Tempolimit von 120 Kilometern pro Stunde.", "Tempolimit")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("ÖDP", "organisation")
    assert fold(claim.cue) == "fordert"


def test_capitalised_noun_after_article_stays_unattributed() -> None:
    # near miss: a German noun (not an acronym) after the article names no body
    claim = claim_with("Die Regel fordert ein Tempolimit von 120 Kilometern pro Stunde.", "Tempolimit")
    assert claim.speaker is None or claim.speaker.kind != "organisation" or claim.speaker.name != "Regel"


# -- a description takes the last full name seen ----------------------------------------------------------------------


def test_age_description_takes_the_full_name_seen_last() -> None:
    text = (
        "Kurz vor Mitternacht steigt Hanna Lorenz in den letzten Bus. Sie fährt seit Jahren diese Strecke.\n"
        "„Um diese Zeit ist hier niemand mehr“, sagt die 29-Jährige. „Das macht mir Angst.“\n"
    )
    assert _speaker(text, "niemand mehr") == "Hanna Lorenz"
    assert _speaker(text, "Angst") == "Hanna Lorenz"


def test_span_of_time_before_a_noun_is_no_name() -> None:
    # "seit Wochen Ärzte": a span of time and a plural noun, no person; the description finds none
    text = (
        "In der Praxis fehlen seit Wochen Ärzte. Der Betrieb läuft trotzdem weiter, Ärzte kommen aus anderen Städten.\n"
        "„Wir arbeiten am Limit“, sagt die 41-Jährige.\n"
    )
    assert _speaker(text, "Limit") != "Wochen Ärzte"


# -- abbreviations spaced between their letters -----------------------------------------------------------------------


def test_spaced_abbreviation_ends_no_sentence() -> None:
    texts = [s.text for s in split_sentences("Schulen müssten z. B. mehr Personal einstellen. Das kostet Geld.")]
    assert texts == ["Schulen müssten z. B. mehr Personal einstellen.", "Das kostet Geld."]


def test_spaced_abbreviation_with_capital() -> None:
    texts = [s.text for s in split_sentences("Das gilt u. U. nicht für alle. Danach kam der Regen.")]
    assert texts == ["Das gilt u. U. nicht für alle.", "Danach kam der Regen."]


def test_initial_after_a_full_stop_still_splits() -> None:
    # near miss: a sentence ending on a word, then a sentence opening with an initial
    texts = [s.text for s in split_sentences("Die Sitzung endete spät. B. Krause verließ den Saal.")]
    assert texts == ["Die Sitzung endete spät.", "B. Krause verließ den Saal."]


# -- a threat reported by its verb ------------------------------------------------------------------------------


def test_threat_cue_is_reported_without_its_preposition() -> None:
    claim = claim_with("Der Mieterbund droht mit einer Sammelklage gegen die Stadt.", "Sammelklage")
    assert fold(claim.cue) == "droht"
    assert claim.attribution == "indirect"


def test_risk_with_droht_stays_unattributed() -> None:
    # near miss: "droht" without "mit" is a risk, no one speaking
    claim = claim_with("Der Stadt droht ein Defizit von zwei Millionen Euro.", "Defizit")
    assert claim.attribution == "none"


# -- a possessive before the inverted subject of an estimate ------------------------------------------------------


def test_possessive_body_after_estimate_verb_is_the_speaker() -> None:
    text = "Ministerin Eva Kern verteidigte den Plan. Die Kosten bezifferte ihr Ministerium auf rund drei Milliarden."
    claim = claim_with(text, "Kosten")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("ihr Ministerium", "organisation")
    assert fold(claim.cue) == "bezifferte"


def test_pronoun_ihr_as_object_is_no_determiner() -> None:
    # near miss: "ihr" as a dative pronoun after the verb leaves the speaker to the subject
    text = "Ministerin Eva Kern traf den Kanzler. Sie sagte ihr Bescheid, das Geld sei knapp."
    assert _speaker(text, "Geld") == "Eva Kern"


# -- automated-feed notices and a link label with its headline on one line -------------------------------------------


def test_automated_feed_notice_is_no_claim() -> None:
    text = (
        "Der Landtag hat den Haushalt nach langer Debatte mit knapper Mehrheit beschlossen.\n"
        "Diese Meldung ist Teil eines automatisierten Angebots ausgewählter Agenturnachrichten. "
        "Sie wurde von der Redaktion nicht bearbeitet.\n"
    )
    texts = [claim.text for claim in extract_claims(text, "t")]
    assert texts == ["Der Landtag hat den Haushalt nach langer Debatte mit knapper Mehrheit beschlossen."]


def test_link_label_with_headline_on_its_line_is_furniture() -> None:
    text = (
        "Die Mieten in der Stadt sind im vergangenen Jahr um acht Prozent gestiegen.\n"
        "Lesen Sie auch: Kaufen oder mieten? Was Familien jetzt über Kredite wissen müssen\n"
    )
    assert not any("Familien" in claim.text for claim in extract_claims(text, "t"))


def test_link_label_before_full_sentences_keeps_them() -> None:
    # near miss: a line ending in a full stop is no headline; its later sentence stays a claim
    text = "Lesen Sie auch: teure Mieten. Die Mieten sind im vergangenen Jahr um acht Prozent gestiegen.\n"
    assert claim_with(text, "acht Prozent").text.startswith("Die Mieten")


# -- "Demnach" after a sentence naming a study and its author -------------------------------------------------------


def test_demnach_after_a_named_study_takes_it_as_source() -> None:
    text = (
        "Für eine Umfrage des Instituts Nordwest wurden 900 Lehrkräfte befragt. "
        "Demnach will jede vierte Lehrkraft den Beruf wechseln.\n"
    )
    claim = claim_with(text, "jede vierte")
    assert claim.attribution == "indirect"
    assert claim.speaker is not None
    assert claim.speaker.name == "Umfrage des Instituts Nordwest"
    assert fold(claim.cue) == "demnach"


def test_demnach_after_a_sentence_naming_no_document_stays_unattributed() -> None:
    # near miss: the sentence before names a place of a person, not a document
    text = "Im Büro der Direktorin Anna Vogt stand ein Tisch. Demnach will jede vierte Lehrkraft den Beruf wechseln.\n"
    assert claim_with(text, "jede vierte").attribution == "none"
