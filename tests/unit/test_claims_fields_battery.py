"""A construction battery for the fields of a claim: quantities, hedges and claim types in English, German, French
and Spanish news sentences written for this test (none from an article of the gold set).

Each row is one sentence, the quantities expected in it (text, value, unit; a range gives its low end), the hedges
(lowercased, in order) and the claim types other than "quantity" (which any sentence with a quantity has). Rows
where a naive rule would fire and must not (dates, ordinals, years, scores, model numbers, the noun "Wohl", the
month "May", vague plurals such as "hundreds of") check that nothing is found.
"""

from __future__ import annotations

import math

import pytest

from processors.claims.extract import extract_claims

Q = tuple[str, float, str | None]

# (sentence, quantities, hedges, types other than "quantity")
BATTERY: list[tuple[str, list[Q], list[str], list[str]]] = [
    # -- English: money
    ("The company reported a net loss of $4.2bn for the quarter.", [("$4.2bn", 4.2e9, "USD")], [], []),
    ("The council will spend £3.5 million on new street lights.", [("£3.5 million", 3.5e6, "GBP")], [], ["prediction"]),
    ("A pint now costs 50p more than it did last spring.", [("50p", 0.5, "GBP")], [], []),
    ("The fund raised USD 40m from private investors.", [("USD 40m", 4e7, "USD")], [], []),
    ("The airline was fined €1.2 million by regulators.", [("€1.2 million", 1.2e6, "EUR")], [], ["rule"]),
    ("The contract is worth 250 million dollars.", [("250 million dollars", 2.5e8, "USD")], [], []),
    ("Nurses on the ward earn £15 an hour on average.", [("£15 an hour", 15, "GBP")], [], []),
    (
        "The levy raises about $30bn a year for the state.",
        [("$30bn a year", 3e10, "USD")],
        ["about"],
        [],
    ),
    # -- English: shares, percentages and points
    ("Shares fell 2.5 per cent in early trading.", [("2.5 per cent", 2.5, "percent")], [], []),
    (
        "Support for the party slipped by three percentage points.",
        [("three percentage points", 3, "percentage point")],
        [],
        [],
    ),
    (
        "Inflation rose to 4.1% in March, up from 3.8% in February.",
        [("4.1%", 4.1, "percent"), ("3.8%", 3.8, "percent")],
        [],
        [],
    ),
    ("Two-thirds of voters backed the plan.", [("Two-thirds", 66.7, "percent")], [], []),
    ("One in five children lives in a cold home.", [("One in five", 20, "percent")], [], []),
    ("Nearly half of all households own an electric car.", [("Nearly half", 50, "percent")], ["nearly"], []),
    # -- English: approximations, ranges, multiples, counts
    ("Almost 300 people attended the meeting.", [("Almost 300", 300, None)], ["almost"], []),
    ("About 2,000 jobs are at risk at the plant.", [("About 2,000", 2000, None)], ["about"], []),
    ("Between 20 and 30 homes were flooded overnight.", [("Between 20 and 30", 20, None)], [], []),
    ("Rents have risen twice as fast as wages.", [("twice", 2, "times")], [], []),
    (
        "The new turbine produces three times as much power as the old one.",
        [("three times", 3, "times")],
        [],
        [],
    ),
    ("A dozen protesters were arrested outside the embassy.", [("A dozen", 12, None)], [], []),
    ("The study followed 5,000 adults aged 40 to 75.", [("5,000", 5000, None), ("aged 40 to 75", 40, "year")], [], []),
    ("The 44-year-old was arrested at his home.", [("44-year-old", 44, "year")], [], []),
    ("The trial lasted 18 months in total.", [("18 months", 18, "month")], [], []),
    # -- English: units
    ("The reservoir holds 40 million litres of water.", [("40 million litres", 4e7, "litre")], [], []),
    ("The flat on the top floor measures 85 square metres.", [("85 square metres", 85, "m²")], [], []),
    ("The lorry was carrying 20 tonnes of steel.", [("20 tonnes", 20, "tonne")], [], []),
    (
        "The runners covered 42 km in under three hours.",
        [("42 km", 42, "km"), ("under three hours", 3, "hour")],
        [],
        [],
    ),
    ("The pilot flew 300 miles to the coast.", [("300 miles", 300, "mile")], [], []),
    ("The solar park has a capacity of 500 MW.", [("500 MW", 500, "MW")], [], []),
    ("The wind farm produced 1,200 GWh of electricity.", [("1,200 GWh", 1200, "GWh")], [], []),
    # -- English: hedges
    ("The suspect is thought to have fled abroad.", [], ["is thought to"], []),
    ("The minister allegedly accepted gifts from the developer.", [], ["allegedly"], []),
    ("The fire appears to have started in the kitchen.", [], ["appears to"], []),
    ("The chief executive reportedly earned $12m last year.", [("$12m", 1.2e7, "USD")], ["reportedly"], []),
    ("Interest rates might rise again before the summer.", [], ["might"], ["prediction"]),
    # -- English: types
    ("Dozens of flights were cancelled because of fog.", [], [], ["causation"]),
    ("The delays were due to a signal failure.", [], [], ["causation"]),
    ("The heatwave led to a surge in hospital admissions.", [], [], ["causation"]),
    ("The talks are due to resume on Monday.", [], [], ["prediction"]),
    ("Under the law, landlords must give two months' notice.", [("two months", 2, "month")], [], ["rule"]),
    ("Smoking is banned in all enclosed public places.", [], [], ["rule"]),
    ("The government is set to announce the plan next week.", [], [], ["prediction"]),
    ("The bank expects growth of 1.5% next year.", [("1.5%", 1.5, "percent")], [], ["prediction"]),
    ("Officials plan to reopen the bridge in the spring.", [], [], ["prediction"]),
    ('"I was standing on the platform when the roof collapsed," said one commuter.', [], [], ["experience"]),
    ('"We lost everything in the flood," she said.', [], [], ["experience"]),
    ('"We will rebuild this town," the mayor said.', [], [], ["prediction"]),
    # -- English: negatives
    ("The festival takes place in May every year.", [], [], []),
    ("The meeting is on 14 March at the town hall.", [], [], []),
    ("She finished third in the 2019 race in Boston.", [], [], []),
    ("He scored twice in the 2-1 win over the champions.", [("twice", 2, "times")], [], []),
    ("Hundreds of residents were evacuated overnight.", [], [], []),
    ("Prices rose steadily between 2010 and 2020 in the city.", [], [], []),
    ("The report was published on Tuesday by the ministry.", [], [], []),
    ("The power plant employs 300 workers.", [("300", 300, None)], [], []),
    ("The crash could have been avoided, the report found.", [], ["could"], ["causation"]),
    # -- German: money, shares, approximations
    ("Der Konzern machte einen Verlust von 1,2 Mrd. Euro.", [("1,2 Mrd. Euro", 1.2e9, "EUR")], [], []),
    ("Das Projekt kostet insgesamt 1,2 Milliarden Euro.", [("1,2 Milliarden Euro", 1.2e9, "EUR")], [], []),
    ("Die Stadt zahlt 500.000 Euro für die Sanierung.", [("500.000 Euro", 5e5, "EUR")], [], []),
    ("Die Schulden stiegen auf €1,2 Mrd. im vergangenen Jahr.", [("€1,2 Mrd.", 1.2e9, "EUR")], [], []),
    ("Gut 200 Beschäftigte verlieren ihren Arbeitsplatz.", [("Gut 200", 200, None)], ["gut"], []),
    ("Die Kurse haben jeweils von 20 bis 30 Teilnehmer.", [("von 20 bis 30", 20, None)], [], []),
    (
        "Die Notenbank senkte den Leitzins um 0,25 Prozentpunkte.",
        [("0,25 Prozentpunkte", 0.25, "percentage point")],
        [],
        [],
    ),
    ("Die Arbeitslosenquote stieg im Mai auf 6,1 Prozent.", [("6,1 Prozent", 6.1, "percent")], [], []),
    ("Jeder Fünfte hat keinen Hausarzt mehr.", [("Jeder Fünfte", 20, "percent")], [], []),
    (
        "Rund 3.000 Menschen demonstrierten am Samstag in der Innenstadt.",
        [("Rund 3.000", 3000, None)],
        ["rund"],
        [],
    ),
    (
        "Knapp zwei Drittel der Befragten lehnen den Plan ab.",
        [("Knapp zwei Drittel", 66.7, "percent")],
        ["knapp"],
        [],
    ),
    (
        "Die Temperaturen liegen tagsüber zwischen 20 und 30 Grad.",
        [("zwischen 20 und 30 Grad", 20, "°C")],
        [],
        [],
    ),
    ("Benzin kostet derzeit 1,80 Euro pro Liter.", [("1,80 Euro pro Liter", 1.8, "EUR")], [], []),
    ("Im Vergleich zum Vorjahr gab es dreimal so viele Anzeigen.", [("dreimal", 3, "times")], [], []),
    ("Die Anlage liefert künftig 50 Megawatt Strom.", [("50 Megawatt", 50, "MW")], [], ["prediction"]),
    ("Der 45-Jährige wurde noch am Abend festgenommen.", [("45-Jährige", 45, "year")], [], []),
    # -- German: hedges
    ("Der Verdächtige soll das Geld unterschlagen haben.", [], ["soll"], []),
    ("Der Täter ist mutmaßlich über die Grenze geflohen.", [], ["mutmaßlich"], []),
    ("Der Minister wusste offenbar von den Plänen.", [], ["offenbar"], []),
    ("Die Zahl der Fälle dürfte weiter steigen.", [], ["dürfte"], ["prediction"]),
    ("Angeblich hat der Verein schon einen Nachfolger gefunden.", [], ["angeblich"], []),
    # -- German: types
    ("Die Bahn wird die Strecke im Herbst wieder öffnen.", [], [], ["prediction"]),
    ("Wegen des Sturms fielen zahlreiche Züge aus.", [], [], ["causation"]),
    ("Der Unfall auf der Autobahn führte zu langen Staus.", [], [], ["causation"]),
    ("Aufgrund der hohen Kosten wurde das Projekt gestoppt.", [], [], ["causation"]),
    ("Die Ursache des Brandes ist vermutlich ein technischer Defekt.", [], ["vermutlich"], ["causation"]),
    ("Die Helmpflicht gilt für alle Radfahrer auf der Straße.", [], [], ["rule"]),
    (
        "Gesetzlich ist eine Pause von 30 Minuten vorgeschrieben.",
        [("30 Minuten", 30, "minute")],
        [],
        ["rule"],
    ),
    ("„Ich habe so etwas noch nie erlebt“, sagte die Anwohnerin.", [], [], ["experience"]),
    # -- German: negatives
    ("Das Wohl der Kinder steht an erster Stelle.", [], [], []),
    ("Am 3. Oktober feiert Deutschland den Tag der Einheit.", [], [], []),
    ("Dutzende Häuser in dem Dorf wurden beschädigt.", [], [], []),
    ("Die Polizei sucht Zeugen, die den Vorfall beobachtet haben.", [], [], []),
    # -- French
    ("L'entreprise a perdu 3 millions d'euros l'an dernier.", [("3 millions d'euros", 3e6, "EUR")], [], []),
    (
        "Le chômage a baissé de 0,3 point au troisième trimestre.",
        [("0,3 point", 0.3, "percentage point")],
        [],
        [],
    ),
    ("Les prix de l'énergie ont augmenté de 3 % en un an.", [("3 %", 3, "percent"), ("un an", 1, "year")], [], []),
    ("La moitié des communes n'ont plus de médecin.", [("La moitié", 50, "percent")], [], []),
    ("Plus de la moitié des Français sont contre.", [("Plus de la moitié", 50, "percent")], ["plus de"], []),
    ("Le chantier emploie quelque 300 ouvriers.", [("quelque 300", 300, None)], ["quelque"], []),
    ("Environ 1 500 personnes ont manifesté à Lyon.", [("Environ 1 500", 1500, None)], ["environ"], []),
    (
        "Près de 40 % des vignes ont été détruites par la grêle.",
        [("Près de 40 %", 40, "percent")],
        ["près de"],
        [],
    ),
    ("Entre 20 et 30 élèves manquent chaque jour.", [("Entre 20 et 30", 20, None)], [], []),
    ("Les loyers ont augmenté deux fois plus vite que les salaires.", [("deux fois", 2, "times")], [], []),
    ("Le loyer moyen atteint 900 euros par mois.", [("900 euros par mois", 900, "EUR")], [], []),
    ("Le parc éolien produit 300 mégawatts.", [("300 mégawatts", 300, "MW")], [], []),
    # "une dizaine de" is "about ten": an approximator, hedged like "environ dix"
    ("Les pompiers ont évacué une dizaine de familles.", [("une dizaine", 10, None)], ["une dizaine de"], []),
    ("Le suspect aurait quitté le pays avant son arrestation.", [], ["aurait"], []),
    ("Il s'agit probablement d'un incendie criminel.", [], ["probablement"], []),
    ("Le bilan pourrait encore s'alourdir dans la soirée.", [], ["pourrait"], ["prediction"]),
    ("Selon toute vraisemblance, le scrutin sera reporté.", [], ["selon toute vraisemblance"], ["prediction"]),
    (
        "Le projet devrait coûter 2 milliards d'euros.",
        [("2 milliards d'euros", 2e9, "EUR")],
        [],
        ["prediction"],
    ),
    ("Le maire va présenter son budget la semaine prochaine.", [], [], ["prediction"]),
    ("Le gouvernement prévoit une hausse de 2 % des pensions.", [("2 %", 2, "percent")], [], ["prediction"]),
    ("Le trafic a été interrompu à cause de la neige.", [], [], ["causation"]),
    ("En raison de la grève, les écoles resteront fermées.", [], [], ["causation", "prediction"]),
    ("La loi impose aux employeurs un bilan annuel.", [], [], ["rule"]),
    ("Il est interdit de fumer dans les gares.", [], [], ["rule"]),
    ("« J'ai vu la vague arriver et j'ai couru », raconte une habitante.", [], [], ["experience"]),
    ("Le 14 juillet, les pompiers défilent sur les Champs-Élysées.", [], [], []),
    ("Des centaines de manifestants se sont rassemblés devant la mairie.", [], [], []),
    ("Les passagers du navire ont été placés en quarantaine.", [], [], []),
    # -- Spanish
    (
        "La empresa invertirá 2.000 millones de euros en la planta.",
        [("2.000 millones de euros", 2e9, "EUR")],
        [],
        ["prediction"],
    ),
    ("El paro bajó un 12 por ciento en la región.", [("12 por ciento", 12, "percent")], [], []),
    ("Un tercio de los hogares no puede pagar la calefacción.", [("Un tercio", 33.3, "percent")], [], []),
    ("Unos 500 vecinos fueron desalojados durante la noche.", [("Unos 500", 500, None)], ["unos"], []),
    ("Casi la mitad de los jóvenes vive con sus padres.", [("Casi la mitad", 50, "percent")], ["casi"], []),
    (
        "Más de la mitad de los encuestados lo rechaza.",
        [("Más de la mitad", 50, "percent")],
        ["más de"],
        [],
    ),
    ("Entre 20 y 30 personas resultaron heridas.", [("Entre 20 y 30", 20, None)], [], []),
    ("Las ventas fueron el triple que el año anterior.", [("el triple", 3, "times")], [], []),
    ("Una docena de agentes participaron en la operación.", [("Una docena", 12, None)], [], []),
    ("El alquiler medio es de 1.100 euros al mes.", [("1.100 euros al mes", 1100, "EUR")], [], []),
    (
        "La sequía afecta ya a más de 3.000 hectáreas.",
        [("más de 3.000 hectáreas", 3000, "hectare")],
        ["más de"],
        [],
    ),
    ("Un trabajador de 45 años resultó herido.", [("45 años", 45, "year")], [], []),
    ("El detenido presuntamente robó varios coches.", [], ["presuntamente"], []),
    ("Al parecer, el conductor se durmió al volante.", [], ["al parecer"], []),
    ("El ministro supuestamente cobró comisiones ilegales.", [], ["supuestamente"], []),
    ("El incendio podría haber sido provocado.", [], ["podría"], ["causation"]),
    ("El Gobierno prevé crear 10.000 empleos.", [("10.000", 10000, None)], [], ["prediction"]),
    ("La huelga va a durar tres días.", [("tres días", 3, "day")], [], ["prediction"]),
    (
        "La ola de calor durará al menos una semana.",
        [("al menos una semana", 1, "week")],
        ["al menos"],
        ["prediction"],
    ),
    ("El tráfico se cortó debido a la nieve.", [], [], ["causation"]),
    ("La explosión provocó cuantiosos daños.", [], [], ["causation"]),
    ("La ley obliga a las empresas a publicar sus salarios.", [], [], ["rule"]),
    ("«Yo estaba en casa cuando empezó a temblar», contó una vecina.", [], [], ["experience"]),
    ("El 5 de mayo se celebra la fiesta del barrio.", [], [], []),
    ("Cientos de personas se concentraron frente al ayuntamiento.", [], [], []),
    ("La primera ministra visitó la zona afectada.", [], [], []),
]


def _fields(sentence: str) -> tuple[list[Q], list[str], list[str]]:
    claims = extract_claims(sentence, "battery")
    if not claims:
        return [], [], []
    assert len(claims) == 1, [claim.text for claim in claims]
    claim = claims[0]
    quantities = [(q.text, q.value, q.unit) for q in claim.quantities]
    return quantities, list(claim.hedges), [kind for kind in claim.types if kind != "quantity"]


@pytest.mark.parametrize(("sentence", "quantities", "hedges", "types"), BATTERY, ids=[row[0][:40] for row in BATTERY])
def test_battery(sentence: str, quantities: list[Q], hedges: list[str], types: list[str]) -> None:
    found, found_hedges, found_types = _fields(sentence)
    assert [(text, unit) for text, _, unit in found] == [(text, unit) for text, _, unit in quantities]
    for (_, value, _), (_, expected, _) in zip(found, quantities, strict=True):
        assert math.isclose(value, expected, rel_tol=0.01)
    assert found_hedges == hedges
    assert sorted(found_types) == sorted(types)
