"""Noun-phrase building on hand-made parses: no model needed."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.phrases import conjuncts, noun_phrase, render_tokens

VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)


def test_phrases_trims_relative_clause() -> None:
    # militias who demanded expulsion
    doc = _doc(
        ["militias", "who", "demanded", "expulsion"],
        [0, 2, 0, 2],
        ["ROOT", "nsubj", "relcl", "dobj"],
        ["NOUN", "PRON", "VERB", "NOUN"],
    )
    assert noun_phrase(doc[0]).text == "militias"


def test_phrases_detaches_adverbial_preposition() -> None:
    # troops from Iraq
    doc = _doc(["troops", "from", "Iraq"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["NOUN", "ADP", "PROPN"])
    assert noun_phrase(doc[0]).text == "troops from Iraq"
    assert noun_phrase(doc[0], detach_adverbial=True).text == "troops"


def test_phrases_conjuncts_in_text_order() -> None:
    # Iraq and the US
    doc = _doc(
        ["Iraq", "and", "the", "US"], [0, 0, 3, 0], ["ROOT", "cc", "det", "conj"], ["PROPN", "CCONJ", "DET", "PROPN"]
    )
    assert [t.text for t in conjuncts(doc[0])] == ["Iraq", "US"]
    assert noun_phrase(doc[0]).text == "Iraq"
    assert noun_phrase(doc[3]).text == "the US"


@pytest.mark.parametrize(
    ("words", "spaces", "keep", "expected"),
    [
        (["Iraq", "'s", "army"], [False, True, False], [0, 1, 2], "Iraq's army"),
        (["the", "big", "US"], [True, True, False], [0, 2], "the US"),
        (["a", "\n\n", "b"], [False, False, False], [0, 1, 2], "a b"),
    ],
)
def test_phrases_render_tokens(words: list[str], spaces: list[bool], keep: list[int], expected: str) -> None:
    doc = Doc(VOCAB, words=words, spaces=spaces)
    assert render_tokens([doc[i] for i in keep]) == expected
