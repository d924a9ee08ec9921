"""kg's pipeline components: sentence boundaries before the parser, dates mended after NER (kg.nlp)."""

from __future__ import annotations

import pytest
from spacy.language import Language

DATES = [
    # (text, the DATE entities kg reads): a range is two dates, a day NER left out is put back
    ("John Henry Dearle (1859 \u2013 1932) was an English designer.", ["1859", "1932"]),
    ("Anna Berg (11 September 1911 \u2013 5 February 1971) was a painter.", ["11 September 1911", "5 February 1971"]),
    ("The war lasted from 1914-1918.", ["1914", "1918"]),
    # no range, nothing to mend
    ("The bridge opened on 4 May 2001.", ["4 May 2001"]),
    ("The bridge opened in the 1990s.", ["the 1990s"]),
]


@pytest.mark.parametrize(("text", "dates"), DATES)
def test_nlp_dates_read_as_people_read_them(nlp: Language, text: str, dates: list[str]) -> None:
    assert [e.text for e in nlp(text).ents if e.label_ == "DATE"] == dates


def test_nlp_names_leave_out_brackets(nlp: Language) -> None:
    ents = [e.text for e in nlp("It was taken from her seventh studio album Light Years (2000).").ents]
    assert "Light Years" in ents
    assert not any(t in e for e in ents for t in "()")


def test_nlp_names_end_before_a_bracket_they_leave_open(nlp: Language) -> None:
    ents = [e.text for e in nlp("She released Clouds (1969) and Blue (1971).").ents if e.label_ != "DATE"]
    assert not any("(" in e for e in ents), ents


def test_nlp_components_in_order(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("kg_boundaries") < names.index("parser")
    assert names.index("kg_dates") == names.index("ner") + 1
