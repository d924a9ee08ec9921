"""Facts stated inside noun phrases: appositions, titles, possessives and locations.

- apposition: ``Al Sudani, the Prime Minister,`` -> (Al Sudani, is, the Prime Minister);
  two places (``Monroe, Conn.``) -> (Monroe, is in, Conn.)
- title: ``Prime Minister Mohammed Shia' Al Sudani`` -> (Mohammed Shia' Al Sudani, is, Prime Minister)
- possessive: ``Iraq's Defence Minister`` -> (Iraq, has, Defence Minister)
- location: ``Manufacturers Hanover Corp. in New York`` -> (Manufacturers Hanover Corp., is in, New York)

Example:
    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Iraq's Defence Minister spoke.")
    >>> [(t.subject.text, t.relation.text, t.object.text) for t in nominal_triples(doc)]
    [('Iraq', 'has', 'Defence Minister')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.extract.confidence import confidence
from kg.extract.phrases import (
    Resolve,
    as_found,
    core_tokens,
    noun_phrase,
    phrase_tokens,
    render_tokens,
    unmarked_apposition,
)
from kg.extract.places import follows_address, is_place, organisation_between
from kg.extract.rules import OFFICES_OF, PLACE_TYPES, PREP_OBJECTS, PREPOSITIONS, TIME_TYPES, VALUE_TYPES
from kg.extract.tree import (
    children,
    column,
    in_dating_brackets,
    law_citation,
    sentence_index,
    sentence_text,
    sentences,
    subtree,
    tokens_of,
)
from kg.model import Argument, Relation, Triple

__all__ = ["nominal_triples"]

_NOMINAL_POS = frozenset({"NOUN", "PROPN"})
_TITLE_ENTITIES = frozenset({"PERSON"})
#: Words before a name that address the person and say no role: no title fact (``Dr. Dre`` is no "Dr.").
_FORMS_OF_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle", "herr", "frau", "dr"})
_POSSESSIVE_MARKERS = frozenset({"'s", "\u2019s"})
_APOSTROPHES = frozenset({"'", "\u2019"})


def _is_possessor(token: Token) -> bool:
    """Tell whether TOKEN carries a real possessive marker: ``Iraq's``, ``forces'`` (not ``Shia'``)."""
    for child in children(token):
        if child.dep_ == "case" and child.lower_ in _POSSESSIVE_MARKERS:
            return True
        if child.dep_ == "case" and child.text in _APOSTROPHES and token.lower_.endswith("s"):
            return True
    return False


def _relation(text: str, lemma: str, anchor: Token) -> Relation:
    return Relation(text=text, lemma=lemma, start=anchor.idx, end=anchor.idx + len(anchor.text))


def _argument(tokens: list[Token], head: Token) -> Argument:
    return Argument(
        text=render_tokens(tokens),
        start=tokens[0].idx,
        end=tokens[-1].idx + len(tokens[-1].text),
        entity_type=head.ent_type_ or None,
        pronoun=head.pos_ == "PRON",
    )


def _appositions(sent: list[Token]) -> Iterator[tuple[Argument, str, str, Argument, Token, str]]:
    for token in sent:
        if token.dep_ != "appos" or token.head.pos_ not in _NOMINAL_POS or token.pos_ not in _NOMINAL_POS:
            continue
        if unmarked_apposition(token):
            continue
        if token.head.dep_ == "compound":
            continue
        if any(c.dep_ == "neg" and token.head.i < c.i < token.i for c in children(token.head)):
            continue  # "partners, not rivals"
        if token.ent_type_ in TIME_TYPES and (token.head.ent_type_ in PLACE_TYPES or token.head.dep_ == "npadvmod"):
            continue  # "SAN FRANCISCO, May 3, 2024 --", "(1934, Uerdingen - 2014, Mölln)": no place is a date
        if law_citation(token):
            continue  # "Washington v. Texas, 388 U.S. 14 (1967)": where the case is reported
        if in_dating_brackets(token):
            continue  # "Albert Einstein (14 March 1879 - 18 April 1955)", "(1923, Tromsø - ...)": links.py
        head = token.head
        subject, obj = noun_phrase(head), noun_phrase(token)
        places = is_place(head) and is_place(token)
        if places and not follows_address(token, [head]):
            continue  # "Gloucester, Massachusetts and Brooklyn, New York": New York is Brooklyn's
        if is_place(token) and organisation_between(head, token):
            continue  # "Natalie Batalha of the University of California, Santa Cruz": the university's
        text, lemma = ("is in", "be in") if places else ("is", "be")
        yield subject, text, lemma, obj, token, "apposition"


def _titles(sent: list[Token]) -> Iterator[tuple[Argument, str, str, Argument, Token, str]]:
    """Find a capitalised title run right before a person's name: ``Prime Minister X``."""
    for token in sent:
        if token.ent_type_ not in _TITLE_ENTITIES or (token.head.ent_type_ == token.ent_type_ and token.head != token):
            continue
        below = subtree(token)
        person = [t for t in below if t.ent_type_ == token.ent_type_ and t.i <= token.i]
        if not person:
            continue
        inside = {t.i for t in below}
        title: list[Token] = []
        cursor = person[0].i - 1
        while cursor in inside:
            candidate = token.doc[cursor]
            office = _office_before(candidate) if title else None
            if office is not None:  # "Chancellor of the Exchequer Jeremy Hunt": the office is the title
                title[:0] = list(token.doc[office : cursor + 1])
                cursor = office - 1
                continue
            if candidate.ent_type_ or candidate.pos_ not in _NOMINAL_POS or not candidate.text[:1].isupper():
                break
            title.insert(0, candidate)
            cursor -= 1
        if title and not all(t.lower_.rstrip(".") in _FORMS_OF_ADDRESS for t in title):  # "Mrs. Smith" says no role
            yield _argument(person, token), "is", "be", _argument(title, title[-1]), title[-1], "title"


def _office_before(word: Token) -> int | None:
    """The index of the office that WORD ("of" or "the" after it) continues: ``Secretary`` of
    ``Secretary of State``, ``Chancellor`` of ``Chancellor of the Exchequer`` (:data:`OFFICES_OF`)."""
    doc = word.doc
    of = word.i - 1 if word.lower_ == "the" and word.i > 0 else word.i
    if doc[of].lower_ != "of" or of == 0:
        return None
    office = doc[of - 1]
    return office.i if office.is_title and office.lower_ in OFFICES_OF else None


def _possessives(sent: list[Token]) -> Iterator[tuple[Argument, str, str, Argument, Token, str]]:
    for token in sent:
        if token.dep_ != "poss" or token.pos_ != "PROPN" or token.head.pos_ not in _NOMINAL_POS:
            continue
        if not _is_possessor(token):
            continue
        owner_tokens = [t for t in phrase_tokens(token) if t.dep_ != "case" or t.head != token]
        owned = token.head
        owned_tokens = [t for t in core_tokens(owned) if t.i > token.i and t not in subtree(token)]
        if owner_tokens and owned_tokens:
            yield _argument(owner_tokens, token), "has", "have", _argument(owned_tokens, owned), token, "possessive"


#: Types of names a place after them does not locate: a value's (``1991 in Prague``), a person's (``met John
#: Smith in Paris``: where they met).
_UNLOCATED = VALUE_TYPES | {"PERSON"}


def _locations(sent: list[Token]) -> Iterator[tuple[Argument, str, str, Argument, Token, str]]:
    for prep in sent:
        if prep.dep_ not in PREPOSITIONS or prep.lower_ != "in" or prep.head.pos_ != "PROPN":
            continue
        places = [c for c in children(prep) if c.dep_ in PREP_OBJECTS and c.ent_type_ in PLACE_TYPES]
        if places and prep.head.ent_type_ and prep.head.ent_type_ not in _UNLOCATED:  # no "1991 is in Prague"
            subject = [t for t in phrase_tokens(prep.head) if t.i < prep.i]
            yield _argument(subject, prep.head), "is in", "be in", noun_phrase(places[0]), prep, "location"


Finder = Callable[[list[Token]], Iterator[tuple[Argument, str, str, Argument, Token, str]]]
_FINDERS: tuple[Finder, ...] = (_appositions, _titles, _possessives, _locations)


_APPOS, _POSS, _PERSON, _PREP = (get_string_id(name) for name in ("appos", "poss", "PERSON", "prep"))


def _candidates(doc: Doc) -> dict[Finder, list[Token]]:
    """Tokens each finder must look at, picked on the token arrays (most tokens need none)."""
    tokens = tokens_of(doc)
    found: dict[Finder, list[Token]] = {finder: [] for finder in _FINDERS}
    for token, dep, ent in zip(tokens, column(doc, "DEP"), column(doc, "ENT_TYPE"), strict=True):
        if dep == _APPOS:
            found[_appositions].append(token)
        elif dep == _POSS:
            found[_possessives].append(token)
        elif dep == _PREP and token.lower_ == "in":
            found[_locations].append(token)
        if ent == _PERSON:
            found[_titles].append(token)
    return found


def nominal_triples(doc: Doc, *, doc_id: str = "doc", resolve: Resolve = as_found) -> Iterator[Triple]:
    """Yield the facts stated inside DOC's noun phrases, sentence by sentence
    (RESOLVE applied to each argument, as in :func:`~kg.extract.clauses.clause_triples`)."""
    candidates = _candidates(doc)
    if not any(candidates.values()):
        return
    spans = sentences(doc)
    texts: dict[int, str] = {}
    for finder in _FINDERS:
        for subject, text, lemma, obj, anchor, rule in finder(candidates[finder]):
            if subject.text == obj.text:
                continue
            index = sentence_index(anchor)
            if index not in texts:
                texts[index] = sentence_text(spans[index])
            relation = _relation(text, lemma, anchor)
            yield Triple(
                doc_id=doc_id,
                sentence_index=index,
                sentence=texts[index],
                subject=resolve(subject),
                relation=relation,
                object=resolve(obj),
                confidence=confidence(subject, relation, obj, rule=rule, sentence_words=len(spans[index])),
                rule=rule,
            )
