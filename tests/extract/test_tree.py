from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.tree import (
    char_tokens,
    children,
    column,
    document_text,
    in_order,
    read,
    root,
    string_ids,
    subtree,
    tokens_of,
)
from tests.conftest import SEED_ARTICLE

SENTENCES = [
    "The US withdraws troops from Iraq.",
    "Iraq and the US agreed, and the militias, which demanded a withdrawal, did not sign.",
    "You'd find similar bands to them that are from the UK and US.",  # a non-projective parse (EWT)
    "What did the Prime Minister say that the government would do?",
]


@pytest.mark.parametrize("text", [*SENTENCES, SEED_ARTICLE.read_text(encoding="utf-8")])
def test_tree_matches_spacy(nlp: Language, text: str) -> None:
    doc = nlp(text)
    if text.startswith("You'd"):  # spaCy walks its subtrees out of text order
        assert any([t.i for t in token.subtree] != sorted(t.i for t in token.subtree) for token in doc)
    assert [t.i for t in tokens_of(doc)] == [t.i for t in doc]
    for sent in doc.sents:
        assert [t.i for t in tokens_of(sent)] == [t.i for t in sent]
    for token in doc:
        assert [c.i for c in children(token)] == [c.i for c in token.children]
        assert [c.i for c in subtree(token)] == sorted(c.i for c in token.subtree)  # in text order
    for name in ("POS", "DEP", "ENT_TYPE", "IDX", "LEMMA"):
        assert column(doc, name) == doc.to_array(name).tolist()


def test_tree_follows_the_document_asked_about(nlp: Language) -> None:
    first, second = nlp("Iraq signed the deal."), nlp("The deal was signed by the US and Iraq.")
    assert [t.text for t in children(first[1])] == ["Iraq", "deal", "."]
    assert [t.text for t in children(second[3])] == ["deal", "was", "by", "."]
    assert [t.text for t in children(first[1])] == ["Iraq", "deal", "."]  # back to the first document
    assert all(t.doc is first for t in subtree(first[1]))


@pytest.mark.parametrize("text", ["", "Iraq.", " Leading space and trailing\n\n", SENTENCES[1]])
def test_tree_read_with_the_parsed_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    read(doc, text)
    assert document_text(doc) == doc.text == text
    with pytest.raises(ValueError, match="not the text the document was parsed from"):
        read(doc, text + "!")


def test_clause_with_a_fronted_wh_word_reads_in_text_order(nlp: Language) -> None:
    doc = nlp("I don't know who you're going to vote for.")
    clause = next(t for t in doc if t.dep_ == "ccomp")
    assert [t.text for t in subtree(clause)] == [t.text for t in in_order(clause.subtree)]
    assert " ".join(t.text for t in subtree(clause)).startswith("who you")


@pytest.mark.parametrize("text", [*SENTENCES, SEED_ARTICLE.read_text(encoding="utf-8")])
def test_spans_match_spacy(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 8, len(doc)) + 1):
            assert root(tokens_of(doc)[start:end]).i == doc[start:end].root.i
    for start in range(0, len(text), 3):
        for end in (start + 1, start + 4, start + 17):
            expected = doc.char_span(start, min(end, len(text)), alignment_mode="expand")
            assert [t.i for t in char_tokens(doc, start, min(end, len(text)))] == [t.i for t in expected or []]


def test_string_ids_match_the_arrays(nlp: Language) -> None:
    doc = nlp("US troops left Iraq.")
    assert [i for i, dep in enumerate(column(doc, "DEP")) if dep in string_ids({"nsubj", "dobj"})] == [1, 3]
    assert [i for i, pos in enumerate(column(doc, "POS")) if pos in string_ids({"PROPN"})] == [0, 3]
