"""More web furniture that is no claim: cross-links with a bar or colon ("Also Read | ..."), subscription and
tip-off boxes, credits in capitals split by a slash, and a section kicker in capitals before the lede ("DÉCRYPTAGE -
"), which is left out of the claim like a wire dateline. Near misses stay claims. Lines invented for these tests."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims

FURNITURE: list[str] = [
    "Also Read | Council approves new tram depot after long delay",
    "READ | What the water board promised last summer, and what it built",
    "Also read: Why the ferry contract keeps slipping",
    "Únete a La Gaceta para leer sin límites todas nuestras noticias.",
    "Suscríbete a nuestro boletín y recibe cada mañana lo más importante.",
    "Abonnez-vous pour lire la suite de cet article.",
    "Unser Rechercheteam ist über einen verschlüsselten Briefkasten sicher erreichbar.",
    "You can reach our investigations team securely and anonymously through the tip line.",
    "MARIE DURAND / AGENCE SUD POUR « LE COURRIER »",
    "TOM BAIRD / LEDGER PICTURES",
]

STAY_CLAIMS: list[str] = [
    "The UN / EU summit ended without a deal, two diplomats said.",
    "Police said they had read the letter twice before charging him.",
    "The minister said she would join the talks in Brussels next week.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_line_is_no_claim(line: str) -> None:
    assert extract_claims(line, "t") == []


@pytest.mark.parametrize("line", STAY_CLAIMS)
def test_near_miss_stays_a_claim(line: str) -> None:
    assert [claim.text for claim in extract_claims(line, "t")] == [line]


@pytest.mark.parametrize(
    ("lede", "kept"),
    [
        ("ANALYSE - Le gouvernement a présenté mercredi une réforme des retraites agricoles.", "Le gouvernement"),
        ("EXCLUSIVE — The club has agreed a £40m fee for the striker, sources said.", "The club has agreed"),
    ],
)
def test_kicker_is_left_out_of_the_first_claim(lede: str, kept: str) -> None:
    claims = extract_claims(lede, "t")
    assert claims
    assert claims[0].text.startswith(kept), [claim.text for claim in claims]
