"""What the extractor remembers while it walks one article, and how it turns a phrase into a speaker.

It remembers the named persons mentioned so far (not only speakers: "rebel leader Omar al-Rashid" in a lede
counts), keeping the fullest form of each name and its fullest role, the organisations named so far, and the
last person who spoke or opened a sentence. With it:

* ``he``/``she`` resolve to the last person who spoke or was the subject of a sentence;
* ``they`` resolves to the last group that spoke;
* a definite description (``the self-styled 'emir'``, ``the minister``) resolves to a tracked person holding
  that role if there is one, else to the most prominent person (most mentions, then most recent);
* a short name (``Lee``, ``Dr Lee``) resolves to the fullest form seen (``Ann Lee``) with the role seen first:
  a bare title (``Dr``) never replaces a fuller role;
* ``the company``/``the trust`` resolve to the most prominent organisation named so far whose name holds that
  word (any organisation for generic words such as ``company``), else stay as written;
* a one-word name that starts a known organisation's name (``Northwind`` after ``Northwind Energy``) is that
  organisation, unless it names a known person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, TypeGuard, final

from newsflow.contracts import Speaker, SpeakerKind
from processors.claims.lexicon import (
    ANONYMOUS_NOUNS,
    ANY_POST_NOUNS,
    CALENDAR_WORDS,
    DEMONYMS,
    DESCRIPTIVE_OPENERS_EN,
    DOCUMENT_NOUNS,
    FEMININE_ARTICLES,
    GROUP_NOUNS,
    MASCULINE_ARTICLES,
    NAME_PARTICLES,
    POST_SYNONYMS,
    is_document_word,
    is_organisation_word,
    is_person_noun,
    is_role,
    name_gender,
    word_gender,
)
from processors.claims.names import (
    Mention,
    glosses,
    is_acronym,
    is_organisation,
    is_weak_role,
    mentions,
    split_role,
)
from processors.claims.phrases import POST_OF, PROXY, NounPhrase, names_people, stated_age
from processors.claims.quantities import is_time_unit_word

__all__ = ["SpeakerMemory", "as_speaker"]

# The last word of a newspaper's or broadcaster's name: never what "the company" refers back to.
_MEDIA_MARKERS: Final = frozenset(
    {"times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "press", "news", "guardian",
     "magazine", "channel", "television", "radio", "website"}
)  # fmt: skip
# The last word of a public body's name: never what "the company" or "the firm" refers back to.
_PUBLIC_BODY_ENDINGS: Final = frozenset(
    {"regulator", "council", "ministry", "department", "agency", "commission", "court", "police", "government",
     "parliament", "tribunal", "inquiry", "committee", "administration"}
)  # fmt: skip
# Words ending the head of an unnamed source's description ("a senior consultant at ...", "an aide who ...").
_DESCRIPTION_ENDS: Final = frozenset(
    {"at", "of", "in", "from", "with", "for", "on", "to", "who", "familiar", "close", "holding", "representing"}
)
# Heads that may refer to any company named before ("the company said").
_GENERIC_ORGANISATIONS: Final = frozenset(
    {"company", "firm", "group", "business", "developer", "operator", "retailer", "carmaker", "chipmaker",
     "konzern", "unternehmen", "firma", "empresa", "compañía", "entreprise", "société"}
)  # fmt: skip
# A union referred back to by its kind alone ("le syndicat", "el sindicato", "le syndicat majoritaire").
_UNION_HEADS: Final = frozenset({"syndicat", "sindicato"})
# Adjectives that rank a union among those named rather than name one of its own ("le syndicat majoritaire").
_RANKING: Final = frozenset({"majoritaire", "minoritaire", "mayoritario", "minoritario"})
_NOUN_AND_RANK: Final = 2
# "The club" refers back to a football or other sports club named by its last word ("Ashdown Rovers", "Kelby
# Town", "Marlow FC"), though "club" is no part of the name.
_CLUB_HEADS: Final = frozenset({"club", "side", "klub", "verein"})
_CLUB_NAME_ENDINGS: Final = frozenset(
    {"rovers", "wanderers", "athletic", "albion", "united", "city", "town", "county", "fc", "afc", "rangers",
     "hotspur", "villa", "argyle", "orient", "harriers"}
)  # fmt: skip
# ... or by its first word ("SV Grünwalde", "Fortuna Rheinfels", "Eintracht Ostheim").
_CLUB_NAME_OPENINGS: Final = frozenset(
    {"fc", "sv", "tsv", "vfb", "vfl", "fsv", "sc", "sg", "tsg", "fortuna", "eintracht", "borussia", "alemannia",
     "union", "dynamo", "rot-weiss", "rot-weiß", "real", "atlético", "club"}
)  # fmt: skip
# The writers of a document or body's work, referred to as a group ("the authors say").
_AUTHORS: Final = frozenset({"authors", "co-authors"})
# Heads describing what a body does, not part of its name: "the watchdog" is the body that spoke last.
_DESCRIBED_BODIES: Final = frozenset(
    {"watchdog", "regulator", "lender", "insurer", "carrier", "airline", "broadcaster", "supermarket",
     "manufacturer", "housebuilder", "utility", "organismo", "organisme", "ente"}
)  # fmt: skip
# A sentence opening on a name and, set off by commas, a description of what kind of body it is.
_DESCRIBED_OPENING: Final = re.compile(
    r"([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}), (?:the|a|an) (?:[a-z-]+ ){0,3}"
    r"(?:watchdog|regulator|lender|insurer|carrier|airline|broadcaster|supermarket|manufacturer|housebuilder|"
    r"utility|company|firm|group|charity|retailer|carmaker|chipmaker|agency|union),"
)
# A sentence opening on a name set off by a description of a business by where it is based ("Kelmont Robotics,
# the Ashbury-based maker of warehouse robots,"): a company, even when its name reads like a person's.
_BASED_OPENING: Final = re.compile(
    r"([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}), (?:the|a|an) (?:[\w-]+ ){0,2}?[\w-]+-based (?:[a-z-]+ ){0,2}"
    r"(?:maker|manufacturer|producer|supplier|provider|operator|developer|retailer|lender|insurer|company|firm|"
    r"group|chain|business|start-?up|carrier|airline|bank|utility|conglomerate)\b"
)
# Pronouns for one person, in English, German, French and Spanish ("sie" may also be "they": read as "she").
# "pro" stands for a Spanish verb's unspoken subject ("afirmó"), which tells no sex.
_PERSON_PRONOUNS: Final = frozenset({"he", "she", "him", "her", "er", "sie", "il", "elle", "él", "ella", "pro"})
# The sex a pronoun for one person tells; German "sie" is left out: it is also "they" and the polite "you".
_PRONOUN_GENDERS: Final = {"he": "m", "him": "m", "er": "m", "il": "m", "él": "m", "she": "f", "her": "f", "elle": "f",
                           "ella": "f"}  # fmt: skip
# English pronouns in a sentence naming one person that tell that person's sex ("Jo Lee said she ...").
# A part of a group named before ("Two of the sources", "one of those diplomats").
_PART_OF_GROUP: Final = re.compile(r"\w+ of (?:the|those|these) ", re.IGNORECASE)
_GENDERED_PRONOUN: Final = re.compile(r"\b(?:(he|his|him|himself)|(she|her|hers|herself))\b", re.IGNORECASE)
# Where quoted words begin: pronouns inside a quote may be anyone's.
_QUOTE_START: Final = re.compile(r"[\"“”«»„‘]")
# A sentence opening on a possessive before any name tells the sex of the person spoken of ("Her deputy, ...").
_OPENING_POSSESSIVES: Final = {"Her ": "f", "His ": "m"}
# What an apposition after a name may not hold for its nouns to describe that person ("Jo Lee, whose son ...").
_OTHERS_NOUN: Final = frozenset({"whose", "her", "his", "their", "dont", "cuyo", "cuya", "deren", "dessen"})
_APPOSITION_WORDS: Final = 5
_ARTICLE_AND_NOUN: Final = 2
_MAX_POST_WORDS: Final = 8
# Last words of capitalised runs that name places or events, not people ("Tallis County", "Cinder Fire").
_PLACE_WORDS: Final = frozenset(
    {"county", "city", "town", "street", "road", "avenue", "lane", "river", "lake", "valley", "park", "state",
     "island", "islands", "bay", "hill", "hills", "mountain", "mountains", "springs", "beach", "bridge", "square",
     "station", "hall", "school", "college", "fire", "storm", "hurricane", "route", "highway", "district",
     "province", "region", "coast", "forest", "airport", "port", "harbour", "harbor", "stadium", "arena"}
)  # fmt: skip
_NAME_WORDS: Final = 2
# English pronouns for one person that may refer to a person named as a sentence's subject just before.
_ENGLISH_PERSON_PRONOUNS: Final = frozenset({"he", "she"})
# Capitalised first words of a two-word run opening a sentence that are no given name ("His Varnian counterpart").
_NOT_GIVEN_NAMES: Final = frozenset(
    {"his", "her", "its", "their", "our", "my", "the", "this", "that", "these", "those", "a", "an", "als", "mehr",
     "jeden", "jede", "jedes", "die", "der", "das", "den", "dem", "le", "la", "les", "el", "los", "las"}
)  # fmt: skip
# Subjects that deny anyone said it ("Neither campaign has alleged", "No official has claimed").
_NEGATIVE: Final = frozenset({"neither", "no", "nobody", "none", "aucun", "aucune", "ningún", "ninguna", "nadie"})
# Courtesy titles of other languages, which open a two-word run without being a given name ("Herr Falk").
_COURTESY: Final = frozenset({"herr", "frau", "monsieur", "madame", "mme", "señor", "señora", "don", "doña"})
# German articles and article contractions: capitalised words after one (and an adjective) are nouns, not a name
# ("zum ersten Mal Eis", "im Winter Schnee").
_GERMAN_NOUN_MARKERS: Final = frozenset(
    {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines", "zum", "zur",
     "im", "am", "vom", "beim", "ins", "ans", "aufs", "kein", "keine", "keinen", "keinem"}
)  # fmt: skip
_WORDS_LOOKED_BACK: Final = 40
# German courtesy titles as written before a surname ("Herr Baumgärtner", "Frau Ramsauer"), and the sex each tells.
_GERMAN_COURTESY_GENDERS: Final = {"Herr": "m", "Frau": "f"}


# A short fronted adverbial before a sentence's subject ("In January, ", "Last week, the ").
_FRONTED_OPENING: Final = re.compile(r"(?:[A-Z][\w'’-]*(?: [\w'’-]+){0,3}, )(?:the )?")


def _club_name(words: list[str]) -> bool:
    """Whether a name's first or last word marks a sports club ("SV Grünwalde", "Ashdown Rovers")."""
    return words[-1] in _CLUB_NAME_ENDINGS or (len(words) > 1 and words[0] in _CLUB_NAME_OPENINGS)


