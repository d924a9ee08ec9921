"""Where things are: the places of an address, and the places a sentence puts a place in.

- :func:`address`: ``Vancouver, British Columbia, Canada`` -> [British Columbia, Canada]: the
  places a place is said to be in by the address it heads (appositions, noun-phrase adverbials,
  conjuncts with no ``and``, ``in`` phrases);
- :func:`located_links`: over one document's triples, what a sentence places in a place is in
  every place that sentence puts that place in (``born in Calw, a town in Württemberg`` ->
  born in Württemberg): the ``located-link`` rule of :mod:`kg.extract.links`.

Example:
    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("She lives in Vancouver, British Columbia, Canada.")
    >>> [t.text for t in address(doc[3])]
    ['Columbia', 'Canada']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache
from importlib.resources import files

from spacy.tokens import Token

from kg.extract.rules import NAMING_NOUNS, PLACE_TYPES, PREP_OBJECTS, PREPOSITIONS
from kg.extract.tree import children
from kg.model import Triple

__all__ = [
    "LOCATIVE",
    "address",
    "demonym_rows",
    "follows_address",
    "is_address_list",
    "is_place",
    "located_links",
    "may_be_a_country",
    "names_what_follows",
    "organisation_between",
    "place_of",
    "trailing_address",
]

#: Short names of countries the demonym table names in full (``the US``, ``Britain``).
COUNTRY_SHORT_NAMES = frozenset(
    {"us", "u.s.", "usa", "u.s.a.", "america", "uk", "u.k.", "britain", "great britain", "ussr", "czechia", "holland"}
)


@cache
def demonym_rows() -> tuple[tuple[str, str], ...]:
    """The rows of the demonym table (``demonyms.tsv``): each nationality or faith word and the
    country, region, continent or faith it names (``("American", "United States")``)."""
    table = files("kg.extract").joinpath("demonyms.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return tuple((word, place) for word, place in rows)


@cache
def _countries() -> frozenset[str]:
    """The countries, regions and continents of the demonym table, in lower case."""
    return frozenset(place.casefold() for _, place in demonym_rows()) | COUNTRY_SHORT_NAMES


def may_be_a_country(name: str) -> bool:
    """Tell whether NAME may be a country's, for ``the country`` to take it up: one the demonym
    table names (``Czech Republic``, ``the United States``, ``the US``), not a city's (``Prague``).

    Example:
        >>> may_be_a_country("the Czech Republic"), may_be_a_country("U.S."), may_be_a_country("Prague")
        (True, True, False)
    """
    key = name.casefold().strip()
    return (key[4:] if key.startswith("the ") else key) in _countries()


#: Prepositions that put a thing in a place: ``born in``, ``based at``.
LOCATIVE = frozenset({"in", "within", "at"})
#: Roles a place has in a larger one (``the capital of Georgia``): not had in the places around it.
_PLACE_ROLES = frozenset({"capital", "seat", "centre", "center", "headquarters"})


def names_what_follows(noun: Token) -> bool:
    """Tell whether the common NOUN is a place noun that names the place after its ``of`` (``the
    city of Paris``, ``the Greek island of Crete``, ``the U.S. state of Ohio``), not one a word
    describes among others (``the most populous city of France``, ``the second city of Japan``).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("The city of Paris is the largest city of France.")
        >>> names_what_follows(doc[1]), names_what_follows(doc[8])
        (True, False)
    """
    if noun.lemma_.lower() not in NAMING_NOUNS:
        return False
    return not any(
        c.i < noun.i and c.dep_ in _DESCRIBING_DEPS and c.ent_type_ not in _NAMING_TYPES for c in children(noun)
    )


#: Modifiers that describe a place noun rather than name its place (``largest``, ``second``)...
_DESCRIBING_DEPS = frozenset({"amod", "nummod", "advmod", "quantmod"})
#: ...unless they are a name or a nationality (``the Greek island``).
_NAMING_TYPES = frozenset({"NORP", "GPE", "LOC", "ORG", "FAC"})


def is_place(token: Token) -> bool:
    """Tell whether the name TOKEN heads is a place's: typed so, or a capitalised place noun
    ending it (``Moravian-Silesian Region``), or after one (``the state of Hawai'i``).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("It lies in the state of Hawai'i, United States.")
        >>> is_place(doc[6]), is_place(doc[3])
        (True, False)
    """
    if token.ent_type_ in PLACE_TYPES:
        return True
    if token.ent_type_:
        return False
    if token.pos_ == "PROPN" and token.lemma_.lower() in NAMING_NOUNS:
        return True
    if _untyped_address_part(token):
        return True
    return token.dep_ in PREP_OBJECTS and token.head.lower_ == "of" and names_what_follows(token.head.head)


def _untyped_address_part(token: Token) -> bool:
    """Tell whether TOKEN is a proper noun NER typed nothing, after a place and a comma alone, with
    nothing of its own after it: the next part of the place's address (``Darvel, Ayrshire``)."""
    head = token.head
    if token.dep_ != "appos" or token.pos_ != "PROPN" or head.ent_type_ not in PLACE_TYPES or head.i >= token.i:
        return False
    between = [t for t in token.doc[head.i + 1 : token.i] if t.dep_ != "compound"]  # the name's own words aside
    return [t.text for t in between] == [","] and all(c.dep_ in {"compound", "punct"} for c in children(token))


def is_address_list(token: Token) -> bool:
    """Tell whether TOKEN and its conjuncts are places listed with no ``and``/``or``: an
    address the parser read as a list (``Guri, Bolívar, Venezuela``), not ``Alberta and Texas``."""
    members = (token, *token.conjuncts)
    return all(t.ent_type_ in PLACE_TYPES for t in members) and not any(
        c.dep_ == "cc" for t in members for c in children(t)
    )


def trailing_address(token: Token) -> list[Token]:
    """The places the parser joined to TOKEN as the next items of a list, each right after the
    one before with only a comma between, up to the first item that is no place: the address of
    a place or a building (``Paisley Park Studios, Chanhassen, Minnesota and the ...``;
    ``Montreal, Quebec, and at INSEAD``; ``Lakefield, Ontario, McGill University``); none when
    a place follows after ``and`` (a list of places: ``Acme, Paris and Rome``).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("He studied at McGill University in Montreal, Quebec, and at INSEAD.")
        >>> [t.text for t in trailing_address(doc[6])]
        ['Quebec']
    """
    if token.dep_ == "conj":
        return []  # an item of a list itself: "Buchach, Chernivtsi, ..., Lutsk, Lviv"
    members = [t for t in token.conjuncts if t.i > token.i]
    if len(members) > _ADDRESS_PARTS + 1:
        return []  # "Mozambique, Zimbabwe, Cape Verde, Lesotho, South Africa, and Brittany"
    listed = [not follows_address(m, [b]) for m, b in zip(members, [token, *members], strict=False)]
    for index, (member, after_and) in enumerate(zip(members, listed, strict=True)):
        kin = {"", token.ent_type_, *PLACE_TYPES}  # not "Edmonton, Alberta, and CKRX-FM in ..."
        # a name of any type after three places: "Dublin, Cork, Galway and Limerick" (NER: ORG)
        listed_name = after_and and member.is_title and (member.ent_type_ in kin or index >= _ADDRESS_PARTS)
        if member.lower_ in _LIST_ENDS or listed_name:
            return []  # a list: "Acme, Paris and Rome", "Osaka, Kobe, ... and Hannan", "Madrid, Barcelona, etc"
        if after_and and token.ent_type_ in _REGIONS and not member.ent_type_:
            return []  # a list of places: "Mexico, Argentina, Germany, and some other countries"
    run: list[Token] = []
    for member, after_and in zip(members, listed, strict=True):
        if member.ent_type_ not in PLACE_TYPES or after_and:
            break  # the address ended: "Lakefield, Ontario, McGill University", "Minnesota and the ..."
        run.append(member)
    return run if len(run) <= _ADDRESS_PARTS else []  # "Lviv, Mukacheve, Rivne, Ternopil": a list


#: Dashes between the two ends of a span (of a life, of years): no address runs over one.
_SPAN_DASHES = frozenset({"\u2013", "\u2014", "--"})
#: Types of places whose names are regions (not buildings: ``Paisley Park Studios, Chanhassen,
#: Minnesota and the ...`` is an address whatever comes after it).
_REGIONS = frozenset({"GPE", "LOC"})
#: Words that end a list: ``Germany, Madrid, Barcelona, etc``.
_LIST_ENDS = frozenset({"etc", "etc."})
#: Most places after a name in its address: ``Vancouver, British Columbia, Canada``.
_ADDRESS_PARTS = 2


def address(place: Token) -> list[Token]:
    """Return the places PLACE is said to be in by the address it heads, nearest first: its
    place appositions (or noun-phrase adverbials, as the parser reads some: ``York County,
    Pennsylvania``) and address conjuncts (:func:`is_address_list`), their own in turn, and
    places after ``in`` (``Szczytno County in northern Poland``).

    ``Vancouver, British Columbia, Canada`` -> [British Columbia, Canada].
    """
    found: list[Token] = []
    frontier = [place]
    seen = {place.i}
    while frontier:
        here = frontier.pop(0)
        for child in children(here):
            if child.i < here.i or child.i in seen:
                continue
            if any(t.text in _SPAN_DASHES for t in place.doc[here.i + 1 : child.i]):
                continue  # "(1782 Havana, Cuba - 15 August 1836 Madrid)": where a life ended, no address
            if child.dep_ in PREPOSITIONS and child.lower_ == "in":
                nested = [c for c in children(child) if c.dep_ in PREP_OBJECTS and is_place(c)]
            elif child.dep_ in {"appos", "npadvmod"} or (
                child.dep_ == "conj" and (is_address_list(here) or child in trailing_address(here))
            ):
                nested = [child] if is_place(child) and follows_address(child, [place, *found]) else []
            else:
                continue
            for token in nested:
                seen.add(token.i)
                found.append(token)
                frontier.append(token)
    return found


def organisation_between(name: Token, place: Token) -> bool:
    """Tell whether an organisation's or a building's name stands between NAME and the place
    the parser put in apposition to it: the place is that one's (``Natalie Batalha of the
    University of California, Santa Cruz``).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("It was found by Natalie Batalha of the University of California, Santa Cruz.")
        >>> organisation_between(doc[5], doc[13])
        True
    """
    return any(t.ent_type_ in _ORGANISATIONS for t in name.doc[name.i + 1 : place.left_edge.i])


#: Types of the names a place after them may be the address of.
_ORGANISATIONS = frozenset({"ORG", "FAC"})


def follows_address(child: Token, places: Sequence[Token]) -> bool:
    """Tell whether the place CHILD heads comes right after PLACES, the address read so far, with
    only commas and those places' own words between: not ``New York`` in ``Gloucester,
    Massachusetts and Brooklyn, New York``, which the parser hung on Gloucester."""
    start = child.left_edge.i
    words = {i for p in places for i in range(p.left_edge.i, p.i + 1)}
    end = max(i for i in words if i < start) if any(i < start for i in words) else start - 1
    return all(t.is_punct or t.i in words for t in child.doc[end + 1 : start])


def place_of(triple: Triple) -> tuple[int, int] | None:
    """The span of the place TRIPLE says its subject is in (``be born in Calw``, ``be in``, a club
    ``from Bergen``, a bay ``of Funen``: no person is in the place he is President of), or None."""
    obj = triple.object
    if obj is None or obj.entity_type not in PLACE_TYPES or obj.kind != "name" or triple.negated:
        return None
    words = set(triple.relation.lemma.split(" "))
    if triple.subject.entity_type != "PERSON" and "of" in words:  # "a bight of Funen", not "President of"
        return obj.span
    return obj.span if LOCATIVE.intersection(words) or "from" in words else None


def located_links(triples: Sequence[Triple]) -> Iterator[Triple]:
    """Yield, for each sentence of TRIPLES (one document's), what is located in a place joined
    to each place that sentence puts that place in, transitively, with the first fact's words:
    ``Hesse was born in Calw, a town in Württemberg, Germany`` -> (Hesse, be born in,
    Württemberg), (Hesse, be born in, Germany). Facts already stated are not repeated.

    Example:
        >>> from kg.model import Argument, Relation, Triple
        >>> a, b, c = (Argument(t, i, i + 1, "GPE", kind="name") for i, t in enumerate("ABC"))
        >>> ts = [Triple("d", 0, "", a, Relation("in", "in", 0, 1), b),
        ...       Triple("d", 0, "", b, Relation("is in", "be in", 0, 1), c)]
        >>> [(t.subject.text, t.relation.lemma, t.object.text) for t in located_links(ts)]
        [('A', 'in', 'C')]
    """
    by_sentence: dict[int, list[Triple]] = {}
    for triple in triples:
        if place_of(triple) is not None:
            by_sentence.setdefault(triple.sentence_index, []).append(triple)
    for found in by_sentence.values():
        within: dict[tuple[int, int], list[Triple]] = {}  # a place's span -> facts placing it
        for triple in found:
            if triple.subject.entity_type in PLACE_TYPES:
                within.setdefault(triple.subject.span, []).append(triple)
        stated = {(t.subject.span, place_of(t)) for t in found}
        for triple in found:
            if _PLACE_ROLES.intersection(triple.relation.lemma.split()):
                continue  # the capital of Georgia is no capital of the United States
            seen = {triple.subject.span}
            frontier = [place_of(triple)]
            while frontier:
                place = frontier.pop()
                if place is None or place in seen:
                    continue
                seen.add(place)
                for outer in within.get(place, ()):
                    target = place_of(outer)
                    assert outer.object is not None and target is not None
                    if target not in seen and (triple.subject.span, target) not in stated:
                        stated.add((triple.subject.span, target))
                        yield replace(triple, object=outer.object, rule="located-link")
                    frontier.append(target)
