"""A battery of German attribution constructions as agency, newspaper and police texts write them: reporting verbs
before and after the speaker, sources after prepositions, anonymous sources, quotes, Konjunktiv chains, pronouns and
descriptions. One row per claim checked. Passages, people and organisations invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from processors.claims.cues import find_cues
from tests.claims_probe import claim_with, fold

# (passage, a fragment of the claim checked, attribution, accepted speaker names or None, kind, role, cue)
_Row = tuple[str, str, str, tuple[str, ...] | None, str | None, str | None, str | None]

ROWS: list[_Row] = [
    # Reporting verb after the reported speech, speaker after it (verb second).
    ("Die Steuerpläne seien nicht finanzierbar, sagte Finanzministerin Karin Vogt (FDP) am Dienstag in Berlin.",
     "Steuerpläne", "indirect", ("Karin Vogt",), "person", "Finanzministerin", "sagte"),
    ("Die Partei müsse wieder näher an die Menschen heran, sagte der SPD-Vorsitzende Markus Lenz dem „Spiegel“.",
     "Partei", "indirect", ("Markus Lenz",), "person", "SPD-Vorsitzende", "sagte"),
    ("Landrat Erwin Mohr (CDU) sagte der „Rheinischen Post“, der Kreis habe keine freien Unterkünfte mehr.",
     "Unterkünfte", "indirect", ("Erwin Mohr",), "person", "Landrat", "sagte"),
    ("Der Konzernchef Arne Vogel sagte der „Frankfurter Allgemeinen Zeitung“, das Werk in Bochum stehe nicht zur "
     "Disposition.", "Werk", "indirect", ("Arne Vogel",), "person", "Konzernchef", "sagte"),
    ("Die Lage an der Grenze sei unter Kontrolle, so Bundespolizeipräsident Dieter Hahn.",
     "Grenze", "indirect", ("Dieter Hahn",), "person", "Bundespolizeipräsident", "so"),
    ("Der Streik werde bis Freitag dauern, teilte die Gewerkschaft Verdi mit.",
     "Streik", "indirect", ("Gewerkschaft Verdi", "Verdi"), "organisation", None, "teilte mit"),
    ("Die Gemeinde habe genug getan, sagte Heike Schmitt (54), die seit dreißig Jahren im Ort lebt.",
     "Gemeinde", "indirect", ("Heike Schmitt",), "person", None, "sagte"),
    # Speaker first, reporting verb, reported speech.
    ("Bundesinnenministerin Sabine Kraft sagte am Montag in Berlin, die Zahl der Asylanträge sei deutlich gesunken.",
     "Asylanträge", "indirect", ("Sabine Kraft",), "person", "Bundesinnenministerin", "sagte"),
    ("Oberbürgermeister Frank Wegener (CDU) erklärte, die Stadt werde keine weiteren Schulden aufnehmen.",
     "Schulden", "indirect", ("Frank Wegener",), "person", "Oberbürgermeister", "erklärte"),
    ("Die Grünen-Politikerin Anna Seidel betonte, der Klimaschutz dürfe nicht gegen soziale Fragen ausgespielt "
     "werden.", "Klimaschutz", "indirect", ("Anna Seidel",), "person", "Grünen-Politikerin", "betonte"),
    ("Gewerkschaftschefin Birgit Hauser kritisierte, die Arbeitgeber hätten kein ernsthaftes Angebot vorgelegt.",
     "Arbeitgeber", "indirect", ("Birgit Hauser",), "person", "Gewerkschaftschefin", "kritisierte"),
    ("Virologin Prof. Dr. Ulrike Brandt warnte, die Infektionszahlen würden im Herbst wieder steigen.",
     "Infektionszahlen", "indirect", ("Ulrike Brandt",), "person", "Virologin", "warnte"),
    ("Innenministerin Petra Sommer (SPD) besuchte am Montag die Unglücksstelle. Die Ministerin wies die Vorwürfe "
     "der Opposition entschieden zurück.", "Vorwürfe", "indirect", ("Petra Sommer",), "person", "Innenministerin",
     "wies zurück"),
    ("Eine Sprecherin des Gesundheitsministeriums bestätigte den Bericht am Mittwoch.",
     "bestätigte", "indirect", ("eine Sprecherin des Gesundheitsministeriums", "Gesundheitsministerium"),
     "anonymous", None, "bestätigte"),
    ("Der Konzern dementierte Berichte über einen geplanten Stellenabbau.",
     "Stellenabbau", "indirect", ("der Konzern",), "organisation", None, "dementierte"),
    ("Die Deutsche Bahn teilte mit, der Zugverkehr zwischen Hamburg und Berlin laufe wieder planmäßig.",
     "Zugverkehr", "indirect", ("Deutsche Bahn",), "organisation", None, "teilte mit"),
    ("Bayerns Ministerpräsident Georg Huber kündigte an, die Grenzkontrollen auszuweiten.",
     "Grenzkontrollen", "indirect", ("Georg Huber",), "person", "Bayerns Ministerpräsident", "kündigte an"),
    ("Die Staatsanwaltschaft teilte mit, gegen den Mann werde wegen Totschlags ermittelt.",
     "Totschlags", "indirect", ("die Staatsanwaltschaft", "Staatsanwaltschaft"), "organisation", None,
     "teilte mit"),
    ("Polizeisprecher Tobias Krause sagte, die Ermittlungen dauerten an.",
     "Ermittlungen", "indirect", ("Tobias Krause",), "person", "Polizeisprecher", "sagte"),
    ("Vorstandschef Martin Ziegler sagte, das Unternehmen werde an seinen Prognosen festhalten.",
     "Prognosen", "indirect", ("Martin Ziegler",), "person", "Vorstandschef", "sagte"),
    ("Das Unternehmen kündigte an, bis Ende des Jahres 2000 Stellen abzubauen.",
     "Stellen", "indirect", ("das Unternehmen",), "organisation", None, "kündigte an"),
    ("Die Behörde warnte vor gefälschten E-Mails im Namen der Finanzämter.",
     "E-Mails", "indirect", ("die Behörde",), "organisation", None, "warnte"),
    ("Der Betriebsrat bestätigte, dass die Werksschließung beschlossen sei.",
     "Werksschließung", "indirect", ("der Betriebsrat", "Betriebsrat"), "organisation", None, "bestätigte"),
    ("Die Opposition wirft der Regierung vor, sie hätten die Warnungen ignoriert.",
     "Warnungen", "indirect", ("die Opposition", "Opposition"), "organisation", None, "wirft vor"),
    ("Die Trainerin Sandra Klein zeigte sich überzeugt, dass ihre Mannschaft den Klassenerhalt schafft.",
     "Klassenerhalt", "indirect", ("Sandra Klein",), "person", "Trainerin", "zeigte sich überzeugt"),
    # "wie ..." clauses.
    ("Der Mann sei noch am Unfallort gestorben, wie ein Sprecher der Polizei sagte.",
     "Unfallort", "indirect", ("ein Sprecher der Polizei", "Polizei"), "anonymous", None, "sagte"),
    ("Wie die Polizei am Montag mitteilte, wurde der 23-Jährige in seiner Wohnung festgenommen.",
     "Wohnung", "indirect", ("die Polizei", "Polizei"), "organisation", None, "mitteilte"),
    ("Wie ein Sprecher der Feuerwehr sagte, brach das Feuer im Keller aus.",
     "Keller", "indirect", ("ein Sprecher der Feuerwehr", "Feuerwehr"), "anonymous", None, "sagte"),
    # Sources after prepositions, "zufolge", anonymous circles.
    ("Nach Angaben der Polizei wurden bei dem Unfall drei Menschen schwer verletzt.",
     "Unfall", "indirect", ("Polizei", "der Polizei"), "organisation", None, "nach angaben"),
    ("Die Zahl der Einbrüche ist nach Angaben des Innenministeriums um zwölf Prozent gesunken.",
     "Einbrüche", "indirect", ("Innenministeriums", "Innenministerium"), "organisation", None, "nach angaben"),
    ("Laut Polizei war der Wagen mit überhöhter Geschwindigkeit unterwegs.",
     "Geschwindigkeit", "indirect", ("Polizei",), "organisation", None, "laut"),
    ("Laut Staatsanwaltschaft soll der Mann mehrere Seniorinnen betrogen haben.",
     "Seniorinnen", "indirect", ("Staatsanwaltschaft",), "organisation", None, "laut"),
    ("Laut einem Bericht des „Spiegel“ plant das Ministerium eine Reform der Pflegeversicherung.",
     "Pflegeversicherung", "indirect", ("Spiegel", "Bericht des Spiegel"), "organisation", None, "laut"),
    ("Experten zufolge wird die Zahl der Pflegebedürftigen bis 2030 deutlich steigen.",
     "Pflegebedürftigen", "indirect", ("Experten",), "group", None, "zufolge"),
    ("Die Verhandlungen seien in einer entscheidenden Phase, hieß es aus Regierungskreisen.",
     "Verhandlungen", "indirect", ("Regierungskreisen", "Regierungskreise"), "anonymous", None, "hieß es"),
    # Konjunktiv I and II carried over sentences without a new cue.
    ("Landwirtschaftsministerin Julia Berger sagte, die Dürre bedrohe viele Betriebe. Die Ernte werde in diesem "
     "Jahr deutlich kleiner ausfallen. Viele Höfe stünden vor dem Aus.",
     "Ernte", "indirect", ("Julia Berger",), "person", "Landwirtschaftsministerin", None),
    ("Landwirtschaftsministerin Julia Berger sagte, die Dürre bedrohe viele Betriebe. Die Ernte werde in diesem "
     "Jahr deutlich kleiner ausfallen. Viele Höfe stünden vor dem Aus.",
     "Höfe", "indirect", ("Julia Berger",), "person", "Landwirtschaftsministerin", None),
    ("Die FDP-Fraktionschefin Helga Busch hat die Pläne scharf kritisiert. Sie seien unausgegoren und teuer.",
     "unausgegoren", "indirect", ("Helga Busch",), "person", "FDP-Fraktionschefin", None),
    ("Gesundheitsminister Jörg Lehmann (SPD) sagte, das Gesetz werde noch vor der Sommerpause beschlossen. Damit "
     "würden die Beiträge stabil bleiben.", "Beiträge", "indirect", ("Jörg Lehmann",), "person",
     "Gesundheitsminister", None),
    ("Die Polizei sucht nach Zeugen. Der Täter sei etwa 1,80 Meter groß und trage eine dunkle Jacke, teilte die "
     "Polizei mit.", "Täter", "indirect", ("Polizei", "die Polizei"), "organisation", None, "teilte mit"),
    # Quotes: colon, cue after, continuing, next paragraph.
    ("Kanzleramtschef Peter Albrecht sagte: „Wir werden die Schuldenbremse einhalten.“",
     "Schuldenbremse", "direct", ("Peter Albrecht",), "person", "Kanzleramtschef", "sagte"),
    ("„Das ist ein schwarzer Tag für die Stahlindustrie“, sagte Betriebsratschefin Monika Schäfer.",
     "Stahlindustrie", "direct", ("Monika Schäfer",), "person", "Betriebsratschefin", "sagte"),
    ("„Das sei eindeutig falsch“, sagte Staatsanwältin Katrin Roth.",
     "falsch", "direct", ("Katrin Roth",), "person", "Staatsanwältin", "sagte"),
    ("„Die Kosten sind explodiert“, sagte Bauunternehmer Rolf Krämer. „Wir können so nicht weiterbauen.“",
     "weiterbauen", "direct", ("Rolf Krämer",), "person", "Bauunternehmer", "sagte"),
    ("„Wir müssen jetzt handeln“, betonte Umweltministerin Ines Krüger. „Jeder Monat zählt.“",
     "handeln", "direct", ("Ines Krüger",), "person", "Umweltministerin", "betonte"),
    ("Feuerwehrchefin Nina Albers war die ganze Nacht im Einsatz. „Wir haben alles getan, um die Menschen zu "
     "schützen“, sagte sie.", "schützen", "direct", ("Nina Albers",), "person", "Feuerwehrchefin", "sagte"),
    ("Innenministerin Petra Sommer (SPD) besuchte die Unglücksstelle. Die Innenministerin erklärte am Abend: „Wir "
     "werden mit aller Härte gegen die Täter vorgehen.“", "Härte", "direct", ("Petra Sommer",), "person",
     "Innenministerin", "erklärte"),
    ("Trainer Uwe Brink sprach von einem verdienten Sieg.\n\n„Die Mannschaft hat Charakter gezeigt. Wir haben nie "
     "aufgegeben“, sagte der 52-Jährige.", "aufgegeben", "direct", ("Uwe Brink",), "person", "Trainer", "sagte"),
    ("„Das Projekt ist gescheitert“, sagte Stadträtin Maria Kunz.\n\n„Wir brauchen einen Neuanfang.“",
     "Neuanfang", "direct", ("Maria Kunz",), "person", "Stadträtin", None),
    # Pronouns and descriptions.
    ("Der Angeklagte Stefan Wolf schwieg zunächst. Am Nachmittag sagte der 45-Jährige, er bereue die Tat zutiefst.",
     "bereue", "indirect", ("Stefan Wolf",), "person", "Angeklagte", "sagte"),
    ("Richterin Claudia Neumann eröffnete die Verhandlung. Die Richterin sagte, das Gericht werde die Zeugen am "
     "Freitag hören.", "Zeugen", "indirect", ("Claudia Neumann",), "person", "Richterin", "sagte"),
    ("Bürgermeister Klaus Becker (parteilos) war bei der Eröffnung dabei. Der Bürgermeister sagte, die Brücke sei "
     "ein Gewinn für die ganze Region.", "Brücke", "indirect", ("Klaus Becker",), "person", "Bürgermeister",
     "sagte"),
    ("Stürmer Jonas Keller vergab in der Schlussminute. Er sei sehr enttäuscht, sagte der Stürmer nach dem Spiel.",
     "enttäuscht", "indirect", ("Jonas Keller",), "person", "Stürmer", "sagte"),
    ("Ministerin Laura Weiß traf Bauernpräsident Heinz Ott. Sie sagte, die Hilfen kämen noch im Sommer.",
     "Hilfen", "indirect", ("Laura Weiß",), "person", "Ministerin", "sagte"),
    # Round two: subjects with an article, unnamed posts, appositions, hearsay, 'zufolge' referring back, questions.
    ("Der Ausbau der Stromnetze komme zu langsam voran, sagte Netzagentur-Chef Holger Stein der Deutschen "
     "Presse-Agentur.",
     "Stromnetze", "indirect", ("Holger Stein",), "person", "Netzagentur-Chef", "sagte"),
    ("Falsch sei auch die Annahme, die Zahlen seien geschönt, sagte Statistiker Dr. Bernd Koch.",
     "Annahme", "indirect", ("Bernd Koch",), "person", "Statistiker", "sagte"),
    ("Der Städtetag forderte, dass der Bund die Kosten für die Unterbringung vollständig übernimmt.",
     "Unterbringung", "indirect", ("Städtetag", "der Städtetag"), "organisation", None, "forderte"),
    ("Der Vorstandschef des Autobauers, Thomas Richter, räumte Fehler bei der Umstellung auf Elektroautos ein.",
     "Elektroautos", "indirect", ("Thomas Richter",), "person", None, "räumte ein"),
    ("Ein Sprecher der Polizei sagte, der Fahrer habe unter Alkoholeinfluss gestanden.",
     "Alkoholeinfluss", "indirect", ("ein Sprecher der Polizei", "Polizei"), "anonymous", None, "sagte"),
    ("Der Verteidiger sagte, sein Mandant sei unschuldig.",
     "Mandant", "indirect", ("der Verteidiger",), "anonymous", None, "sagte"),
    ("Der Angeklagte räumte ein, das Geld genommen zu haben.",
     "Geld", "indirect", ("der Angeklagte",), "anonymous", None, "räumte ein"),
    ("Die Wirtschaftsweise Sophie Arnold sagte, die Regierung würde besser daran tun, die Investitionen zu "
     "erhöhen.",
     "Investitionen", "indirect", ("Sophie Arnold",), "person", "Wirtschaftsweise", "sagte"),
    ("Der Ökonom Michael Brandt geht davon aus, dass die Inflation im kommenden Jahr sinkt.",
     "Inflation", "indirect", ("Michael Brandt",), "person", "Ökonom", "geht davon aus"),
    ("Wie der Verband mitteilte, sind die Umsätze im Einzelhandel im dritten Quartal gesunken.",
     "Umsätze", "indirect", ("der Verband", "Verband"), "organisation", None, "mitteilte"),
    ("Einem Bericht der „Süddeutschen Zeitung“ zufolge prüft das Ministerium ein Verbot.",
     "Verbot", "indirect", ("Süddeutschen Zeitung", "Süddeutsche Zeitung"), "organisation", None, "zufolge"),
    ("Die Polizei teilte am Montag mit, ein Mann sei festgenommen worden. Den Angaben zufolge hatte er eine Waffe "
     "bei sich.",
     "Waffe", "indirect", ("die Polizei", "Polizei"), "organisation", None, "zufolge"),
    ("Polizeisprecher Jan Kurz berichtete von einem Großeinsatz. Dem Sprecher zufolge wurde niemand verletzt.",
     "niemand", "indirect", ("Jan Kurz",), "person", "Polizeisprecher", "zufolge"),
    ("Nach Einschätzung von Wirtschaftsforscherin Eva Lorenz wird die Konjunktur erst 2026 anziehen.",
     "Konjunktur", "indirect", ("Eva Lorenz",), "person", "Wirtschaftsforscherin", "nach einschätzung"),
    ("Die Koalition werde an dem Kompromiss festhalten, verlautete aus Kreisen der Fraktion.",
     "Kompromiss", "indirect", ("Kreisen der Fraktion", "Fraktion"), "anonymous", None, "verlautete"),
    ("Aus Kreisen des Aufsichtsrats hieß es, der Vorstand habe das Vertrauen verloren.",
     "Vertrauen", "indirect", ("Kreisen des Aufsichtsrats", "Aufsichtsrat"), "anonymous", None, "hieß es"),
    ('Die Lage sei ernst, hieß es.', 'Lage', 'indirect', None, None, None, 'hieß es'),
    ("Dem Vernehmen nach will der Verein den Trainer noch in dieser Woche entlassen.",
     "Trainer", "indirect", None, None, None, "dem vernehmen nach"),
    ("Der Verteidiger Paul Hering erklärte, sein Mandant sei unschuldig. Er habe die Frau nie zuvor gesehen.",
     "nie zuvor", "indirect", ("Paul Hering",), "person", "Verteidiger", None),
    ("Die Ärztin Lena Hofmann und der Pfleger Jan Weber arbeiten seit Jahren in der Klinik. Sie sagte, die "
     "Belastung sei kaum noch auszuhalten.",
     "Belastung", "indirect", ("Lena Hofmann",), "person", "Ärztin", "sagte"),
    ("Die Ärztin Lena Hofmann und der Pfleger Jan Weber arbeiten seit Jahren in der Klinik. Er sagte, viele "
     "Kollegen hätten bereits gekündigt.",
     "Kollegen", "indirect", ("Jan Weber",), "person", "Pfleger", "sagte"),
    ("Verkehrsminister Rainer Graf fragte, ob die Bahn ihre Ziele noch erreichen könne.",
     "Ziele", "indirect", ("Rainer Graf",), "person", "Verkehrsminister", "fragte"),
    # More of the same classes, written for these tests.
    ("Der Landkreistag warnte, die Kliniken auf dem Land stünden vor der Schließung.",
     "Kliniken", "indirect", ("der Landkreistag", "Landkreistag"), "organisation", None, "warnte"),
    ("Ein Sprecher des Ministeriums sagte, die Prüfung dauere noch an.",
     "Prüfung", "indirect", ("ein Sprecher des Ministeriums", "Ministerium"), "anonymous", None, "sagte"),
    ("Wie der Konzern am Dienstag mitteilte, sinkt der Gewinn um ein Drittel.",
     "Gewinn", "indirect", ("der Konzern", "Konzern"), "organisation", None, "mitteilte"),
    ("Der Richter sagte, das Urteil werde am Freitag verkündet.",
     "Urteil", "indirect", ("der Richter",), "anonymous", None, "sagte"),
    ("Ökonomin Ülkü Özdemir sagte, die Löhne würden weiter steigen.",
     "Löhne", "indirect", ("Ülkü Özdemir",), "person", "Ökonomin", "sagte"),
    ("Die Finanzchefin der Reederei, Karla Timm, räumte Verluste im Frachtgeschäft ein.",
     "Frachtgeschäft", "indirect", ("Karla Timm",), "person", None, "räumte ein"),
    ("Die Preise würden weiter steigen, sagte Ulrike Sommer der „Berliner Zeitung“.",
     "Preise", "indirect", ("Ulrike Sommer",), "person", None, "sagte"),
    ("Die Mieten stiegen weiter, hieß es am Montag.", "Mieten", "indirect", None, None, None, "hieß es"),
    ("Aus Kreisen der Koalition hieß es, ein Kompromiss sei nahe.",
     "Kompromiss", "indirect", ("Kreisen der Koalition", "Koalition"), "anonymous", None, "hieß es"),
    ("„Wer soll das bezahlen?“, fragte Bürgermeisterin Jana Ruf.",
     "bezahlen", "direct", ("Jana Ruf",), "person", "Bürgermeisterin", "fragte"),
    # German »quotes« (reversed guillemets), a quote resumed after its attribution taking its cue.
    ("»Wir geben nicht nach«, sagte die Bürgermeisterin Jutta Kern. »Die Stadt hat lange genug gewartet.«",
     "lange genug", "direct", ("Jutta Kern",), "person", "Bürgermeisterin", "sagte"),
    ("»Wer Brücken verspricht, muss sie auch bauen«, sagte Landrat Uwe Pohl am Abend.",
     "Brücken", "direct", ("Uwe Pohl",), "person", "Landrat", "sagte"),
    # "hält ... für" after a person with an attached institution: the person, not the institution.
    ("Der Historiker Jan Brink von der Universität Kassel hält die Quelle für gefälscht.",
     "Quelle", "indirect", ("Jan Brink",), "person", "Historiker", "hält für"),
    # Confidants, arbitrators and employers as speakers.
    ("Ein Vertrauter des Bürgermeisters sagte, die Entscheidung falle erst im Herbst.",
     "Entscheidung", "indirect", ("ein Vertrauter des Bürgermeisters", "Vertrauter des Bürgermeisters"),
     "anonymous", None, "sagte"),
    ("Schlichterin Petra Aust empfiehlt eine Erhöhung um vier Prozent.",
     "Erhöhung", "indirect", ("Petra Aust",), "person", "Schlichterin", "empfiehlt"),
    ("Die Arbeitgeber bezifferten den Schaden auf zwei Millionen Euro.",
     "Schaden", "indirect", ("Arbeitgeber",), "group", None, "bezifferten"),
    # "demnach" right after a reported sentence; possessive sources after "nach"; "rechnete ... vor".
    ("Die Kommission empfiehlt eine Reform der Grundsteuer. Die Abgabe soll demnach ab 2027 nach Fläche berechnet "
     "werden.", "Fläche", "indirect", ("Kommission", "die Kommission"), "organisation", None, "demnach"),
    ("Die Forscherin Ute Brandt hat die Daten geprüft. Nach ihren Berechnungen fehlen bis 2030 rund 8000 "
     "Lehrkräfte.", "Lehrkräfte", "indirect", ("Ute Brandt",), "person", "Forscherin", "nach ihren Berechnungen"),
    ("Die Umstellung koste jeden Betrieb rund 40.000 Euro, rechnete Kammerpräsident Olaf Wiese vor.",
     "Umstellung", "indirect", ("Olaf Wiese",), "person", "Kammerpräsident", "rechnete vor"),
    # A name with a post in apposition is a person a later "er" refers to; "formulierte" before a colon quote; a
    # possessive opening the sentence is no part of a name.
    ("Jana Wolf sagte, das reiche nicht. Auch Peter Lindner, Präsident des Mieterbundes, fordert Hilfe. Jede Woche "
     "verlören Familien ihre Wohnung, erklärte er.", "Jede Woche", "indirect", ("Peter Lindner",), "person", None,
     "erklärte"),
    ("Landrätin Eva Busch formulierte es knapper: „Wir haben kein Geld für eine neue Brücke.“",
     "Brücke", "direct", ("Eva Busch",), "person", "Landrätin", "formulierte"),
    ("Landrat Uwe Stein stellte die Pläne am Montag vor. Seine Bilanz: „Die Kreisstraßen sind in gutem Zustand.“",
     "Kreisstraßen", "direct", ("Uwe Stein",), "person", "Landrat", None),
    # A plural source after a genitive quantifier ("mehrerer Zeugen").
    ("Der Lkw soll nach Aussage mehrerer Passanten bei Rot über die Kreuzung gefahren sein.",
     "Kreuzung", "indirect", ("Passanten",), "group", None, "nach Aussage"),
    # A perfect after a fronted adverbial: the subject follows the auxiliary.
    ("Für diesen Fall hat die Gewerkschaft Verdi bereits einen unbefristeten Streik angekündigt.",
     "Streik", "indirect", ("Gewerkschaft Verdi", "Verdi"), "organisation", None, "angekündigt"),
    # A statement passed on through someone: "ließ ... ausrichten/mitteilen".
    ("Der Verein ließ über seinen Anwalt mitteilen, die Vorwürfe seien haltlos.",
     "Vorwürfe", "indirect", ("der Verein", "Verein"), "organisation", None, "ließ mitteilen"),
    # Talk in circles fronted before "ist ... die Rede" and "gilt es als".
    ("In Parteikreisen ist von einem baldigen Rücktritt des Vorsitzenden die Rede.",
     "Rücktritt", "indirect", ("Parteikreisen",), "anonymous", None, "ist die Rede"),
    ("Im Umfeld des Trainers gilt es als ausgeschlossen, dass der Kapitän noch einmal spielt.",
     "Kapitän", "indirect", ("Umfeld des Trainers",), "anonymous", None, "gilt als"),
]  # fmt: skip

# Sentences with no attribution, or with a cue word used otherwise.
NEGATIVES: list[str] = [
    "Im Sommer gilt es als ratsam, in der Mittagshitze viel Wasser zu trinken.",
    "In der Altstadt ist seit Jahren von einer neuen Umgehungsstraße die Rede.",
    "Der Trainer ließ die Spieler nach dem Spiel zwei Tage lang ausruhen.",
    "Nach Ablauf mehrerer Fristen wurde der Pachtvertrag im Frühjahr gekündigt.",
    "Der Antrag war zu vage formuliert, um im Ausschuss eine Mehrheit zu finden.",
    "Der Sommer war trocken. Die Ernte fällt demnach kleiner aus als im Vorjahr.",
    "Nach ihren Ferien kehrten die Schülerinnen in die renovierte Schule zurück.",
    "Der Arbeitgeber zahlt die Miete für die Wohnung am Markt.",
    "Der Mann hielt »Bild« und »Zeit« in der Hand, als er ins Café kam.",
    "Die Sagen um den Rattenfänger locken jedes Jahr Tausende Touristen nach Hameln.",
    "Die Mitteilungen des Amtes erscheinen jeden Donnerstag im Amtsblatt.",
    "Ein Bericht über die Sanierung der Brücke wurde am Montag im Stadtrat vorgestellt.",
    "Die erklärten Ziele des Vereins sind der Aufstieg und ein neues Stadion.",
    "Der Zug fuhr am Morgen pünktlich in Köln ab.",
    "Die Stadt hat im vergangenen Jahr 40 neue Kita-Plätze geschaffen.",
    "So viel Regen wie im Mai hat es in Hamburg seit Jahrzehnten nicht gegeben.",
    "Der Film erzählt die Geschichte einer Familie, die nach dem Krieg neu anfängt.",
    "Die Sprecherin des Vereins heißt seit Januar Lisa Brandt.",
    "Die Warnung vor Sturmböen gilt bis Mitternacht.",
    "Die Ankündigung der Bahn sorgte bei Pendlern für Ärger.",
    "Im Bericht des Rechnungshofs stehen viele Zahlen.",
    "Das Gebäude wurde 1912 erbaut und steht unter Denkmalschutz.",
    "Nach dem Spiel feierten die Fans bis in die Nacht.",
    "Die Kreise der Stadt Hannover haben zusammen mehr als eine Million Einwohner.",
    "Die Zeitung „Bote vom Land“ erscheint seit 1890 in der Region.",
    # Round two: "fragte" with no question, German "nie", "hieß es" not closing a report, "Wie der" no name.
    "Der Kunde fragte nach dem Preis.",
    "Er war nie zuvor in Berlin.",
    "Als das Spiel vorbei war, hieß es warten.",
    "Wie der Zufall es wollte, trafen sich die beiden in Rom wieder.",
    "Der Geburtstag des Bürgermeisters fiel auf einen Montag.",
]


@pytest.mark.parametrize(("text", "fragment", "attribution", "names", "kind", "role", "cue"), ROWS)
def test_german_attribution_battery(
    text: str,
    fragment: str,
    attribution: str,
    names: tuple[str, ...] | None,
    kind: str | None,
    role: str | None,
    cue: str | None,
) -> None:
    claim = claim_with(text, fragment)
    speaker = claim.speaker
    got = (
        claim.attribution,
        None if speaker is None else fold(speaker.name),
        None if speaker is None else speaker.kind,
        None if speaker is None else speaker.role,
        fold(claim.cue) or None,
    )
    name = got[1] if names is not None and got[1] in {fold(n) for n in names} else fold(names[0]) if names else None
    assert got == (attribution, name, kind, role, fold(cue) or None)


@pytest.mark.parametrize("text", NEGATIVES)
def test_german_battery_negatives_have_no_attribution(text: str) -> None:
    assert [(claim.attribution, claim.speaker, claim.cue) for claim in extract_claims(text, "t")] in (
        [],
        [("none", None, None)],
    )


def test_a_quoted_press_title_is_no_quote_but_a_short_quoted_word_is() -> None:
    named = claim_with("Die Ministerin Eva Roth sagte dem „Tagesspiegel“, die Zahlen seien korrekt.", "Zahlen")
    assert (named.attribution, named.cue) == ("indirect", "sagte")
    scare = claim_with("Innenministerin Eva Roth sagte, das sei ein „Skandal“.", "Skandal")
    assert scare.attribution == "direct"


def test_academic_titles_leave_the_role_only_after_a_post() -> None:
    alone = claim_with("Prof. Dr. Ulrike Brandt warnte, die Zahlen würden steigen.", "Zahlen").speaker
    assert alone is not None
    assert alone.role == "Prof Dr"
    posted = claim_with("Chefarzt Dr. Ulrich Lang warnte, die Zahlen würden steigen.", "Zahlen").speaker
    assert posted is not None
    assert (posted.name, posted.role) == ("Ulrich Lang", "Chefarzt")


def test_verlautete_without_a_source_attributes_nothing() -> None:
    claims = extract_claims("Über die Höhe der Ablöse verlautete zunächst nichts.", "t")
    assert [claim.attribution for claim in claims] in ([], ["none"])


def test_french_nie_stays_a_cue_while_german_nie_is_none() -> None:
    assert [cue.cue for cue in find_cues("Le ministre nie toute implication dans l'affaire.")] == ["nie"]
    assert [cue.cue for cue in find_cues("L'entreprise nie avoir été informée.")] == ["nie"]
    assert find_cues("Sie habe den Mann nie zuvor gesehen.") == []


def test_fragte_reports_a_question_only() -> None:
    assert [cue.cue for cue in find_cues("Die Ministerin fragte, warum die Zahlen fehlten.")] == ["fragte"]
    assert find_cues("Die Ministerin fragte nach den Zahlen.") == []


def test_a_definite_post_before_zufolge_refers_to_its_holder_and_angaben_to_the_last_source() -> None:
    person = claim_with(
        "Feuerwehrsprecherin Anke Lohse schilderte den Einsatz. Der Sprecherin zufolge brannte das Dach.", "Dach"
    ).speaker
    assert person is not None
    assert (person.name, person.kind) == ("Anke Lohse", "person")
    body = claim_with(
        "Die Bundespolizei teilte mit, der Zug sei evakuiert worden. Den Angaben zufolge gab es keine Verletzten.",
        "Verletzten",
    ).speaker
    assert body is not None
    assert body.kind == "organisation"
    assert "bundespolizei" in body.name.lower()