def _fronted_organisation(sentence: str, organisation: str) -> bool:
    """ "In January, Tamsin District Council approved plans ..., which it says": the body after a fronted
    adverbial is the sentence's subject, what "it" stands for."""
    at = sentence.find(organisation, 0, 48)
    return at > 0 and _FRONTED_OPENING.fullmatch(sentence, 0, at) is not None


def _after_article(sentence: str, mention: Mention) -> bool:
    """A capitalised run right after a German article, or after an article and a lowercase adjective: nouns."""
    words = sentence[max(0, mention.position - _WORDS_LOOKED_BACK) : mention.position].split()
    if not words:
        return False
    last = words[-1]
    if last.lower() in _GERMAN_NOUN_MARKERS:
        return True
    return len(words) > 1 and last.isalpha() and last.islower() and words[-2].lower() in _GERMAN_NOUN_MARKERS


# Pronouns that may stand for an organisation that was the last subject ("elle" for "la direction", "it").
_BODY_PRONOUNS: Final = frozenset({"il", "elle", "it"})
_MASCULINE: Final = frozenset({"le", "un", "du", "au"})
_FEMININE: Final = frozenset({"la", "une"})
# Definite articles that open a description ("the minister", "la ministre", "der Sprecher", "el portavoz").
DEFINITE_ARTICLES: Final = frozenset(
    {"the", "this", "that", "der", "die", "das", "le", "la", "les", "el", "los", "las"}
)
_ENGLISH_ARTICLES: Final = frozenset({"the", "this", "that"})
# Bodies named by where they sit: "the court heard" is the hearing, not the court named as a venue before.
_FORUMS: Final = frozenset({"court", "jury", "tribunal", "inquest", "inquiry", "hearing"})
# A family speaks as one ("the family said", "Her family said"); its statement or tribute is its voice ("A family
# statement read:").
_KIN_GROUPS: Final = frozenset({"family", "relatives"})
# Posts a description may name by another word ("Mr Justice Carey" is "the judge", "the forward" a striker).
_ROLE_SYNONYMS: Final = {
    "judge": frozenset({"justice", "recorder"}),
    "striker": frozenset({"forward"}),
    "forward": frozenset({"striker"}),
    "coach": frozenset({"manager", "boss"}),
    "manager": frozenset({"coach", "boss"}),
}
# Words for whoever leads a body ("the firm's boss", "the chief"), and the posts they stand for.
_LEADER_WORDS: Final = frozenset({"boss", "chief"})
_LEADER_POSTS: Final = frozenset(
    {"executive", "ceo", "chairman", "chairwoman", "chair", "founder", "owner", "boss", "president",
     "director", "manager", "head", "leader"}
)  # fmt: skip
# Possessive determiners before a noun for a person ("her neighbour", "his lawyer").
_POSSESSIVE_DETERMINERS: Final = frozenset({"his", "her", "their"})
_ISSUED_TEXTS: Final = frozenset({"statement", "tribute", "letter"})
# Heads of unnamed sources when a qualification follows ("people familiar with the talks").
# Spokespeople, and the words before the body they speak for ("a spokesman for the firm").
_SPOKESPEOPLE: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "portavoz", "porte-parole"})
_FOR_THE_BODY: Final = frozenset({"for", "of", "at", "de", "du", "del"})
_OF_THE_BODY: Final = 3
# Words introducing a person the article does not name ("a resident", "one shopkeeper", "another trader").
# Words for one member of a group before "of" ("One of the shareholders said").
_ONE_OF: Final = frozenset({"one", "another"})
_INDEFINITES: Final = frozenset({"a", "an", "one", "another", "un", "une", "una", "uno", "otro", "otra"})
_ROMANCE_INDEFINITES: Final = frozenset({"un", "une", "una", "uno"})
# A firm named by its partners ("Korvath & Partner", "Halvorsen & Söhne", "Procter & Gamble").
_FIRM_NAME: Final = re.compile(r"\b[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*)?\s+&\s+[A-ZÄÖÜ][\w'’-]*")
# Indefinite articles of one person ("ein Referatsleiter", "a neighbour", "une riveraine").
_ONE_PERSON_ARTICLES: Final = _INDEFINITES | {"ein", "eine", "einer"}
# Words for an unnamed confidant of the people in a story: "the friend" after "a pal" is the same source.
_CONFIDANTS: Final = frozenset({"friend", "pal", "confidant", "confidante", "insider", "source"})
_UNNAMED: Final = frozenset({"people", "person", "persons", "personnes", "personas", "diplomats", "someone"})
_ROLE_WORD: Final = re.compile(r"\w+")
# Counts before an unnamed source ("two officials", "deux sources"): no description of the source.
_NUMBER_WORDS: Final = frozenset(
    {"one", "two", "three", "four", "five", "several", "some", "many", "other", "deux", "trois", "plusieurs",
     "dos", "tres", "varios", "varias"}
)  # fmt: skip
# German articles: a definite one refers back ("die Ministerin"), an indefinite one leaves a person unnamed ("ein
# Polizeisprecher", "eine Anwohnerin").
_GERMAN_DEFINITE: Final = frozenset({"der", "die", "das"})
# The same with the genitive and dative a source takes ("nach Angaben des Vereins", "laut dem Verband").
_GERMAN_BODY_ARTICLES: Final = _GERMAN_DEFINITE | {"des", "dem"}
# The shortest head noun of a body a German compound is read for ("Verein", "Verband"; not "Amt").
_MIN_BODY_HEAD: Final = 4
# French and Spanish definite articles, which stand before the name of a body but not of a person.
_ROMANCE_ARTICLE_GENDERS: Final = {"le": "m", "el": "m", "la": "f"}
# Demonstratives before a noun for a body: "esa consultora", "cette association", "this charity", "diese Firma".
_DEMONSTRATIVES: Final = frozenset(
    {"esa", "ese", "esta", "este", "aquella", "aquel", "cette", "ce", "cet", "this", "that", "diese", "dieser",
     "dieses", "diesem", "diesen"}
)  # fmt: skip
_DEMONSTRATIVE_WORDS: Final = 2
# French nouns for a person from a place ("Liégeoise", "Namurois", "Lyonnaise", "Parisienne"), feminine ones first.
_FEMININE_DEMONYM_ENDINGS: Final = ("oise", "aise", "ienne")
_FRENCH_DEMONYM_ENDINGS: Final = (*_FEMININE_DEMONYM_ENDINGS, "ois", "ais", "ien")
# "de" left closing a phrase cut before a number ("la Liégeoise de 54 ans").
_CUT_OF: Final = frozenset({"de", "du", "del"})
# Lowercase words inside a body's name ("Banco de la Nación", "Later Years Trust" has none).
_NAME_JOINERS: Final = frozenset({"de", "del", "la", "y", "et", "du", "des", "and", "of", "&"})
# Other names of a government department, for the holder of its post ("titular de Hacienda", "ministro de Economía").
_DEPARTMENT_SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "hacienda": ("economía", "finanzas"),
    "economía": ("hacienda", "finanzas"),
    "finanzas": ("hacienda", "economía"),
    "finances": ("économie", "budget"),
    "économie": ("finances",),
    "budget": ("finances",),
}
_ROMANCE_DEFINITE: Final = frozenset({"le", "la", "les", "l", "l'", "l’", "el", "los", "las"})
_GERMAN_INDEFINITE: Final = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
_GERMAN_ARTICLES: Final = _GERMAN_DEFINITE | _GERMAN_INDEFINITE | {"des", "dem", "den"}
# The sex a German article before a noun for one person tells ("der 52-Jährige", "die Sprecherin").
_GERMAN_ARTICLE_GENDERS: Final = {"der": "m", "die": "f"}


@lru_cache(maxsize=4096)
def _compound_of(word: str, head: str) -> bool:
    """Whether a German compound ends in ``head`` ("mieterverein", "verein")."""
    return len(word) > len(head) + 2 and word.endswith(head)


def _one_unnamed_person(speaker: Speaker | None) -> TypeGuard[Speaker]:
    """Whether an unnamed source is one person ("ein Referatsleiter", "a neighbour"), not a group ("people
    familiar with the talks")."""
    if speaker is None:
        return False
    words = speaker.name.split()
    return len(words) > 1 and words[0].lower() in _ONE_PERSON_ARTICLES and is_person_noun(words[-1])


# Where the head of an unnamed source's description ends ("officials with the weather service").
_SOURCE_HEAD_ENDS: Final = frozenset({"with", "at", "in", "of", "for", "from", "to", "on", "close", "familiar"})


def _many_unnamed(name: str) -> bool:
    """An unnamed source of several people ("fire officials", "sources close to the club"), not one ("an aide")."""
    for word in name.lower().split():
        if word in _SOURCE_HEAD_ENDS:
            return False
        if word == "people" or (word in ANONYMOUS_NOUNS and word.endswith("s") and not word.endswith("ss")):
            return True
    return False


