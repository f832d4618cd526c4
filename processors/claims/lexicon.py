"""Word lists the speaker rules lean on. Kept apart from the rules so they can grow without touching logic.

English, German, French and Spanish. German compounds are read by their last part: "Personalvorständin" and
"VLG-Chef" are titles because "vorständin" and "chef" are; "Lokführergewerkschaft" is an organisation because
"gewerkschaft" is (:func:`is_role`, :func:`is_organisation_word`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

__all__ = [
    "ANONYMOUS_NOUNS",
    "ANY_POST_NOUNS",
    "CALENDAR_WORDS",
    "COLLECTIVE_NOUNS",
    "DEMONYMS",
    "DEMONYM_NOUNS",
    "DETERMINERS",
    "DOCUMENT_NOUNS",
    "FEMININE_ARTICLES",
    "GERMAN_PERSON_NOUNS",
    "GERMAN_PLAYER_NOUNS",
    "GROUP_NOUNS",
    "HONORIFICS",
    "MASCULINE_ARTICLES",
    "NAME_PARTICLES",
    "NOUN_MARKERS",
    "OCCUPATION_NOUNS",
    "ORG_MARKERS",
    "PARTY_MEMBERS",
    "PERSON_NOUNS",
    "POST_SYNONYMS",
    "PREPOSITIONS",
    "PRONOUNS",
    "RELATIVES",
    "ROLE_WORDS",
    "SKIP_BEFORE_CUE",
    "STARTERS",
    "STOP_WORDS",
    "TITLES",
    "is_document_word",
    "is_german_person_noun",
    "is_organisation_word",
    "is_person_noun",
    "is_role",
    "is_sector_name",
    "name_gender",
    "occupation_opens",
    "word_gender",
]  # fmt: skip

# German posts of arbitration and mediation ("Schlichter Bernhard Quast", "Vermittlerin Eva Roth").
_ROLE_WORDS_DE6: Final = ("schlichter", "schlichterin", "vermittler", "vermittlerin", "mediator", "mediatorin")
# Titles and posts, lowercase. The role of a speaker runs up to the last of these in a proper noun phrase.
ROLE_WORDS: Final = frozenset(
    {
        # fr, es: public servants named by their service ("el funcionario de Obras, X", "la edil")
        "funcionario", "funcionaria", "fonctionnaire", "edil", "edila",
        "secretary", "minister", "president", "chancellor", "senator", "governor", "mayor", "general", "colonel",
        "captain", "commander", "chief", "director", "chairman", "chairwoman", "chair", "leader", "spokesman",
        "spokeswoman", "spokesperson", "judge", "justice", "professor", "prof", "detective", "inspector",
        "sergeant", "officer", "ambassador", "king", "queen", "prince", "princess", "pope", "bishop",
        "archbishop", "sheikh", "ayatollah", "emir", "sultan", "ceo", "boss", "manager", "coach",
        "superintendent", "constable", "lord", "lady", "sir", "dame", "dr", "gen", "col", "capt", "sgt", "rep",
        "sen", "gov", "premier", "warlord", "head", "founder", "executive", "economist", "editor",
        "correspondent", "deputy", "attorney", "mp", "mep", "councillor", "commissioner", "marshal", "admiral",
        # members of other parliaments and assemblies, like "MP" ("Labour TD X", "SNP MSP Y", "Congress MLA Z")
        "msp", "mla", "td",
        "lieutenant", "chairperson", "vice", "treasurer", "speaker", "cardinal", "rabbi", "imam", "dean",
        "analyst", "organiser", "organizer", "cllr", "rev",
        # how local and tabloid reports introduce residents ("Grandad Derek Moss", "Mum-of-two Jo Platt")
        "mum", "mom", "mother", "dad", "father", "grandad", "granddad", "grandfather", "grandmother", "gran",
        "grandma", "grandpa", "nan", "pensioner", "widow", "widower",
        # de
        "sprecher", "sprecherin", "chef", "chefin", "vorsitzende", "vorsitzender", "ministerin", "obfrau", "obmann",
        "präsident", "präsidentin", "bürgermeister", "bürgermeisterin", "direktor", "direktorin", "vorstand",
        "vorständin", "leiter", "leiterin", "geschäftsführer", "geschäftsführerin", "kanzler", "kanzlerin",
        "staatsanwalt", "staatsanwältin", "richter", "richterin", "landrat", "landrätin", "abgeordnete",
        "abgeordneter", "senatorin", "trainer", "trainerin", "intendant", "intendantin", "kämmerer", "kämmerin",
        "staatssekretär", "staatssekretärin", "rektor", "rektorin", "pfarrer", "pfarrerin", "bischof", "bischöfin",
        "professorin", "dezernent", "dezernentin", "kommandeur", "kommandeurin", "politiker", "politikerin",
        "vize",
        # fr
        "ministre", "maire", "président", "présidente", "directeur", "directrice", "porte-parole", "secrétaire",
        "député", "députée", "sénateur", "sénatrice", "préfet", "préfète", "procureur", "procureure", "juge",
        "avocat", "avocate", "patron", "patronne", "dirigeant", "dirigeante",
        # es
        "ministro", "ministra", "alcalde", "alcaldesa", "presidenta", "consejero", "consejera", "portavoz",
        "directora", "secretario", "secretaria", "diputado", "diputada", "fiscal", "juez", "jueza", "delegado",
        "delegada", "gobernador", "gobernadora",
        # en, posts of inquests and counties ("Area coroner Rebecca Tregarthen", "the coroner added")
        "coroner", "sheriff",
        # fr and es posts as wire copy writes them before a name
        "recteur", "rectrice", "délégué", "déléguée", "commandant", "commandante", "capitaine", "économiste",
        "ingénieur", "ingénieure", "adjoint", "adjointe", "vice-président", "vice-présidente", "conseillère",
        "presidente", "vicepresidente", "vicepresidenta", "entrenador", "entrenadora", "jefe", "jefa",
        "gerente", "rector", "rectora", "capitán", "capitana", "comisario", "comisaria", "subdelegado",
        "subdelegada", "economista", "coordinador", "coordinadora",
        # en, British police ranks as written before a name ("Det Insp Carl Hendry", "Supt Amy Toll", "PC Dan Moss")
        "det", "insp", "supt", "dci", "pc",
        # fr and es titles, ranks and local posts before a name ("le docteur Marc Aubry", "el concejal Luis Gil")
        "docteur", "docteure", "doctora", "professeur", "professeure", "commissaire", "conseiller", "concejal",
        "concejala", "coronel", "teniente", "sargento", "regidor", "regidora", "magistrat", "magistrate",
        "magistrado", "magistrada", "bâtonnier", "bâtonnière",
        # fr and es heads of a school or a public office's accounts ("le proviseur, Marc X", "la interventora Ana Y")
        "proviseur", "proviseure", "principale", "interventor", "interventora",
    }
) | frozenset(_ROLE_WORDS_DE6)  # fmt: skip
# Occupations that news writing puts before a name as a description ("Paramedic Gareth Lowry told", "pop star Jo
# Platt", "singer Tom Reed", "Chelsea striker Ben Cole"). Lowercase inside a run of capitalised words they are its
# role; capitalised they are a role only opening a run of three or more words (:func:`occupation_opens`), as
# "Doctor Who" or "Pilot Study" are no person. Not titles: "a nurse said" stays an unnamed person.
OCCUPATION_NOUNS: Final = frozenset(
    {"paramedic", "nurse", "midwife", "doctor", "surgeon", "firefighter", "teacher", "headteacher", "lawyer",
     "solicitor", "barrister", "engineer", "scientist", "researcher", "pilot", "farmer", "builder", "mechanic",
     "miner", "fisherman", "journalist", "presenter", "singer", "singer-songwriter", "actor", "actress", "star",
     "rapper", "comedian", "footballer", "striker", "midfielder", "defender", "goalkeeper", "winger", "boxer",
     "quarterback", "cornerback", "linebacker", "receiver", "pitcher", "shortstop", "outfielder", "cyclist",
     "athlete", "golfer", "jockey", "chef", "businessman", "businesswoman", "entrepreneur", "tycoon",
     "billionaire", "millionaire", "campaigner", "activist", "student", "soldier", "veteran", "carer", "landlord",
     "shopkeeper", "driver", "cabbie", "plumber", "electrician", "dj", "influencer", "youtuber", "socialite",
     "novelist", "author", "poet", "photographer", "designer", "architect", "accountant", "pharmacist", "dentist",
     "vet", "priest", "vicar", "pastor", "councilman", "councilwoman", "congressman", "congresswoman",
     "policeman", "policewoman",
     # prize winners named by their prize ("Oscar winner Clara Dene", "Olympic champion Tom Reed")
     "winner", "champion", "medallist", "medalist", "nominee", "laureate",
     # court reports name counsel by their part ("Prosecutor Helen Firth", "Prosecutor James Carrow")
     "prosecutor",
     # fr and es scholars and experts before a name ("la sociologue Anne Carrel", "el politólogo Luis Mora")
     "sociologue", "politologue", "psychologue", "historien", "historienne", "chercheur", "chercheuse",
     "sociólogo", "socióloga", "politólogo", "politóloga", "psicólogo", "psicóloga", "historiador",
     "historiadora", "investigador", "investigadora",
     # en, a study's authors before a name ("Co-author Ann Lee said"); unlike "Author", no title opens with it
     "co-author", "coauthor"}
)  # fmt: skip
# Occupations that open titles and names of things when capitalised ("Star Trek", "Driver Training Unit").
_NOT_OPENING: Final = frozenset(
    {"star", "driver", "student", "veteran", "designer", "architect", "author", "winner", "champion", "nominee"}
)


# English nouns for how a person stands to a story, capitalised before a full name in news copy ("Neighbour Shirley
# Bamford, 58, said", "Pensioner Joan Hill", "Grandmother Ann Roe"): a description, like an occupation, opening
# a run of three or more words; not added to OCCUPATION_NOUNS, which also joins lowercase words to a run.
DESCRIPTIVE_OPENERS_EN: Final = frozenset(
    {"neighbour", "neighbor", "pensioner", "grandmother", "grandfather", "gran", "grandad", "widow", "widower",
     "homeowner", "tenant", "shopper", "commuter", "motorist", "dog-walker", "mum", "dad", "eyewitness",
     "bystander", "passer-by", "resident", "villager", "stallholder", "landlady"}
)  # fmt: skip


def occupation_opens(word: str) -> bool:
    """A capitalised occupation opening a run of words: "Paramedic" of "Paramedic Gareth Lowry"."""
    lower = word.lower()
    if not word[:1].isupper():
        return False
    return (lower in OCCUPATION_NOUNS and lower not in _NOT_OPENING) or lower in DESCRIPTIVE_OPENERS_EN


# German titles that end compounds ("Personalvorständin", "Gewerkschaftschef", "Polizeisprecher").
_ROLE_SUFFIXES: Final = tuple(
    sorted(
        (
            "sprecher", "sprecherin", "chef", "chefin", "vorsitzende", "vorsitzender", "minister", "ministerin",
            "präsident", "präsidentin", "bürgermeister", "bürgermeisterin", "direktor", "direktorin", "vorstand",
            "vorständin", "leiter", "leiterin", "geschäftsführer", "geschäftsführerin", "experte", "expertin",
            "senator", "senatorin", "kommissar", "kommissarin", "beauftragte", "beauftragter", "anwalt", "anwältin",
            "kanzler", "kanzlerin", "sekretär", "sekretärin", "kämmerer", "rektor", "rektorin", "richter", "richterin",
            "politiker", "politikerin",
            # A deputy named by the body they deputise in ("Fraktionsvize", "Parteivize", "SPD-Vize").
            "vize",
            # A councillor who is a woman ("Stadträtin", "Bezirksrätin"): a person; "-rat" may be the council.
            "rätin",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip

# Titles that say little about a person's post: as a role they never replace a fuller one seen before.
TITLES: Final = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev",
     "councillor", "cllr"}
)  # fmt: skip

# Courtesy titles belong to neither the name nor the role.
HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "miss", "mx"})

# Lowercase particles that sit between the capitalised parts of a name ("Osama bin Laden", "Ursula von der Leyen").
NAME_PARTICLES: Final = frozenset(
    {"bin", "ibn", "bint", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "dos"}
)

# Organisation markers, lowercase: a proper noun phrase containing one names an organisation.
ORG_MARKERS: Final = frozenset(
    {
        "ministry", "police", "inc", "ltd", "llc", "plc", "council", "government", "department", "agency",
        "commission", "committee", "corporation", "corp", "company", "university", "bank", "party", "army",
        "navy", "office", "authority", "court", "union", "association", "institute", "foundation", "service",
        "trust", "board", "group", "bureau", "chamber", "parliament", "congress", "senate", "nations", "cabinet",
        "force", "forces", "command", "coalition", "organisation", "organization", "federation", "club", "fund",
        "network", "centre", "center", "hospital", "airlines", "administration", "pentagon", "kremlin",
        "energy", "securities", "holdings", "industries", "technologies", "motors", "airways", "insurance",
        "investments", "pharmaceuticals", "bancorp", "firm", "management", "newspaper", "airport", "embassy",
        "consulate", "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "press", "news",
        "campaign", "directorate", "project", "secretariat", "research", "partners", "capital", "associates",
        "advisers", "advisors", "labs", "laboratories", "systems", "semiconductor", "electronics", "logistics",
        "analytics", "consulting", "foods", "pharma", "retail", "brewery", "airline", "developer", "operator",
        "watchdog", "regulator", "retailer", "insurer", "lender", "supermarket", "carrier", "industry", "sector",
        "brewer", "automaker", "drugmaker", "grocer",
        "manufacturer", "housebuilder", "carmaker", "chipmaker", "utility",
        # en: trade and craft bodies ("Technical Workers' Guild")
        "guild", "guilds",
        "reuters", "bloomberg", "broadcaster", "channel", "television", "radio", "magazine", "website",
        # de
        "gewerkschaft", "verband", "stadtwerke", "werke", "gesellschaft", "ministerium", "behörde", "polizei",
        "regierung", "partei", "verein", "gericht", "konzern", "unternehmen", "bundesregierung", "stadtverwaltung",
        "verwaltung", "bundesamt", "landesamt", "institut", "kommission", "armee", "bundeswehr", "militär",
        "staatsanwaltschaft", "feuerwehr", "rathaus", "opposition", "koalition", "bahn", "landtag", "bundestag",
        "firma", "fc", "sv", "tsv", "vfb", "vfl", "tsg", "eintracht", "borussia", "fortuna", "klub",
        "forschungsstation", "zentrum", "forschungszentrum",
        # fr
        "chambre", "fédération", "ministère", "syndicat", "gouvernement", "conseil", "mairie", "préfecture",
        "agence", "confédération", "société", "entreprise", "groupe", "assemblée", "tribunal", "gendarmerie",
        "direction", "campagne", "intersyndicale", "parquet", "pompiers", "hôpital", "fondation",
        "observatoire", "université", "parti", "armée", "région", "département", "commune", "front",
        # es
        "confederación", "ministerio", "gobierno", "ayuntamiento", "asociación", "federación", "sindicato",
        "empresa", "consejería", "junta", "agencia", "comisión", "policía", "universidad", "instituto",
        "dirección", "campaña", "patronal", "guardia", "bomberos", "fiscalía", "juzgado", "generalitat",
        "diputación", "cabildo", "fundación", "observatorio", "partido", "ejército", "delegación", "subdelegación",
        "consorcio", "emergencias",
        # fr, es: inspectorates ("l'inspection générale des finances", "la Inspección de Trabajo")
        "inspection", "inspección",
        # en, fr, es: the parties to a trial, who plead through their counsel ("the defence said", "la défense
        # plaide", "la defensa alega")
        "prosecution", "defence", "defense", "défense", "defensa",
        # en, trades and football clubs named by their last word ("Norland Mining", "Ashdown Rovers")
        "mining", "minerals", "resources", "petroleum", "shipping", "rovers", "wanderers", "athletic", "albion",
        # es, a council's governing team ("el equipo de gobierno")
        "equipo",
        # fr and es firms and platforms named after their kind ("le cabinet Xerfi", "el portal Habitalia",
        # "la consultora Tinsa", "la sous-préfecture", "l'assureur Groupama")
        "portal", "consultora", "plataforma", "aseguradora", "constructora", "promotora", "inmobiliaria",
        "compañía", "sous-préfecture", "subprefectura", "assureur", "compagnie", "plateforme", "opérateur",
        "constructeur", "bailleur",
        # fr and es bodies named by their kind ("le patronat", "la dependencia", "la Secretaría de Seguridad")
        "patronat", "organisme", "caisse", "dependencia", "secretaría", "procuraduría", "alcaldía", "presidencia",
        # ca: bodies in Catalan that Spanish copy names as they call themselves ("la Associació d'Hotelers", "la
        # Federació de ...", "el Col·legi de Metges")
        "associació", "federació", "confederació", "fundació", "agència", "col·legi", "ajuntament", "cambra",
        # fr, es: a committee is a body in lowercase too ("le comité départemental des pêches", "el comité de
        # empresa"), unlike a court or a bank ("la cour de l'école", "el banco del parque")
        "comité",
    }
)  # fmt: skip
# French and Spanish nouns that name a body only when capitalised ("la Cour des comptes", "la Banque de France",
# "la Corte Suprema", "la Audiencia Nacional"): lowercase they are common words ("la cour de l'école").
CAPITALISED_BODY_WORDS: Final = frozenset(
    {"cour", "banque", "caisse", "banco", "corte", "audiencia", "caja", "cámara",
     # en: a firm named for its founders ("Kessler Brothers", "Hale Bros"); lowercase "brothers" are people
     "brothers", "bros"}
)  # fmt: skip
# German organisations named by compounds ending so ("Lokführergewerkschaft", "Fahrgastverband").
_ORG_SUFFIXES: Final = (
    "gewerkschaft", "verband", "gesellschaft", "ministerium", "behörde", "werke", "partei", "verein", "konzern",
    "polizei", "verwaltung", "regierung", "kommission", "institut", "management", "bund", "rechnungshof",
    "gerichtshof", "fraktion", "agentur", "amt", "kammer", "gericht", "direktion", "präsidium", "stiftung",
    "bündnis", "kasse", "bank", "behörden", "gewerkschaften", "ministerien", "verbände", "beirat", "elternrat",
    "betriebsrat", "aufsichtsrat", "personalrat", "stadtrat", "gemeinderat", "bundesrat", "klinikum", "universität",
    "hochschule", "staatsanwaltschaft", "station", "zentrum", "klub", "versicherung", "portal", "plattform",
    "verbänden", "ministerien", "ämter", "ämtern", "kassen",
    # German bodies and assemblies ("der Städtetag", "der Landkreistag", "der Ausschuss", "das Kabinett")
    "städtetag", "kreistag", "gemeindetag", "ausschuss", "gremium", "kabinett", "genossenschaft", "vereinigung",
    "zentrale", "konsortium",
    # the press ("des Handelsblatts", "der Süddeutschen Zeitung", "des Wirtschaftsmagazins")
    "zeitung", "blatt", "magazin",
    # a body's management and committees ("die Geschäftsführung", "die Spitalleitung", "das Komitee"), named
    # compound by compound: "-leitung" and "-führung" alone also end "Wasserleitung" and "Einführung"
    "geschäftsführung", "konzernführung", "parteiführung", "unternehmensführung", "fraktionsführung",
    "vereinsführung", "verbandsführung", "geschäftsleitung", "konzernleitung", "spitalleitung", "klinikleitung",
    "klinikumsleitung", "schulleitung", "werksleitung", "werkleitung", "heimleitung", "einsatzleitung",
    "polizeileitung", "unternehmensleitung", "bereichsleitung", "pflegedienstleitung", "komitee", "vorstand",
    "anstalt", "versorger",
)  # fmt: skip
# German documents named by compounds ending so ("Jahresbericht", "Kriminalstatistik", "Finanzplanung").
_DOCUMENT_SUFFIXES: Final = (
    "bericht", "studie", "statistik", "umfrage", "analyse", "gutachten", "prognose", "erhebung", "planung",
    "auswertung", "untersuchung", "bilanz", "daten", "zahlen", "schätzung", "haushaltsplan", "finanzplan",
)  # fmt: skip

# Document sources: "according to figures", "the study found", "records show".
DOCUMENT_NOUNS: Final = frozenset(
    {
        "study", "studies", "report", "reports", "survey", "surveys", "figures", "data", "statistics", "records",
        "documents", "document", "analysis", "research", "poll", "polls", "paper", "review", "estimates",
        "filings", "audit", "census", "results", "findings", "projections", "datos", "données", "chiffres",
        "résultats", "resultados", "étude", "rapport", "sondage", "estudio",
        "informe", "encuesta", "studie", "bericht", "umfrage", "zahlen", "daten", "angaben",
        # en, court and official papers in the singular ("according to a court filing", "an indictment")
        "filing", "indictment", "affidavit", "lawsuit", "complaint", "transcript", "memo",
        # en: papers a body lays before others ("a submission from the planning department", "the guidelines")
        "submission", "submissions", "guidelines", "petition", "letter", "rules", "regulations", "guidance",
        "consensus",
        # en: papers a body posts or publishes ("a recall notice posted on the agency's website", "the hearing
        # schedule")
        "notice", "notices", "schedule", "timetable", "bulletin", "advisory",
        # en: sums a body works out ("according to calculations by the think tank X", "modelling by the Treasury")
        "calculations", "calculation", "modelling", "modeling",
        # fr, es: drafts ("de acuerdo con el borrador de la ordenanza")
        "borrador", "anteproyecto", "avant-projet",

        # en: a civil action by its short name ("The suit alleges that ...")
        "suit",
        # fr, es: papers a figure is read from ("les calculs de l'Unédic", "une note de la Dares", "el reporte")
        "calculs", "estimations", "prévisions", "études", "enquête", "bilan", "statistiques", "rapports", "sondages",
        "note", "reporte", "reportes", "informes", "nota", "cálculos", "estimaciones", "cifras", "previsiones",
        "proyecciones", "estudios", "encuestas", "estadísticas", "registros", "dictamen", "peritaje",
        # fr, es: court papers ("selon l'acte d'accusation", "según el escrito de acusación", "la querella")
        "escrito", "querella", "réquisitoire",
    }
)  # fmt: skip

# Capitalised nouns for one member of a party: a person, not a name, after "a"/"one" and an adjective
# ("one senior Tory", "a leading Democrat", "another Conservative").
PARTY_MEMBERS: Final = frozenset(
    {"tory", "democrat", "republican", "conservative", "socialist", "liberal", "nationalist", "unionist",
     "loyalist", "brexiteer", "remainer", "blairite", "corbynite"}
)  # fmt: skip

# Nouns for a person from a country, which sports and foreign copy use as a role before a name and a description
# after it ("Spaniard Carlos Ibarra ... the Spaniard said", "Dutchman Pieter de Vries ... the Dutchman").
# Only the nouns open a name's run ("Spaniard Carlos Ibarra"); the adjectives among them also open names of things
# ("Chinese New Year", "Indian Ocean"), so they are persons only in a description ("the Kenyan said").
DEMONYM_NOUNS: Final = frozenset(
    {"spaniard", "dutchman", "dutchwoman", "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman",
     "irishwoman", "scotsman", "scotswoman", "welshman", "welshwoman", "briton", "swede", "dane", "scot", "croat",
     "serb"}
)  # fmt: skip
DEMONYMS: Final = DEMONYM_NOUNS | frozenset(
    {"kenyan", "ethiopian", "ugandan", "nigerian", "ghanaian", "australian", "canadian", "american", "argentine",
     "argentinian", "brazilian", "colombian", "mexican", "chilean", "uruguayan", "italian", "german", "austrian",
     "belgian", "norwegian", "russian", "ukrainian", "indian", "pakistani", "egyptian", "moroccan", "czech"}
)  # fmt: skip

# Nouns for one person that a definite description may use ("the defendant", "the former bank clerk").
PERSON_NOUNS: Final = frozenset(
    {
        "man", "woman", "boy", "girl", "defendant", "accused", "victim", "suspect", "witness", "father", "mother",
        "husband", "wife", "son", "daughter", "pensioner", "mum", "dad", "widow", "student", "teenager", "clerk",
        "engineer", "scientist", "researcher", "author", "doctor", "nurse", "teacher", "lawyer", "driver",
        "owner", "caliph", "emir", "cleric", "militant", "jihadist", "star", "singer", "actor", "actress",
        "player", "striker", "forward", "midfielder", "defender", "goalkeeper", "veteran", "founder", "expert",
        "economist", "glaciologist", "campaigner", "activist", "resident", "farmer", "worker", "official",
        "politician", "mp", "tycoon", "billionaire", "entrepreneur", "businessman", "businesswoman", "celebrity",
        "presenter", "writer", "journalist", "prosecutor", "barrister", "solicitor", "magistrate", "survivor",
        "astronaut", "pilot", "mayor", "chief", "officer", "spokesman", "spokeswoman", "treasurer", "manager",
        "coach", "captain", "winger", "keeper", "skipper", "boss", "chairman", "chairwoman",
        "shopkeeper", "trader", "diplomat", "shopper", "customer", "passenger", "commuter", "parent", "neighbour",
        "neighbor", "bystander", "onlooker", "eyewitness", "tenant", "homeowner", "landlord", "landlady", "patient",
        "midwife", "paramedic", "firefighter", "soldier", "employee", "volunteer", "protester", "demonstrator",
        "voter", "supporter", "observer", "commentator", "critic", "academic", "consultant", "surgeon", "gp",
        "grandmother", "grandfather", "partner", "sister", "brother", "friend", "colleague", "relative", "uncle",
        "aunt", "grandson", "granddaughter", "boyfriend", "girlfriend", "builder", "mechanic", "miner", "fisherman",
        "headteacher", "headmaster", "headmistress", "lecturer", "pupil", "insider", "source", "administrator",
        "retiree", "evacuee", "cousin", "nephew", "niece",
        # friends quoted unnamed in celebrity and crime reports ("A pal revealed", "a close confidant said")
        "pal", "confidant", "confidante", "acquaintance",
        # fr
        "habitant", "habitante", "riverain", "riveraine", "témoin", "salarié", "salariée", "agriculteur",
        "agricultrice", "viticulteur", "viticultrice", "infirmier", "infirmière", "médecin", "enseignant",
        "enseignante", "élève", "étudiant", "étudiante", "commerçant", "commerçante", "voisin", "voisine", "mari",
        "épouse", "femme", "homme", "père", "mère", "retraité", "retraitée", "syndicaliste", "élu", "élue",
        "conseiller", "conseillère", "chercheur", "chercheuse", "experte", "policier", "gendarme", "pompier",
        "manifestant", "manifestante",
        # es
        "vecino", "vecina", "testigo", "trabajador", "trabajadora", "agricultor", "agricultora", "médico", "médica",
        "enfermero", "enfermera", "profesor", "profesora", "alumno", "alumna", "estudiante", "comerciante",
        "marido", "esposa", "esposo", "mujer", "hombre", "padre", "madre", "hijo", "hija", "jubilado", "jubilada",
        "concejal", "concejala", "investigador", "investigadora", "experto", "experta", "economista", "abogado",
        "abogada", "agente", "bombero", "residente", "empleado", "empleada", "dueño", "dueña",
        "propietario", "propietaria",
        # fr, es: investigators and public servants ("un enquêteur", "la edil", "el titular", "una funcionaria")
        "enquêteur", "enquêtrice", "policière", "edil", "titular", "funcionario", "funcionaria",
        # en, the winners of prizes that celebrity and sports copy refers back to ("the Oscar winner said")
        "winner", "champion", "medallist", "medalist", "nominee", "laureate",
    }
    # en, members of a party, quoted unnamed in political copy ("one senior Tory said", "a leading Democrat")
    | PARTY_MEMBERS
    | DEMONYMS
)  # fmt: skip

# More German nouns for one person: confidants ("ein Vertrauter des Kanzlers", an adjective noun in its forms), an
# engineer who inspects buildings, an employer or employee.
_GERMAN_PERSON_NOUNS_DE6: Final = (
    "vertrauter", "vertraute", "vertrauten", "statiker", "statikerin", "arbeitgeber", "arbeitgeberin",
    "arbeitnehmer", "arbeitnehmerin",
)  # fmt: skip
# German nouns for one person ("die Anwohnerin", "ein Zeuge", "der Mann"), feminine forms in -in aside.
GERMAN_PERSON_NOUNS: Final = frozenset(
    {
        "mann", "frau", "junge", "mädchen", "anwohner", "bewohner", "einwohner", "nachbar", "nachbarin", "zeuge",
        "zeugin", "augenzeuge", "augenzeugin", "passant", "passantin", "polizist", "beamter", "beamtin",
        "ermittler", "mitarbeiter", "angestellte", "angestellter", "arzt", "ärztin", "lehrer", "schüler",
        "student", "vater", "mutter", "sohn", "tochter", "rentner", "rentnerin", "opfer", "täter", "verdächtige",
        "verdächtiger", "tatverdächtige", "tatverdächtiger", "angeklagte", "angeklagter", "kunde", "kundin",
        "fahrer", "besucher", "besitzer", "inhaber", "landwirt", "unternehmer", "politiker", "insider", "kenner",
        "betroffene", "betroffener", "fan", "autor", "forscher", "wissenschaftler", "ökonom", "analyst",
        "experte", "expertin", "fachmann", "fachfrau", "berater", "trainer", "spieler", "stürmer", "torwart",
        "kapitän", "chef", "chefin", "direktor", "professor", "richter", "anwalt", "anwältin",
        "vorsitzende", "vorsitzender", "abgeordnete", "abgeordneter", "minister", "bürgermeister", "kanzler",
        "sänger", "sängerin", "schauspieler", "ehemann", "ehefrau", "witwe", "witwer", "pfarrer", "soldat",
        "soldatin", "pilot", "pilotin", "feuerwehrmann", "sanitäter", "bauer", "bäuerin", "wirt", "wirtin",
        "händler", "verkäufer", "mieter", "vermieter", "bergführer", "klimatologe", "biologe", "geologe",
        "meteorologe", "psychologe", "soziologe", "historiker", "mediziner", "virologe", "ökologe", "leiter",
        "mitautor", "koautor", "insiderin", "dezernent", "referent", "beauftragte", "beauftragter",
        "geschäftsführer", "manager", "kommissar", "präsident", "sportdirektor", "vorstand",
        # advisers, carers and court people before a name or alone ("die Wirtschaftsweise", "der Pfleger")
        "wirtschaftsweise", "wirtschaftsweiser", "pfleger", "pflegerin", "verteidigerin", "statistiker",
        "mandant", "mandantin", "kläger", "klägerin", "gutachter", "gutachterin", "ökonomin",
    }
) | frozenset(_GERMAN_PERSON_NOUNS_DE6)  # fmt: skip
# German nouns for a player by position or standing ("der Innenverteidiger", "der Torhüter", "der Neuzugang"), which
# sports reports use to refer back to a named player.
GERMAN_PLAYER_NOUNS: Final = frozenset(
    {"verteidiger", "verteidigerin", "torhüter", "torhüterin", "torjäger", "torjägerin", "angreifer",
     "angreiferin", "schlussmann", "keeper", "kapitänin", "routinier", "profi", "neuzugang", "spielmacher",
     "spielmacherin", "mittelfeldmann", "linksaußen", "rechtsaußen", "abwehrchef", "sturmführer"}
)  # fmt: skip
# Feminine agent nouns ("Anwohnerin", "Direktorin", "Klimatologin").
_GERMAN_AGENT_ENDINGS: Final = ("erin", "istin", "antin", "entin", "eurin", "ierin", "ikerin", "orin", "ogin")
# The heads of German compounds for a person ("Vereinsinsider", "Klimaforscher", "Wirtschaftsexperte"): listed
# nouns of six letters or more, so short ones ("Kunde" in "Urkunde") never match inside another word.
_GERMAN_COMPOUND_HEADS: Final = tuple(
    sorted(noun for noun in GERMAN_PERSON_NOUNS | GERMAN_PLAYER_NOUNS if len(noun) >= 6)
)

# More heads of German nouns for a person, as the last part of a word ("Naturschützer", "Gastwirt", "Analystin"),
# each long enough not to end an unrelated word.
_DISCOURSE_GERMAN_PERSON_HEADS: Final = (
    "schützer", "schützerin", "gastwirt", "gastwirtin", "analyst", "analystin", "unternehmer", "unternehmerin",
    "landwirt", "landwirtin", "reporterin", "reporter",
)  # fmt: skip

# Month and day names: capitalised, yet never a person ("im März gesagt", "on Monday").
CALENDAR_WORDS: Final = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "montag", "dienstag",
        "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "janvier", "février", "mars", "avril", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril",
        "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "lunes", "martes",
        "miércoles", "jueves", "viernes", "sábado", "domingo",
    }
)  # fmt: skip

# Speakers left unnamed on purpose.
ANONYMOUS_NOUNS: Final = frozenset(
    {"source", "sources", "official", "officials", "insider", "insiders", "aide", "aides", "spokesman",
     "spokeswoman", "spokesperson", "someone", "people familiar", "sprecher", "sprecherin", "porte-parole",
     "portavoz", "kreisen", "unternehmenskreisen", "regierungskreisen", "sicherheitskreisen", "fuente", "fuentes",
     "proche", "proches"}
)  # fmt: skip

# German plurals for the two sides of industry and for confidants ("Die Arbeitgeber beziffern ...").
_GROUP_NOUNS_DE6: Final = ("arbeitgeber", "arbeitnehmer", "vertraute", "vertrauten", "statiker")
# Plural nouns that name groups of people even when capitalised at the start of a sentence.
GROUP_NOUNS: Final = frozenset(
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
        "groups", "organisations", "organizations", "charities", "companies", "firms", "banks", "neighbours",
        "neighbors", "midwives", "carers",
        # en: businesses of a trade ("Ammunition makers across the bloc have complained")
        "makers", "manufacturers", "producers", "suppliers", "exporters", "insurers", "lenders", "landlords",
        # fr
        "syndicats", "associations", "habitants", "riverains", "salariés", "infirmiers", "infirmières",
        "médecins", "élus", "soignants", "policiers", "gendarmes", "pompiers", "grévistes",
        "scientifiques", "techniciens", "magistrats", "avocats", "députés", "maires", "marins",
        # es
        "sindicatos", "asociaciones", "vecinos", "afectados", "regantes", "médicos", "expertos", "residentes",
        "empresarios", "agentes", "bomberos", "familiares", "huelguistas",
        "científicos", "técnicos", "abogados", "diputados", "alcaldes", "jueces",
        # de (plurals; "Ermittler" and "Anwohner" read as plural without a singular article)
        "zeugen", "augenzeugen", "ermittler", "anwohner", "bewohner", "einwohner", "experten", "fachleute",
        "beamte", "beamten", "polizisten", "kritiker", "demonstranten", "beschäftigte", "beschäftigten",
        "ärzte", "forscher", "wissenschaftler", "nachbarn", "passanten", "ökonomen", "analysten", "gewerkschafter",
        "politiker", "abgeordnete", "landwirte", "bauern", "händler", "einsatzkräfte", "rettungskräfte", "helfer",
        "sanitäter", "feuerwehrleute", "studenten", "patienten", "betroffene", "betroffenen", "angehörige",
        "angehörigen", "aktivisten", "umweltschützer", "verbraucherschützer", "datenschützer", "mediziner",
        "prüfer", "rechnungsprüfer", "gutachter", "fahnder", "sachverständigen", "autoren", "forschenden",
    }
) | frozenset(_GROUP_NOUNS_DE6)  # fmt: skip

# Singular nouns that still name many people.
COLLECTIVE_NOUNS: Final = frozenset(
    {"people", "police", "staff", "military", "militia", "public", "crew", "personnel", "media"}
)

# Words that open a relative clause in apposition ("Jo Lee, who chairs the board, said"; "la alcaldesa, que
# visitó la zona, dijo"; "le maire, qui a visité le site, a déclaré").
RELATIVES: Final = frozenset(
    {"who", "which", "whose", "whom", "where", "qui", "dont", "lequel", "laquelle", "que", "quien", "quienes", "cuyo",
     "cuya"}
)  # fmt: skip

# Prepositions that tie a noun phrase to the speaker before it ("Traders on the promenade warned").
PREPOSITIONS: Final = frozenset({"of", "on", "in", "at", "for", "from", "with"})

# English, plus the German, French and Spanish pronouns for one person ("er", "elle", "él").
PRONOUNS: Final = frozenset(
    {"he", "she", "they", "him", "her", "them", "it", "i", "we", "er", "sie", "il", "elle", "él", "ella"}
)

DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
     "some", "many", "several", "most", "all", "both"}
)  # fmt: skip

# Right before a cue these make it a noun ("the claim that ..."), not a verb of speech.
NOUN_MARKERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"}
)

# Words that may stand between a speaker and the cue ("Iraqi soldiers now claim", "has said").
SKIP_BEFORE_CUE: Final = frozenset(
    {
        "now", "also", "yesterday", "today", "tonight", "previously", "earlier", "later", "recently",
        "repeatedly", "reportedly", "publicly", "privately", "once", "then", "subsequently", "allegedly", "has",
        "have", "had", "again", "still", "already", "did", "does", "do", "always", "often", "never", "would",
        "could", "may", "might", "will", "shall", "should", "can", "must", "last", "night", "week", "further",
        "separately", "openly", "widely", "even", "initially", "first", "originally",
        # es: an object clitic between the subject and its verb ("X, lo explicaba así", "Y lo resumió")
        "lo",
    }
)  # fmt: skip

# Function words that end a noun phrase when walking back from a cue.
STOP_WORDS: Final = frozenset(
    {
        "and", "or", "but", "that", "which", "who", "whom", "whose", "of", "in", "on", "at", "to", "for", "with",
        "by", "from", "as", "when", "while", "after", "before", "because", "since", "if", "than", "so", "is",
        "was", "were", "are", "be", "been", "being", "not", "there", "here", "what", "where", "how", "why",
        "into", "about", "over", "under", "it", "also", "has", "have", "had", "him", "them", "me", "us",
    }
)  # fmt: skip

# German possessive and demonstrative determiners opening a sentence ("Seine Botschaft an die Tarifparteien:").
_STARTERS_DE6: Final = (
    "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
    "unser", "unsere", "unseren", "unserem", "unserer", "dieser", "diese", "dieses", "diesem", "diesen",
)  # fmt: skip
# Capitalised words that open a sentence without being part of a name.
STARTERS: Final = frozenset(
    {
        "the", "a", "an", "but", "and", "however", "yesterday", "today", "tonight", "meanwhile", "then", "now",
        "earlier", "later", "last", "on", "in", "at", "this", "that", "also", "so", "still", "indeed", "just",
        "when", "after", "before", "while", "if", "asked", "despite", "although", "though", "instead", "even",
        "only", "both", "speaking", "writing", "separately", "elsewhere", "here", "there", "since", "as",
        # an adjective before a post, never a name ("Former Meath county councillor PJ Dolan")
        "former",
        # de, fr, es: articles and connectives that open a sentence
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "aber", "und", "auch",
        "nach", "laut", "le", "la", "les", "l", "un", "une", "mais", "et", "selon", "el", "los", "las", "una",
        "uno", "pero", "según", "desde",
        # German connectives opening a sentence ("Doch Bankangestellte X durchschaute ...")
        "doch", "jedoch", "denn", "dann", "zudem", "außerdem", "trotzdem", "deshalb", "daher", "dennoch",
    }
) | frozenset(_STARTERS_DE6)  # fmt: skip


def _genitive_stem(lower: str) -> str:
    """A German noun without its genitive ending ("finanzministeriums" -> "finanzministerium"), else the word."""
    if lower.endswith("es") and len(lower) > 6:
        return lower[:-2]
    if lower.endswith("s") and len(lower) > 5:
        return lower[:-1]
    return lower


def _ends_with(lower: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a compound ends with one of ``suffixes`` (itself or its genitive form) after a stem of 3 letters."""
    stem = _genitive_stem(lower)
    return any(
        (lower.endswith(suffix) and len(lower) > len(suffix) + 2)
        or (stem.endswith(suffix) and len(stem) > len(suffix) + 2)
        or (len(suffix) > 5 and suffix in (lower, stem))
        for suffix in suffixes
    )


