"""A battery of German passages with several speakers, as agency copy, Bild, regional papers, court reports,
sports and business news write them: who says what across sentences and paragraphs (names, surnames, "Herr"/"Frau",
posts and descriptions, "er"/"sie", Konjunktiv chains without a cue, quotes over paragraphs, interviews). One row
per attributed claim: speaker, attribution and cue. Passages, people and organisations invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from tests.claims_probe import claim_with, fold

PASSAGES: dict[str, str] = {
    "dpa_two": (
        "Bundesfinanzministerin Karola Wendt (SPD) hat den Haushaltsentwurf gegen Kritik verteidigt. Die "
        "Schuldenbremse werde eingehalten, sagte Wendt am Dienstag in Berlin.\n"
        "Der haushaltspolitische Sprecher der Union, Heiner Brückmann, widersprach. Die Ministerin rechne "
        "sich die Zahlen schön, sagte er.\n"
        "Wendt wies das zurück. Sie sagte, alle Ausgaben seien gegenfinanziert.\n"
        "Brückmann kündigte an, die Union werde vor das Verfassungsgericht ziehen."
    ),
    "court": (
        "Im Prozess um den Überfall auf einen Juwelier in Kassel hat der Angeklagte ein Geständnis abgelegt. "
        "Der 34-jährige Dennis Kuhlmann räumte ein, die Vitrinen eingeschlagen zu haben.\n"
        "Er habe das Geld für seine Spielschulden gebraucht, sagte der 34-Jährige. Eine Waffe habe er nicht "
        "dabeigehabt.\n"
        "Die Vorsitzende Richterin Gudrun Albers hielt ihm ein Video der Überwachungskamera vor. Darauf sei "
        "deutlich eine Pistole zu sehen, sagte die Richterin.\n"
        "Der Angeklagte blieb bei seiner Darstellung. Es sei eine Spielzeugpistole gewesen, sagte Kuhlmann."
    ),
    "konj_chain": (
        "Landwirtschaftsministerin Petra Haverkamp (Grüne) hat ein Förderprogramm für Ökobauern angekündigt. "
        "Das Land stelle dafür 40 Millionen Euro bereit, sagte sie in Hannover.\n"
        "Die Mittel sollten vor allem kleinen Betrieben zugutekommen. Der Antrag sei bewusst einfach "
        "gehalten.\n"
        "Bauernpräsident Ulrich Meinke kritisierte das Programm. Die konventionellen Betriebe würden "
        "benachteiligt, sagte er. Das Geld fehle an anderer Stelle.\n"
        "Die Ministerin wies die Kritik zurück."
    ),
    "quote_next_para": (
        "Trainer Jürgen Pohlmann war nach dem 0:3 gegen Bochum bedient. „Wir haben heute alles vermissen "
        "lassen, was uns in den letzten Wochen ausgezeichnet hat.\n"
        "Die Mannschaft muss jetzt zusammenstehen, sonst wird es ganz schwer“, sagte der 52-Jährige.\n"
        "Kapitän Marco Lindner sah es ähnlich. „Das war zu wenig von jedem Einzelnen“, sagte der "
        "Mittelfeldspieler."
    ),
    "after_long_quote": (
        "Die Grünen-Politikerin Miriam Scholten hat die Landesregierung scharf kritisiert. „Seit zwei Jahren "
        "wird über die Sanierung der Schulen geredet, passiert ist nichts. Die Eltern haben kein Vertrauen "
        "mehr in diese Regierung“, sagte Scholten.\n"
        "Kultusminister Bernd Aschhoff hielt dagegen. „Wir haben so viel investiert wie keine Regierung vor "
        "uns“, sagte der CDU-Politiker."
    ),
    "fuegte_hinzu": (
        "Die Bürgermeisterin von Lindenau, Sabine Korte, hat den Bau einer neuen Umgehungsstraße verteidigt. "
        "Der Verkehr im Ortskern sei nicht mehr zu ertragen, sagte Korte der Zeitung. Sie fügte hinzu, die "
        "Anwohner warteten seit zwanzig Jahren auf eine Entlastung.\n"
        "Naturschützer Tobias Rehm sieht das anders. Er sagte, die Straße zerschneide ein wertvolles Biotop."
    ),
    "org_person": (
        "Der Maschinenbauer Hartwig AG streicht 800 Stellen. Der Konzern teilte am Donnerstag mit, die "
        "Auftragslage habe sich deutlich verschlechtert.\n"
        "Vorstandschefin Eva Brandt sagte, der Schritt sei schmerzhaft, aber notwendig. Betriebsbedingte "
        "Kündigungen wolle sie vermeiden.\n"
        "Die IG Metall kündigte Widerstand an. Gewerkschaftssekretär Olaf Timm sagte, die Beschäftigten "
        "würden die Zeche für Managementfehler zahlen."
    ),
    "so_end": (
        "In der Innenstadt von Oldenburg sollen künftig weniger Autos fahren. Die Parkgebühren würden "
        "deutlich erhöht, so Stadtbaurätin Hanna Petersen.\n"
        "Der Einzelhandel sieht das kritisch. Viele Kunden würden dann auf die Einkaufszentren am Stadtrand "
        "ausweichen, so Werbegemeinschaftschef Dirk Janßen."
    ),
    "interview_qa": (
        "Die Virologin Katrin Mahler leitet das Institut für Infektionsforschung in Greifswald. Ein Gespräch "
        "über den kommenden Winter.\n"
        "Frage: Frau Mahler, müssen wir uns Sorgen machen?\n"
        "Antwort: Die Zahl der Atemwegsinfektionen steigt jedes Jahr im Herbst, das ist völlig normal.\n"
        "Frage: Sollten sich Ältere impfen lassen?\n"
        "Antwort: Ja, die Impfung schützt vor schweren Verläufen, das zeigen alle Studien."
    ),
    "witness": (
        "In einem Mehrfamilienhaus in Gelsenkirchen ist am Sonntagabend ein Feuer ausgebrochen. Wie die "
        "Feuerwehr mitteilte, wurden zwei Bewohner leicht verletzt.\n"
        "Eine Nachbarin, die ihren Namen nicht nennen will, sagte, sie habe einen lauten Knall gehört. Danach"
        " sei schwarzer Rauch aus dem Keller gekommen.\n"
        "Einsatzleiter Frank Wolters sagte, die Brandursache sei noch unklar."
    ),
    "bild": (
        "Schock für Lottogewinner Heinz Pawlowski (61)! Der Rentner aus Bottrop hat seinen Millionengewinn "
        "verloren. „Ich habe den Schein in der Hosentasche vergessen, und dann kam die Hose in die "
        "Waschmaschine“, sagt Pawlowski zu BILD.\n"
        "Seine Frau Renate (58) ist fassungslos. „Er hat es mir erst nach drei Tagen erzählt“, sagt sie zu "
        "BILD."
    ),
    "two_women": (
        "Die Linken-Abgeordnete Judith Ramsauer und die Staatssekretärin Clara Fiedler lieferten sich im "
        "Landtag einen Schlagabtausch.\n"
        "Ramsauer warf der Regierung vor, die Pflegekräfte im Stich zu lassen. Die Löhne seien viel zu "
        "niedrig.\n"
        "Fiedler widersprach. Die Staatssekretärin sagte, die Löhne seien in drei Jahren um zwölf Prozent "
        "gestiegen.\n"
        "Frau Ramsauer nannte das „Schönfärberei“."
    ),
    "two_men": (
        "Der Aufsichtsratschef des Vereins, Manfred Degenhardt, hat sich hinter Sportdirektor Kai Wessling "
        "gestellt. Wessling habe sein volles Vertrauen, sagte Degenhardt.\n"
        "Wessling selbst zeigte sich kämpferisch. Er sagte, die Mannschaft werde den Klassenerhalt schaffen."
    ),
    "herr_x": (
        "Der Gastwirt Rolf Baumgärtner aus Meißen muss sein Lokal schließen. Herr Baumgärtner sagte, die "
        "Energiekosten hätten sich verdreifacht.\n"
        "Seine Tochter Lena Baumgärtner will den Betrieb trotzdem weiterführen. Sie sagte, sie glaube an das "
        "Lokal."
    ),
    "business": (
        "Die Lenzburger Bank hat im ersten Halbjahr deutlich mehr verdient. Der Gewinn sei um 18 Prozent "
        "gestiegen, teilte das Institut am Mittwoch in Frankfurt mit.\n"
        "Finanzvorstand Georg Imhoff sagte, das Zinsgeschäft habe kräftig zugelegt. Für das Gesamtjahr rechne"
        " die Bank mit einem Rekordergebnis.\n"
        "Analystin Beate Rothe von der Kronwald Bank blieb skeptisch. Die Kreditrisiken würden unterschätzt, "
        "sagte sie."
    ),
    "firmenchef": (
        "Der Chef des Spielwarenherstellers Tollmann, Achim Tollmann, hat einen Verkauf des "
        "Familienunternehmens ausgeschlossen. Der Firmenchef sagte, das Unternehmen bleibe in der Hand der "
        "Familie.\n"
        "Seine Schwester Ines Tollmann, die im Beirat sitzt, hatte zuvor einen Verkauf ins Gespräch gebracht."
        " Sie sagte der Zeitung, ohne einen Investor sei das Wachstum nicht zu finanzieren."
    ),
    "trainer_role": (
        "Handball-Bundesligist TV Dornbach hat sich von Trainer Holger Rapp getrennt. Sportchef Axel "
        "Brinkmann sagte, die Entwicklung der Mannschaft sei nicht zufriedenstellend gewesen.\n"
        "Der Trainer reagierte enttäuscht. Er sei von der Entscheidung völlig überrascht worden, sagte Rapp."
    ),
    "regional": (
        "In Bad Wendenstein gibt es Streit um das Freibad. Der Gemeinderat hat beschlossen, das Bad im "
        "kommenden Jahr nicht mehr zu öffnen.\n"
        "Bürgermeister Hans Gerstner (CSU) sagte, die Sanierung koste mindestens vier Millionen Euro. Das "
        "könne sich die Gemeinde nicht leisten.\n"
        "Anwohnerin Maria Kleinert hat eine Unterschriftenaktion gestartet. Schon 1200 Menschen hätten "
        "unterschrieben, sagte sie. Das Bad sei für viele Familien der einzige Ort im Sommer.\n"
        "Gerstner zeigte sich gesprächsbereit."
    ),
    "staatsanwalt": (
        "Vor dem Landgericht Bielefeld hat der Prozess gegen einen früheren Bankberater begonnen. "
        "Staatsanwältin Miriam Oltmanns warf dem 47-Jährigen vor, Kunden um 1,2 Millionen Euro betrogen zu "
        "haben.\n"
        "Der Verteidiger des Angeklagten, Rechtsanwalt Stefan Gühring, sagte, sein Mandant bestreite die "
        "Vorwürfe. Die Kunden hätten von den Risiken gewusst.\n"
        "Die Staatsanwältin kündigte an, mehrere Geschädigte als Zeugen zu laden."
    ),
    "minister_role": (
        "Die Gesundheitsministerin von Sachsen, Annette Voßkamp, und der Chef der Kassenärztlichen "
        "Vereinigung, Reinhard Kolbe, haben sich auf ein Programm gegen den Ärztemangel geeinigt.\n"
        "Die Ministerin sagte, bis 2028 sollten 300 neue Praxen auf dem Land entstehen. Kolbe sagte, die "
        "Ärzteschaft unterstütze das Programm ausdrücklich."
    ),
    "three_alt": (
        "Im Streit um den Ausbau des Flughafens Mühlberg gehen die Meinungen weit auseinander. Flughafenchef "
        "Peter Sandvoß sagte, ohne die neue Startbahn verliere die Region Tausende Arbeitsplätze.\n"
        "Die Sprecherin der Bürgerinitiative, Gisela Marquardt, hält dagegen. Der Lärm mache die Anwohner "
        "krank, sagte sie.\n"
        "Landrat Thomas Engel (SPD) will vermitteln. Er kündigte an, beide Seiten an einen Tisch zu holen.\n"
        "Sandvoß begrüßte das Angebot. Marquardt sagte, sie sei skeptisch."
    ),
    "konj_interrupt": (
        "Der Vorstandsvorsitzende der Stadtwerke, Bernd Hollmann, hat höhere Strompreise angekündigt. Die "
        "Beschaffungskosten seien stark gestiegen, sagte Hollmann. Die Stadtwerke könnten das nicht länger "
        "auffangen.\n"
        "Die Verbraucherzentrale reagierte empört. Eine Sprecherin sagte, die Stadtwerke hätten im Vorjahr "
        "einen Rekordgewinn gemacht.\n"
        "Hollmann verwies auf langfristige Verträge. Diese liefen erst Ende des Jahres aus."
    ),
    "sports_quote": (
        "Skispringerin Lea Hartinger hat beim Weltcup in Willingen ihren ersten Sieg gefeiert. „Ich kann es "
        "noch gar nicht glauben“, sagte die 19-Jährige nach dem Springen.\n"
        "Bundestrainer Stefan Kurz lobte seinen Schützling. „Lea hat sich das hart erarbeitet“, sagte Kurz. "
        "Sie werde noch viel erreichen."
    ),
    "police": (
        "Bei einem Unfall auf der A7 bei Seesen sind am Freitag zwei Menschen schwer verletzt worden. Nach "
        "Angaben der Polizei geriet ein Lastwagen ins Schleudern.\n"
        "Ein Polizeisprecher sagte, der Fahrer sei vermutlich eingeschlafen. Die Autobahn blieb vier Stunden "
        "gesperrt.\n"
        "Ein Augenzeuge, Jens Bartels, sagte, der Lastwagen sei ungebremst in die Leitplanke gefahren."
    ),
}

# (passage, a fragment of the claim checked, attribution, accepted speaker names, cue)
ROWS: list[tuple[str, str, str, tuple[str, ...], str | None]] = [
    ("dpa_two", "Schuldenbremse", "indirect", ("Karola Wendt",), "sagte"),
    ("dpa_two", "Zahlen schön", "indirect", ("Heiner Brückmann",), "sagte"),
    ("dpa_two", "gegenfinanziert", "indirect", ("Karola Wendt",), "sagte"),
    ("dpa_two", "Verfassungsgericht", "indirect", ("Heiner Brückmann",), "kündigte an"),
    ("court", "Vitrinen", "indirect", ("Dennis Kuhlmann",), "räumte ein"),
    ("court", "Spielschulden", "indirect", ("Dennis Kuhlmann",), "sagte"),
    ("court", "Waffe habe", "indirect", ("Dennis Kuhlmann",), None),
    ("court", "Pistole zu sehen", "indirect", ("Gudrun Albers",), "sagte"),
    ("court", "Spielzeugpistole", "indirect", ("Dennis Kuhlmann",), "sagte"),
    ("konj_chain", "40 Millionen", "indirect", ("Petra Haverkamp",), "sagte"),
    ("konj_chain", "bewusst einfach", "indirect", ("Petra Haverkamp",), None),
    ("konj_chain", "benachteiligt", "indirect", ("Ulrich Meinke",), "sagte"),
    ("konj_chain", "anderer Stelle", "indirect", ("Ulrich Meinke",), None),
    ("konj_chain", "Kritik zurück", "indirect", ("Petra Haverkamp",), "wies zurück"),
    ("quote_next_para", "zu wenig", "direct", ("Marco Lindner",), "sagte"),
    ("after_long_quote", "Sanierung der Schulen", "direct", ("Miriam Scholten",), "sagte"),
    ("after_long_quote", "kein Vertrauen", "direct", ("Miriam Scholten",), "sagte"),
    ("after_long_quote", "so viel investiert", "direct", ("Bernd Aschhoff",), "sagte"),
    ("fuegte_hinzu", "Ortskern", "indirect", ("Sabine Korte",), "sagte"),
    ("fuegte_hinzu", "zwanzig Jahren", "indirect", ("Sabine Korte",), "fügte hinzu"),
    ("fuegte_hinzu", "Biotop", "indirect", ("Tobias Rehm",), "sagte"),
    ("org_person", "Auftragslage", "indirect", ("Hartwig AG", "der Konzern"), "teilte mit"),
    ("org_person", "schmerzhaft", "indirect", ("Eva Brandt",), "sagte"),
    ("org_person", "Kündigungen", "indirect", ("Eva Brandt",), None),
    ("org_person", "Zeche", "indirect", ("Olaf Timm",), "sagte"),
    ("so_end", "Parkgebühren", "indirect", ("Hanna Petersen",), "so"),
    ("so_end", "Einkaufszentren", "indirect", ("Dirk Janßen",), "so"),
    ("interview_qa", "Atemwegsinfektionen", "direct", ("Katrin Mahler",), None),
    ("interview_qa", "schweren Verläufen", "direct", ("Katrin Mahler",), None),
    ("witness", "zwei Bewohner", "indirect", ("die Feuerwehr", "Feuerwehr"), "mitteilte"),
    ("witness", "Knall", "indirect", ("eine Nachbarin",), "sagte"),
    ("witness", "schwarzer Rauch", "indirect", ("eine Nachbarin",), None),
    ("witness", "Brandursache", "indirect", ("Frank Wolters",), "sagte"),
    ("bild", "Hosentasche", "direct", ("Heinz Pawlowski",), "sagt"),
    ("two_women", "Pflegekräfte", "indirect", ("Judith Ramsauer",), "warf vor"),
    ("two_women", "viel zu niedrig", "indirect", ("Judith Ramsauer",), None),
    ("two_women", "zwölf Prozent", "indirect", ("Clara Fiedler",), "sagte"),
    ("two_men", "volles Vertrauen", "indirect", ("Manfred Degenhardt",), "sagte"),
    ("two_men", "Klassenerhalt", "indirect", ("Kai Wessling",), "sagte"),
    ("herr_x", "verdreifacht", "indirect", ("Rolf Baumgärtner",), "sagte"),
    ("herr_x", "glaube an das Lokal", "indirect", ("Lena Baumgärtner",), "sagte"),
    ("business", "Zinsgeschäft", "indirect", ("Georg Imhoff",), "sagte"),
    ("business", "Rekordergebnis", "indirect", ("Georg Imhoff",), None),
    ("business", "Kreditrisiken", "indirect", ("Beate Rothe",), "sagte"),
    ("trainer_role", "zufriedenstellend", "indirect", ("Axel Brinkmann",), "sagte"),
    ("trainer_role", "überrascht", "indirect", ("Holger Rapp",), "sagte"),
    ("regional", "vier Millionen", "indirect", ("Hans Gerstner",), "sagte"),
    ("regional", "nicht leisten", "indirect", ("Hans Gerstner",), None),
    ("regional", "1200 Menschen", "indirect", ("Maria Kleinert",), "sagte"),
    ("regional", "einzige Ort", "indirect", ("Maria Kleinert",), None),
    ("staatsanwalt", "1,2 Millionen", "indirect", ("Miriam Oltmanns",), "warf vor"),
    ("staatsanwalt", "Mandant bestreite", "indirect", ("Stefan Gühring",), "sagte"),
    ("staatsanwalt", "Risiken gewusst", "indirect", ("Stefan Gühring",), None),
    ("staatsanwalt", "Zeugen zu laden", "indirect", ("Miriam Oltmanns",), "kündigte an"),
    ("minister_role", "ausdrücklich", "indirect", ("Reinhard Kolbe",), "sagte"),
    ("three_alt", "Startbahn", "indirect", ("Peter Sandvoß",), "sagte"),
    ("three_alt", "Lärm", "indirect", ("Gisela Marquardt",), "sagte"),
    ("three_alt", "an einen Tisch", "indirect", ("Thomas Engel",), "kündigte an"),
    ("three_alt", "skeptisch", "indirect", ("Gisela Marquardt",), "sagte"),
    ("konj_interrupt", "Beschaffungskosten", "indirect", ("Bernd Hollmann",), "sagte"),
    ("konj_interrupt", "nicht länger auffangen", "indirect", ("Bernd Hollmann",), None),
    ("konj_interrupt", "Rekordgewinn", "indirect", ("eine Sprecherin", "Verbraucherzentrale"), "sagte"),
    ("sports_quote", "gar nicht glauben", "direct", ("Lea Hartinger",), "sagte"),
    ("sports_quote", "hart erarbeitet", "direct", ("Stefan Kurz",), "sagte"),
    ("sports_quote", "viel erreichen", "indirect", ("Stefan Kurz",), None),
    ("police", "Schleudern", "indirect", ("der Polizei", "Polizei"), "nach angaben"),
    ("police", "eingeschlafen", "indirect", ("ein Polizeisprecher",), "sagte"),
    ("police", "Leitplanke", "indirect", ("Jens Bartels",), "sagte"),
]

# (passage, a fragment of a claim, a speaker it must not have, or None: the claim must stay unattributed)
NEGATIVES: list[tuple[str, str, str | None]] = [
    ("konj_chain", "Kritik zurück", "Ulrich Meinke"),
    ("two_men", "Klassenerhalt", "Manfred Degenhardt"),
    ("herr_x", "glaube an das Lokal", "Rolf Baumgärtner"),
    ("police", "vier Stunden gesperrt", None),
    ("witness", "Brandursache", "eine Nachbarin"),
    ("three_alt", "skeptisch", "Peter Sandvoß"),
    ("firmenchef", "Investor", "Achim Tollmann"),
    ("regional", "Freibad", None),
]


@pytest.mark.parametrize(("passage", "fragment", "attribution", "names", "cue"), ROWS)
def test_german_discourse_battery(
    passage: str, fragment: str, attribution: str, names: tuple[str, ...], cue: str | None
) -> None:
    claim = claim_with(PASSAGES[passage], fragment)
    name = None if claim.speaker is None else fold(claim.speaker.name)
    wanted = name if name in {fold(n) for n in names} else fold(names[0])
    assert (claim.attribution, name, fold(claim.cue) or None) == (attribution, wanted, fold(cue) or None)


@pytest.mark.parametrize(("passage", "fragment", "forbidden"), NEGATIVES)
def test_german_discourse_negatives(passage: str, fragment: str, forbidden: str | None) -> None:
    claims = [claim for claim in extract_claims(PASSAGES[passage], "t") if fragment in claim.text]
    if forbidden is None:
        assert all(claim.attribution == "none" and claim.speaker is None for claim in claims)
    else:
        assert claims
        assert all(claim.speaker is None or fold(claim.speaker.name) != fold(forbidden) for claim in claims)


def _speaker_name(text: str, fragment: str) -> str | None:
    speaker = claim_with(text, fragment).speaker
    return None if speaker is None else speaker.name


def test_more_subjunctive_forms_carry_reported_speech_on() -> None:
    text = "Vorstand Jens Amsel sagte, der Umsatz sei gestiegen. Für 2026 rechne er mit weiteren Zuwächsen."
    assert _speaker_name(text, "Zuwächsen") == "Jens Amsel"
    text = "Vorstand Jens Amsel sagte, der Umsatz sei gestiegen. Die Filialen könnten länger öffnen."
    assert _speaker_name(text, "Filialen") == "Jens Amsel"
    # An indicative past after a speaker stays the writer's ("konnten", not "könnten").
    text = "Vorstand Jens Amsel sagte, der Umsatz sei gestiegen. Die neuen Filialen konnten im Mai länger öffnen."
    assert all(claim.speaker is None for claim in extract_claims(text, "t") if "Filialen" in claim.text)


def test_a_surname_before_a_dative_paper_ends_the_name_but_not_before_a_genitive_body() -> None:
    text = "Stadträtin Ute Lemke hat die Pläne verteidigt. Die Kosten seien tragbar, sagte Lemke der Zeitung."
    assert _speaker_name(text, "Kosten") == "Ute Lemke"
    anonymous = claim_with("Der Plan sei gescheitert, verlautete aus Kreisen der Fraktion.", "Plan").speaker
    assert anonymous is not None
    assert anonymous.kind == "anonymous"


def test_a_post_before_von_and_a_place_is_no_name() -> None:
    text = "Die Bürgermeisterin von Halden, Greta Olsen, sagte, die Brücke werde saniert."
    assert _speaker_name(text, "Brücke") == "Greta Olsen"


def test_an_apposed_name_after_a_post_drops_its_own_title() -> None:
    text = "Der Anwalt der Familie, Rechtsanwalt Timo Falk, sagte, die Klage sei eingereicht."
    assert _speaker_name(text, "Klage") == "Timo Falk"


# tune5-de: sources in the genitive, documents before their author, a fronted capacity, split and perfect cues.


def _attributed(text: str, fragment: str) -> tuple[str, str | None, str | None]:
    claim = claim_with(text, fragment)
    return claim.attribution, None if claim.speaker is None else claim.speaker.name, claim.cue


def test_a_genitive_source_after_nach_is_named_in_the_nominative() -> None:
    text = "Nach Angaben des Landratsamts sind die Straßen wieder frei."
    assert _speaker_name(text, "Straßen") == "Landratsamt"
    text = "Nach Einschätzung des Bundesamts für Verbraucherschutz ist das Mittel sicher."
    assert _speaker_name(text, "Mittel") == "Bundesamt für Verbraucherschutz"
    # A post in the genitive names the person holding it.
    text = "Verteidigerin Jana Kolb sagte, ihr Mandant sei krank. Nach Angaben seiner Verteidigerin will er zahlen."
    assert _speaker_name(text, "zahlen") == "Jana Kolb"
    text = "Rechtsanwalt Udo Bär sagte, der Vertrag sei gültig. Nach Angaben seines Anwalts will er klagen."
    assert _speaker_name(text, "klagen") == "Udo Bär"
    # A name after the post stays the speaker; an adjective before the body keeps the written form.
    text = "Nach Angaben des Landrats Karl Heim sind die Straßen frei."
    assert _speaker_name(text, "Straßen") == "Karl Heim"
    text = "Nach Angaben des Statistischen Landesamts sind die Mieten gestiegen."
    assert _speaker_name(text, "Mieten") == "Statistischen Landesamts"


def test_a_document_before_its_author_is_a_cue() -> None:
    text = "Nach einer Hochrechnung des Bauernverbands fällt die Ernte um ein Fünftel geringer aus."
    assert _attributed(text, "Ernte") == ("indirect", "Bauernverbands", "nach einer hochrechnung")
    text = "Nach einer neuen Umfrage der Handelskammer wollen 40 Prozent der Betriebe Stellen abbauen."
    assert _attributed(text, "Betriebe")[1] == "Handelskammer"
    # With no author, or "nach der ..." in time, no source is named.
    for text in ("Nach einer Studie schlafen Kinder zu wenig.", "Nach der Analyse des Spiels ging das Team essen."):
        assert all(claim.speaker is None for claim in extract_claims(text, "t"))


def test_a_fronted_capacity_leaves_the_subject_after_the_verb() -> None:
    text = (
        "Die Kassiererin Emma Roth hat den Fehler entdeckt. Als Zeugin berichtete Roth, wie die Kasse "
        "nicht mehr stimmte."
    )
    assert _speaker_name(text, "Kasse") == "Emma Roth"
    text = "Als Sprecher des Bündnisses sagte Lars Moll, der Protest gehe weiter."
    claim = claim_with(text, "Protest")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == ("Lars Moll", None)


def test_sprach_von_with_a_circumstance_between_and_reasons_and_pleas_are_cues() -> None:
    text = "Bürgermeisterin Ina Lahr sprach bei der Eröffnung von einem „großen Tag für die Stadt“."
    assert _attributed(text, "Eröffnung") == ("direct", "Ina Lahr", "sprach von")
    assert claim_with("Er sprach in Bremen vor vollem Saal.", "Bremen").attribution == "none"
    text = "Die Vorsitzende Richterin Olga Brandt begründete das Urteil mit der Schwere der Tat."
    assert _attributed(text, "Urteil") == ("indirect", "Olga Brandt", "begründete")
    text = "Anwalt Timo Sauer sagte, sein Mandant sei kein Betrüger. Der Verteidiger hatte auf Freispruch plädiert."
    assert _attributed(text, "Freispruch") == ("indirect", "Timo Sauer", "plädiert")


def test_a_relative_possessive_before_an_inverted_subject() -> None:
    text = "Die Kosten seien zu hoch, sagte dessen Geschäftsführerin Tanja Wolf der Zeitung."
    assert _speaker_name(text, "Kosten") == "Tanja Wolf"


def test_a_colon_intro_naming_one_person_or_a_possessive_gives_the_speaker() -> None:
    text = (
        "Kassiererin Mona Vogt (29) half dem Rentner. Mona Vogt wurde stutzig: „Er wirkte völlig verängstigt. "
        "Ich habe sofort den Chef geholt.“"
    )
    assert _speaker_name(text, "verängstigt") == "Mona Vogt"
    assert _speaker_name(text, "Chef geholt") == "Mona Vogt"
    text = 'Das Urteil fiel am Mittag. Im Schlusswort wandte sich Dieter K. an die Opfer: "Es tut mir leid."'
    assert _speaker_name(text, "tut mir leid") == "Dieter K"
    text = "Polizeisprecher Uwe Rahn bestätigte den Fall. Sein Tipp: „Niemals Geld am Telefon versprechen.“"
    assert _speaker_name(text, "Telefon") == "Uwe Rahn"
    # Two people named in the intro: the first, its subject, speaks (extract's context voice).
    text = "Anna Roth und Jens Kuhn standen vor Gericht. Anna Roth sah Jens Kuhn an: „Es ist vorbei.“"
    assert _speaker_name(text, "vorbei") == "Anna Roth"


def test_a_connective_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = "Doch Verkäuferin Rita Sommer (41) bemerkte den Betrug. „Das kam mir seltsam vor“, sagte Sommer."
    claim = claim_with(text, "seltsam")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == ("Rita Sommer", "Verkäuferin")