# A French or Spanish post with its article before a name set off by commas ("..., le proviseur, Marc Y,", "La
# directora, Ana Z,"), then the verb: the named person is the sentence's subject.
_POST_BEFORE_NAME: Final = re.compile(r"(?:^|,\s*)(?:le|la|l['’]|el)\s+[^,;:«»\"“”]{2,60},\s*$", re.IGNORECASE)
_VERB_AFTER_NAME: Final = re.compile(
    r"\s*,\s+(?!(?:qui|que|qu|de|du|des|d|à|au|aux|en|dans|et|ou|le|la|les|l|un|une|el|los|las|y|o|quien|del|al|"
    r"con|por|para|selon|según|lors|après|avant|depuis)\b)[a-zà-ÿ]"
)


def _apposed_subject(sentence: str, persons: list[Mention], seen: Mention) -> bool:
    """Whether the one person ``seen`` is named in apposition to a post and then followed by the verb."""
    raw = next((mention for mention in persons if mention.position == seen.position), None)
    if raw is None:
        return False
    end = raw.position + len(raw.name)
    return (
        _POST_BEFORE_NAME.search(sentence, max(0, raw.position - 80), raw.position) is not None
        and _VERB_AFTER_NAME.match(sentence, end) is not None
    )


def as_speaker(name: str, kind: SpeakerKind, role: str | None = None) -> Speaker:
    """A :class:`Speaker`, built once per distinct value (speakers are immutable and recur through an article)."""
    return Speaker(name=name, role=role, kind=kind)


@lru_cache(maxsize=4096)
def _role_words(role: str) -> frozenset[str]:
    """The lowercase words of a role, looked up for every description resolved (roles recur in an article)."""
    return frozenset(_ROLE_WORD.findall(role.lower()))


def _holds(role: str, wanted: str) -> bool:
    """Whether a role holds a word, also as the last part of a German compound ("Finanzministerin": "ministerin")."""
    words = _role_words(role)
    if wanted in words:
        return True
    return len(wanted) > 5 and wanted[:1].isalpha() and any(word.endswith(wanted) for word in words)


def _body_in_role(role: str, head: str) -> str | None:
    """The name of a body a role holds ``head`` in, capitalised ("Royal College of Surgeons of England" of "vice-
    president of the Royal College of Surgeons of England" for "college"); None when the role holds it as a post."""
    if is_role(head) or is_person_noun(head):
        return None  # "the Labour Leader", "Chief Nurse": a post, capitalised or not
    words = role.split()
    at = next((k for k, word in enumerate(words) if word.lower() == head and word[:1].isupper()), None)
    if at is None or any(word.lower() == head and word[:1].islower() for word in words):
        return None
    start = at
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    end = at + 1
    while end < len(words) and (
        words[end][:1].isupper()
        or (words[end] in _NAME_JOINERS and end + 1 < len(words) and words[end + 1][:1].isupper())
    ):
        end += 1
    return " ".join(words[start:end]) if end - start > 1 else None


def _merged_role(old: str | None, new: str | None) -> str | None:
    """Keep the fuller role: a bare title or a tail of the known role ("officer") never replaces it."""
    if not new:
        return old
    if old and (is_weak_role(new) or old.lower().split()[-len(new.split()) :] == new.lower().split()):
        return old
    return new


def _agrees(pronoun: str, body: Speaker | None) -> TypeGuard[Speaker]:
    """Whether a body can be ``pronoun``: French "il"/"elle" agree with the article ("la direction" is "elle")."""
    if body is None:
        return False
    article = body.name.split(" ", 1)[0].lower()
    if pronoun in ("il", "elle") and is_acronym(body.name):
        return False  # "la FNSEA ... a-t-il ajouté": a bare acronym tells no gender; its voice is a person's
    if pronoun == "elle":
        return article not in _MASCULINE
    if pronoun == "il":
        return article not in _FEMININE
    return True


def _stated_gender(sentence: str, mention: Mention) -> str | None:
    """The sex the words around a name tell: an honorific or post before it ("Mrs", "Frau", "Ministerin", "la
    ministre"), a family word or gendered post in the apposition after it ("Tom Ellis, her husband,"), else, as a
    fallback, a common given name."""
    name_words = mention.name.split()
    start = sentence.find(name_words[0], mention.position)
    if start < 0:
        return None
    before = sentence[mention.position : start].split()
    for word in before:
        gender = word_gender(word)
        if gender is not None:
            return gender
    gender = word_gender(name_words[0], nouns=False)  # "Herr Wolf", "Mme Claire Dubois", "Doña Carmen Ruiz"
    if gender is not None:
        return gender
    article = sentence[max(0, mention.position - 5) : mention.position].split()
    if before and article and is_person_noun(before[-1]):
        gender = _article_gender(article[-1])  # "la ministre Claire Dubois", "el portavoz Juan Gil"
        if gender is not None:
            return gender
    gender = _apposition_before(sentence, mention.position) or _apposition_gender(sentence, start + len(mention.name))
    if gender is not None:
        return gender
    return name_gender(name_words[0]) if len(name_words) > 1 else None


def _article_gender(article: str) -> str | None:
    lower = article.lower()
    if lower in FEMININE_ARTICLES:
        return "f"
    return "m" if lower in MASCULINE_ARTICLES else None


def _apposition_gender(sentence: str, end: int) -> str | None:
    """The sex an apposition right after a name tells ("Jo Lee, 34, mother of two,", "Ana Gil, la portavoz")."""
    if sentence[end : end + 2] != ", ":
        return None
    words = sentence[end + 2 :].split(",", 1)[0].split()[:_APPOSITION_WORDS]
    lowers = [w.lower() for w in words]
    if any(w in _OTHERS_NOUN for w in lowers):
        return None
    if len(words) > 1 and is_person_noun(words[1]):
        gender = _article_gender(words[0])
        if gender is not None:
            return gender
    for word in words:
        gender = word_gender(word.strip(".;:"))
        if gender is not None:
            return gender
    return None


def _apposition_before(sentence: str, position: int) -> str | None:
    """The sex a post set off before a name tells ("El alcalde, Tomás Vidal,", "The chairwoman, Jo Lee,")."""
    before = sentence[:position].rstrip()
    if not before.endswith(","):
        return None
    words = before[:-1].rsplit(",", 1)[-1].split()[-_APPOSITION_WORDS:]
    if len(words) < _ARTICLE_AND_NOUN or words[-2].lower() in _OTHERS_NOUN or not is_person_noun(words[-1]):
        return _romance_post_before(before[:-1])
    return word_gender(words[-1]) or _article_gender(words[-2])


def _romance_post_before(clause: str) -> str | None:
    """The sex a French or Spanish post with its complement tells, opening the clause before a name and a comma
    ("La présidente de l'opposition municipale, X,", "El consejero de Sanidad, X,"): its article and noun."""
    words = clause.rsplit(",", 1)[-1].split()
    if len(words) < _ARTICLE_AND_NOUN or len(words) > _MAX_POST_WORDS or not is_person_noun(words[1]):
        return None
    gender = _article_gender(words[0])
    return None if gender is None else word_gender(words[1]) or gender


def _demonstrative(phrase: NounPhrase) -> bool:
    """ "esa consultora", "this charity": one noun after a demonstrative (read as its determiner or its first word)."""
    words = phrase.words
    if phrase.tail:
        return False
    if len(words) == 1:
        return phrase.determiner in _DEMONSTRATIVES
    return len(words) == _DEMONSTRATIVE_WORDS and phrase.determiner is None and words[0].lower() in _DEMONSTRATIVES


def _possessed_head(tail: tuple[str, ...]) -> str | None:
    """The noun an "of" phrase's possessive owns ("of", "state's", "office" -> "office"), if any."""
    if len(tail) >= 3 and tail[0] == "of" and tail[-2].endswith(("'s", "’s", "s'", "s’")):
        return tail[-1]
    return None


def _described_source(words: tuple[str, ...]) -> bool:
    """An unnamed source with words of its own before the head ("senior Republican official"), not only a
    number ("two officials"): what qualifies it after the head may be left out."""
    return any(not word[:1].isdigit() and word.lower() not in _NUMBER_WORDS for word in words[:-1])


# the Romance "de" joining a head noun to its complement ("ministère de l'Industrie", "equipo de
# gobierno", "direction du groupe").
_ROMANCE_OF: Final = frozenset({"de", "del", "du", "des", "d'", "d’"})


def _romance_head_of(phrase: NounPhrase) -> bool:
    """A French or Spanish definite phrase whose lowercase first noun is followed by "de" and its complement
    ("le ministère de la Santé", "los vecinos del barrio")."""
    words = phrase.words
    if phrase.determiner not in _ROMANCE_DEFINITE or len(words) < 3 or not words[0][:1].islower():
        return False
    second = words[1].lower()
    return second in _ROMANCE_OF or second[:2] in _ROMANCE_OF


_ROMANCE_PLURAL_ARTICLES: Final = frozenset({"les", "los", "las"})


def _romance_plural_body(phrase: NounPhrase) -> bool:
    """A French or Spanish plural of bodies or people followed by lowercase adjectives ("les groupes socialiste et
    écologiste", "los sindicatos mayoritarios", "las asociaciones vecinales": a plural listed as a group, whose
    singular drops more than an "s")."""
    words = phrase.words
    if phrase.determiner not in _ROMANCE_PLURAL_ARTICLES or len(words) < 2 or phrase.tail:
        return False
    if not all(word.islower() for word in words):
        return False
    first = words[0]
    singular = first[:-1] if first.endswith(("s", "x")) else first
    return singular != first and (is_organisation_word(singular) or is_person_noun(singular) or first in GROUP_NOUNS)


def _romance_described_body(phrase: NounPhrase) -> bool:
    """A French or Spanish singular body named by its lowercase noun and the adjectives after it ("le front commun
    syndical", "le syndicat majoritaire", "la patronal catalana")."""
    words = phrase.words
    return (
        phrase.determiner in _ROMANCE_DEFINITE
        and phrase.determiner not in _ROMANCE_PLURAL_ARTICLES
        and len(words) > 1
        and not phrase.tail
        and all(word.islower() and word.isalpha() for word in words)
        and is_organisation_word(words[0])
    )