@lru_cache(maxsize=16384)
def is_document_word(word: str) -> bool:
    """A document (``study``), also a German compound naming one, or its genitive (``Jahresberichts``)."""
    lower = word.lower()
    if lower in DOCUMENT_NOUNS:
        return True
    return word[:1].isupper() and (_genitive_stem(lower) in DOCUMENT_NOUNS or _ends_with(lower, _DOCUMENT_SUFFIXES))


@lru_cache(maxsize=16384)
def is_role(word: str) -> bool:
    """A title or post (``minister``), also as the last part of a compound (``Personalvorständin``, ``VLG-Chef``)."""
    lower = word.lower()
    if lower in ROLE_WORDS:
        return True
    if "-" in lower and lower.rsplit("-", 1)[1] in ROLE_WORDS:
        return True
    if "-of-" in lower and lower.split("-of-", 1)[0] in ROLE_WORDS:
        return True  # "mum-of-two", "father-of-three"
    return word[:1].isupper() and _ends_with(lower, _ROLE_SUFFIXES)


@lru_cache(maxsize=16384)
def is_organisation_word(word: str) -> bool:
    """An organisation marker (``ministry``), also as the last part of a compound (``Lokführergewerkschaft``)."""
    lower = word.lower()
    if lower in ORG_MARKERS:
        return True
    if not word[:1].isupper():
        return False
    return _genitive_stem(lower) in ORG_MARKERS or _ends_with(lower, _ORG_SUFFIXES) or lower in CAPITALISED_BODY_WORDS


