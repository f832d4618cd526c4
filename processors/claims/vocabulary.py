"""Word lists read by one scan of each sentence: cues, hedges, claim-type markers, non-claim words, number words.

They are data, kept in one place so that :mod:`processors.claims.scan` can build a single pattern that finds all
of them in one pass; the modules that apply them (:mod:`~processors.claims.cues`,
:mod:`~processors.claims.hedges`, :mod:`~processors.claims.scoring`, :mod:`~processors.claims.nonclaims`,
:mod:`~processors.claims.quantities`) re-export the lists they own. Phrases are lowercase unless said otherwise.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ADDRESS_WORDS", "ADVICE_MODALS", "AMBIGUOUS_NUMBER_WORDS", "APPROXIMATORS", "AUDIENCE_NOUNS",
    "BOILERPLATE_PHRASES", "CAUSATION", "CREDIT_PREFIXES", "CUES", "CUES_DE", "CUES_FR_INVERTED", "CUES_OTHER",
    "CUES_REPORTED_AS",
    "DISCOURSE_SUBJUNCTIVES", "DISCOURSE_SUBJUNCTIVES_II", "DUE_VERBS", "EN_NUMBER_WORDS", "EN_SCALES", "EN_UNITS",
    "EN_UNIT_WORDS", "EVIDENCE_NOUNS", "EVIDENTIAL_VERBS", "EXPERIENCE", "FINDING_BODIES", "FORMAL_YOU",
    "FRACTION_WORDS", "GERMAN_CUES", "GERMAN_SUBJECT_ARTICLES", "HALF_WORDS", "HEDGES", "HEDGES_BEFORE_NUMBER",
    "INTL_NUMBER_WORDS", "MULTIPLES", "MULTIPLE_WORDS", "NON_ANSWERS", "PERIODICAL_ADJECTIVES",
    "POSSESSIVE_SOURCE_CUES_DE", "PREDICTION",
    "RULE", "SCENE_WORDS", "SEPARABLE_PARTICLES", "SEPARABLE_STEMS", "SHARE_ORDINALS", "SHARE_WORDS",
    "SOURCING_WORDS", "STANCE_ADJECTIVES_DE", "STANCE_VERBS_DE", "SUBJUNCTIVES", "SUBJUNCTIVES_II", "TIME_UNITS",
]  # fmt: skip

# Articles a German subject may open with ("..., so der Sprecher", "schloss die Ministerin aus"); "der" before a
# feminine noun ("der Ministerin") is dative or genitive, which the callers check.
GERMAN_SUBJECT_ARTICLES: Final = frozenset({"der", "die", "das", "ein", "eine"})

# English cues that cues.py reads only in context: a quote carried on by its speaker ("he went on", "she
# continued") and a written text quoted ("A family statement read:").
CUES_EN_IN_CONTEXT: Final = {"went on": 0.9, "goes on": 0.9, "continued": 0.8, "continues": 0.8, "read": 0.9}

# Attribution cues with their strength: 1.0 for neutral speech verbs (``said``, ``told``), lower for verbs that
# report a stance or an estimate. English cues match as written (lowercase, or "According to").
CUES: Final[dict[str, float]] = {
    "said": 1.0, "says": 1.0, "say": 0.9, "saying": 0.9,
    "told": 1.0, "tells": 1.0, "tell": 0.8, "telling": 0.9,
    "stated": 1.0, "announced": 1.0, "announces": 1.0, "declared": 0.9, "added": 0.9, "adds": 0.9,
    "explained": 0.9, "confirmed": 0.9, "confirms": 0.9, "revealed": 0.9, "reveals": 0.9, "wrote": 0.9,
    "writes": 0.9, "noted": 0.8, "stressed": 0.8, "disclosed": 0.9, "reported": 0.8,
    "claimed": 0.8, "claims": 0.8, "claim": 0.8, "claiming": 0.8, "alleged": 0.7, "alleges": 0.7,
    "admitted": 0.9, "admits": 0.9, "admitting": 0.9, "acknowledged": 0.9, "conceded": 0.9,
    "insisted": 0.9, "insists": 0.9, "insisting": 0.9, "maintained": 0.8, "asserted": 0.8,
    "warned": 0.9, "warns": 0.9, "warning": 0.8, "denied": 0.9, "denies": 0.9, "denying": 0.9,
    "estimated": 0.7, "estimates": 0.7, "predicted": 0.7, "predicts": 0.7, "forecast": 0.7,
    "argued": 0.8, "argues": 0.8, "suggested": 0.7, "suggests": 0.7, "believes": 0.6, "believe": 0.6,
    "thinks": 0.6, "promised": 0.8, "vowed": 0.8, "pledged": 0.8, "accused": 0.8,
    "according to": 0.9, "found": 0.8, "cautioned": 0.8, "put it": 0.9,
    "suggest": 0.7, "show": 0.8, "shows": 0.8, "showed": 0.8, "heard": 0.7, "conclude": 0.8, "concluded": 0.8,
    "concludes": 0.8, "stresses": 0.8, "explains": 0.9, "predict": 0.7, "warn": 0.9, "insist": 0.9,
    "deny": 0.9, "argue": 0.8, "announce": 1.0, "recalled": 0.9,
    # stance and criticism: the subject speaks, with an edge
    "slammed": 0.7, "slams": 0.7, "blasted": 0.7, "hit out": 0.7, "hits out": 0.7,
    "pushed back": 0.7, "pushes back": 0.7,
    "branded": 0.7, "called": 0.7, "described": 0.8, "describes": 0.8,
    "criticised": 0.7, "criticized": 0.7, "condemned": 0.7, "complained": 0.8, "complains": 0.8,
    "urged": 0.7, "urges": 0.7, "accuses": 0.8, "accusing": 0.8, "vows": 0.8, "pledges": 0.8,
    # estimates and expectations
    "expects": 0.6, "expect": 0.6, "forecasts": 0.7, "anticipates": 0.6,
    "put": 0.7,  # "X put the shortfall at $2 billion" (only so: see processors.claims.cues)
    # neutral reporting verbs and their present tense
    "acknowledges": 0.9, "concedes": 0.9, "explain": 0.9, "reveal": 0.9,
    "discloses": 0.9, "alleging": 0.7, "suggesting": 0.7, "cautions": 0.8,
    "replied": 0.9, "responded": 0.9, "countered": 0.8, "reiterated": 0.9, "reiterates": 0.9,
    "emphasised": 0.8, "emphasized": 0.8, "emphasises": 0.8, "emphasizes": 0.8, "pointed out": 0.9,
    "points out": 0.9, "remarked": 0.9, "commented": 0.9, "testified": 0.9, "recounted": 0.9, "recalls": 0.9,
    "contended": 0.8, "contends": 0.8, "maintains": 0.8, "asserts": 0.8, "tweeted": 0.9,
    # blame and other reporting verbs of news English (nouns and passives like "demands", "charged" left out)
    "blamed": 0.7, "blames": 0.7, "mentioned": 0.8, "indicated": 0.7,
    "signalled": 0.7, "signaled": 0.7, "hinted": 0.6, "reckons": 0.6, "reckoned": 0.6, "speculated": 0.6,
    "acknowledge": 0.9, "admit": 0.9, "boasted": 0.8, "joked": 0.8, "quipped": 0.8, "lamented": 0.8,
    "laments": 0.8, "protested": 0.8, "objected": 0.8, "demanded": 0.8, "proclaimed": 0.9,
    "assures": 0.8, "retorted": 0.9, "rebutted": 0.8, "reminded": 0.8, "reminds": 0.8,
    # a reason given after the main clause ("cut its forecast, blaming a warm autumn"); what a paper lays down
    # ("the guidelines recommend that", "the document states that", "the petition asks"): for documents only
    "blaming": 0.7, "citing": 0.7, "recommend": 0.7, "recommends": 0.7, "states": 0.9, "asks": 0.7,
    # on a social network, as written ("wrote on X:")
    "wrote on X": 0.9, "posted on X": 0.9, "said on X": 1.0, "wrote on Twitter": 0.9, "posted on Twitter": 0.9,
    "wrote on Facebook": 0.9, "posted on Facebook": 0.9, "wrote on Instagram": 0.9, "posted on Instagram": 0.9,
    "wrote on LinkedIn": 0.9, "posted on LinkedIn": 0.9, "wrote on Bluesky": 0.9, "posted on Bluesky": 0.9,
    "wrote on Telegram": 0.9, "posted on Telegram": 0.9, "wrote on social media": 0.9,
    "posted on social media": 0.9,
    # a letter, an estimate in the plural, a dispute, questioning, a finding and a written note;
    # "pressed", "finding" and "writing" count only before the words cues.py allows them ("pressed him on")
    "wrote in a letter": 0.9, "estimate": 0.7, "disputed": 0.8, "read a statement": 1.0, "pressed": 0.7,
    "finding": 0.8, "writing": 0.8,
    # expectations of a poll's respondents and of markets ("28 had expected", "Traders now price in")
    "expected": 0.6, "price in": 0.6, "priced in": 0.6,
    # a participle of argument after a stance ("was more upbeat, arguing that ..."); only before "that"
    "arguing": 0.8,
    # a court's finding ("ruled that", "ruling that"), only before "that"; a verdict on something named, only
    # with "as" or a quote after its object ("dismissed the protests as ...", "termed the cap 'too little'")
    "ruled": 0.8, "ruling": 0.8, "termed": 0.7, "dismissed": 0.7, "labelled": 0.7, "labeled": 0.7,
    "branding": 0.7, "labelling": 0.7, "labeling": 0.7,
    # a forecast in a participle clause, only after a comma ("issued a warning, forecasting gusts of 45 mph")
    "forecasting": 0.7, "predicting": 0.7,
    **CUES_EN_IN_CONTEXT,
}  # fmt: skip

# German cues (matched case-insensitively), with the same strength scale: the common reporting verbs in the
# present, the preterite (main clause and verb-final, "wie ein Sprecher mitteilte") and the participle of the
# perfect ("hat ... gesagt"); separable verbs by their joined form ("teilte mit" for "teilte ... mit", found from
# SEPARABLE_STEMS); prepositional sources ("laut", "nach Angaben", "X zufolge"); "so" of "..., so der Sprecher".
CUES_DE: Final[dict[str, float]] = {
    # neutral speech
    "sagte": 1.0, "sagt": 1.0, "sagten": 1.0, "gesagt": 1.0,
    "teilte mit": 1.0, "teilt mit": 1.0, "teilten mit": 1.0, "mitteilte": 1.0, "mitteilten": 1.0,
    "mitgeteilt": 1.0,
    "erklärte": 0.9, "erklärt": 0.9, "erklärten": 0.9,
    "berichtete": 0.9, "berichtet": 0.9, "berichteten": 0.9,
    "schilderte": 0.9, "schildert": 0.9, "schilderten": 0.9, "geschildert": 0.9,
    "ergänzte": 0.9, "ergänzt": 0.9, "fügte hinzu": 0.9, "fügt hinzu": 0.9, "hinzufügte": 0.9,
    "hinzugefügt": 0.9, "äußerte": 0.9, "geäußert": 0.9,
    "bestätigte": 0.9, "bestätigt": 0.9, "bestätigten": 0.9,
    "kündigte an": 1.0, "kündigt an": 1.0, "kündigten an": 1.0, "ankündigte": 1.0, "angekündigt": 1.0,
    "gab bekannt": 1.0, "gibt bekannt": 1.0, "bekanntgab": 1.0, "bekanntgegeben": 1.0,
    "stellte klar": 0.9, "stellt klar": 0.9, "klarstellte": 0.9, "klargestellt": 0.9,
    "gab an": 0.9, "gibt an": 0.9, "angab": 0.9, "angegeben": 0.9,
    # emphasis and warning
    "betonte": 0.8, "betont": 0.8, "betonten": 0.8, "unterstrich": 0.8, "unterstreicht": 0.8,
    "hob hervor": 0.8, "hebt hervor": 0.8, "hervorhob": 0.8, "hervorgehoben": 0.8,
    "warnte": 0.9, "warnt": 0.9, "warnten": 0.9, "warnen": 0.9, "gewarnt": 0.9,
    "mahnte": 0.8, "mahnt": 0.8, "gemahnt": 0.8,
    "verwies darauf": 0.8, "verweist darauf": 0.8, "wies darauf hin": 0.8, "weist darauf hin": 0.8,
    "wies hin": 0.8, "weist hin": 0.8, "hingewiesen": 0.8,
    # a reason pointed to ("verwies auf den schwachen Absatz"), a remark added ("legte nach: »...«")
    "verwies auf": 0.7, "verweist auf": 0.7, "verwiesen auf": 0.7, "verweisen auf": 0.7,
    "legte nach": 0.8, "legt nach": 0.8, "legten nach": 0.8,
    "sprach von": 0.8, "spricht von": 0.8, "sprachen von": 0.8,
    # stance: demands, criticism, admissions, denials
    "forderte": 0.8, "forderten": 0.8, "gefordert": 0.8,
    "kritisierte": 0.8, "kritisiert": 0.8, "kritisierten": 0.8, "kritisieren": 0.8, "bemängelte": 0.8, "bemängelt": 0.8,
    "beklagte": 0.8, "beklagt": 0.8, "begrüßte": 0.7, "begrüßt": 0.7, "begrüßten": 0.7,
    "warf vor": 0.8, "wirft vor": 0.8, "warfen vor": 0.8, "vorwarf": 0.8,
    "räumte ein": 0.9, "räumt ein": 0.9, "räumten ein": 0.9, "einräumte": 0.9, "eingeräumt": 0.9,
    "gab zu": 0.9, "gibt zu": 0.9, "zugab": 0.9, "zugegeben": 0.9, "gestand": 0.9, "gesteht": 0.9,
    "bestritt": 0.9, "bestreitet": 0.9, "bestritten": 0.9, "dementierte": 0.9, "dementiert": 0.9,
    "wies zurück": 0.8, "weist zurück": 0.8, "wiesen zurück": 0.8, "zurückwies": 0.8, "zurückgewiesen": 0.8,
    "schloss aus": 0.8, "schließt aus": 0.8, "schlossen aus": 0.8, "ausschloss": 0.8,
    "behauptete": 0.8, "behauptet": 0.8, "behaupteten": 0.8,
    "versicherte": 0.8, "versichert": 0.8, "beteuerte": 0.8, "beteuert": 0.8,
    # estimates and expectations
    "schätzt": 0.7, "schätzte": 0.7, "rechnet damit": 0.7, "rechnete damit": 0.7, "rechnen damit": 0.7,
    "geht davon aus": 0.7, "ging davon aus": 0.7, "gehen davon aus": 0.7, "befürchtet": 0.7,
    "befürchtete": 0.7, "befürchten": 0.7,
    # sources named in a phrase
    "nach angaben": 0.9, "laut": 0.9, "zufolge": 0.9, "nach informationen": 0.8, "nach auskunft": 0.9,
    "nach erkenntnissen": 0.8, "nach darstellung": 0.8, "nach einschätzung": 0.7, "nach worten": 0.9,
    "nach eigenen worten": 0.9, "nach eigenen angaben": 0.9, "nach eigener aussage": 0.9,
    "eigenen angaben zufolge": 0.9,
    "heißt es": 0.6, "hieß es": 0.6, "so": 0.9,
    # more sources after "nach" ("nach Berechnungen der Forscher", "nach Ansicht von Experten")
    "nach berechnungen": 0.8, "nach schätzungen": 0.7, "nach ansicht": 0.7, "nach auffassung": 0.7,
    "nach meinung": 0.7, "nach aussage": 0.9, "nach aussagen": 0.9, "nach recherchen": 0.8, "nach daten": 0.8,
    "nach zahlen": 0.8, "nach ermittlungen": 0.8, "nach überzeugung": 0.7, "nach auswertung": 0.8,
    "nach untersuchungen": 0.8, "nach prognosen": 0.7, "nach schilderung": 0.9, "nach schilderungen": 0.9,
    "nach mitteilung": 1.0, "nach ansicht von": 0.7,
    # more reporting verbs: replies, assertions, revelations, appeals, estimates
    "meinte": 0.9, "meint": 0.9, "meinten": 0.9, "erzählte": 0.9, "erzählt": 0.9, "erzählten": 0.9,
    "antwortete": 0.9, "antwortet": 0.9, "entgegnete": 0.9, "entgegnet": 0.9, "erwiderte": 0.9,
    "erwidert": 0.9, "konterte": 0.8, "kontert": 0.8, "widersprach": 0.8, "widerspricht": 0.8,
    "bekräftigte": 0.9, "bekräftigt": 0.9, "bekräftigten": 0.9, "präzisierte": 0.9, "kommentierte": 0.9,
    "kommentiert": 0.9, "resümierte": 0.9, "bilanzierte": 0.9, "verkündete": 1.0, "verkündet": 1.0,
    "verriet": 0.9, "verrät": 0.9, "enthüllte": 0.9, "leugnete": 0.9, "leugnet": 0.9, "verneinte": 0.9,
    "verneint": 0.9, "versprach": 0.8, "verspricht": 0.8, "versprachen": 0.8, "bedauerte": 0.8,
    "bedauert": 0.8, "lobte": 0.7, "lobt": 0.7, "appellierte": 0.8, "appelliert": 0.8, "plädierte": 0.8,
    "plädiert": 0.8, "verlangte": 0.8, "verlangt": 0.8, "empfahl": 0.8, "empfiehlt": 0.8, "monierte": 0.8,
    "moniert": 0.8, "rügte": 0.8, "rügt": 0.8, "prognostizierte": 0.7, "prognostiziert": 0.7,
    "beziffert": 0.7, "bezifferte": 0.7, "beziffern": 0.7, "bezifferten": 0.7, "veranschlagt": 0.7,
    "veranschlagte": 0.7, "berichten": 0.9, "betonen": 0.8, "fordern": 0.8, "bestätigen": 0.9,
        "sagte voraus": 0.7, "sagt voraus": 0.7, "voraussagte": 0.7, "führte aus": 0.9, "führt aus": 0.9,
    "ausführte": 0.9, "ausgeführt": 0.9, "stellte fest": 0.9, "stellt fest": 0.9, "feststellte": 0.9,
    "festgestellt": 0.9, "merkte an": 0.9, "merkt an": 0.9, "anmerkte": 0.9, "wandte ein": 0.9, "wendet ein": 0.9,
    "einwandte": 0.9, "deutete an": 0.7, "deutet an": 0.7, "andeutete": 0.7, "hielt fest": 0.9, "hält fest": 0.9,
    "gab zu bedenken": 0.8, "gibt zu bedenken": 0.8,
    # a denial negated ("bestreitet ... nicht"): a concession
    "klagt": 0.8, "klagte": 0.8, "klagten": 0.8, "erwarten": 0.6,
    "bestreitet nicht": 0.9, "bestritt nicht": 0.9, "bestritten nicht": 0.9, "dementiert nicht": 0.9,
    "dementierte nicht": 0.9, "leugnet nicht": 0.9, "leugnete nicht": 0.9, "verneint nicht": 0.9,
    "verneinte nicht": 0.9,
    # expectations with "mit" ("rechnet mit einem Umsatz", "rechnet der Vorstand mit"), a naming of a thing
    # ("nannte den Radweg ..."), replies ("hält dagegen:", "hielt dagegen")
    "rechnet mit": 0.7, "rechnete mit": 0.7, "rechnen mit": 0.7, "rechneten mit": 0.7,
    # the same in the subjunctive of reported speech ("Sie rechne damit, dass ...")
    "rechne mit": 0.7, "rechne damit": 0.7, "rechneten damit": 0.7,
    "nannte": 0.7, "nannten": 0.7, "nennt": 0.7,
    "hält dagegen": 0.8, "hielt dagegen": 0.8, "halten dagegen": 0.8, "hielten dagegen": 0.8,
    # anonymous circles ("verlautete aus Kreisen der Fraktion"), read like "hieß es"
    "verlautete": 0.6, "verlautet": 0.6,
    # hearsay with no source ("Dem Vernehmen nach will ..."); questions reported ("fragte, ob ...")
    "dem vernehmen nach": 0.5, "fragte": 0.8, "fragt": 0.8, "fragten": 0.8,
    # reasons given for a decision ("Die Richterin begründete das Urteil mit ...")
    "begründete": 0.8, "begründeten": 0.8,
    # figures set out for a listener ("rechnete er vor"); an expectation in the subjunctive of reported speech
    # ("Er gehe davon aus, dass ...")
    "rechnete vor": 0.8, "rechnet vor": 0.8, "rechneten vor": 0.8, "vorrechnete": 0.8, "vorgerechnet": 0.8,
    "gehe davon aus": 0.7, "gingen davon aus": 0.7, "ginge davon aus": 0.7,
    # how someone put it ("formulierte es knapper: »...«"); "es so formulieren" is one phrase, like "put it"
    "formulierte": 0.8, "formulierten": 0.8, "formulierte es so": 0.8, "formulierten es so": 0.8,
    "formuliert es so": 0.8,
    # a reminder given ("erinnerte daran, dass ...")
    "erinnerte daran": 0.8, "erinnert daran": 0.8, "erinnerten daran": 0.8, "erinnern daran": 0.8,
    # demands and rebukes in the present ("Der Verband fordert einen Sozialplan", "rügen die Prüfer"), an appeal
    # ("fordert die Regierung auf, ..."), a refusal ("Die Fraktion lehnt die Pläne ab"), a threat ("Die Vermieter
    # drohen mit einer Klage"), a written assessment ("schreibt die Analystin in einer Notiz")
    "fordert": 0.8, "fordert auf": 0.8, "forderte auf": 0.8, "fordern auf": 0.8, "forderten auf": 0.8,
    "aufgefordert": 0.8, "rügen": 0.8, "rügten": 0.8, "gerügt": 0.8,
    "lehnt ab": 0.7, "lehnte ab": 0.7, "lehnen ab": 0.7, "lehnten ab": 0.7, "abgelehnt": 0.7,
    "droht mit": 0.7, "drohte mit": 0.7, "drohen mit": 0.7, "drohten mit": 0.7,
    "schreibt": 0.9, "schrieb": 0.9, "schreiben": 0.8, "schrieben": 0.9,
}  # fmt: skip
# Cues matched with a word that only tells their reading apart and is reported without it: "mit" makes "droht" a
# threat someone makes ("Die Gewerkschaft droht mit Warnstreiks"), not a risk ("Es droht ein Defizit"); the cue is
# the verb.
CUES_REPORTED_AS: Final[dict[str, str]] = {
    "droht mit": "droht", "drohte mit": "drohte", "drohen mit": "drohen", "drohten mit": "drohten",
}  # fmt: skip
# A stance shown ("zeigte sich offen für Änderungen", "zeigt sich enttäuscht"): "zeigen sich" with an adjective of
# attitude; the phrase names the speaker's stance, the speaker is its subject.
STANCE_ADJECTIVES_DE: Final = (
    "offen", "fassungslos", "erleichtert", "enttäuscht", "besorgt", "optimistisch", "skeptisch", "zufrieden",
    "überrascht", "empört", "entsetzt", "schockiert", "verärgert", "bestürzt", "kritisch", "gelassen",
    "kämpferisch", "zurückhaltend", "erfreut", "verwundert", "irritiert", "betroffen", "dankbar", "gesprächsbereit",
    "kompromissbereit", "selbstkritisch", "unbeeindruckt", "hoffnungsvoll", "pessimistisch", "erschüttert",
    "verständnislos", "beeindruckt", "froh", "glücklich", "traurig", "bereit", "zuversichtlich", "überzeugt",
)  # fmt: skip
STANCE_VERBS_DE: Final = ("zeigte", "zeigt", "zeigten", "zeigen")
CUES_DE.update({f"{verb} sich {adjective}": 0.7 for verb in STANCE_VERBS_DE for adjective in STANCE_ADJECTIVES_DE})
# A source named by a possessive after "nach" ("Nach ihren Berechnungen", "nach seinen Worten"): the possessor.
POSSESSIVE_SOURCE_CUES_DE: Final = frozenset(
    f"nach {possessive} {noun}"
    for possessive, nouns in (
        ("seinen", ("worten", "angaben", "berechnungen", "schätzungen", "informationen", "erkenntnissen")),
        ("ihren", ("worten", "angaben", "berechnungen", "schätzungen", "informationen", "erkenntnissen")),
        ("seiner", ("einschätzung", "darstellung", "auffassung", "ansicht", "meinung", "schätzung", "aussage")),
        ("ihrer", ("einschätzung", "darstellung", "auffassung", "ansicht", "meinung", "schätzung", "aussage")),
    )
    for noun in nouns
)
CUES_DE.update(dict.fromkeys(POSSESSIVE_SOURCE_CUES_DE, 0.8))
GERMAN_CUES: Final = frozenset(CUES_DE)

# German, French and Spanish cues (matched case-insensitively), with the same strength scale.
CUES_OTHER: Final[dict[str, float]] = {
    **CUES_DE,
    # fr
    "a déclaré": 1.0, "a affirmé": 0.9, "a assuré": 0.8, "a annoncé": 1.0, "a expliqué": 0.9, "a indiqué": 1.0,
    "a précisé": 0.9, "a averti": 0.9, "a démenti": 0.9, "a reconnu": 0.9, "a estimé": 0.7, "a ajouté": 0.9,
    "a-t-il assuré": 0.8, "a-t-elle assuré": 0.8, "a-t-il déclaré": 1.0, "a-t-elle déclaré": 1.0,
    "a-t-il affirmé": 0.9, "a-t-elle affirmé": 0.9, "a-t-il expliqué": 0.9, "a-t-elle expliqué": 0.9,
    "a-t-il ajouté": 0.9, "a-t-elle ajouté": 0.9, "selon": 0.9, "d'après": 0.9, "estimées": 0.7, "estimé": 0.7,
    "a dit": 1.0, "a souligné": 0.8, "a prévenu": 0.9, "a confirmé": 0.9, "a regretté": 0.8, "a dénoncé": 0.8,
    "a-t-il dit": 1.0, "a-t-elle dit": 1.0, "estimée": 0.7, "estimés": 0.7, "affirme": 0.9, "déclare": 1.0,
    "estime": 0.7, "assure": 0.8, "explique": 0.9, "souligne": 0.8,
    "a jugé": 0.7, "a réclamé": 0.8, "a raconté": 0.9, "a confié": 0.9, "a rappelé": 0.9, "a insisté": 0.8,
    "a martelé": 0.8, "a plaidé": 0.8, "a critiqué": 0.7, "a répondu": 0.9, "a admis": 0.9, "a prédit": 0.7,
    "a promis": 0.8, "a accusé": 0.8, "a écrit": 0.9, "a fait savoir": 1.0, "a révélé": 0.9,
    "indique": 1.0, "précise": 0.9, "ajoute": 0.9, "dénonce": 0.8, "reconnaît": 0.9,
    "raconte": 0.9, "confie": 0.9, "réclame": 0.8, "prévient": 0.9, "regrette": 0.8,
    "insiste": 0.8, "rappelle": 0.9, "martèle": 0.8, "déplore": 0.8, "avertit": 0.9,
    "conteste": 0.8, "contestent": 0.8, "a contesté": 0.8, "ont contesté": 0.8,
    # fr, plural subjects ("les syndicats ont dénoncé", "les grévistes réclament")
    "ont déclaré": 1.0, "ont affirmé": 0.9, "ont assuré": 0.8, "ont annoncé": 1.0, "ont expliqué": 0.9,
    "ont indiqué": 1.0, "ont précisé": 0.9, "ont averti": 0.9, "ont estimé": 0.7, "ont souligné": 0.8,
    "ont dénoncé": 0.8, "ont jugé": 0.7, "ont réclamé": 0.8, "ont reconnu": 0.9, "ont dit": 1.0,
    "affirment": 0.9, "déclarent": 1.0, "estiment": 0.7, "expliquent": 0.9, "dénoncent": 0.8,
    "réclament": 0.8, "jugent": 0.7, "racontent": 0.9, "assurent": 0.8, "indiquent": 1.0,
    # es
    "afirmó": 0.9, "dijo": 1.0, "advirtió": 0.9, "explicó": 0.9, "aseguró": 0.8, "declaró": 1.0,
    "anunció": 1.0, "señaló": 0.9, "indicó": 1.0, "negó": 0.9, "reconoció": 0.9, "añadió": 0.9,
    "según": 0.9, "estimó": 0.7, "sostuvo": 0.8, "apuntó": 0.8, "subrayó": 0.8, "destacó": 0.8,
    "manifestó": 0.9, "agregó": 0.9, "comentó": 0.9, "denunció": 0.8, "reconoce": 0.9, "asegura": 0.8,
    "afirma": 0.9, "dice": 1.0, "explica": 0.9, "estimadas": 0.7, "estimados": 0.7,
    "relató": 0.9, "relata": 0.9, "precisó": 0.9, "insistió": 0.8, "recordó": 0.9, "lamentó": 0.8,
    "admitió": 0.9, "reclamó": 0.8, "exigió": 0.8, "criticó": 0.7, "consideró": 0.7, "opinó": 0.7,
    "puntualizó": 0.9, "aclaró": 0.9, "informó": 1.0, "reveló": 0.9, "prometió": 0.8, "pronosticó": 0.7,
    "señala": 0.9, "indica": 1.0, "advierte": 0.9, "denuncia": 0.8, "reclama": 0.8, "exige": 0.8,
    "sostiene": 0.8, "considera": 0.7, "estima": 0.7, "lamenta": 0.8, "recuerda": 0.9,
    # es, plural subjects ("los agricultores denunciaron")
    "afirmaron": 0.9, "aseguraron": 0.8, "explicaron": 0.9, "señalaron": 0.9, "indicaron": 1.0,
    "declararon": 1.0, "denunciaron": 0.8, "advirtieron": 0.9, "dijeron": 1.0, "reconocieron": 0.9,
    "anunciaron": 1.0, "reclamaron": 0.8, "exigieron": 0.8, "relataron": 0.9, "estimaron": 0.7,
    "detalló": 0.9, "detallaron": 0.9, "confirmó": 0.9, "confirmaron": 0.9, "respondió": 0.9, "replicó": 0.9,
    "reiteró": 0.9, "defendió": 0.8, "calificó": 0.7, "acusó": 0.8, "culpó": 0.7, "contó": 0.9, "escribió": 0.9,
    "informaron": 1.0, "precisaron": 0.9, "subrayaron": 0.8, "destacaron": 0.8, "insistieron": 0.8,
    "aseguran": 0.8, "afirman": 0.9, "dicen": 1.0, "señalan": 0.9, "indican": 1.0, "explican": 0.9,
    "denuncian": 0.8, "advierten": 0.9, "admite": 0.9, "añade": 0.9,
    # es, "según" with a verb: the source follows ("según informaron fuentes del 112")
    "según informó": 1.0, "según informaron": 1.0, "según explicó": 0.9, "según explicaron": 0.9,
    "según indicó": 1.0, "según indicaron": 1.0, "según confirmó": 0.9, "según confirmaron": 0.9,
    "según señaló": 0.9, "según señalaron": 0.9, "según precisó": 0.9, "según precisaron": 0.9,
    "según ha informado": 1.0, "según han informado": 1.0, "según declaró": 1.0, "según dijo": 1.0,
    # fr, more reporting verbs
    "a signalé": 0.9, "a noté": 0.8, "a résumé": 0.9, "a témoigné": 0.9,
    "a déploré": 0.8, "a fustigé": 0.7, "a nié": 0.9, "a concédé": 0.9, "a tweeté": 0.9,
    "résume": 0.9, "témoigne": 0.9, "nie": 0.9, "concède": 0.9,
    "ont signalé": 0.9, "ont déploré": 0.8, "ont témoigné": 0.9, "ont ajouté": 0.9,
}  # fmt: skip
# French inverted forms: "a-t-il assuré", "a-t-elle précisé" for every "a assuré", "a précisé".
CUES_OTHER.update(
    {
        f"a-t-{pronoun} {cue[2:]}": strength
        for cue, strength in list(CUES_OTHER.items())
        if cue.startswith("a ") and " " not in cue[2:]
        for pronoun in ("il", "elle")
    }
)

# Spanish perfect of wire copy ("ha asegurado", "han denunciado"; EFE and Europa Press report in the perfect), and
# French verbs that introduce a quote after it ("», a lancé X", "», se félicite X").
_SPANISH_PARTICIPLES: Final[dict[str, float]] = {
    "asegurado": 0.8, "afirmado": 0.9, "explicado": 0.9, "señalado": 0.9, "indicado": 1.0, "precisado": 0.9,
    "declarado": 1.0, "dicho": 1.0, "informado": 1.0, "denunciado": 0.8, "advertido": 0.9, "reconocido": 0.9,
    "añadido": 0.9, "subrayado": 0.8, "destacado": 0.8, "lamentado": 0.8, "criticado": 0.7, "anunciado": 1.0,
    "manifestado": 0.9, "apuntado": 0.8, "recordado": 0.9, "insistido": 0.8, "admitido": 0.9, "detallado": 0.9,
    "confirmado": 0.9, "defendido": 0.8, "reclamado": 0.8, "exigido": 0.8, "asegurando": 0.8, "aclarado": 0.9,
    "sostenido": 0.8, "negado": 0.9, "relatado": 0.9, "contado": 0.9, "comentado": 0.9, "agregado": 0.9,
}  # fmt: skip
CUES_ROMANCE: Final[dict[str, float]] = {
    **{f"{auxiliary} {participle}": strength for participle, strength in _SPANISH_PARTICIPLES.items()
       for auxiliary in ("ha", "han")},
    "a lancé": 0.8, "a tranché": 0.8, "a ironisé": 0.8, "a poursuivi": 0.9, "a conclu": 0.9, "a commenté": 0.9,
    "a glissé": 0.9, "a résumé": 0.9, "se félicite": 0.8, "s'est félicité": 0.8, "s'est félicitée": 0.8,
    "s'inquiète": 0.8, "s'est inquiété": 0.8, "s'est inquiétée": 0.8, "a-t-on appris": 0.9, "apprend-on": 0.9,
    "fait savoir": 1.0, "de acuerdo con": 0.9, "de source": 0.8,
}  # fmt: skip
CUES_OTHER.update(CUES_ROMANCE)
CUES_OTHER.update(
    {
        f"a-t-{pronoun} {cue[2:]}": strength
        for cue, strength in CUES_ROMANCE.items()
        if cue.startswith("a ") and " " not in cue[2:]
        for pronoun in ("il", "elle")
    }
)

# German separable verbs ("kündigte ... an"): the stems; the particle ends the clause. A stem with a particle
# counts when CUES_DE lists the joined form ("warf vor", "schloss aus").
SEPARABLE_STEMS: Final = frozenset(
    {"kündigte", "kündigt", "kündigten", "räumte", "räumt", "räumten", "teilte", "teilt", "teilten", "wies",
     "weist", "wiesen", "warf", "wirft", "warfen", "schloss", "schließt", "schlossen", "gab", "gibt", "fügte",
     "fügt", "hob", "hebt", "stellte", "stellt", "sagte", "sagt", "führte", "führt", "merkte", "merkt", "wandte",
     "wendet", "deutete", "deutet", "hielt", "hält", "rechnete", "rechnet", "rechneten", "legte", "legt", "legten",
     "fordert", "forderte", "fordern", "forderten", "lehnt", "lehnte", "lehnen", "lehnten"}
)  # fmt: skip
SEPARABLE_PARTICLES: Final = (
    "an",
    "ein",
    "mit",
    "zurück",
    "vor",
    "aus",
    "zu",
    "hinzu",
    "hervor",
    "klar",
    "hin",
    "bekannt",
    "voraus",
    "fest",
    "dagegen",
    "nach",
    "auf",
    "ab",
)

# Hedges: epistemic modals and adverbs, evidential verbs ("appears to", "is thought to"), hearsay ("allegedly",
# "angeblich", "présumé", "supuestamente"), writer's inferences ("it is understood", "we believe") and
# approximators that hedge whatever they stand before ("roughly", "almost", "voraussichtlich"). Matched as whole
# words, the longest phrase at a position.
HEDGES: Final[tuple[str, ...]] = (
    "it has emerged", "it emerged", "it is understood", "is understood to", "understood to", "understood to be",
    "believed to", "it is believed", "is thought to", "thought to be", "it is thought",
    "is said to", "said to be", "reportedly", "allegedly", "alleged", "apparently", "appears to", "appeared to",
    "appear to", "seems to", "seemed to", "seem to", "seemingly", "most likely", "likely", "unlikely",
    "probably", "probable", "possibly", "possible", "perhaps", "maybe", "may have", "may", "might",
    "could", "should", "suspected", "presumably", "supposedly", "purportedly", "ostensibly", "arguably",
    "conceivably", "potentially", "in all likelihood", "according to reports", "unconfirmed", "rumoured",
    "rumored", "it is claimed", "it is alleged", "it is feared", "feared to", "is expected to",
    "widely expected to", "estimated", "an estimated",
    "we believe", "i believe", "we think", "i think", "we suspect", "i suspect", "tend to", "tends to",
    "tended to", "often", "usually", "generally", "typically", "sometimes", "roughly", "approximately",
    "almost", "nearly", "linked to",
    # de
    "angeblich", "angebliche", "angeblichen", "angeblicher", "angebliches", "offenbar", "offenbare",
    "offenbaren", "offensichtlich", "anscheinend", "scheinbar", "vermutlich", "vermutliche", "vermutlichen",
    "wahrscheinlich", "wahrscheinliche", "wahrscheinlichen", "möglicherweise", "womöglich", "vielleicht",
    "eventuell", "mutmaßlich", "mutmaßliche", "mutmaßlichen", "mutmaßlicher", "mutmaßliches", "mutmaßlichem",
    "voraussichtlich", "voraussichtliche", "voraussichtlichen", "schätzungsweise", "dem vernehmen nach",
    "wohl", "soll", "sollen", "rund", "etwa", "ungefähr", "zirka", "circa", "könnte", "könnten", "dürfte",
    "dürften", "scheint", "scheinen", "schien",
    # fr
    "environ", "pourrait", "pourraient", "aurait", "auraient", "selon des sources", "probablement",
    "apparemment", "sans doute", "vraisemblablement", "présumé", "présumée", "présumés", "présumées",
    "supposé", "supposée", "prétendu", "prétendue", "prétendument", "semble", "semblent", "semblait",
    "semblerait", "il paraît", "peut-être", "probable", "possible", "presque", "quasiment", "approximativement",
    # es
    "al parecer", "presuntamente", "presunto", "presunta", "presuntos", "presuntas", "supuestamente",
    "podría", "podrían", "probablemente", "aproximadamente", "alrededor de", "posiblemente", "parece",
    "parecen", "parecía", "quizá", "quizás", "tal vez", "casi",
    # hearsay around a claim ("amid claims she paid", "he is also said to have claimed")
    "amid claims", "amid allegations", "amid reports", "amid suggestions", "amid speculation", "amid rumours",
    "amid rumors", "said to have",
    # in all likelihood, in French and Spanish
    "selon toute vraisemblance", "selon toute probabilité", "con toda probabilidad", "según todos los indicios",
    # the French reportive conditional of a reflexive verb ("se seraient manifestés"), estimates
    # ("estimada en unos 6,5 millones", "estimé à 3 millions") and expectations ("previsiblemente")
    "se serait", "se seraient", "estimado en", "estimada en", "estimados en", "estimadas en", "estimé à",
    "estimée à", "estimés à", "estimées à", "previsiblemente", "presumiblemente",
    # the other persons and tenses of "is expected to", "is understood to"; a speaker's own expectation
    "are expected to", "was expected to", "were expected to", "are understood to", "was understood to",
    "were understood to", "i expect", "we expect",
    # German generalising adverbs of frequency, as "usually", "often", "typically"
    "meist", "meistens", "oft", "häufig", "in der regel", "normalerweise", "typischerweise", "manchmal",
    # the French reportive conditional of "être" ("le feu serait parti de"), a plan not yet decided ("une aide
    # est envisagée"), a finding only provisional ("à ce stade"), and round French and Spanish counts ("une
    # centaine de mètres", "una decena de heridos")
    "serait", "seraient", "est envisagé", "est envisagée", "sont envisagés", "sont envisagées", "à ce stade",
    "en l'état actuel", "une dizaine de", "une quinzaine de", "une vingtaine de", "une trentaine de",
    "une quarantaine de", "une cinquantaine de", "une soixantaine de", "une centaine de", "un millier de",
    "una decena de", "una veintena de", "una treintena de",
    "un centenar de", "un millar de",
)  # fmt: skip
# Approximators that hedge only a number after them ("about 2,000", "knapp 1,4 Milliarden", "près de 300").
HEDGES_BEFORE_NUMBER: Final[tuple[str, ...]] = (
    "about", "around", "some", "knapp", "gut", "près de", "autour de", "quelque", "cerca de",
    "en torno a", "unos", "unas",
    # bounds of a count not known exactly ("at least 37 people", "mehr als 200", "fast sechs Meter")
    "at least", "more than", "fewer than", "less than", "mindestens", "mehr als", "weniger als", "fast", "beinahe",
    "nahezu", "au moins", "plus de", "moins de", "al menos", "por lo menos", "más de", "menos de",
    # upper bounds of an amount not known exactly ("faces up to 15 years", "by as much as 12 per cent")
    "up to", "as much as", "as many as",
    # nearly all of ("the best part of an hour")
    "the best part of", "the better part of",
    # French and Spanish approximate times and upper bounds ("vers 2 h", "peu après 6 h", "jusqu'à 60 pompiers",
    # "cerca del 19%", "poco después de las 3")
    "vers", "peu après", "peu avant", "jusqu'à", "jusqu’à", "cerca del", "poco después de", "poco antes de",
)  # fmt: skip

# Verbs by which a finding hedges what it reports ("the study suggests that"): hedges after an evidence noun.
EVIDENTIAL_VERBS: Final = frozenset(
    {"suggests", "suggested", "suggest", "indicates", "indicated", "indicate", "hints", "hinted", "legt nahe",
     "deutet darauf hin", "deuten darauf hin", "suggère", "suggèrent", "laisse penser", "sugiere", "sugieren",
     "apunta a"}
)  # fmt: skip
# Nouns naming evidence, before an evidential verb.
EVIDENCE_NOUNS: Final = frozenset(
    {"study", "studies", "findings", "finding", "results", "research", "data", "evidence", "analysis", "figures",
     "report", "survey", "poll", "paper", "review", "trial", "trials", "model", "models", "statistics", "studie",
     "daten", "ergebnisse", "untersuchung", "analyse", "étude", "données", "résultats", "estudio", "datos",
     "resultados", "análisis"}
)  # fmt: skip

# Verbs after "due to" that make it a schedule ("the talks are due to resume"), not a cause ("due to the rain").
DUE_VERBS: Final = frozenset(
    {"be", "begin", "start", "open", "close", "end", "finish", "resume", "take", "meet", "arrive", "return",
     "launch", "appear", "sign", "vote", "expire", "report", "announce", "hold", "face", "stand", "go", "come",
     "make", "give", "receive", "conclude", "run", "visit", "deliver", "publish", "enter", "leave", "retire",
     "complete", "decide", "rule", "testify", "speak", "travel", "land", "play", "reopen", "present", "release",
     "set", "hear", "sit", "step"}
)  # fmt: skip
# Claim-type markers (Full Fact's typing): future and plans, cause and effect, rules and laws; per language.
PREDICTION: Final = frozenset(
    {"will", "won't", "won’t", "shall", "would", "could", "expects", "expect", "forecasts", "forecast",
     "predicts", "predicted", "next year", "next week", "next month", "next season", "next spring", "next summer",
     "in the coming", "until at least", "by the end of", "preparing to", "on course to", "on track to",
     "ready to", "slated to", "slated for", "scheduled for", "by mid-century", "is preparing", "are preparing",
     "was preparing", "were preparing"}
    # the contracted future ("she'll", "they’ll")
    | {f"{who}{mark}ll" for who in ("i", "you", "he", "she", "it", "we", "they", "that", "there", "who")
       for mark in ("'", "’")}
    # scheduled: "due to" before a verb ("due to resume", "is due to take effect"); before a noun it is a cause
    | {f"due to {verb}" for verb in DUE_VERBS}
    # what is to happen, in the passive ("to be unveiled in the spring")
    | {f"to be {done}" for done in (
        "unveiled", "announced", "published", "released", "presented", "launched", "completed", "held",
        "introduced", "decided", "built", "opened", "closed", "replaced", "debated", "voted on", "signed")}
    | {f"{be} set to" for be in ("is", "are", "was", "were")}
    | {
        f"{verb} to"
        for verb in (
            "plan", "plans", "planning", "planned", "intend", "intends", "intending", "aim", "aims", "aiming",
            "expected", "expect", "expects", "going", "poised", "scheduled", "likely", "vowed", "vows", "threaten",
            "threatens", "threatened",
        )
    }
    # de
    | {"wird", "werden", "werde", "würde", "würden", "angekündigt", "kündigte", "kündigt", "plant", "planen",
       "künftig", "bis mindestens", "nächste woche", "nächstes jahr", "nächsten jahr", "bevorsteht", "bevorstehen",
       "bevorstehe", "bevorstünde", "droht", "drohen", "drohe", "bis zur jahrhundertmitte",
       "bis mitte des jahrhunderts"}
    # fr
    | {"sera", "seront", "aura", "auront", "fera", "feront", "pourra", "pourront", "devra", "devront", "serait",
       "seraient", "pourrait", "pourraient", "devrait", "devraient", "va", "vont", "prévoit"}
    # es
    | {"será", "serán", "habrá", "podrá", "podrán", "podría", "podrían", "tendrá", "tendrán", "tendremos", "hará",
       "harán", "debería", "deberían", "prevé", "va a", "van a", "se espera"}
    # expectations, forecasts and plans
    | {"expected", "anticipate", "anticipates", "anticipated", "projected to", "forecasters", "likely",
       "confident of", "confident that", "outlook", "guidance", "in the years ahead", "in the months ahead",
       "geht davon aus", "gehen davon aus", "ging davon aus", "gingen davon aus", "rechnet damit", "rechnen damit",
       "rechnet mit", "rechnen mit", "erwartet", "erwarten", "erwartete",
       "voraussichtlich", "prognostiziert", "prognose", "prognosen", "soll bis", "sollen bis", "geplant",
       "prévoient", "prévu", "prévue", "prévus", "prévision", "prévisions", "s'attend à", "s'attendent à",
       "d'ici", "prevén", "previsto", "prevista", "previsión", "previsiones", "espera que", "esperan que"}
    # odds of what is to come; spans of time ahead; pledges; German intentions and announcements in the plural
    | {"chance of", "chances of", "odds of", "probability of", "over the next", "within the next", "in the next",
       "pledge to", "pledges to", "pledged to", "promise to", "promises to", "promised to", "wolle", "wollen",
       "kündigten", "kündigen", "beim nächsten", "im nächsten", "in den nächsten", "in den kommenden"}
    # German "wer ..., riskiert ...": the risk an act brings
    | {"riskiert", "riskiere"}
)  # fmt: skip
CAUSATION: Final = frozenset(
    {
        "because", "cause", "caused", "causes", "causing", "led to", "lead to", "leads to", "leading to", "due to",
        "as a result of", "result in", "resulted in", "results in", "resulting in", "owing to", "blamed on",
        "blamed for", "triggered", "sparked", "driven by", "responsible for", "thanks to", "fuelled by",
        "fueled by", "linked to", "contributed to", "attributes", "attributed to", "held back", "holding back",
        "raising the risk", "increases the risk", "increased the risk",
        # de
        "weil", "wegen", "aufgrund", "infolge", "führt zu", "führte zu", "verursacht", "verursachte", "deshalb",
        "daher", "sorgte für", "sorgt für",
        # fr
        "à cause de", "en raison de", "provoqué", "provoquée", "provoque", "causé", "causée", "suite à", "grâce à",
        "entraîné",
        # es
        "debido a", "por culpa de", "a causa de", "provocado", "provocada", "provoca", "causado", "causada",
        "gracias a",
        # more cause and effect
        "because of", "stemmed from", "stems from", "contribute to", "contributes to", "contributing to",
        "prevent", "prevents", "prevented", "preventing", "have been avoided", "have been prevented",
        "be driving", "is driving", "are driving", "driving up", "driving down", "push up", "pushes up",
        "pushed up", "pushing up", "drove up", "drove down", "weighed on", "weighs on", "hit by", "hurt by",
        "boosted by", "impact of", "effect of", "effects of", "consequence of", "consequences of",
        "zur folge", "ausgelöst", "löste aus", "bewirkt", "bewirkte", "zurückzuführen", "liegt an", "lag an",
        "dadurch", "infolgedessen", "folge von",
        "du fait de", "faute de", "à la suite de", "entraîne", "entraînent", "conduit à", "engendré",
        "a raíz de", "provocó", "causó", "originó", "llevó a", "como consecuencia de", "a consecuencia de",
        "por eso", "por ello",
        # the other persons and tenses of the cause verbs; German correlatives ("je weniger ..., desto stärker")
        "triggers", "triggering", "sparking", "verursachen", "verursachten", "auslösen", "auswirkungen", "desto",
        "prompted", "prompting", "forced", "forcing", "has pushed", "have pushed", "zwang", "zwangen",
        "provoquent", "provoquait", "causent", "provocan", "provocaron", "causan", "causaron", "originaron",
        "desencadenó", "desencadenaron",
        # infinitives of the cause verbs ("podría provocar una caída"), and a reason invoked ("Le groupe
        # invoque l'effondrement de la demande")
        "provocar", "causar", "provoquer", "causer", "entraîner", "invoque", "invoquent", "a invoqué", "ont invoqué",
        # the main source or driver of an effect
        "main source of", "biggest source of", "main driver of", "key driver of", "biggest driver of",
        "main drivers of", "key drivers of",
        # the cause named as such ("Die Ursache des Brandes ist ...", "die Hauptursache")
        "ursache", "ursachen", "hauptursache",
        # causes of death ("died of a stroke", "starb an den Folgen")
        "died of", "died from", "dies of", "dies from", "die of", "die from", "starb an", "starben an",
        "an den folgen", "erlag", "erlagen",
        # German "wer ..., riskiert ...": the risk an act brings
        "riskiert", "riskiere",
    }
)  # fmt: skip
RULE: Final = frozenset(
    {
        "must", "mustn't", "mustn’t", "law", "laws", "illegal", "illegally", "unlawful", "banned", "ban", "bans",
        "prohibited", "forbidden", "mandatory", "legally", "obliged to", "required by", "legislation",
        "regulation", "regulations", "not allowed", "not be allowed", "rules", "limited to", "required to",
        "allowed to", "fine", "fines", "fined", "penalty", "penalties", "maximum sentence", "offence", "offense",
        "permit", "permits", "licence", "license",
        # de
        "dürfen", "darf", "verboten", "pflicht", "gesetz", "verordnung", "vorschrift", "erlaubt", "untersagt",
        "muss", "müssen", "bußgeld", "strafe",
        # fr
        "interdit", "interdite", "obligatoire", "loi", "réglementation", "autorisé", "doit", "doivent", "décret",
        "amende",
        # es
        "prohibido", "prohibida", "obligatorio", "obligatoria", "ley", "norma", "normativa", "permitido", "debe",
        "deben", "multa", "sanción",
        # constitutions, statutes and courts' rules
        "constitution", "constitutional", "unconstitutional", "statute", "statutory", "by law", "under the law",
        "legal requirement", "legally required", "verfassung", "grundgesetz", "rechtswidrig", "gesetzlich",
        "vorgeschrieben", "richtlinie", "constitutionnel", "illégal", "illégale", "légalement", "code du travail",
        "constitución", "constitucional", "ilegal", "legalmente", "reglamento", "decreto",
        # exemptions and entry into force ("estarán exentos", "entrará en vigor", "en vigueur")
        "exento", "exenta", "exentos", "exentas", "exonéré", "exonérée", "exonérés", "exonérées", "en vigor",
        "en vigueur",
        # powers conferred and duties imposed ("will be given the power to charge", "verpflichtend")
        "given the power to", "given powers to", "given new powers", "new powers to", "verpflichtend",
        "verpflichtende", "verpflichtenden",
    }
)  # fmt: skip
# Personal experience told in reported speech or by narrative verbs ("she recalled", "raconte", "erinnert sich").
EXPERIENCE: Final = frozenset(
    {
        "recalled", "recalls", "recounted", "recounts", "remembered", "remembers", "i remember", "i recall",
        "we remember", "described how", "erinnert sich", "erinnerte sich", "erzählt", "erzählte",
        "ich erinnere mich", "raconte", "racontent", "a raconté", "se souvient", "se rappelle", "je me souviens",
        "relató", "recordó", "contó", "recuerda", "recuerdo", "me acuerdo",
    }
)  # fmt: skip

# Phrases of credits, cross-links and house notices (matched at the start of a word, outside quotes).
BOILERPLATE_PHRASES: Final[tuple[str, ...]] = (
    "reporting by", "editing by", "additional reporting", "writing by", "contributed to this report",
    "has been edited", "edited for length", "read more", "more on this story", "related:", "advertisement",
    "all rights reserved", "click here", "sign up", "newsletter", "newsletters", "live blog", "terms and conditions",
    "may not be published, broadcast", "may not be reproduced, distributed",
    "lesen sie auch", "mehr zum thema", "mitarbeit:", "anzeige", "hier klicken", "jetzt abonnieren",
    "jetzt herunterladen", "app herunterladen", "jetzt kostenlos", "jetzt registrieren", "jetzt weiterlesen",
    "lire aussi", "à lire aussi", "à lire également", "voir aussi", "cliquez ici",
    "lea también", "más información", "haga clic", "pulse aquí", "consulte aquí",
    # correction and update notices about the article itself
    "this article was amended", "this article was updated", "this article has been amended",
    "this article has been updated", "this story has been updated", "this story was updated",
    "dieser artikel wurde", "dieser beitrag wurde", "cet article a été", "cet article a fait l'objet",
    "este artículo fue", "este artículo ha sido", "esta noticia ha sido",
    "an earlier version of this article", "an earlier version of this story", "eine frühere version dieses artikels",
    "une version précédente de cet article", "una versión anterior de este artículo",
    # stories still developing, republished or translated, wire material and paywalls
    "this is a developing story", "this story is developing", "this is a breaking news story",
    "noticia en desarrollo", "en cours d'actualisation", "wird laufend aktualisiert",
    "this article first appeared", "this article was originally published", "this story originally appeared",
    "this story first appeared", "dieser text erschien zuerst", "dieser artikel erschien zuerst",
    "este artículo se publicó originalmente", "cet article a d'abord été publié", "translated from the",
    "übersetzt aus dem", "traducido del", "traduit de l'", "mit material von", "con información de",
    # automated wire feeds published unedited
    "teil eines automatisierten angebots", "von der redaktion nicht bearbeitet",
    "réservé aux abonnés", "nur für abonnenten", "exclusivo para suscriptores", "hier geht's zum", "hier geht's zur",
    "hier geht es zum", "hier geht es zur",
    # print-edition notes
    "a version of this article appears", "a version of this article appeared", "this article appears in the",
    "this article appeared in the", "appears in print on", "appeared in print on", "in der printausgabe",
    "erschien in der printausgabe", "paru dans l'édition", "cet article est paru dans", "en la edición impresa",
    # newsletter and reading promos
    "te recomendamos:", "te puede interesar:", "le puede interesar:", "también te puede interesar",
    "das könnte sie auch interessieren", "auch interessant:", "ça peut vous intéresser", "you may also like",
    "you might also like", "die wichtigsten nachrichten des tages", "las noticias más importantes del día",
    "also read |", "also read:", "read |", "read also:", "see also:", "únete a", "suscríbete a", "suscríbete y",
    "abonnez-vous", "jetzt abo", "on the bloomberg terminal", "sicher erreichbar", "securely and anonymously",
    # police appeals for witnesses
    "bittet zeugen", "bittet um hinweise", "zeugen werden gebeten", "sachdienliche hinweise", "appel à témoins",
    "sucht zeugen", "sucht nach zeugen", "zeugen gesucht", "hinweise nimmt", "hinweise nehmen",
    "appealing for witnesses", "appeal for witnesses", "appealed for witnesses", "lance un appel à témoins",
    "busca testigos", "pide la colaboración",
)  # fmt: skip

# Credits of photographs and pictures: the line is a caption's credit, and the caption around it no claim.
CREDIT_PREFIXES: Final[tuple[str, ...]] = (
    "photograph:", "photographs:", "photo:", "photos:", "picture:", "pictures:", "image:", "credit:", "pictured:",
    "im bild:",
    "en la imagen:",
    "photo credit:", "via getty images", "foto:", "fotos:", "bild:", "bildquelle:", "crédit photo", "crédit :",
    "photo :", "crédit:",
    # the label of a video embedded with its caption ("Video: Day two of the trial of ...")
    "video:",
)  # fmt: skip
# Sourcing prepositions: "our" after them names the newsroom's sources ("selon nos informations"), no address.
SOURCING_WORDS: Final = frozenset({"according to", "selon", "d'après", "nach", "laut", "según"})

# Words addressing the reader, or the newsroom speaking of itself, outside quotes.
ADDRESS_WORDS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset({"you", "your", "yours", "us", "our"}),
    "de": frozenset({"uns", "unser", "unsere", "unserer", "unseren"}),
    "fr": frozenset({"vous", "votre", "vos", "nous", "notre", "nos"}),
    "es": frozenset({"usted", "ustedes", "nos", "nuestro", "nuestra", "nuestros", "nuestras"}),
}  # fmt: skip
# German "Sie"/"Ihre" mid-sentence and capitalised is the formal "you" (lowercase "sie" is "she/they"); as written.
FORMAL_YOU: Final = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer"})

# Readers addressed as a group, with a modal of advice or permission: service notes, not assertions.
AUDIENCE_NOUNS: Final = frozenset(
    {
        "residents", "readers", "viewers", "listeners", "passengers", "customers", "parents", "visitors",
        "commuters", "travellers", "travelers", "motorists", "drivers", "shoppers", "fans", "subscribers",
        "fahrgäste", "reisende", "eltern", "leser", "leserinnen", "anwohner", "kunden", "besucher", "pendler",
        "autofahrer", "bürger", "interessierte", "interessenten",
        "lecteurs", "habitants", "voyageurs", "usagers", "clients", "visiteurs", "automobilistes",
        "lectores", "vecinos", "viajeros", "usuarios", "padres", "clientes", "visitantes", "conductores",
        "anyone with information", "witnesses", "mieter", "mieterinnen", "betroffene", "témoins", "testigos",
    }
)  # fmt: skip
ADVICE_MODALS: Final = frozenset(
    {
        "can", "should", "are advised", "are asked", "are urged", "is asked", "is urged", "is advised", "können",
        "sollten", "dürfen",
        "peuvent", "devraient", "pourront", "pueden", "deberían", "podrán",
    }
)  # fmt: skip

# Scene-setting: weather, light, posture and atmosphere. A sentence with several of these and no attribution
# describes a scene rather than asserting something checkable.
SCENE_WORDS: Final = frozenset(
    {
        "drizzle", "rain", "sun", "sunshine", "sky", "skies", "clouds", "fog", "mist", "wind", "breeze",
        "floodlights", "blazing", "shone", "glinting", "dawn", "dusk", "grey", "gray", "cramped", "packed",
        "stood", "sat", "waited", "huddled", "staring", "stared", "gazing", "gazed", "warmed", "singing",
        "placards", "braziers", "rusting", "bare", "quiet", "silent", "empty", "deserted", "gathered",
        "sonne", "schien", "regen", "himmel", "nebel", "grau", "verwaist", "verwaiste", "verwaisten",
        "standen", "saßen", "warteten", "leer", "still",
        "ciel", "soleil", "pluie", "brume", "gris", "grise", "dévastés", "déserte", "désert", "vide",
        "cielo", "sol", "lluvia", "niebla", "desierto", "desierta", "vacío", "vacía",
        "room", "gallery", "hall", "floor", "morning", "evening", "night", "matin", "soir", "abend", "morgen",
        "mañana", "tarde", "noche", "kick-off",
        # weather, light, sound and smell; crowds with banners; shutters and parked cars
        "ash", "snow", "smoke", "haze", "dust", "mud", "puddles", "drifted", "drifting", "swirled", "swirling",
        "glowed", "glowing", "flickered", "flickering", "fluorescent", "lights", "lamps", "candles",
        "candlelight", "echoed", "echoing", "chants", "chanting", "banners", "flags", "waved", "waving",
        "clutching", "clutched", "shivering", "overcast", "sirens", "shuttered", "shutters", "curtains",
        "parking lot", "car park", "sidewalk", "pavement", "wreaths", "bouquets", "murmur", "humming", "smelled",
        "smelt", "scent", "steady", "dimly", "sunlit", "moonlit", "shadows", "muddy", "chilly",
        "schnee", "asche", "rauch", "dunst", "kerzen", "transparente", "plakate", "fahnen", "schwenkten",
        "flackert", "flackerte", "dämmerung", "nieselregen", "schweigend", "rollläden", "rollladen", "fenstern",
        "heruntergelassen", "parkt", "geparkt",
        "brasero", "braseros", "banderoles", "banderole", "klaxon", "klaxons", "pancartes", "drapeaux", "fumée",
        "neige", "cendres", "bougies", "crachin", "se relaient", "sirènes", "lueur", "volets",
        "pancartas", "banderas", "humo", "nieve", "ceniza", "velas", "llovizna", "sirenas", "persianas",
        # a feature's interiors, smells, shores and gestures ("The kitchen smells of toast", "the tide is coming in")
        "kitchen", "windowsill", "teapot", "kettle", "tea", "toast", "soap", "smells", "smell", "tide", "harbour",
        "harbor", "shore", "waves", "gulls", "lakeside", "cordon", "lunch", "rooms", "cracked", "sits", "pours",
        "poured", "sipping", "sips", "rinsing", "doorway", "hallway", "armchair", "fireplace", "creaking", "ticking",
        "roof", "corrugated", "door", "courtroom", "leans", "leaning", "thick", "shovel",
        "estuary", "boats", "sunset", "sunrise", "horizon",
        "saal", "summen", "zu hören", "pfeift", "heult", "dunkle", "dunklen",
        "on her feet", "on his feet", "chamber", "hushed", "crowded", "jostling", "outside",
        "graue", "grauen", "grauer", "graues", "geröll", "knirscht", "knirschen", "schuhen", "stiefeln", "küche",
        "fensterbank", "duftet", "riecht", "wolken",
        "retorcidos", "retorcidas", "retorcido", "humeantes", "humeante", "cenizas",
        # the paparazzi's picture, the public gallery, the factory gate and the stands after the final whistle
        "pictured", "spotted", "sunglasses", "hood", "wearing", "badges", "front row", "public gallery",
        "werkstor", "werkstoren", "in kleinen gruppen", "am ohr", "ränge", "rängen", "pfiffe", "pfiffen",
        "hallten", "hallte", "gellende", "abpfiff", "staut sich", "stauen sich", "rollen", "vereinzelt", "vorbei",
        # French and Spanish dusk, quays and waiting crowds ("Le soleil se couchait sur le port", "esperaban")
        "se couchait", "se levait", "crépuscule", "aube", "quai", "quais", "chalutiers", "mouettes", "en silence",
        "attendaient", "silencieux", "silencieuse", "lumière", "port",
        "caía", "sin descanso", "en silencio", "esperaban", "plaza", "atardecer", "amanecer", "muelle", "gaviotas",
    }
)  # fmt: skip

# English number words with their values ("a"/"an" count as one before a unit or a scale).
EN_NUMBER_WORDS: Final[dict[str, float]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12,
}  # fmt: skip
EN_SCALES: Final[dict[str, float]] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000, "mn": 1_000_000, "k": 1_000,
}  # fmt: skip
# English units a number may stand before ("6 months", "a thousand times", "14,300 acres"), with the unit each
# names: time and counts by their singular word, metric measures by their symbol, imperial ones by their name.
EN_UNITS: Final[dict[str, str]] = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour",
    "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "times": "times",
    "mile": "mile", "miles": "mile", "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "centimetre": "cm",
    "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "millimetre": "mm", "millimetres": "mm",
    "millimeter": "mm", "millimeters": "mm", "foot": "foot", "feet": "foot", "inch": "inch", "inches": "inch",
    "yard": "yard", "yards": "yard",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg", "gram": "g",
    "grams": "g", "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne",
    "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare", "square mile": "sq mi",
    "square miles": "sq mi", "square foot": "sq ft", "square feet": "sq ft", "sq ft": "sq ft",
    "square kilometre": "km²", "square kilometres": "km²", "square kilometer": "km²", "square kilometers": "km²",
    "square metre": "m²", "square metres": "m²", "square meter": "m²", "square meters": "m²",
    "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre", "gallon": "gallon",
    "gallons": "gallon", "barrel": "barrel", "barrels": "barrel",
    "degree": "degree", "degrees": "degree", "degrees celsius": "°C", "degrees fahrenheit": "°F",
    "kilowatt": "kW", "kilowatts": "kW", "megawatt": "MW", "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW",
    "basis point": "basis point", "basis points": "basis point", "percentage point": "percentage point",
    "percentage points": "percentage point",
    "miles per hour": "mph", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
    # speeds said "an hour", and flows and volumes ("40 miles an hour", "140 cubic metres per second")
    "miles an hour": "mph", "kilometres an hour": "km/h", "kilometers an hour": "km/h",
    "cubic metres per second": "m3/s", "cubic meters per second": "m3/s", "cubic metres": "m3", "cubic meters": "m3",
}  # fmt: skip
EN_UNIT_WORDS: Final = frozenset(EN_UNITS)
# Words before a number that say it is approximate or a bound ("just over", "at least").
APPROXIMATORS: Final = tuple(
    f"{lead}{word}"
    for lead in ("", "just ", "well ")
    for word in (
        "over", "under", "more than", "less than", "fewer than", "nearly", "almost", "about", "around", "roughly",
        "approximately", "at least", "up to", "some",
    )
)  # fmt: skip

# German, French and Spanish number words (a number word counts only before a unit or a noun in those languages).
INTL_NUMBER_WORDS: Final[dict[str, float]] = {
    # de
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90, "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
    "viereinhalb": 4.5, "fünfeinhalb": 5.5, "hundert": 100,
    "einhundert": 100, "tausend": 1_000, "eintausend": 1_000,
    # fr
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17,
    "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90, "cent": 100,
    "mille": 1_000,
    # es
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
    "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600, "seiscientas": 600,
    "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900,
    "novecientas": 900, "mil": 1_000,
}  # fmt: skip


def _compound_number_words() -> dict[str, float]:
    """ "einundzwanzig", "zweihundert", "vingt-cinq", "vingt et un", "soixante-douze", "quatre-vingt-onze",
    "deux cents", "veintitrés", "treinta y cinco": the compounds up to 99 and the round hundreds."""
    de_ones = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
    fr_ones = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}
    fr_teens = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
                "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19}  # fmt: skip
    es_ones = {"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
               "nueve": 9}  # fmt: skip
    words: dict[str, float] = {
        "veintiuno": 21, "veintiuna": 21, "veintiún": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
        "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
        "soixante et onze": 71, "soixante-et-onze": 71, "quatre-vingt-un": 81,
    }  # fmt: skip
    for de, tens in (("zwanzig", 20), ("dreißig", 30), ("vierzig", 40), ("fünfzig", 50), ("sechzig", 60),
                     ("siebzig", 70), ("achtzig", 80), ("neunzig", 90)):  # fmt: skip
        words.update({f"{one}und{de}": tens + value for one, value in de_ones.items()})
    for es, tens in (("treinta", 30), ("cuarenta", 40), ("cincuenta", 50), ("sesenta", 60), ("setenta", 70),
                     ("ochenta", 80), ("noventa", 90)):  # fmt: skip
        words.update({f"{es} y {one}": tens + value for one, value in es_ones.items()})
    for fr, tens in (("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60),
                     ("quatre-vingt", 80)):  # fmt: skip
        words.update({f"{fr}-{one}": tens + value for one, value in fr_ones.items()})
        if tens < 80:
            words[f"{fr} et un"] = words[f"{fr}-et-un"] = tens + 1  # the second as spelt since 1990
    for fr, tens in (("soixante", 60), ("quatre-vingt", 80)):
        words.update({f"{fr}-{teen}": tens + value for teen, value in fr_teens.items() if value > 11 or tens == 80})
    words.update({f"{one}hundert": 100 * value for one, value in de_ones.items() if value > 1})
    words.update({f"{one} cents": 100 * value for one, value in fr_ones.items()})
    return words


INTL_NUMBER_WORDS.update(_compound_number_words())
# Number words that are also common words of another language (English "once", "seize", "cent", "quince"; French
# "neuf" = new; "sept" for September; "mil"; "six", which English reads already): they count before a unit, never
# before a noun alone.
AMBIGUOUS_NUMBER_WORDS: Final = frozenset({"once", "seize", "cent", "neuf", "sept", "mil", "six", "quince"})

# Denominators of fractions ("a third", "two-thirds", "zur Hälfte", "la moitié", "un tiers").
FRACTION_WORDS: Final = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths", "tenth",
     "tenths", "drittel", "viertel", "fünftel", "zehntel", "hälfte", "tiers", "quart", "quarts", "cinquième",
     "cinquièmes", "moitié", "mitad", "tercio", "tercios"}
)  # fmt: skip
# Shares written as "every n-th" or "one of every n" ("jeder Dritte", "jede fünfte Firma", "uno de cada tres").
SHARE_ORDINALS: Final[dict[str, float]] = {
    "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "siebte": 7, "achte": 8, "zehnte": 10,
}  # fmt: skip
SHARE_WORDS: Final = frozenset(
    {f"{every} {ordinal}" for every in ("jeder", "jede", "jedes") for ordinal in SHARE_ORDINALS} | {"de cada"}
)
# Multiples, with their factor: "twice", "threefold", "double the rate", "doppelt so stark", "le double".
MULTIPLES: Final[dict[str, float]] = {
    "twice": 2, "thrice": 3, "double the": 2, "triple the": 3, "treble the": 3, "quadruple the": 4,
    "twofold": 2, "two-fold": 2, "threefold": 3, "three-fold": 3, "fourfold": 4, "four-fold": 4, "fivefold": 5,
    "five-fold": 5, "tenfold": 10, "ten-fold": 10, "hundredfold": 100,
    "zweimal": 2, "dreimal": 3, "viermal": 4, "fünfmal": 5, "zehnmal": 10, "doppelt so": 2, "halb so": 0.5,
    "das doppelte": 2, "das dreifache": 3, "das vierfache": 4, "das zehnfache": 10,
    "le double": 2, "le triple": 3, "el doble": 2, "el triple": 3,
    # once, counted only after a word that limits it ("nur einmal", "erst einmal getroffen"): see measures
    "einmal": 1,
}  # fmt: skip
MULTIPLE_WORDS: Final = frozenset(MULTIPLES)
# Words that make a unit half ("eine halbe Stunde", "une demi-heure", "media hora") or add a half to it ("une heure
# et demie", "año y medio").
HALF_WORDS: Final = frozenset(
    {"halbe", "halben", "halbes", "halber", "demi", "et demi", "et demie", "media", "medio", "y media", "y medio"}
)
# Units a single "a"/"the past" counts ("a fortnight", "a decade", "the past year").
TIME_UNITS: Final = frozenset({"fortnight", "decade", "century", "year", "month", "week", "day", "hour", "minute"})
# Statements that assert nothing ("declined to comment").
NON_ANSWERS: Final = frozenset(
    {"declined to comment", "refused to comment", "did not respond", "could not be reached", "no comment",
     "did not immediately respond", "wollte sich nicht äußern", "a refusé de commenter", "declinó hacer comentarios",
     "wollte sich dazu nicht äußern", "wollten sich dazu nicht äußern", "wollte sich nicht dazu äußern",
     "war für eine stellungnahme nicht zu erreichen", "ließ eine anfrage unbeantwortet"}
)  # fmt: skip
# German subjunctive I of reported speech ("Ein Streik sei ...", "Jeder Streiktag koste ...").
SUBJUNCTIVES: Final = frozenset(
    {"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe", "liege", "stehe", "gehe",
     "komme", "bleibe", "koste", "fehle", "brauche", "wisse", "sehe", "plane", "arbeite"}
)  # fmt: skip
# German subjunctive II, which stands in for the subjunctive I where that equals the indicative ("Viele Gemeinden
# würden ... streichen müssen"); read as reported speech only right after an attributed sentence.
SUBJUNCTIVES_II: Final = frozenset(
    {"würde", "würden", "wäre", "wären", "hätte", "hätten", "käme", "kämen", "gäbe", "gäben", "bliebe", "läge",
     "lägen", "müsste", "müssten", "stünde", "stünden", "ginge", "gingen"}
)  # fmt: skip

# French cues inverted after a quote in the present tense ("», résume-t-elle", "», poursuit-il"),
# with a "-t-" after a vowel, and "a réagi" ("», a-t-elle réagi").
_FRENCH_PRESENT_VOWEL: Final = (
    "résume", "explique", "précise", "ajoute", "estime", "assure", "souligne", "raconte", "confie", "indique",
    "déplore", "affirme", "rappelle", "insiste", "regrette", "dénonce", "lance", "note", "glisse", "tranche",
    "martèle", "observe", "témoigne", "analyse", "commente", "avance", "relève", "déclare",
)  # fmt: skip
_FRENCH_PRESENT_CONSONANT: Final = (
    "dit", "poursuit", "conclut", "reconnaît", "admet", "répond", "avertit", "écrit", "sourit", "prévient",
)  # fmt: skip
CUES_FR_INVERTED: Final[dict[str, float]] = {
    **{f"{verb}-t-{pronoun}": 0.9 for verb in _FRENCH_PRESENT_VOWEL for pronoun in ("il", "elle")},
    **{f"{verb}-{pronoun}": 0.9 for verb in _FRENCH_PRESENT_CONSONANT for pronoun in ("il", "elle")},
    "a réagi": 0.8, "a-t-il réagi": 0.8, "a-t-elle réagi": 0.8, "ont réagi": 0.8,
}  # fmt: skip
CUES_OTHER.update(CUES_FR_INVERTED)
# More German subjunctive I forms that carry reported speech on over sentences without a cue ("Für das Jahr rechne
# der Konzern mit ...", "Er halte das für falsch"): third person singular forms distinct from the indicative.
DISCOURSE_SUBJUNCTIVES: Final = frozenset(
    {"rechne", "erwarte", "halte", "gelte", "zeige", "lasse", "nehme", "hoffe", "glaube", "verfüge", "führe",
     "laufe", "reiche", "drohe", "lohne", "helfe", "treffe", "betrage", "steige", "sinke", "wachse", "mache",
     "bedeute", "entspreche", "verliere", "schaffe", "trete", "spreche", "denke", "kenne", "suche", "zahle",
     "bestehe", "verstehe", "gehöre", "setze", "stelle", "lege", "bringe", "finde", "handle", "fürchte"}
)  # fmt: skip
# More German subjunctive II forms that differ from the past indicative ("könnten" beside "konnten").
DISCOURSE_SUBJUNCTIVES_II: Final = frozenset(
    {"könnte", "könnten", "dürfte", "dürften", "bräuchte", "bräuchten", "wüsste", "wüssten", "fände", "fänden",
     "hieße"}
)  # fmt: skip
# English "found" reports a finding without "that" only after one of these as its subject ("The inquiry found
# failings", "Researchers found a link", "An independent review found the service had missed"); a person finding
# a thing ("found her husband collapsed", "Firefighters found two children") reports nothing. Likewise "suggested
# a/an": evidence suggesting a link reports, a person suggesting a walk proposes.
FINDING_BODIES: Final = frozenset(
    {"study", "studies", "report", "survey", "analysis", "research", "poll", "paper", "review", "audit", "census",
     "inquiry", "inquest", "investigation", "probe", "inspection", "assessment", "evaluation", "trial",
     "experiment", "researchers", "scientists", "authors", "inspectors", "auditors", "coroner", "tribunal",
     "ombudsman", "watchdog", "regulator", "panel", "commission", "committee", "figures", "data", "evidence",
     "results", "findings", "statistics", "polls", "surveys", "reports", "models", "modelling"}
)  # fmt: skip

# Adjectives of a publication's period: a body's periodical by its own title ("The trust's annual Rental Squeeze
# Snapshot found ...") reports a finding like a study does.
PERIODICAL_ADJECTIVES: Final = frozenset(
    {"annual", "quarterly", "monthly", "weekly", "yearly", "biannual", "biennial", "half-yearly"}
)

# French and Spanish reporting verbs that were missing. "Le groupe invoque « ... »" (cites as its
# reason); "la consideran insuficiente"; "según ha confirmado el equipo de gobierno" (the perfect of "según"
# cues, whose source follows them). "s'est défendu" and "fue más allá" report speech only before a colon in their
# clause ("X, s'est défendu devant la presse : « ... »", "Su presidente fue más allá: «...»"): see cues.
_SPANISH_SEGUN_PARTICIPLES: Final = (
    "confirmado", "explicado", "indicado", "señalado", "precisado", "asegurado", "afirmado", "declarado", "dicho",
    "detallado", "anunciado", "avanzado", "adelantado", "reconocido", "comunicado",
)  # fmt: skip
SEGUN_PERFECT_CUES: Final = frozenset(
    f"según {auxiliary} {participle}" for participle in _SPANISH_SEGUN_PARTICIPLES for auxiliary in ("ha", "han")
)
COLON_ONLY_CUES: Final = frozenset(
    {"s'est défendu", "s'est défendue", "se sont défendus", "se défend", "fue más allá", "va más allá",
     "fueron más allá", "ha ido más allá"}
)  # fmt: skip
CUES_FRES5: Final[dict[str, float]] = {
    "invoque": 0.8, "invoquent": 0.8, "a invoqué": 0.8, "ont invoqué": 0.8, "a-t-il invoqué": 0.8,
    "a-t-elle invoqué": 0.8,
    "consideran": 0.7, "consideraron": 0.7,
    **dict.fromkeys(SEGUN_PERFECT_CUES, 0.9),
    **dict.fromkeys(COLON_ONLY_CUES, 0.8),
}  # fmt: skip
CUES_OTHER.update(CUES_FRES5)

# French and Spanish verbs of belief, forecast and reckoning that report a stance only before "que" (after an
# optional incise: "reconocen, no obstante, que"): "cree que" (not "crea"/"cree un empleo"), "prevé que" (not
# "prevé multas"), "calcula que" (not "calcula el impuesto"), "pense que", "croit que", "prévoit que".
QUE_ONLY_CUES: Final = frozenset(
    {"cree", "creen", "creía", "creían", "prevé", "prevén", "calcula", "calculan", "calculó", "calcularon",
     "reconocen", "piensa", "piensan", "opina", "opinan", "sospecha", "sospechan", "teme", "temen",
     "pense", "pensent", "croit", "croient", "prévoit", "prévoient", "calcule", "calculent", "juge", "considère",
     "considèrent", "craint", "craignent", "reconnaissent", "espère", "espèrent",
     # es: "las fuentes apuntan a que" (not "el arma apunta a la ciudad")
     "apunta a", "apuntan a", "apuntaba a", "apuntaban a"}
)  # fmt: skip
# French verbs that carry a quote only right after it ("« ... », souffle le gérant"); "le souffle de l'explosion",
# "il glisse sur le verglas", "elle lâche prise" report nothing.
AFTER_QUOTE_ONLY_CUES: Final = frozenset(
    {"souffle", "soufflait", "glisse", "lâche", "sourit", "s'agace", "s'emporte", "tempête", "peste", "ironise",
     "soupire", "tranche", "lance", "poursuit", "conclut", "note", "observe", "avance", "relève", "relèvent",
     "notent", "observent",
     # es: "”, cuenta por teléfono" (not "la cuenta", "cuenta con")
     "cuenta", "cuentan", "resume", "zanja", "ironiza", "suspira"}
)  # fmt: skip
# Of those, the verbs that also report a finding or a remark before "que" ("les auteurs relèvent que", "le rapport
# note que"): "la relève que", "la note qu'il a rédigée" are nouns, which cues checks.
AFTER_QUOTE_OR_QUE_CUES: Final = frozenset(
    {"relève", "relèvent", "note", "notent", "observe", "observent", "conclut"}
)  # fmt: skip
# Spanish "pedir" reports a request only before "que" or before the one it is made for ("el fiscal pidió para él
# ocho años de prisión", "pide que se investigue"): not "cuando pidió un contrato".
REQUEST_CUES: Final = frozenset({"pide", "piden", "pidió", "pidieron", "ha pedido", "han pedido"})
# French "dit" reports a statement before "que" or an infinitive ("le proviseur dit avoir dû recruter", "elle dit
# ne pas savoir"): not "la loi dite", "ce qui est dit".
SAYS_BEFORE_CLAUSE_CUES: Final = frozenset({"dit", "disent"})
CUES_FRES6: Final[dict[str, float]] = {
    **dict.fromkeys(SAYS_BEFORE_CLAUSE_CUES, 1.0),
    **dict.fromkeys(REQUEST_CUES, 0.8),
    **{cue: 0.7 for cue in QUE_ONLY_CUES if cue not in CUES_OTHER},
    **{cue: 0.8 for cue in AFTER_QUOTE_ONLY_CUES if cue not in CUES_OTHER},
}
CUES_OTHER.update(CUES_FRES6)

# French and Spanish reporting verbs in the present, the perfect and the gerund that were missing ("la ministre
# confirme que", "a qualifié l'annonce de « provocation »", "», fait-elle valoir", "rappelant que", "anuncia",
# "reprochó"). The gerunds have no subject of their own: the speaker is the subject of the clause before them.
ROMANCE_GERUND_CUES: Final = frozenset(
    {"rappelant", "soulignant", "expliquant", "estimant", "affirmant", "précisant", "ajoutant", "assurant",
     "dénonçant", "jugeant", "insistant", "martelant", "avertissant", "reconnaissant",
     "señalando", "explicando", "afirmando", "recordando", "indicando", "advirtiendo", "añadiendo", "subrayando",
     "insistiendo", "argumentando", "alegando"}
)  # fmt: skip
# Verbs that state a stance only before their preposition, after an optional incise ("Le ministère table, lui, sur
# « 90 000 retours »", "La CGT appelle, elle, à une journée de mobilisation", "apuesta por"): not "la table sur
# laquelle", "le numéro qu'il appelle".
PREPOSITION_ONLY_CUES: Final[dict[str, str]] = {
    "table": "sur", "tablent": "sur", "mise": "sur", "misent": "sur", "appelle": "à", "appellent": "à",
    "plaide": "pour", "plaident": "pour", "apuesta": "por", "apuestan": "por", "aboga": "por", "abogan": "por",
    # a figure put on something by its source ("le rapport chiffre à 2 000 le nombre de postes", "cifra en 300 el
    # coste"): not "le chiffre à retenir", "una cifra en aumento"
    "chiffre": "à", "chiffrent": "à", "cifra": "en", "cifran": "en",
}  # fmt: skip
CUES_FRES7: Final[dict[str, float]] = {
    "confirme": 0.9, "confirment": 0.9, "ont confirmé": 0.9, "a qualifié": 0.7, "ont qualifié": 0.7,
    "qualifie": 0.7, "qualifient": 0.7, "fait valoir": 0.9, "font valoir": 0.9, "a fait valoir": 0.9,
    "fait-il valoir": 0.9, "fait-elle valoir": 0.9, "a-t-il fait valoir": 0.9, "a-t-elle fait valoir": 0.9,
    "admet": 0.9, "a assumé": 0.7,
    "anuncia": 1.0, "anuncian": 1.0, "confirma": 0.9, "confirman": 0.9, "informa": 1.0, "informan": 1.0,
    "detalla": 0.9, "detallan": 0.9, "subraya": 0.8, "insiste": 0.8, "califica": 0.7, "calificaron": 0.7,
    "reprochó": 0.8, "reprocharon": 0.8, "reprocha": 0.8, "argumentó": 0.8, "argumentaron": 0.8,
    "concluyó": 0.9, "ironizó": 0.8, "zanjó": 0.8, "cuestionó": 0.7, "alertó": 0.9, "alertaron": 0.9,
    # es: a party's plea in court ("la defensa alega que")
    "alega": 0.8, "alegan": 0.8,
    **dict.fromkeys(ROMANCE_GERUND_CUES, 0.8),
    **dict.fromkeys(PREPOSITION_ONLY_CUES, 0.7),
}  # fmt: skip
# Spanish reporting verbs of regular conjugation, in the preterite of both numbers and the perfect ("deslizó",
# "respondieron", "han remarcado"): the forms follow from the stem, so a verb is listed once.
_SPANISH_AR_STEMS: Final = (
    "desliz", "remarc", "anticip", "plante", "enfatiz", "ratific", "reiter", "grafic", "retruc", "consign",
    "expres", "alert", "cuestion", "reproch", "aclar", "justific", "calcul", "avis", "adelant", "agreg", "interpret",
    "aleg",
)  # fmt: skip
_SPANISH_ER_STEMS: Final = ("respond", "admit", "insist", "sugir", "advirt", "reconoc", "coincid", "discut")
_SPANISH_PRETERITE: Final[dict[str, float]] = {
    **{f"{stem}{ending}": 0.8 for stem in _SPANISH_AR_STEMS for ending in ("ó", "aron")},
    **{f"{stem}{ending}": 0.8 for stem in _SPANISH_ER_STEMS for ending in ("ió", "ieron")},
    **{f"{auxiliary} {stem}ado": 0.8 for stem in _SPANISH_AR_STEMS for auxiliary in ("ha", "han")},
}
CUES_FRES7.update({cue: strength for cue, strength in _SPANISH_PRETERITE.items() if cue not in CUES_FRES7})
# "annonce", "soutient", "maintient", "répond": nouns or verbs of acting as well; a statement only before "que".
ROMANCE_QUE_ONLY_CUES: Final = frozenset(
    {"annonce", "annoncent", "soutient", "soutiennent", "maintient", "maintiennent", "répond", "répondent",
     "promet", "promettent", "precisa", "precisan", "sostienen", "demande", "demandent"}
)  # fmt: skip
CUES_FRES7.update({cue: 0.8 for cue in ROMANCE_QUE_ONLY_CUES if cue not in CUES_OTHER})
# Denials, welcomes and blame in the present or preterite ("Le ministère dément tout report", "La CGT salue « un
# premier pas »", "El diputado atribuyó la subida a ...").
CUES_FRES7.update(
    {"dément": 0.9, "démentent": 0.9, "salue": 0.7, "saluent": 0.7, "a salué": 0.7, "ont salué": 0.7,
     "atribuyó": 0.7, "atribuyeron": 0.7, "atribuye": 0.7, "atribuyen": 0.7}
)  # fmt: skip
# Spanish imperfects of narration that introduce a quote ("Su portavoz, X, lo explicaba así: “...”").
CUES_FRES7.update(
    {"explicaba": 0.9, "explicaban": 0.9, "resumía": 0.9, "resumían": 0.9, "aseguraba": 0.8, "aseguraban": 0.8,
     "advertía": 0.9, "advertían": 0.9, "reconocía": 0.9, "lamentaba": 0.8, "denunciaba": 0.8}
)  # fmt: skip
CUES_OTHER.update({cue: strength for cue, strength in CUES_FRES7.items() if cue not in CUES_OTHER})
# A French compound past with an adverb between the auxiliary and the participle ("a par ailleurs promis", "ont
# également dénoncé", "a-t-il encore ajouté"): the cue without the adverb.
_FRENCH_INSERTED_ADVERBS: Final = (
    "par ailleurs", "également", "aussi", "encore", "déjà", "toutefois", "cependant", "pourtant", "d'ailleurs",
    "notamment", "enfin", "ensuite", "aussitôt", "néanmoins", "en outre", "de son côté", "pour sa part",
)  # fmt: skip
ADVERB_INSERTED_CUES: Final[dict[str, str]] = {
    f"{auxiliary} {adverb} {participle}": cue
    for cue in [cue for cue in CUES_OTHER if cue.count(" ") == 1]
    for auxiliary, participle in [cue.split(" ")]
    if auxiliary in ("a", "ont", "a-t-il", "a-t-elle") and participle[-1:] in ("é", "i", "s", "t", "u")
    for adverb in _FRENCH_INSERTED_ADVERBS
}
CUES_OTHER.update({inserted: CUES_OTHER[cue] for inserted, cue in ADVERB_INSERTED_CUES.items()})
# The same cues typed with the typographic apostrophe ("d’après", "s’est félicitée"), as French copy sets them;
# the cues read only in some contexts keep their straight spelling alone.
CUES_OTHER.update(
    {
        cue.replace("'", "’"): strength
        for cue, strength in list(CUES_OTHER.items())
        if "'" in cue and cue not in COLON_ONLY_CUES and cue not in AFTER_QUOTE_ONLY_CUES
    }
)