def _as_written(phrase: NounPhrase) -> str:
    """A common phrase with its determiner, as it stands in the text."""
    words = phrase.raw if len(phrase.raw) == len(phrase.words) else phrase.words  # "the company's ... report"
    return _with_article(phrase.determiner, words + phrase.tail)


def _with_article(determiner: str | None, words: tuple[str, ...]) -> str:
    """Words after their article, the French elided one joined ("l'intersyndicale")."""
    if not determiner:
        return " ".join(words)
    if determiner == "l" and words:
        return "l'" + " ".join(words)
    return " ".join((determiner, *words))


@final
class _Tracked:
    """A person or organisation named so far: how often, when last (on the memory's clock), role and age.

    The memory's classes are plain classes, not dataclasses: mypyc compiles their ``__init__`` (a dataclass's
    generated one stays interpreted).
    """

    __slots__ = ("age", "count", "gender", "last_seen", "name", "role", "words")

    def __init__(self, name: str, role: str | None, count: int, last_seen: int, age: int | None = None) -> None:
        self.name: Final = name
        self.role = role
        self.count = count
        self.last_seen = last_seen
        self.age = age
        self.words: Final = tuple(name.split())
        # "m" or "f" once the text tells it (an honorific, a post, a family word, a pronoun), else None.
        self.gender: str | None = None