def is_person_noun(word: str) -> bool:
    """A noun for one person, a title or a post: what a definite description of a person ends with.

    German: the listed nouns, a stated age ("die 67-Jährige") and the feminine agent nouns ("Anwohnerin").
    """
    lower = word.lower()
    if lower in PERSON_NOUNS or is_role(word) or (len(lower) > 4 and lower.endswith(("ist", "ian"))):
        return True
    if "-of-" in lower and lower.split("-of-", 1)[0] in PERSON_NOUNS:
        return True  # "the mother-of-two", "the father-of-three", "the grandmother-of-five"
    if not word[:1].isupper() and not word[:1].isdigit():
        return False
    return is_german_person_noun(word)


def is_german_person_noun(word: str) -> bool:
    """A capitalised German noun for one person: listed, a stated age ("67-Jährige"), a feminine agent noun
    ("Anwohnerin") or a compound ending in a listed noun ("Vereinsinsider")."""
    lower = word.lower()
    return (word[:1].isupper() or word[:1].isdigit()) and (
        lower in GERMAN_PERSON_NOUNS
        or lower in GERMAN_PLAYER_NOUNS
        or lower.endswith(_DISCOURSE_GERMAN_PERSON_HEADS)
        or (len(lower) > 6 and lower.endswith(_GERMAN_AGENT_ENDINGS))
        or "-jährig" in lower
        or (len(lower) > 8 and lower.endswith(_GERMAN_COMPOUND_HEADS))
    )


