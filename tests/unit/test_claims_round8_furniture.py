"""Web furniture and service lines that are no claims, by family and language: publication stamps, print-edition
notes, author biographies, caption credits and positions, reading and newsletter promos, appeals for witnesses and
service notes, and a wire dateline left out of the first claim. Near misses that must stay claims sit beside each
family. Lines, people, places and papers invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims

# Lines standing as their own paragraph: none may yield a claim.
FURNITURE: list[str] = [
    # publication stamps, en/de/fr/es
    "Published June 2, 2024 Updated June 3, 2024, 7:45 p.m. ET",
    "Posted Thu, Apr 3, 2025 at 8:20 am ET | Updated Thu, Apr 3, 2025 at 1:11 pm ET",
    "Last updated: 09:40 GMT, 21 January 2026",
    "Published: 06:05 AEDT, 8 February 2025 | Updated: 07:30 AEDT, 8 February 2025",
    "Veröffentlicht am 02.06.2024, 09:15 Uhr Aktualisiert am 02.06.2024, 11:00 Uhr",
    "Stand: 17.11.2025 14:03 Uhr",
    "Erstellt: 3. Juli 2025, 08:12 Uhr",
    "Publié le 02/06/2024 à 09:15 - Mis à jour le 02/06/2024 à 11:40",
    "Publié aujourd’hui à 07h20, modifié à 09h05 · Temps de lecture 3 min.",
    "3 de junio de 2024 · 08:10 - Actualizado 3 de junio de 2024 · 10:22",
    "Publicado el 9 de octubre de 2025 a las 18:40 hs",
    # print-edition notes
    "A version of this article appears in print on June 3, 2024, Section B, Page 2 of the New York edition with the "
    "headline: Rates Hold.",
    "This article appears in the 9 May issue of The Sunday Ledger.",
    "Dieser Text erschien in der Printausgabe vom 4. Mai 2025.",
    # author biographies
    "Tom Baird is an economics reporter for The Daily Ledger, covering labor markets and trade.",
    "Jana Wirth ist Redakteurin im Ressort Politik.",
    "Paul Roy est journaliste au service économie du Courrier.",
    "Ana Gil es periodista de la sección de Economía.",
    # caption credits run on with an ellipsis, and credits after a caption
    "A volunteer sorts donated coats in a church hall.Credit...Lena Moss for The Ledger",
    "Zwei Feuerwehrleute vor der ausgebrannten Halle in Oberried Foto: Jens Kober",
    # positions in a caption
    "Marta Lenz (left) and Ivo Brandt, Tuesday night outside the town hall.",
    "Claire Dumas (à droite) et Hugo Perrin, jeudi matin devant la mairie.",
    "Lucía Soto (izquierda) y Pablo Rey, este lunes en el puerto.",
    # reading and newsletter promos
    "Recibí las noticias más importantes de la política en tu mail.",
    "Recibe las alertas de última hora directo en tu WhatsApp.",
    "Te recomendamos: Suben los precios del transporte en tres provincias",
    "Te puede interesar: Cierra la fábrica de cerámica de Valdemar",
    "Das Briefing am Morgen: Die wichtigsten Nachrichten des Tages, täglich um 6 Uhr",
    "Recevez chaque matin l'essentiel de l'actualité régionale.",
    # appeals for witnesses and service notes
    "Anyone with information should call Harlow Police on 101, quoting reference 55/1234.",
    "Anyone with information is asked to contact Crimestoppers anonymously.",
    "Witnesses are asked to contact the incident room at Fenwick police station.",
    "Die Polizei bittet Zeugen, die am Samstagabend am Bahnhof etwas beobachtet haben, sich zu melden.",
    "Sachdienliche Hinweise nimmt jede Polizeidienststelle entgegen.",
    "Mieterinnen und Mieter können sich bei Fragen zur Kaution kostenlos an die Schlichtungsstelle wenden.",
    "La gendarmerie lance un appel à témoins après l'accident de la route de Saint-Orens.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_is_no_claim(line: str) -> None:
    text = "Der Gemeinderat hat am Montag den Haushalt beschlossen, sagte Bürgermeister Tim Vogt.\n\n" + line
    texts = [claim.text for claim in extract_claims(text, "furniture")]
    assert not any(line[:30] in claim for claim in texts), texts


# Near misses: real statements that mention dates, print, reporters, positions or witnesses stay claims.
NEAR_MISSES: list[tuple[str, str]] = [
    ("The council said it would publish the updated figures on March 4, 2025.", "publish"),
    ("The report, published on June 2, found that rents rose 9% in a year.", "rents"),
    ("Die Stadt hat die Gebühren am 1. Juli 2025 um 12 Prozent erhöht, teilte ein Sprecher mit.", "Gebühren"),
    ("Le rapport, publié le 12 mars, montre que le chômage a reculé de 0,3 point.", "chômage"),
    ("El informe, publicado el 3 de junio, indica que la inflación bajó al 2,1%.", "inflación"),
    ("Marta Lenz, a reporter for the Ledger, said she had been threatened twice.", "threatened"),
    ("Police said anyone with information should call them, and that two men had been arrested.", "arrested"),
    ("Mr Justice Harte reminded witnesses that the inquiry could make no findings of criminal guilt.", "findings"),
    ("Zeugen berichteten von einem weißen Transporter, der mehrfach vor dem Haus gehalten habe.", "Transporter"),
    ("The newspaper's print edition lost 40,000 readers last year, its publisher said.", "print edition"),
]


@pytest.mark.parametrize(("sentence", "fragment"), NEAR_MISSES)
def test_near_miss_stays_claim(sentence: str, fragment: str) -> None:
    claims = extract_claims(sentence, "near-miss")
    assert any(fragment in claim.text for claim in claims), [claim.text for claim in claims]


# A wire dateline opening the first sentence: the claim starts after it, the speaker is kept.
DATELINES: list[tuple[str, str, str]] = [
    ("PARIS, June 2 (Reuters) - French carmaker Lumen said on Monday its sales fell 4% in May.", "French carmaker",
     "Lumen"),
    ("FRANKFURT, Nov 3 (Reuters) - Shipping group Havel said third-quarter profit doubled.", "Shipping group",
     "Havel"),
    ("MADRID (AP) — The Spanish airline Solaria said Tuesday it would cut 300 jobs.", "The Spanish airline",
     "Solaria"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "opening", "speaker"), DATELINES)
def test_dateline_left_out_of_first_claim(sentence: str, opening: str, speaker: str) -> None:
    claims = extract_claims(sentence, "wire")
    assert claims, sentence
    assert claims[0].text.startswith(opening), claims[0].text
    assert sentence[claims[0].start : claims[0].end] == claims[0].text
    assert claims[0].speaker is not None
    assert speaker in claims[0].speaker.name