@final
class SpeakerMemory:
    """What the extractor remembers about people and organisations while it walks one article."""

    __slots__ = (
        "_anonymous",
        "_candidates",
        "_clock",
        "_last_candidate",
        "_opening_at",
        "_opening_name",
        "_organisations",
        "_persons",
        "_sentences",
        "_subject_organisation",
        "_told_genders",
        "last_group",
        "last_organisation",
        "last_person",
        "last_unnamed",
        "previous_voice",
    )  # fmt: skip

    def __init__(self) -> None:
        self._persons: dict[str, _Tracked] = {}
        self._organisations: dict[str, _Tracked] = {}
        self._clock = 0
        self.last_person: str | None = None
        self.last_group: Speaker | None = None
        self._anonymous: list[Speaker] = []
        # Full names seen without a title, by surname, until the surname alone confirms them as persons.
        self._candidates: dict[str, str] = {}
        self._last_candidate: str | None = None
        # The sex the text told for full names not (yet) tracked as persons, and when ("Her deputy, Tom Ellis,").
        self._told_genders: dict[str, tuple[str, int]] = {}
        # The last full name, not yet known as a person's, that opened a sentence ("Jo Lee pours the tea.").
        self._opening_name: str | None = None
        # How many sentences were observed, and which one last opened on a full name not yet known as a person's.
        self._sentences = 0
        self._opening_at = -1
        # The organisation that spoke last, while no person has spoken or opened a sentence since.
        self.last_organisation: Speaker | None = None
        # The organisation that opened a sentence naming no person, while no person has spoken or opened one since.
        self._subject_organisation: Speaker | None = None
        # The unnamed person who spoke last, while no named person has spoken since ("eine Anwohnerin").
        self.last_unnamed: Speaker | None = None
        # While a quote opening a paragraph is read: the person quoted at the end of the paragraph before, whom a
        # description attributing the new quote does not name (see :meth:`_new_voice`).
        self.previous_voice: str | None = None

    def _known(self, name: str) -> str | None:
        if name in self._persons:
            return name
        words = tuple(name.split())
        if len(words) > 1 and words[0][:1].isupper() and words[0].lower() in NAME_PARTICLES:
            words = (words[0].lower(), *words[1:])  # "De Vries said" opening a sentence: "Pieter de Vries"
        last = words[-1]
        single = len(words) == 1
        best: _Tracked | None = None
        given: _Tracked | None = None
        givens = 0
        for person in self._persons.values():
            known = person.words
            if known[-1] == last and known[-len(words) :] == words and (best is None or person.count > best.count):
                best = person
            elif single and known[0] == last and len(known) > 1:
                given = person
                givens += 1
        if best is None and givens == 1 and given is not None:
            # "Chloe told fans" after "Reality star Chloe Fenn": a given name alone, as tabloid and sports copy
            # call people, names the one person known by it.
            return given.name
        return None if best is None else best.name

    def knows(self, name: str) -> bool:
        """Whether ``name`` is a person named before (or the short form of one)."""
        return self._known(name) is not None

    def canonical(self, name: str) -> str:
        """The fullest form of ``name`` seen so far (``Lee`` -> ``Ann Lee``)."""
        return self._known(name) or name

    def role_of(self, name: str) -> str | None:
        """The fullest role seen with a tracked person."""
        person = self._persons.get(name)
        return None if person is None else person.role

    def note_person(self, name: str, role: str | None = None, age: int | None = None) -> str:
        """Count a mention of a person; keep the longer form when a known name is its suffix. Returns the key."""
        self._clock += 1
        words = tuple(name.split())
        for key, tracked in list(self._persons.items()):
            known = tracked.words
            if len(words) > len(known) and words[-len(known) :] == known:
                shorter = self._persons.pop(key)
                merged = _merged_role(shorter.role, role)
                longer = self._persons[name] = _Tracked(name, merged, shorter.count, shorter.last_seen, shorter.age)
                longer.gender = shorter.gender
                break
        key = self.canonical(name)
        person = self._persons.get(key)
        if person is None:
            person = self._persons[key] = _Tracked(key, role, 0, self._clock)
            told = self._told_genders.get(key)
            person.gender = None if told is None else told[0]
        person.count += 1
        person.last_seen = self._clock
        person.role = _merged_role(person.role, role)
        person.age = age if age is not None else person.age
        return key

    def _organisation_starting(self, word: str) -> str | None:
        names = [org for org in self._organisations.values() if org.name.split()[0] == word]
        return max(names, key=lambda org: (org.count, org.last_seen)).name if names else None

    def organisation_key(self, name: str) -> str:
        """The name an organisation is tracked under: a one-word short form is the full name it starts."""
        key = name if name in self._organisations else None
        if key is None and " " not in name:
            key = self._organisation_starting(name)
        return key or name

    def note_organisation(self, name: str) -> None:
        """Count a mention of an organisation; a one-word short form counts for the full name it starts."""
        if not name[:1].isupper():
            return
        self._clock += 1
        key = self.organisation_key(name)
        tracked = self._organisations.get(key)
        if tracked is None:
            tracked = self._organisations[key] = _Tracked(key, None, 0, self._clock)
        tracked.count += 1
        tracked.last_seen = self._clock

    def organisation_for(self, head: str) -> str | None:
        """The most prominent organisation whose name holds ``head`` (``trust``), else for a generic head
        (``company``, ``firm``) the most prominent one, newspapers and broadcasters aside."""
        wanted = head.lower()
        holders = [org for org in self._organisations.values() if wanted in org.name.lower().split()]
        if holders:
            return max(holders, key=lambda org: (org.count, org.last_seen)).name
        if wanted in _GENERIC_ORGANISATIONS:
            companies = [
                org
                for org in self._organisations.values()
                if org.name.lower().split()[-1] not in _MEDIA_MARKERS
                and org.name.lower().split()[-1] not in _PUBLIC_BODY_ENDINGS
            ]
            return max(companies, key=lambda org: (org.count, org.last_seen)).name if companies else None
        if wanted in _UNION_HEADS:
            # "Le syndicat réclame": the union named last (a paragraph moves from one union to the next).
            named = [org for org in self._organisations.values() if org.name.lower().split()[-1] not in _MEDIA_MARKERS]
            return max(named, key=lambda org: (org.last_seen, org.count)).name if named else None
        if wanted in _CLUB_HEADS:
            clubs = [org for org in self._organisations.values() if org.name.lower().split()[-1] in _CLUB_NAME_ENDINGS]
            return max(clubs, key=lambda org: (org.count, org.last_seen)).name if clubs else None
        return None

    def observe(self, sentence: str) -> list[Mention]:
        """Record the persons and organisations named in ``sentence``; return the persons with canonical names."""
        self._sentences += 1
        persons, organisations = mentions(sentence)
        if " & " in sentence:
            firms = [match.group(0) for match in _FIRM_NAME.finditer(sentence)]
            organisations = [*organisations, *firms]
            persons = [p for p in persons if not any(p.name in firm.split() for firm in firms)]
        for organisation in organisations:
            self.note_organisation(organisation)
        if (
            organisations
            and not persons
            and (sentence.startswith(organisations[0]) or _fronted_organisation(sentence, organisations[0]))
        ):
            # "Northmoor Bank made a profit of £1bn. It said ...": a body opening a sentence is what "it" is.
            self._subject_organisation = as_speaker(self.organisation_key(organisations[0]), "organisation")
        elif ", " in sentence[:40] and not (persons and persons[0].position == 0 and " " in persons[0].name):
            described = _DESCRIBED_OPENING.match(sentence)
            if described is not None:
                # "Ofwex, the energy regulator, fined ...": a name set off by a description of a body is that body.
                self.note_organisation(described.group(1))
                self._subject_organisation = as_speaker(described.group(1), "organisation")
        based = _BASED_OPENING.match(sentence) if "-based " in sentence[:120] else None
        if based is not None:
            self.note_organisation(based.group(1))
            self._subject_organisation = as_speaker(based.group(1), "organisation")
            persons = [person for person in persons if person.position != 0]
        possessive = _OPENING_POSSESSIVES.get(sentence[:4])
        if possessive is not None and self.last_person is not None and (not persons or persons[0].position > 0):
            self._learn_gender(self.last_person, possessive)  # "Maria Grant spoke. Her deputy, Tom Ellis, ..."
        seen: list[Mention] = []
        for mention in persons:
            fresh = (
                not mention.certain
                and self._known(mention.name) is None
                # a capitalised word after a German article is a noun ("wies die Kritik zurück"), no surname
                and not _after_article(sentence, mention)
            )
            if fresh and self._promote(mention.name):
                if mention.first_in_sentence:
                    self._opening_name = mention.name
                    self._opening_at = self._sentences
                gender = _stated_gender(sentence, mention)
                if gender is not None:
                    self._clock += 1
                    self._told_genders[mention.name] = (gender, self._clock)
            if mention.certain or self._known(mention.name) is not None:
                key = self.note_person(mention.name, mention.role, mention.age)
                seen.append(Mention(mention.position, key, mention.role, True, mention.first_in_sentence, mention.age))
                tracked = self._persons.get(key)
                if tracked is not None and tracked.gender is None:
                    tracked.gender = _stated_gender(sentence, mention)
        if len(seen) == 1 and seen[0].role is not None and _apposed_subject(sentence, persons, seen[0]):
            self.note_subject(seen[0].name)  # "À X, le proviseur, Marc Y, accueille ...": Y is whom "il" is
        if len(seen) == 1:
            self._gender_from_pronouns(sentence, seen[0])
        return seen

    def _learn_gender(self, name: str, gender: str) -> None:
        person = self._persons.get(name)
        if person is not None and person.gender is None:
            person.gender = gender

    def _gender_from_pronouns(self, sentence: str, mention: Mention) -> None:
        """The one person a sentence names is the one its pronouns outside quotes stand for ("X said she ...")."""
        person = self._persons.get(mention.name)
        if person is None or person.gender is not None:
            return
        quote = _QUOTE_START.search(sentence, mention.position)
        found = {
            "m" if m.group(1) else "f"
            for m in _GENDERED_PRONOUN.finditer(sentence, mention.position, quote.start() if quote else len(sentence))
        }
        if len(found) != 1:
            return
        gender = found.pop()
        # "Dr Lee, who worked alongside her, says she ...": a pronoun may stand for anyone named before it could fit.
        if all(p is person or (p.gender is not None and p.gender != gender) for p in self._persons.values()):
            person.gender = gender

    def gender_of(self, name: str) -> str | None:
        """The sex the text told for a tracked person, else None."""
        person = self._persons.get(name)
        return None if person is None else person.gender

    def _agreeing_person(self, pronoun: str) -> str | None:
        """The person "he"/"she" stands for: the last subject or speaker, unless the text told their sex and it
        differs; then the most recent person of that sex or of an unknown one."""
        last = self.last_person
        wanted = _PRONOUN_GENDERS.get(pronoun)
        if last is None or wanted is None:
            return last
        person = self._persons.get(last)
        if person is None or person.gender is None or person.gender == wanted:
            return last
        if self.last_organisation is not None or self.last_unnamed is not None:
            return None  # "A spokeswoman for the council said ... She said": whoever spoke for the body since
        best: tuple[bool, int, str] | None = None
        for other in self._persons.values():
            if other.gender in (wanted, None) and other.name != last:
                candidate = (other.gender == wanted, other.last_seen, other.name)
                best = candidate if best is None or candidate > best else best
        for name, (gender, seen) in self._told_genders.items():
            if gender == wanted and name not in self._persons:
                candidate = (True, seen, name)
                best = candidate if best is None or candidate > best else best
        return last if best is None else best[2]

    def opening_candidate(self) -> str | None:
        """The full name, not yet known as a person's, that opened the sentence observed last ("Gilbert Pouzac,
        lui, ne se fait guère d'illusions."), if one did; it stays untracked until someone speaks as it."""
        name = self._opening_name
        if name is None or self._opening_at != self._sentences or name.split()[0].lower() in _NOT_GIVEN_NAMES:
            return None
        return name

    def _fresh_subject(self, gender: str | None = None) -> str | None:
        """A full name that opened this sentence or the one before, not yet known as a person's, of the sex
        ``gender`` (or of one not told): "Amrit Sandhu was driving home. '...,' the 34-year-old said." -- news
        writing names a new person as the subject, then refers to them by a description or a pronoun. The name
        is tracked from then on and becomes the last subject."""
        name = self._opening_name
        if name is None or self._opening_at < self._sentences - 1 or self._known(name) is not None:
            return None
        if name.split()[0].lower() in _NOT_GIVEN_NAMES:
            return None  # "His Varnian counterpart", "Als Zeugin": no name
        told = self._told_genders.get(name)
        sex = told[0] if told is not None else name_gender(name.split()[0])
        if gender is not None and sex is not None and sex != gender:
            return None
        self.note_person(name)
        self.note_subject(name)
        return name

    def _promote(self, name: str) -> bool:
        """Track a full name without a title once the article calls it by its surname alone ("Jane Roberts ...
        Roberts won't return"): a given name and a surname, later the surname, is how news writing names people.
        A first sight of a two-word name is only remembered; returns whether it was."""
        words = name.split()
        if len(words) == 1:
            full = self._candidates.get(name)
            if full is not None:
                self.note_person(full)
        elif (
            len(words) == _NAME_WORDS
            and words[-1].lower() not in _PLACE_WORDS
            and words[0].lower() not in _COURTESY
            and not is_role(words[0])
            and not is_organisation_word(words[-1])
            and not is_time_unit_word(words[0])  # "fehlen seit Monaten Pflegekräfte": a span of time, no given name
        ):
            self._candidates.setdefault(words[-1], name)
            self._last_candidate = name
            return True
        return False

    def introduce(self, name: str) -> str | None:
        """A full name the article introduces as a person ("ist Sabine Huber.", "Rubén Castaño, de 34 años,"):
        track it and make it the subject "he"/"she" and a subjectless cue refer to. A name that reads as a place,
        a body or a post is left alone; returns the name as tracked, if taken."""
        words = name.split()
        if len(words) == _NAME_WORDS + 1 and name_gender(words[0]) is None and name_gender(words[1]) is not None:
            words = words[1:]  # "Lottogewinner Heinz Pawlowski (61)": a capitalised German noun before the name
            name = " ".join(words)
        if not 1 < len(words) <= _NAME_WORDS + 1:
            return None
        known = self._known(name)
        if known is not None and known in self._persons:
            self.note_subject(known)
            return known
        if (
            words[-1].lower() in _PLACE_WORDS
            or words[0].lower() in _COURTESY
            or is_role(words[0])
            or is_organisation_word(words[-1])
        ):
            return None
        key = self.note_person(name)
        self.note_subject(key)
        return key

    def prominent_person(self) -> str | None:
        """The person mentioned most often, the most recent one on a tie."""
        if not self._persons:
            return None
        return max(self._persons.values(), key=lambda p: (p.count, p.last_seen)).name

    def person_with_role(self, role_word: str, article: str | None = None) -> str | None:
        """The most recent tracked person whose role or apposition holds ``role_word`` (``the minister``); of
        several, one of the sex a French or Spanish ``article`` tells ("la ministre", "le ministre")."""
        wanted = role_word.lower()
        holders = [p for p in self._persons.values() if p.role and _holds(p.role, wanted)]
        sex = _ROMANCE_ARTICLE_GENDERS.get(article) if article is not None and len(holders) > 1 else None
        if sex is not None:
            holders = [p for p in holders if p.gender in (sex, None)] or holders
        if not holders and wanted in POST_SYNONYMS:
            # "el técnico" after "el entrenador del Betis, X": the same post by another noun.
            posts = POST_SYNONYMS[wanted]
            holders = [p for p in self._persons.values() if p.role and any(_holds(p.role, post) for post in posts)]
        if not holders and wanted in ANY_POST_NOUNS:
            # "El funcionario precisó" after "El coordinador de Protección Civil, X": whoever holds a post.
            holders = [p for p in self._persons.values() if p.role]
            sex = _ROMANCE_ARTICLE_GENDERS.get(article) if article is not None else None
            if sex is not None:
                holders = [p for p in holders if p.gender in (sex, None)]
        return max(holders, key=lambda p: p.last_seen).name if holders else None

    def _person_with_any(self, words: frozenset[str]) -> str | None:
        """The most recent tracked person whose role holds one of ``words``."""
        holders = [p for p in self._persons.values() if p.role and not words.isdisjoint(_role_words(p.role))]
        return max(holders, key=lambda p: p.last_seen).name if holders else None

    def _post_initials(self, acronym: str) -> str | None:
        """The most recent tracked person whose post ``acronym`` abbreviates, its last word a post ("CS" for
        "Treasury Cabinet Secretary", "PM" for "Prime Minister"); not a body's initials inside a post ("NHS" of
        "NHS England chief executive" ends in no post word)."""
        size = len(acronym)
        holders = []
        for person in self._persons.values():
            words = (person.role or "").split()
            for end in range(size, len(words) + 1):
                if is_role(words[end - 1]) and glosses(acronym, words[end - size : end]):
                    holders.append(person)
                    break
        return max(holders, key=lambda p: p.last_seen).name if holders else None

    def _person_with_roles(self, words: list[str]) -> str | None:
        """The tracked person whose role holds all of ``words`` ("Foreign Secretary" but not "Indian ...")."""
        wanted = [word.lower() for word in words]
        holders = [p for p in self._persons.values() if p.role and all(_holds(p.role, w) for w in wanted)]
        return max(holders, key=lambda p: p.last_seen).name if holders else None

    def _not_aged_otherwise(self, age: int) -> str | None:
        """Whom "the 29-year-old" names when nobody was given that age: the last subject, unless given another age
        ("Glenn Fairbrother, 61,"); then the most recent person whose age is not known."""
        last = self._persons.get(self.last_person) if self.last_person is not None else None
        if last is None or last.age is None or last.age == age:
            return None
        ageless = [p for p in self._persons.values() if p.age is None]
        return max(ageless, key=lambda p: p.last_seen).name if ageless else None

    def person_aged(self, age: int) -> str | None:
        """The most recent tracked person given that age ("Jo Lee, 44," for "the 44-year-old")."""
        holders = [p for p in self._persons.values() if p.age == age]
        return max(holders, key=lambda p: p.last_seen).name if holders else None

    def note_speaker(self, speaker: Speaker) -> None:
        """Remember who just spoke, for pronouns in the sentences that follow."""
        if speaker.kind != "person" and _PART_OF_GROUP.match(speaker.name) is not None:
            return  # "Two of the sources": a part of a group met before, which "the sources" still refers back to
        if speaker.kind == "person":
            self.note_subject(speaker.name)
            self.last_unnamed = None
        elif speaker.kind == "group":
            self.last_group = speaker
        elif speaker.kind == "anonymous":
            self._anonymous.append(speaker)
            self.last_unnamed = speaker
            if _many_unnamed(speaker.name):
                self.last_group = speaker  # "Fire officials said ... , they said": "they" are those officials
        elif speaker.kind == "organisation":
            self.note_organisation(speaker.name)
            self.last_organisation = speaker

    def note_subject(self, name: str) -> None:
        """A person spoke or opened a sentence: "he"/"she" now refer to them rather than to a body."""
        self.last_person = name
        self.last_organisation = None
        self._subject_organisation = None

    def _anonymous_with(self, head: str) -> Speaker | None:
        """The most recent unnamed source whose description holds ``head`` ("people familiar with ...")."""
        for speaker in reversed(self._anonymous):
            if head in speaker.name.lower().split():
                return speaker
        return None

    def _anonymous_headed(self, head: str) -> Speaker | None:
        """The most recent unnamed source whose description ``head`` heads ("consultant" of "a senior consultant at
        one Dublin hospital"): its last word before a preposition or a relative, else its last word."""
        for speaker in reversed(self._anonymous):
            words = speaker.name.lower().split()
            end = next((i for i, word in enumerate(words) if i and word in _DESCRIPTION_ENDS), len(words))
            if words[end - 1] == head:
                return speaker
        return None

    def _person(self, name: str | None, role: str | None = None) -> Speaker | None:
        if not name:
            return None
        return as_speaker(name, "person", _merged_role(self.role_of(name), role))

    def _organisation(self, phrase: NounPhrase) -> Speaker:
        head = phrase.words[-1].lower()
        # Only a bare "the company" refers back; "the Palestinian health ministry" names a body of its own.
        anaphoric = len(phrase.words) == 1 and head not in _FORUMS
        found = self.organisation_for(head) if anaphoric else None
        body = self.last_organisation or self._subject_organisation
        if found is None and _demonstrative(phrase):
            found = self._typed_body(head)  # "un informe de esa consultora": the consultancy named before
        if found is None and anaphoric and head in _DESCRIBED_BODIES and body is not None:
            # "A report by the Government Accountability Office found ... The watchdog warned": the body that spoke
            # (or, when none spoke, the one a sentence opened with: "Ofwex, the energy regulator, fined ...").
            return body
        if found is None and any(word.endswith(("'s", "’s")) for word in phrase.raw[:-1]):
            found = _as_written(phrase)  # "Varnia's government accused": the possessor as written
        if found is None:
            found = _with_article(phrase.determiner, phrase.words + phrase.tail)
        return as_speaker(found, "organisation")

    def _typed_body(self, head: str) -> str | None:
        """The one body met before as the name after ``head`` in a post ("directora de la consultora Pampa
        Análisis" for "esa consultora"); None when none or several were."""
        names: set[str] = set()
        for person in self._persons.values():
            words = (person.role or "").split()
            for index, word in enumerate(words[:-1]):
                if word.lower().removeprefix("l'").removeprefix("l’") == head and words[index + 1][:1].isupper():
                    rest = words[index + 1 :]
                    cut = next((k for k, w in enumerate(rest) if not w[:1].isupper() and w not in _NAME_JOINERS), None)
                    names.add(" ".join(rest[:cut]))
        return next(iter(names)) if len(names) == 1 else None

    def _represented(self, phrase: NounPhrase) -> Speaker | None:
        """The body an unnamed spokesperson speaks for, when referred to by a common noun: "a spokesman for the
        firm" (the firm of the article), "un portavoz de la empresa"."""
        tail = phrase.tail
        if (
            phrase.words[-1].lower() not in _SPOKESPEOPLE
            or len(tail) < _OF_THE_BODY
            or tail[0].lower() not in _FOR_THE_BODY
            or tail[1].lower() not in DEFINITE_ARTICLES
            or not is_organisation_word(tail[-1])
        ):
            return None
        return self._organisation(NounPhrase(tuple(tail[2:]), "common", tail[1].lower()))

    def _unroled_prominent(self) -> str | None:
        """The most prominent person whose post is not known: whom a new description most likely names."""
        unroled = [p for p in self._persons.values() if is_weak_role(p.role)]
        return max(unroled, key=lambda p: (p.count, p.last_seen)).name if unroled else None

    def _new_voice(self, determiner: str | None, age: int) -> str | None:
        """Whom an age description attributing a paragraph-opening quote names when the paragraph before ended on
        another person's quote: news writing gives a new speaker a new quote paragraph and goes on with the name
        or "er"/"he" for the same one, so "„…“, sagte der 52-Jährige" after "„…“, sagte Sportvorstand X" is the
        most recent other person named whose age is not known to differ, of the sex the article tells ("der",
        "die"). None when that rule does not apply or nobody else fits."""
        voice = self.previous_voice
        if voice is None or voice != self.last_person:
            return None
        wanted = _GERMAN_ARTICLE_GENDERS.get(determiner or "")
        others = [
            p for p in self._persons.values() if p.name != voice and p.gender in (wanted, None) and p.age in (age, None)
        ]
        return max(others, key=lambda p: p.last_seen).name if others else None

    def _described(self, phrase: NounPhrase) -> Speaker | None:
        """A definite description of a person ("the minister", "the defendant", "the 44-year-old")."""
        head_word = phrase.words[-1]
        head = head_word.lower()
        age = stated_age(head)
        if age is not None:
            aged = self.person_aged(age)
            if aged is None and self.last_unnamed is not None:
                return self.last_unnamed  # "sagt die 67-Jährige" after "eine Anwohnerin ... nach eigenen Worten"
            if aged is None and phrase.determiner in _ENGLISH_ARTICLES:
                aged = self._fresh_subject()
            if aged is None:
                aged = self._new_voice(phrase.determiner, age) or self._not_aged_otherwise(age)
            if aged is None and self.last_person is None and self._last_candidate is not None:
                # "..., als Janine Albers auf die Uhr schaut. „...“, sagt die 34-Jährige": no person tracked yet; the
                # full name seen last is the one the description stands for.
                aged = self.note_person(self._last_candidate)
            return self._person(aged or self.last_person)
        holder = self.person_with_role(head, phrase.determiner)
        if holder is None and head in _ROLE_SYNONYMS:
            # "Mr Justice Andrew Carey ... The judge said": another word for the same post.
            holder = self._person_with_any(_ROLE_SYNONYMS[head])
        if holder is None and head in _LEADER_WORDS:
            # "Chief executive Simon Ward ... The firm's boss said": a word for whoever leads a body names the
            # most recent person holding a leading post; "the Treasury boss", the body named, the one whose post
            # names that body ("Treasury Cabinet Secretary X"), whatever post it is.
            named = [word for word in phrase.words[:-1] if word[:1].isupper()]
            holder = self._person_with_roles(named) if named else None
            holder = holder or self._person_with_any(_LEADER_POSTS)
        sex = _ROMANCE_ARTICLE_GENDERS.get(phrase.determiner or "")
        if holder is None and sex is not None and head_word[:1].isupper() and not phrase.tail:
            # "a répliqué la Liégeoise", "dijo el santafesino": a capitalised noun for a person from a place names
            # the one person of the sex the article tells met before.
            holder = self._sole_of_sex(sex)
        english = phrase.determiner in _ENGLISH_ARTICLES
        german = phrase.determiner in _GERMAN_DEFINITE and head_word[:1].isupper()
        if holder is None and sex is not None and not phrase.tail and is_person_noun(head_word):
            # "declaró la testigo" after "la declaración de la ex interventora Carmen X": a noun for a person that
            # is no post met before names the person of the sex its article tells mentioned last.
            holder = self._last_of_sex(sex)
        if holder is None and (not (english or german) or not is_person_noun(head_word)):
            return None
        if holder is None and english and not is_role(head_word):
            holder = self._fresh_subject(word_gender(head_word))  # "Jo Platt has raised £900. The mother-of-two said"
        if holder is None and self.last_person is None and self._opening_name is not None:
            # "Jo Platt has raised £900. The mother-of-two said": a full name opening a sentence, no person yet.
            self.note_person(self._opening_name)
            self.last_person = self._opening_name
        if holder is None and is_role(head_word):
            # "Health Secretary X struck a tone. The minister said": the post names the last subject, else the
            # person the article is about ("the self-styled 'emir'").
            holder = self.last_person or self.prominent_person()
        if holder is None and german and not is_role(head_word):
            other = self._other_sex_de(head_word, phrase.determiner or "")
            if other is not None:
                return other
        if holder is None and english and head in DEMONYMS:
            # "Benedetti hit back ... The Italian denied": where a person is from is no post the article left
            # untold; the description goes on about the last person spoken of.
            holder = self.last_person
        if holder is None:
            # A noun for a person not seen as a post ("the defendant") names someone whose post is not known yet.
            holder = self._unroled_prominent() or self.last_person or self.prominent_person()
        if holder is None and german and len(phrase.words) == 1 and not phrase.tail:
            # "Der Verteidiger sagte, ...", "Der Angeklagte räumte ein": no person named yet, so the noun itself
            # stands for a person the article does not name.
            return as_speaker(f"{phrase.determiner} {head_word}", "anonymous")
        return self._person(holder)

    def _other_sex_de(self, head_word: str, determiner: str) -> Speaker | None:
        """ "„…“, sagte die Frau" after "Eine Autofahrerin ... berichtete" when the person a description would name
        otherwise is a man: a German noun telling a sex ("Frau", "Mann", "Anwohnerin") names no person known to be
        of the other sex; the unnamed person who spoke last if of that sex, else the last person named of that sex,
        else someone the article does not name. None when the usual reading agrees."""
        sex = word_gender(head_word)
        usual = self._unroled_prominent() or self.last_person or self.prominent_person()
        if sex is None or usual is None or self.gender_of(usual) in (sex, None):
            return None
        unnamed = self.last_unnamed
        if unnamed is not None and word_gender(unnamed.name.split()[-1]) == sex:
            return unnamed
        same = [p for p in self._persons.values() if p.gender == sex]
        if same:
            return self._person(max(same, key=lambda p: p.last_seen).name)
        return as_speaker(f"{determiner} {head_word}", "anonymous")

    def _last_of_sex(self, sex: str) -> str | None:
        """The person known to be of ``sex`` mentioned last, when that is the last person mentioned of any sex."""
        if not self._persons:
            return None
        last = max(self._persons.values(), key=lambda p: p.last_seen)
        return last.name if last.gender == sex else None

    def _sole_of_sex(self, sex: str) -> str | None:
        """The one person met before known to be of ``sex``; None when none or several are."""
        known = [p.name for p in self._persons.values() if p.gender == sex]
        return known[0] if len(known) == 1 else None

    def _courtesy_named_de(self, words: tuple[str, ...]) -> Speaker:
        """ "Herr Baumgärtner", "Frau Ramsauer", "Seine Frau Renate": the courtesy title (or "Frau" for a wife) is
        no part of the name; the rest names the tracked person of that surname and of the sex the title tells."""
        gender = _GERMAN_COURTESY_GENDERS[words[0]]
        rest = words[1:]
        matching = [p for p in self._persons.values() if p.words[-len(rest) :] == rest and p.gender in (gender, None)]
        if matching:
            person = max(matching, key=lambda p: (p.gender == gender, p.last_seen))
            return self._person(person.name) or as_speaker(person.name, "person")
        name = " ".join(rest)
        key = self.note_person(name)
        self._learn_gender(key, gender)
        return as_speaker(key, "person", self.role_of(key))

    def _proper(self, phrase: NounPhrase) -> Speaker | None:
        words = list(phrase.words)
        if len(words) > 1 and words[0] in _GERMAN_COURTESY_GENDERS and words[1][:1].isupper():
            return self._courtesy_named_de(phrase.words)
        text = " ".join(words)
        lowers = [w.lower() for w in words]
        if len(words) == 1 and lowers[0] in CALENDAR_WORDS:
            return None
        if len(words) == 1 and phrase.determiner in _ENGLISH_ARTICLES and lowers[0] in DEMONYMS:
            # '"...," added the Dutchman': a description of a person, like "the striker".
            return self._described(NounPhrase(phrase.words, "common", phrase.determiner, phrase.raw))
        if phrase.determiner in _GERMAN_INDEFINITE and is_person_noun(words[0]):
            return self._unnamed(phrase)  # "ein Sprecher der Stadt", "eine Anwohnerin", "eines Sprechers"
        if len(words) == 1 and is_acronym(words[0]) and words[0] not in self._organisations:
            holder = self._post_initials(words[0])
            if holder is not None:
                return self._person(holder)  # "Cabinet Secretary Joseph Mugambi ... The CS said"
        if all(map(is_acronym, words)) or (len(words) == 1 and is_organisation_word(words[0])):
            return as_speaker(text, "organisation")
        if len(words) == 1 and lowers[0] in ANONYMOUS_NOUNS and self._known(words[0]) is None:
            holder = self.person_with_role(lowers[0]) if phrase.determiner in DEFINITE_ARTICLES else None
            if holder is not None:
                return self._person(holder)
            return as_speaker(" ".join((text, *phrase.tail)), "anonymous")
        if len(words) > 2 and lowers[1] == "of" and (lowers[0] in GROUP_NOUNS or names_people(words[0])):
            return as_speaker(" ".join((text, *phrase.tail)), "group")  # "Residents of Elm Close said"
        if len(words) == 1 and (lowers[0] in GROUP_NOUNS or (phrase.tail and names_people(words[0]))):
            return as_speaker(" ".join((text, *phrase.tail)), "group")
        if len(words) == 1 and names_people(words[0]) and self._known(words[0]) is None:
            # "Mediators say", "Farmers warned": a plural noun for people opening the sentence.
            return as_speaker(text, "group")
        if (
            phrase.determiner in _GERMAN_ARTICLES
            and len(words) == 1
            and not is_role(words[0])
            and self._known(words[0]) is None
        ):
            # "die Firma": German capitalises every noun; after an article one word is a noun, not a name.
            return self.resolve(NounPhrase(phrase.words, "common", phrase.determiner, phrase.raw, tail=phrase.tail))
        role, name = split_role(words, list(phrase.raw))
        if not name:
            if any(is_organisation_word(w) for w in words):
                return as_speaker(text, "organisation")
            holder = self._person_with_roles(words)
            if holder is None and phrase.determiner in _GERMAN_DEFINITE:
                # "warnte der Kellbacher Rathauschef": a post never seen names the last subject or speaker.
                holder = self.last_person or self.prominent_person()
            return self._person(holder) if holder else as_speaker(text, "person")
        descriptor = phrase.descriptor.split()[-1] if phrase.descriptor else None
        # the head of a French or Spanish descriptor comes first ("la consultora tasadora Valorix")
        head = phrase.descriptor.split()[0] if phrase.descriptor else None
        if is_organisation(name) or (
            descriptor is not None
            and (is_organisation_word(descriptor) or is_document_word(descriptor) or is_organisation_word(head or ""))
        ):
            # As written inside the name ("Private Landlords' Federation"), no possessive on its last word; a post
            # before a lone body word is the body's own ("the Calder County Sheriff's Office", "the Mayor's Office").
            whole = role is not None and len(name) == 1 and is_organisation_word(name[0])
            written = phrase.raw[-len(words if whole else name) : -1] if len(phrase.raw) == len(words) else ()
            return as_speaker(" ".join((*written, name[-1])) if written else " ".join(name), "organisation")
        # Post-nominal letters are not part of a name ("Catherine Doyle KC").
        while len(name) > 1 and is_acronym(name[-1]):
            name = name[:-1]
        key = self.canonical(" ".join(name))
        if len(name) == 1 and key not in self._persons and self._organisation_starting(name[0]) is not None:
            return as_speaker(name[0], "organisation")
        if len(words) == 1 and key not in self._persons and words[0].endswith(_FRENCH_DEMONYM_ENDINGS):
            # "la Liégeoise", "le Namurois": a person from a place, the one person of that sex met before.
            holder = self._sole_of_sex("f" if words[0].endswith(_FEMININE_DEMONYM_ENDINGS) else "m")
            if holder is not None:
                return self._person(holder)
        if len(words) == 1 and phrase.determiner in _ROMANCE_DEFINITE and key not in self._persons:
            # "según la Aemet", "selon le Medef": French and Spanish news put no article before a person's name.
            return as_speaker(name[0], "organisation")
        return self._person(key, phrase.role or role)

    def _german_body(self, phrase: NounPhrase) -> Speaker | None:
        """ "bestätigte der Klub", "teilte der Konzern mit": a capitalised German noun for a body after a definite
        article refers back to the organisation of that kind named before, when there is one."""
        words = phrase.words
        if len(words) != 1 or phrase.tail or phrase.determiner not in _GERMAN_BODY_ARTICLES:
            return None
        head = words[0].lower()
        found = self._sole_organisation(head)
        if found is None and phrase.determiner == "des" and head.endswith("s"):
            # "nach Angaben des Vereins", "laut Sprecher des Verbandes": the genitive ending dropped
            found = self._sole_organisation(head[:-1]) or self._sole_organisation(head[:-2])
        return None if found is None else as_speaker(found, "organisation")

    def _sole_organisation(self, head: str) -> str | None:
        """The one organisation of the kind a generic head names (a company, a club); None when none or
        several such were named, for then the description is kept as written."""
        bodies = list(self._organisations.values())
        if head in _GENERIC_ORGANISATIONS:
            kind = [org for org in bodies if org.name.lower().split()[-1] not in _MEDIA_MARKERS]
        elif head in _CLUB_HEADS:
            kind = [org for org in bodies if _club_name(org.name.lower().split())]
        else:
            kind = []
        if not kind and len(head) > _MIN_BODY_HEAD and is_organisation_word(head):
            # "der Verein" after "der Mieterverein München", "der Verband" after "der Bankpersonalverband": the one
            # body whose name holds a compound of that kind.
            kind = [org for org in bodies if any(_compound_of(word, head) for word in org.name.lower().split())]
        return kind[0].name if len(kind) == 1 else None

    def _department_holder(self, phrase: NounPhrase) -> str | None:
        """Whom "el titular de Hacienda", "le ministre du Budget" names: the one person met before whose post is
        that noun (or another word for it) and holds that department (or another name for it); else None."""
        noun = (phrase.role or "").split()[0]
        posts = (noun, *POST_SYNONYMS.get(noun, ()))
        department = phrase.words[-1].lower()
        departments = (department, *_DEPARTMENT_SYNONYMS.get(department, ()))
        holders = [
            p.name
            for p in self._persons.values()
            if p.role
            and any(_holds(p.role, post) for post in posts)
            and not _role_words(p.role).isdisjoint(departments)
        ]
        return holders[0] if len(holders) == 1 else None

    def _unnamed(self, phrase: NounPhrase) -> Speaker:
        """An unnamed person ("ein Polizeisprecher", "eine Anwohnerin"), with what follows the noun."""
        article = phrase.determiner or ""
        return as_speaker(" ".join((article, *phrase.words, *phrase.tail)).strip(), "anonymous")

    def resolve(self, phrase: NounPhrase) -> Speaker | None:
        """The speaker a phrase refers to, or None when it cannot be told."""
        if phrase.words[0].lower() in _NEGATIVE or phrase.determiner in _NEGATIVE:
            return None  # "Neither campaign has alleged fraud": nobody said it
        if phrase.kind == "pronoun":
            lower = phrase.words[0].lower()
            if lower in _BODY_PRONOUNS and _agrees(lower, self.last_organisation):
                # "La direction conteste ce chiffrage. ... elle affirme": a body is "il"/"elle" in French, "it".
                return self.last_organisation
            if lower == "it" and self.last_organisation is None and self._subject_organisation is not None:
                return self._subject_organisation
            if lower in _PERSON_PRONOUNS:
                if self.last_person is not None and lower in _ENGLISH_PERSON_PRONOUNS:
                    self._fresh_subject(_PRONOUN_GENDERS[lower])  # "Jo Lee was walking home. She said ..."
                if self.last_person is None and _one_unnamed_person(self.last_unnamed):
                    # "Ein Referatsleiter, der anonym bleiben will, spricht von ... »...«, sagt er.": no person
                    # named yet; the one unnamed person who spoke.
                    return self.last_unnamed
                if self.last_person is None and self._opening_name is not None:
                    # "Margaret Ellery pours the tea. ... she says": a full name opening a sentence, no person yet.
                    self.note_person(self._opening_name)
                    self.last_person = self._opening_name
                if self.last_person is None and self.last_organisation is not None:
                    # "A spokeswoman for the police said ... She said": no person yet; the body's voice.
                    return self.last_organisation
                agreeing = self._agreeing_person(lower)
                if agreeing is None and self.last_person is not None:
                    # The last person's sex differs and a body or unnamed source spoke since: their voice.
                    return self.last_unnamed or self.last_organisation
                return self._person(agreeing)
            if lower in {"they", "them"}:
                return self.last_group
            return None
        if phrase.kind == "proper":
            words = phrase.words
            if phrase.determiner in _ROMANCE_DEFINITE and len(words) > 1 and is_organisation_word(words[0]):
                # "la Dirección General de Protección Civil": a body whose name opens with its kind, no post in it.
                return as_speaker(" ".join((*(phrase.raw or words), *phrase.tail)), "organisation")
            if phrase.descriptor == POST_OF:
                holder = self._department_holder(phrase)
                if holder is not None:
                    return self._person(holder)
                phrase = NounPhrase(phrase.words, "proper", None, phrase.raw)  # kept as the sentence gave it
            described = self._german_body(phrase)
            return described if described is not None else self._proper(phrase)
        if len(phrase.words) > 1 and phrase.words[-1] in _CUT_OF and not phrase.tail:
            # "la Liégeoise de 54 ans": the phrase was cut before its complement; the noun before "de" heads it.
            phrase = NounPhrase(phrase.words[:-1], phrase.kind, phrase.determiner, phrase.raw[:-1], phrase.role)
        text = " ".join(phrase.words + phrase.tail)
        head = phrase.words[-1].lower()
        if phrase.descriptor == PROXY:
            # "A spokesperson for Kelsey said": the one speaking for the person, as written.
            return as_speaker(" ".join(w for w in (phrase.determiner or "", text) if w), "anonymous")
        owned = _possessed_head(phrase.tail)
        if owned is not None and (is_organisation_word(owned) or owned.lower() in DOCUMENT_NOUNS):
            # "the secretary of state's office": the possessed noun heads the phrase.
            return as_speaker(_as_written(phrase), "organisation")
        if (
            (phrase.determiner in _INDEFINITES or phrase.words[0].lower() in _INDEFINITES)
            and is_person_noun(phrase.words[-1])
            and (
                not is_role(phrase.words[-1])
                or phrase.words[0].lower() in _ONE_OF
                or head in DESCRIPTIVE_OPENERS_EN  # "a widow", "a pensioner": a description, not a post
                or phrase.determiner in _ROMANCE_INDEFINITES  # "un economista que asesora a ...": never named
            )
            and head not in ANONYMOUS_NOUNS
        ):
            # "A local resident said", "one shopkeeper said", "another trader": a person the article does not name
            # (a post, "a former treasurer of ...", is often named in the next sentence).
            return as_speaker(" ".join(w for w in (phrase.determiner or "", text) if w), "anonymous")
        if len(phrase.words) > 2 and phrase.words[1] == "of" and phrase.words[0].lower() in _ONE_OF:
            # "One of the firm's largest shareholders, who asked not to be named, said": one of a group, unnamed.
            return as_speaker(text, "anonymous")
        if (
            phrase.determiner in _ROMANCE_DEFINITE
            and phrase.words[0][:1].isupper()
            and is_organisation_word(phrase.words[0])
        ):
            # "La Cour des comptes souligne", "El Tribunal de Cuentas advierte": a capitalised body and its complements.
            return as_speaker(" ".join((*(phrase.raw or phrase.words), *phrase.tail)), "organisation")
        if _romance_head_of(phrase):
            # "le ministère de l'Industrie a indiqué", "el equipo de gobierno municipal": a body named by a
            # lowercase noun and its complement after "de"; the head comes first. "Los vecinos del barrio de X":
            # people so described are a group.
            if is_organisation_word(phrase.words[0]):
                return as_speaker(_as_written(phrase), "organisation")
            if names_people(phrase.words[0]):
                return as_speaker(_as_written(phrase), "group")
        if _romance_described_body(phrase):
            ranked = len(phrase.words) == _NOUN_AND_RANK and phrase.words[1] in _RANKING
            named = self.organisation_for(phrase.words[0]) if ranked else None
            return as_speaker(named or _as_written(phrase), "organisation")
        if _romance_plural_body(phrase):
            # "les groupes socialiste et écologiste", "los sindicatos mayoritarios", "les élus locaux": bodies or
            # people in the plural, their noun first and its adjectives after it, speak as a group.
            return as_speaker(_as_written(phrase), "group")
        body = self._represented(phrase)
        if body is not None:
            return body
        if phrase.determiner in DEFINITE_ARTICLES and head not in DOCUMENT_NOUNS:
            # "the spokeswoman" after "spokeswoman Petra Hahn": the person holding that post ("the report" is
            # none, though a person was "one of the report's authors").
            holder = self.person_with_role(head, phrase.determiner)
            post_body = _body_in_role(self.role_of(holder) or "", head) if holder is not None else None
            if post_body is not None and not phrase.tail and len(phrase.words) == 1:
                # "X, vice-president of the Royal College of Surgeons, said ... The college estimates": the
                # body named in the post, not the person holding it.
                return as_speaker(post_body, "organisation")
            if holder is not None:
                return self._person(holder)
        if phrase.determiner in _GERMAN_INDEFINITE and is_person_noun(phrase.words[-1]):
            return self._unnamed(phrase)
        if (
            phrase.determiner in DEFINITE_ARTICLES
            and not phrase.tail
            and (head in ANONYMOUS_NOUNS or head in _UNNAMED or is_person_noun(phrase.words[-1]))
        ):
            # "the official", "two of the people", "the manager": the unnamed source quoted before.
            earlier = self._anonymous_with(head)
            if earlier is not None:
                return earlier
        if phrase.determiner == "the" and not phrase.tail and len(phrase.words) == 1:
            # "A senior consultant at one Dublin hospital said ... '...,' the consultant said": the unnamed source
            # whose description that noun heads.
            headed = self._anonymous_headed(head)
            if headed is not None:
                return headed
        if (
            phrase.determiner in _ENGLISH_ARTICLES
            and not phrase.tail
            and head in _CONFIDANTS
            and self.last_unnamed is not None
            and self.person_with_role(head) is None
        ):
            # "A pal revealed ... 'She's not sleeping,' the friend said": the unnamed friend quoted just before.
            return self.last_unnamed
        if head in ANONYMOUS_NOUNS and phrase.tail and _described_source(phrase.words):
            # "a senior Republican official familiar with ...": the described head names the source.
            return as_speaker(" ".join(phrase.words), "anonymous")
        if head in ANONYMOUS_NOUNS or (head in _UNNAMED and phrase.tail):
            return as_speaker(text, "anonymous")
        if head in _FORUMS and phrase.determiner is not None and not phrase.tail:
            # "The inquest heard", "an inquest has heard": the hearing stands as the source; the one hearing a
            # report is about, whichever article introduces it.
            if phrase.determiner in _INDEFINITES:
                return as_speaker(_with_article("the", phrase.words), "organisation")
            return as_speaker(_as_written(phrase), "organisation")
        if head in DOCUMENT_NOUNS or is_document_word(phrase.words[-1]):
            # As written, with its article or possessive, like a body ("a large study", "its annual report"); a
            # German article only marks the case "laut" or "zufolge" governs ("laut der Statistik"): left out.
            german = phrase.determiner in _GERMAN_ARTICLES
            return as_speaker(text if german else _as_written(phrase), "organisation")
        if is_organisation_word(phrase.words[-1]) or (head in _DESCRIBED_BODIES and phrase.determiner is not None):
            return self._organisation(phrase)
        if (
            phrase.determiner in _GERMAN_DEFINITE
            and len(phrase.words) == 1
            and not phrase.tail
            and phrase.words[0].isupper()
            and is_acronym(phrase.words[0])
        ):
            # "Die SPD fordert", "Der DGB warnt": German puts the article before a body's short name; no person.
            return as_speaker(self.organisation_key(phrase.words[0]), "organisation")
        if head in _AUTHORS and phrase.determiner in _ENGLISH_ARTICLES and not phrase.tail and len(phrase.words) == 1:
            # "The report found ... The authors estimate": the authors of the document or body that spoke last.
            return self.last_organisation or as_speaker(_as_written(phrase), "group")
        if head in _KIN_GROUPS and phrase.determiner is not None and not phrase.tail:
            return as_speaker(_as_written(phrase), "group")  # "The family said", "His relatives said"
        if head in _ISSUED_TEXTS and len(phrase.words) > 1 and phrase.words[-2].lower() in _KIN_GROUPS:
            return as_speaker(_with_article("the", phrase.words[-2:-1]), "group")  # "A family statement read:"
        if names_people(head):
            return as_speaker(text, "group")
        if phrase.determiner in DEFINITE_ARTICLES:
            return self._described(phrase)
        if phrase.determiner in _POSSESSIVE_DETERMINERS and is_person_noun(phrase.words[-1]):
            # "Her neighbour, who asked not to be named, said": a person known by their tie to someone, named
            # when their post was seen with a name ("Harker's lawyer, Neil Stamp" ... "his lawyer"), else unnamed.
            holder = self.person_with_role(head)
            return self._person(holder) if holder else as_speaker(_as_written(phrase), "anonymous")
        return None