# Gender: what a text says about a person's sex, for "he"/"she" to agree with. Never guessed from a model.
# Honorifics, gendered posts and family words, lowercase ("Mrs", "Frau", "Mme", "Doña", "spokeswoman", "husband").
MASCULINE_WORDS: Final = frozenset(
    {"mr", "sir", "lord", "herr", "m", "monsieur", "sr", "señor", "don", "king", "prince", "duke", "earl", "baron",
     "spokesman", "chairman", "businessman", "congressman", "councilman", "policeman", "fireman", "sportsman",
     "actor", "waiter", "steward", "headmaster", "landlord", "brother", "father", "dad", "husband", "son", "grandson",
     "grandfather", "grandad", "granddad", "grandpa", "uncle", "nephew", "boyfriend", "widower", "fiancé", "boy",
     "man", "schoolboy", "stepfather", "father-in-law", "son-in-law", "brother-in-law", "monk", "priest",
     "bruder", "vater", "ehemann", "sohn", "großvater", "opa", "onkel", "neffe", "mann", "junge",
     "frère", "père", "mari", "fils", "grand-père", "oncle", "neveu", "homme", "garçon",
     "hermano", "padre", "marido", "esposo", "hijo", "abuelo", "tío", "sobrino", "hombre", "chico", "niño"}
)  # fmt: skip
FEMININE_WORDS: Final = frozenset(
    {"mrs", "ms", "miss", "dame", "lady", "frau", "mme", "mlle", "madame", "mademoiselle", "sra", "srta", "señora",
     "señorita", "doña", "queen", "princess", "duchess", "countess", "baroness",
     "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman", "policewoman", "sportswoman",
     "actress", "waitress", "stewardess", "headmistress", "landlady", "sister", "mother", "mum", "mom", "wife",
     "daughter", "granddaughter", "grandmother", "gran", "granny", "grandma", "aunt", "niece", "girlfriend", "widow",
     "fiancée", "girl", "woman", "schoolgirl", "stepmother", "mother-in-law", "daughter-in-law", "sister-in-law",
     "nun", "schwester", "mutter", "ehefrau", "tochter", "großmutter", "oma", "tante", "nichte", "mädchen",
     "sœur", "mère", "épouse", "femme", "fille", "grand-mère", "nièce",
     "hermana", "madre", "esposa", "mujer", "hija", "abuela", "tía", "sobrina", "chica", "niña"}
)  # fmt: skip
# Articles that give a French or Spanish post its gender ("la ministre", "el portavoz", "la directora").
MASCULINE_ARTICLES: Final = frozenset({"le", "el", "un"})
FEMININE_ARTICLES: Final = frozenset({"la", "une", "una"})
# A fallback when the text says nothing else: a few of the most common given names per sex in English, German,
# French and Spanish news (names used for both, such as "Jean" or "Andrea", are left out on purpose).
MASCULINE_NAMES: Final = frozenset(
    {"james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "chris",
     "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "steve", "paul", "andrew", "joshua",
     "kenneth", "kevin", "brian", "george", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob",
     "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "ben",
     "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron",
     "henry", "adam", "peter", "nathan", "zachary", "douglas", "harold", "kyle", "walter", "ethan", "jeremy",
     "keith", "roger", "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan",
     "joe", "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy",
     "ralph", "randy", "eugene", "vincent", "russell", "louis", "bobby", "philip", "johnny", "tom", "tony", "mike",
     "jim", "bill", "bob", "dave", "rob", "nick", "simon", "ian", "neil", "graham", "martin", "colin", "gordon",
     "keir", "rishi", "boris", "nigel", "hugh", "oliver", "harry", "charlie", "alfie", "leo", "oscar", "archie",
     "hans", "klaus", "jürgen", "wolfgang", "andreas", "stefan", "uwe",
     "günter", "werner", "dieter", "horst", "helmut", "gerhard", "manfred", "karl", "heinz", "bernd", "ralf",
     "markus", "matthias", "sebastian", "florian", "tobias", "lukas", "jan", "jens", "olaf", "friedrich", "christian",
     "holger", "torsten", "sven", "jörg", "norbert", "rainer", "volker", "ulrich", "joachim", "kai", "felix", "max",
     "pierre", "jacques", "philippe", "michel", "alain", "nicolas", "françois", "christophe", "olivier",
     "éric", "laurent", "sébastien", "julien", "thierry", "bernard", "gérard", "emmanuel", "bruno", "marc",
     "stéphane", "frédéric", "didier", "antoine", "guillaume", "maxime", "hugo", "lucas", "mathieu",
     "jean-pierre", "jean-luc", "jean-marc", "jean-paul", "jean-claude", "jean-michel",
     "josé", "antonio", "manuel", "francisco", "jesús", "javier", "carlos", "miguel", "pedro", "alejandro",
     "rafael", "pablo", "fernando", "jorge", "luis", "sergio", "alberto", "diego", "raúl", "enrique", "ramón",
     "vicente", "andrés", "joaquín", "santiago", "ignacio", "álvaro", "gonzalo", "alfonso", "emilio", "julio",
     "mario", "tomás", "ricardo", "rubén", "iván", "óscar", "víctor", "adrián", "jaime", "íñigo", "xavier", "jordi"}
)  # fmt: skip
FEMININE_NAMES: Final = frozenset(
    {"mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "lisa",
     "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda",
     "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
     "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine",
     "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie",
     "olivia", "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan",
     "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "anne", "sara", "madison", "frances",
     "kathryn", "janice", "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris",
     "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie",
     "kayla", "lori", "jane", "kate", "katie", "lucy", "sophie", "claire", "louise", "fiona", "gillian",
     "jo", "joanne", "rachael", "harriet", "keira", "priya", "yvette", "rosie", "ellie", "chloe", "amelia", "ava",
     "mia", "isla", "poppy", "daisy", "freya", "kemi", "liz", "sue", "jill", "penny", "ursula", "petra",
     "sabine", "monika", "renate", "karin", "brigitte", "ingrid", "helga",
     "claudia", "susanne", "birgit", "heike", "stefanie", "julia", "katharina", "annalena", "saskia",
     "christiane", "nadine", "anja", "silke", "kerstin", "tanja", "martina", "jutta", "elke",
     "gisela", "anke", "franziska", "lena", "leonie", "lea", "mareike", "svenja", "ricarda", "manuela",
     "isabelle", "sylvie", "nathalie", "valérie", "sandrine", "céline", "stéphanie", "véronique", "élisabeth",
     "françoise", "monique", "chantal", "martine",
     "aurélie", "émilie", "juliette", "marine", "ségolène", "anne-marie", "marie-claire",
     "carmen", "josefa", "isabel", "dolores", "pilar", "rosa", "cristina", "ángela", "francisca",
     "antonia", "mercedes", "lucía", "elena", "concepción", "raquel", "beatriz", "silvia", "marta",
     "rocío", "inmaculada", "yolanda", "montserrat", "nuria", "esther", "irene", "alba", "paula", "sofía",
     "begoña", "ainhoa", "susana", "ana", "margarita", "eva", "alicia", "inés"}
)  # fmt: skip


