from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.tree import children, document_text, read, subtree, tokens_of
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
    if text.startswith("You'd"):  # its subtrees are not contiguous: order comes from the traversal
        assert any([t.i for t in s] != list(range(s[0].i, s[-1].i + 1)) for s in map(subtree, doc))
    assert [t.i for t in tokens_of(doc)] == [t.i for t in doc]
    for sent in doc.sents:
        assert [t.i for t in tokens_of(sent)] == [t.i for t in sent]
    for token in doc:
        assert [c.i for c in children(token)] == [c.i for c in token.children]
        assert [c.i for c in subtree(token)] == [c.i for c in token.subtree]


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
