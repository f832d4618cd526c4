from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from processors.claims.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_splits_on_full_stops_and_keeps_offsets() -> None:
    text = "The city fell. Troops moved in! Was it planned? Nobody knows."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["The city fell.", "Troops moved in!", "Was it planned?", "Nobody knows."]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_abbreviations_initials_and_decimals_do_not_end_sentences() -> None:
    text = "Mr. Smith met Dr. Jones and John F. Kennedy Jr. in the U.S. capital. Growth was 3.5 per cent."
    assert texts(text) == [
        "Mr. Smith met Dr. Jones and John F. Kennedy Jr. in the U.S. capital.",
        "Growth was 3.5 per cent.",
    ]


def test_initialism_at_sentence_end_splits_before_a_pronoun() -> None:
    assert texts("He moved to the U.K. He never came back.") == ["He moved to the U.K.", "He never came back."]


def test_quote_with_cue_stays_one_sentence_and_next_quote_splits() -> None:
    text = '"Do not retreat," he said. "Holding your ground is easier."'
    assert texts(text) == ['"Do not retreat," he said.', '"Holding your ground is easier."']


def test_sentence_end_inside_quote_followed_by_lowercase_cue() -> None:
    assert texts('"Stop! Now." she shouted at them. Then she left.') == [
        '"Stop!',
        'Now." she shouted at them.',
        "Then she left.",
    ]


def test_sentences_inside_a_quote_are_sentences() -> None:
    assert texts("\"We lost. It hurts,\" he said. 'We go again. We must,' she added.") == [
        '"We lost.',
        'It hurts," he said.',
        "'We go again.",
        "We must,' she added.",
    ]
    assert texts("„Wir haben verloren. Das tut weh“, sagte er.") == ["„Wir haben verloren.", "Das tut weh“, sagte er."]


def test_lines_are_hard_boundaries_and_headlines_need_no_full_stop() -> None:
    text = "Headline without stop\nA standfirst here\n\nBody one. Body two."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Headline without stop", "A standfirst here", "Body one.", "Body two."]
    assert [s.paragraph for s in sentences] == [0, 1, 2, 2]


def test_blank_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []


@given(st.text(alphabet=st.sampled_from(list("ab .!?\"“”'\n\r\tU.S3,AZ:")), max_size=200) | st.text(max_size=200))
def test_spans_are_in_bounds_ordered_disjoint_and_round_trip(text: str) -> None:
    previous_end = 0
    for sentence in split_sentences(text):
        assert 0 <= previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text
        previous_end = sentence.end


def test_a_german_date_with_an_ordinal_day_does_not_end_a_sentence() -> None:
    text = "Der Kreistag entscheidet am 3. Dezember über den Haushalt. Die Opposition ist dagegen."
    assert [s.text for s in split_sentences(text)] == [
        "Der Kreistag entscheidet am 3. Dezember über den Haushalt.",
        "Die Opposition ist dagegen.",
    ]


def test_a_number_ending_a_sentence_before_another_word_still_splits() -> None:
    text = "Die Mannschaft verlor mit 0:2. Danach trat der Trainer zurück."
    assert len(split_sentences(text)) == 2


def test_a_german_closing_quote_before_the_next_sentence_ends_the_sentence() -> None:
    text = "Sie sagt: „Jetzt fühle ich mich sicher.“ Dann fährt sie weiter."
    assert texts(text) == ["Sie sagt: „Jetzt fühle ich mich sicher.“", "Dann fährt sie weiter."]


def test_french_space_before_the_closing_guillemet_keeps_the_cue_with_its_quote() -> None:
    text = "« Nous partons. Et après ? », demande Inès Morel. Il pleut."
    assert [s.text for s in split_sentences(text)] == [
        "« Nous partons.",
        "Et après ? », demande Inès Morel.",
        "Il pleut.",
    ]
    # a German »quote« opening after a question starts a sentence of its own
    german = "Warum? »Weil es sich lohnt«, sagt sie."
    assert [s.text for s in split_sentences(german)] == ["Warum?", "»Weil es sich lohnt«, sagt sie."]
