"""Witness appeals and hotlines are calls to action, never claims; "Tel." and "Nr." end no sentence."""

from __future__ import annotations

import pytest

from processors.claims import extract_claims
from processors.claims.sentences import split_sentences

REPORT = "Die Polizei teilte mit, der 19-Jährige sei mit 1,4 Promille unterwegs gewesen."


def texts(article: str) -> list[str]:
    return [claim.text for claim in extract_claims(article, "t")]


@pytest.mark.parametrize(
    "appeal",
    [
        "Die Polizei sucht Zeugen, die den Unfall beobachtet haben.",
        "Hinweise nimmt die Polizeiinspektion Nordstadt unter Tel. 0931/457-0 entgegen.",
        "Police are appealing for witnesses who saw the crash on the A road on Friday night.",
        "La gendarmerie lance un appel à témoins après l'accident de samedi.",
        "La Guardia Civil busca testigos del atropello ocurrido el domingo.",
    ],
)
def test_appeal_is_no_claim(appeal: str) -> None:
    found = texts(f"{REPORT}\n{appeal}")
    assert not any(appeal[:20] in text for text in found)
    assert any("Promille" in text for text in found)


def test_telephone_and_number_abbreviations_end_no_sentence() -> None:
    text = "Hinweise unter Tel. 0931/457-0 oder in der Dienststelle Nr. 4 am Markt. Die Ermittlungen dauern an."
    assert [sentence.text for sentence in split_sentences(text)] == [
        "Hinweise unter Tel. 0931/457-0 oder in der Dienststelle Nr. 4 am Markt.",
        "Die Ermittlungen dauern an.",
    ]


def test_witnesses_reporting_stay_claims() -> None:
    # what witnesses said is a claim; only the appeal for them is not
    line = "Zeugen sagten der Polizei, der Wagen sei mit mehr als 100 km/h gefahren."
    assert any("100 km/h" in text for text in texts(f"{REPORT}\n{line}"))
