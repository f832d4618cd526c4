"""Word lists the speaker rules lean on. Kept apart from the rules so they can grow without touching logic."""

from __future__ import annotations

__all__ = [
    "ANONYMOUS_NOUNS", "COLLECTIVE_NOUNS", "DETERMINERS", "GROUP_NOUNS", "HONORIFICS", "NAME_PARTICLES",
    "NOUN_MARKERS", "ORG_MARKERS", "PREPOSITIONS", "PRONOUNS", "RELATIVES", "ROLE_WORDS", "SKIP_BEFORE_CUE",
    "STARTERS", "STOP_WORDS", "TITLES",
]  # fmt: skip

# Titles and posts, lowercase. The role of a speaker runs up to the last of these in a proper noun phrase.
ROLE_WORDS = frozenset(
    {
        "secretary", "minister", "president", "chancellor", "senator", "governor", "mayor", "general", "colonel",
        "captain", "commander", "chief", "director", "chairman", "chairwoman", "chair", "leader", "spokesman",
        "spokeswoman", "spokesperson", "judge", "justice", "professor", "prof", "detective", "inspector",
        "sergeant", "officer", "ambassador", "king", "queen", "prince", "princess", "pope", "bishop",
        "archbishop", "sheikh", "ayatollah", "emir", "sultan", "ceo", "boss", "manager", "coach",
        "superintendent", "constable", "lord", "lady", "sir", "dame", "dr", "gen", "col", "capt", "sgt", "rep",
        "sen", "gov", "premier", "warlord", "head", "founder", "executive", "economist", "editor",
        "correspondent", "deputy", "attorney", "mp", "mep", "councillor", "commissioner", "marshal", "admiral",
        "lieutenant", "chairperson", "vice", "treasurer", "speaker", "cardinal", "rabbi", "imam", "dean",
        "analyst", "organiser", "organizer", "cllr", "rev",
    }
)  # fmt: skip

# Titles that say little about a person's post: as a role they never replace a fuller one seen before.
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev",
     "councillor", "cllr"}
)  # fmt: skip

# Courtesy titles belong to neither the name nor the role.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})

# Lowercase particles that sit between the capitalised parts of a name ("Osama bin Laden", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    {"bin", "ibn", "bint", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "dos"}
)

# Organisation markers, lowercase: a proper noun phrase containing one names an organisation.
ORG_MARKERS = frozenset(
    {
        "ministry", "police", "inc", "ltd", "llc", "plc", "council", "government", "department", "agency",
        "commission", "committee", "corporation", "corp", "company", "university", "bank", "party", "army",
        "navy", "office", "authority", "court", "union", "association", "institute", "foundation", "service",
        "trust", "board", "group", "bureau", "parliament", "congress", "senate", "nations", "cabinet", "force",
        "forces", "command", "coalition", "organisation", "organization", "federation", "club", "fund",
        "network", "centre", "center", "hospital", "airlines", "administration", "pentagon", "kremlin",
        "energy", "securities", "holdings", "industries", "technologies", "motors", "airways", "insurance",
        "investments", "pharmaceuticals", "bancorp", "firm",
    }
)  # fmt: skip

# Speakers left unnamed on purpose.
ANONYMOUS_NOUNS = frozenset(
    {"source", "sources", "official", "officials", "insider", "insiders", "aide", "aides", "spokesman",
     "spokeswoman", "spokesperson", "someone", "people familiar"}
)  # fmt: skip

# Plural nouns that name groups of people even when capitalised at the start of a sentence.
GROUP_NOUNS = frozenset(
    {
        "spies", "leaders", "soldiers", "troops", "officers", "experts", "analysts", "residents", "witnesses",
        "critics", "researchers", "scientists", "investigators", "militants", "rebels", "doctors", "protesters",
        "campaigners", "ministers", "lawmakers", "diplomats", "authorities", "prosecutors", "commanders",
        "fighters", "activists", "locals", "villagers", "survivors", "refugees", "observers", "economists",
        "forecasters", "workers", "employees", "teachers", "parents", "voters", "reporters", "journalists",
        "generals", "politicians", "mps", "senators", "judges", "lawyers", "medics", "paramedics",
        "firefighters", "families", "students", "police", "detectives", "agents", "staff", "users", "owners",
        "traders", "unions", "shareholders", "investors", "patients", "nurses", "councillors", "members",
        "businesses", "shopkeepers", "retailers", "farmers", "tenants", "passengers", "drivers", "homeowners",
    }
)  # fmt: skip

# Singular nouns that still name many people.
COLLECTIVE_NOUNS = frozenset(
    {"people", "police", "staff", "military", "militia", "public", "crew", "personnel", "media"}
)

# Words that open a relative clause in apposition ("Jo Lee, who chairs the board, said").
RELATIVES = frozenset({"who", "which", "whose", "whom", "where"})

# Prepositions that tie a noun phrase to the speaker before it ("Traders on the promenade warned").
PREPOSITIONS = frozenset({"of", "on", "in", "at", "for", "from", "with"})

# English, plus the German, French and Spanish pronouns for one person ("er", "elle", "él").
PRONOUNS = frozenset(
    {"he", "she", "they", "him", "her", "them", "it", "i", "we", "er", "sie", "il", "elle", "él", "ella"}
)

DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
     "some", "many", "several", "most", "all", "both"}
)  # fmt: skip

# Right before a cue these make it a noun ("the claim that ..."), not a verb of speech.
NOUN_MARKERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"})

# Words that may stand between a speaker and the cue ("Iraqi soldiers now claim", "has said").
SKIP_BEFORE_CUE = frozenset(
    {
        "now", "also", "yesterday", "today", "tonight", "previously", "earlier", "later", "recently",
        "repeatedly", "reportedly", "publicly", "privately", "once", "then", "subsequently", "allegedly", "has",
        "have", "had", "again", "still", "already", "did", "does", "do", "always", "often", "never", "would",
        "could", "may", "might", "will", "shall", "should", "can", "must", "last", "night", "week", "further",
        "separately", "openly", "widely", "even", "initially", "first", "originally",
    }
)  # fmt: skip

# Function words that end a noun phrase when walking back from a cue.
STOP_WORDS = frozenset(
    {
        "and", "or", "but", "that", "which", "who", "whom", "whose", "of", "in", "on", "at", "to", "for", "with",
        "by", "from", "as", "when", "while", "after", "before", "because", "since", "if", "than", "so", "is",
        "was", "were", "are", "be", "been", "being", "not", "there", "here", "what", "where", "how", "why",
        "into", "about", "over", "under", "it", "also", "has", "have", "had", "him", "them", "me", "us",
    }
)  # fmt: skip

# Capitalised words that open a sentence without being part of a name.
STARTERS = frozenset(
    {
        "the", "a", "an", "but", "and", "however", "yesterday", "today", "tonight", "meanwhile", "then", "now",
        "earlier", "later", "last", "on", "in", "at", "this", "that", "also", "so", "still", "indeed", "just",
        "when", "after", "before", "while", "if", "asked", "despite", "although", "though", "instead", "even",
        "only", "both", "speaking", "writing", "separately", "elsewhere", "here", "there", "since", "as",
    }
)  # fmt: skip