def word_gender(word: str, nouns: bool = True) -> str | None:
    """The sex ("m" or "f") a word tells: an honorific, a gendered post or family word, and unless ``nouns`` is
    false (the first word of a name: "Valentin") a German feminine agent noun ("Ministerin", "Klimatologin") or a
    "mum-of-two"; else None."""
    lower = word.lower().strip(".")
    if lower in FEMININE_WORDS:
        return "f"
    if lower in MASCULINE_WORDS:
        return "m"
    if not nouns:
        return None
    if "-of-" in lower:
        return word_gender(lower.split("-of-", 1)[0])  # "mum-of-two", "father-of-three"
    if "-" in lower:
        return word_gender(lower.rsplit("-", 1)[1])  # "Ex-Ministerin"
    if word[:1].isupper() and len(lower) > 6 and lower.endswith("in") and is_german_person_noun(word):
        return "f"  # "Sprecherin", "Finanzministerin": a German feminine noun for a person
    return None


def name_gender(given: str) -> str | None:
    """The fallback: the sex a common given name usually stands for, else None."""
    lower = given.lower()
    if lower in FEMININE_NAMES:
        return "f"
    if lower in MASCULINE_NAMES:
        return "m"
    return None


# French and Spanish news vary a post's noun on a second mention: "el entrenador X ... el técnico", "le maire ...
# le premier magistrat", "el alcalde ... el regidor", "la jueza ... la magistrada". A description by one of these
# nouns names the person last given a post it stands for.
POST_SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "técnico": ("entrenador", "seleccionador"),
    "técnica": ("entrenadora", "seleccionadora"),
    "technicien": ("entraîneur", "sélectionneur"),
    "regidor": ("alcalde",),
    "regidora": ("alcaldesa",),
    "edil": ("alcalde", "alcaldesa", "concejal", "concejala", "municipal"),
    "magistrado": ("juez", "fiscal", "presidente"),
    "magistrada": ("jueza", "juez", "fiscal", "presidenta"),
    "magistrat": ("juge", "procureur", "président"),
    "magistrate": ("juge", "procureure", "procureur", "présidente"),
    "letrado": ("abogado",),
    "letrada": ("abogada",),
    "élu": ("maire", "député", "sénateur", "conseiller"),
    "élue": ("maire", "députée", "sénatrice", "conseillère"),
    "edile": ("maire",),
    "titular": ("ministro", "ministra", "consejero", "consejera"),
    "edila": ("alcaldesa", "concejala", "municipal"),
    "alcaldesa": ("municipal",),
    "alcalde": ("municipal",),
}
# Nouns for any holder of a public post ("el funcionario", "la fonctionnaire", "le responsable"): a description by
# one of these names the person last given a post, of the sex its article tells.
ANY_POST_NOUNS: Final = frozenset(
    {"funcionario", "funcionaria", "fonctionnaire", "responsable", "dirigeant", "dirigeante", "dirigente", "mandatario",
     "mandataria"}
)  # fmt: skip

# Sector nouns: the last word of a two- or three-word name without an organisation marker that names a company
# ("Brightline Power", "Norwood Homes", "Kellway Rail"), unless the first word is a common given name
# ("Samantha Power").
SECTOR_NOUNS: Final = frozenset(
    {"power", "water", "rail", "railways", "telecom", "telecoms", "homes", "media", "foods", "energy", "airways",
     "pharma", "motors", "logistics", "capital", "partners", "holdings", "brands", "mining", "minerals",
     "resources", "chemicals", "shipping", "freight", "properties", "estates", "ventures", "healthcare", "biotech",
     "software", "networks", "stores", "utilities", "metals", "aviation", "aerospace", "automotive", "construction",
     "engineering", "developments", "drinks", "buses", "trains", "broadband", "hotels", "leisure", "finance",
     "insurance", "communications", "solutions", "services", "technology", "products", "supplies", "gas"}
)  # fmt: skip


def is_sector_name(name_words: list[str]) -> bool:
    """ "Brightline Power", "Harbour Foods": a short name ending in a sector noun, not opening with a given name."""
    return (
        2 <= len(name_words) <= 3
        and name_words[-1].lower() in SECTOR_NOUNS
        and name_gender(name_words[0]) is None
        and name_words[0].lower() not in HONORIFICS
    )
