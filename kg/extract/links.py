"""Facts that join the entities a sentence names, read from its dependency tree.

A clause's triple (:mod:`kg.extract.clauses`) joins its subject to the head of each object,
so an entity named *inside* an argument (``Apple would open new stores in India``) or in a
phrase of its own (``the 2002 Winter Olympics in Salt Lake City``) is joined to nothing.
These rules state the minimal facts between such entities, each with the words that
relate them and the rule that found it (:data:`LINK_RULES`):

- ``clause-link``: a clause's subject, when it names an entity, to each entity or value its
  complements name (objects, attributes, prepositional and agent phrases), reached through
  common nouns, prepositions and participles but never through another entity:
  ``Apple would open new stores in India`` -> (Apple, would open stores in, India);
  ``Mess of Blues is an album by Jeff Healey`` -> (Mess of Blues, is album by, Jeff Healey);
  ``Schneider is a German skeleton racer`` -> (Schneider, is, German). A description that
  stands for a name (``X is a dealer who ...``, ``X, a dealer who ...``) passes its clauses on
  to the name.
- ``apposition-link``: a name to what its apposition names: ``Zhou Enlai, the Premier of
  China`` -> (Zhou Enlai, is Premier of, China); places: ``Mediaș, Transylvania`` ->
  (Mediaș, is in, Transylvania), along a whole chain (``Vancouver, British Columbia, Canada``).
- ``modifier-link``: a name to the entities of the title or role before it: ``NASA
  Administrator Charles Bolden`` -> (Charles Bolden, is Administrator of, NASA),
  ``Barbadian recording artist Rihanna`` -> (Rihanna, is, Barbadian).
- ``address-link``: a place to every place of the address it heads, and what is located
  there to each of them: ``based in Sackville, New Brunswick, Canada`` -> (Sackville, is in,
  Canada), (X, based in, Canada); an address's places may be parsed as appositions or as
  conjuncts with no ``and`` (``Guri, Bolívar, Venezuela``).
- ``located-link``: what a sentence places in a place is in every place that sentence puts
  that place in: ``Hesse was born in Calw, a town in Württemberg`` -> (Hesse, be born in,
  Württemberg) (:func:`kg.extract.places.located_links`, over all of a document's triples).
- ``naming-link``: the entities around a noun that names a place: ``the Lazio region of Italy``
  -> (Lazio, region of, Italy); ``the Canadian province of Alberta`` -> (Canadian, province of,
  Alberta).
- ``preposition-link``: a name to the entity of its prepositional phrase: ``the 2002 Winter
  Olympics in Salt Lake City`` -> (2002 Winter Olympics, in, Salt Lake City).
- ``possessive-link``: ``Rihanna's album Loud`` -> (Rihanna, has album, Loud); ``Amdír and his
  son Amroth`` -> (Amdír, has son, Amroth); ``France's invasion of Russia`` -> (France, has
  invasion of, Russia).
- ``parenthesis-link``: a value in brackets after a name: ``Loud (2010)`` -> (Loud, dated,
  2010); ``Eivind Bolle (1923 - 2012)`` -> (Eivind Bolle, from, 1923), (Eivind Bolle, to, 2012).
- ``as-link``: a verb's named object to the entities of the role ``as`` gives it: ``appointed
  Anna Weber as chief executive of Rheinnord`` -> (Anna Weber, is executive of, Rheinnord).
- ``making-link``: the named object of a verb of making to the date of its clause: ``directed
  the film Thira in 2013`` -> (Thira, dated, 2013).
- ``phrase-link``: a common noun phrase to the entities of its own modifiers: ``the
  withdrawal of US forces from Iraq`` -> (withdrawal, from, Iraq), (withdrawal, of forces, US).

Example:
    >>> from kg.nlp import load_pipeline
    >>> from kg.extract.coref import DocResolver
    >>> doc = load_pipeline()("Apple would open new stores in India.")
    >>> [(t.subject.text, t.relation.text, t.object.text) for t in entity_links(doc, DocResolver(doc).argument)]
    [('Apple', 'would open stores in', 'India')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Token

from kg.extract.aliases import affirmative_copula, classifying_noun, in_other_script
from kg.extract.clauses import clause_subjects, is_passive, is_predicate, predicate_candidates, reporter, verb_chain
from kg.extract.confidence import confidence
from kg.extract.factuality import clause_modality
from kg.extract.phrases import Resolve, conjuncts, is_adverbial_prep, noun_phrase, render_tokens
from kg.extract.places import (
    LOCATIVE,
    address,
    follows_address,
    is_address_list,
    is_place,
    names_what_follows,
    organisation_between,
    trailing_address,
)
from kg.extract.rules import (
    AGENT,
    AUXILIARIES,
    BUILDING_VERBS,
    DIRECTION_DEPS,
    DIRECTION_WORDS,
    HONORIFICS,
    LANGUAGE_NOUNS,
    MAKING_VERBS,
    NAMING_NOUNS,
    NEGATIONS,
    OCCUPATION_NOUNS,
    PARTICLES,
    PLACE_TYPES,
    PREP_OBJECTS,
    PREPOSITIONS,
    ROLE_NOUNS,
    VALUE_TYPES,
)
from kg.extract.tree import (
    char_tokens,
    children,
    column,
    has_possessor,
    in_dating_brackets,
    law_citation,
    root,
    sentence_index,
    sentence_text,
    sentences,
    subtree,
    tokens_of,
)
from kg.model import NAMED_TYPES, Argument, Relation, Triple
from kg.nlp import RANGE_DASHES

__all__ = ["LINK_RULES", "NAMING_LINK", "entity_links"]

#: The rule of a link through a noun naming a place: ``the Lazio region of Italy``.
NAMING_LINK = "naming-link"
#: Every rule name a link may carry.
LINK_RULES = (
    "clause-link",
    "apposition-link",
    "address-link",
    "located-link",
    NAMING_LINK,
    "modifier-link",
    "preposition-link",
    "possessive-link",
    "parenthesis-link",
    "as-link",
    "making-link",
    "phrase-link",
)

#: Complements of a predicate whose entities the subject is linked to.
_COMPLEMENTS = frozenset({"dobj", "attr", "oprd", "dative", "acomp", "npadvmod"})
#: Left modifiers of a noun that may name an entity (``US forces``, ``German racer``).
_MODIFIERS = frozenset({"amod", "compound", "nmod", "nummod", "poss"})
#: Types of names a date after ``of`` dates (``the Jones Act of 1916``; not a place, nor a
#: name NER missed: ``the Treaty of Utrecht of 1713``).
_DATED_NAMES = frozenset({"LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "ORG"})
#: Prepositions that give the date of a clause of making (``directed the film Thira in 2013``).
_WHEN = frozenset({"in", "on"})
#: Types of the things a verb of building makes that are not where they were made: people.
_UNPLACED = frozenset({"PERSON", "NORP"})
#: Values that name something on their own when they modify a noun (``the 2002 season``).
_MODIFIER_VALUES = frozenset({"DATE", "TIME"})
_VERB_POS = frozenset({"VERB", "AUX"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_WORD_POS = frozenset({"NOUN", "VERB", "AUX"})  # words read as lemmas in a relation's lemma
_BRACKETS = frozenset({"(", "["})
#: Prepositions that place what they follow inside a place (``based in``, ``within``).
#: Possessive pronouns that, right after ``X and``, stand for X (``X and his wife Y``).
_OWN_PRONOUNS = frozenset({"his", "her", "its", "their"})
#: Entities that are somewhere: places, and organisations' premises (``Studio 92 in Canada``).
_LOCATED_TYPES = PLACE_TYPES | {"ORG"}
#: Prepositions of a place that the next ``in`` may put in a larger one: ``on Maui in Hawaii``.
_NESTING = LOCATIVE | {"on", "near"}
#: Entities before a place-naming noun that say where it is (``the Canadian province of``).
_NAMING_MODIFIERS = frozenset({"GPE", "LOC", "NORP", "ORG", "PERSON"})


def _named(token: Token) -> bool:
    """Tell whether TOKEN is part of a named entity or value mention, or a proper noun that
    is no title (``the Premier of China`` describes; it does not name)."""
    return bool(token.ent_type_) or (token.pos_ == "PROPN" and token.lemma_.lower() not in ROLE_NOUNS)


def _is_nationality(token: Token) -> bool:
    """Tell whether TOKEN is a nationality word: typed so by NER, or a language's name before a
    noun that is no kind of text or speech (``an English rock band``, not ``the English word``)."""
    if token.ent_type_ == "NORP":
        return True
    return token.ent_type_ == "LANGUAGE" and token.dep_ == "amod" and token.head.lemma_.lower() not in LANGUAGE_NOUNS


def _is_container(modifier: Token) -> bool:
    """Tell whether MODIFIER, before a noun naming a place, is the place the named one is in: a
    nationality (``the Canadian province of Alberta``) or an acronym (``the U.S. state of Ohio``)."""
    if _is_nationality(modifier):  # "the Caucasus region of Eurasia": a name NER typed NORP is no nationality
        return modifier.pos_ == "ADJ"
    return modifier.text.replace(".", "").isupper() and len(modifier.text) <= 6


def _nested_modifiers(noun: Token, start: int) -> Iterator[Token]:
    """The dates and the leading nationality modifying a common NOUN that is part of a longer
    noun whose words begin at START: ``2008`` in ``a 2008 period drama film`` (through the
    nouns of that compound), ``Japanese`` in ``a Japanese video game development company`` and
    ``British`` in ``a British children's television strand`` (the first word of the phrase)."""
    for child in children(noun):
        if child.i >= noun.i:
            break
        if child.ent_type_ in _MODIFIER_VALUES and child.dep_ in {"nummod", "amod", "compound"}:
            if noun.dep_ == "compound":
                yield child
        elif _is_nationality(child) and _leads(child, start):
            yield child
        elif child.dep_ in _NESTING_MODIFIERS and not child.ent_type_:
            yield from _nested_modifiers(child, start)


def _leads(modifier: Token, start: int) -> bool:
    """Tell whether MODIFIER comes first in its phrase, whose words begin at START, but for
    adjectives (``Turkish`` in ``a major Turkish weapons manufacturer``)."""
    return all(t.pos_ in _LEADING_POS for t in modifier.doc[start : modifier.i])


#: Words that may come before a phrase's leading nationality: ``a major``, ``a well-known``.
_LEADING_POS = frozenset({"ADJ", "ADV", "PUNCT"})
#: Nouns inside a longer noun whose own modifiers may describe the whole.
_NESTING_MODIFIERS = frozenset({"compound", "nmod", "poss"})
_DETERMINERS = frozenset({"det", "predet"})


def _phrase_start(noun: Token) -> int:
    """The index of the first word of NOUN's phrase after its determiners."""
    return next(t.i for t in subtree(noun) if t.dep_ not in _DETERMINERS or t.i == noun.i)


def _reach(
    token: Token, path: tuple[Token, ...] = (), *, appositions: bool = True
) -> Iterator[tuple[Token, tuple[Token, ...], str]]:
    """Yield each entity reachable from the common noun TOKEN through its modifiers,
    prepositional phrases and participles, with the path of words to it and how it was
    reached (``"modifier"``, ``"object"``); an entity ends the path (its own phrases are its facts).
    A noun with a name in apposition is that name (``by the band Metallica``) unless APPOSITIONS
    is false (the noun describes the name: ``the Danish officer Christian Krieger``)."""
    if _named(token):
        yield token, path, "object"
        if not is_address_list(token):  # "near Guri, Bolivar, Venezuela": one place, in the others
            for conj in conjuncts(token)[1:]:  # "of A, B, C and D": each
                if conj.i > token.i and _named(conj):
                    yield conj, path, "object"
        return
    if token.pos_ not in {"NOUN", "PROPN", "PRON", "NUM", "ADJ"} and token.lower_ not in DIRECTION_WORDS:
        return
    if names_what_follows(token):  # "the island of Crete" is Crete
        for child in children(token):
            if child.dep_ in PREPOSITIONS and child.lower_ == "of":
                named = [c for c in children(child) if c.dep_ in PREP_OBJECTS and _named(c)]
                if named:
                    yield named[0], path, "object"
                    return
    apposed = _named_or_apposed(token) if appositions else None
    if apposed is not None:  # "by the band Metallica" is by Metallica
        yield from _reach(apposed, path)
        return
    if path and token.pos_ == "NOUN" and _definite(token):
        yield token, path, "object"  # "the CEO of the company": what the company stands for, if named
    here = (*path, token)
    for child in children(token):
        dep = child.dep_
        if child.i < token.i and dep in _MODIFIERS:
            named_value = child.ent_type_ in VALUE_TYPES and child.ent_type_ not in _MODIFIER_VALUES
            if (child.ent_type_ and not named_value) or child.pos_ == "PROPN":
                yield child, here, "possessor" if dep == "poss" else "modifier"
                # nationalities the parser stacked: "a Swedish Christian democratic politician" is Swedish too
                yield from ((n, here, "modifier") for n in _stacked_nationalities(child))
            elif dep in _NESTING_MODIFIERS:  # "a 2008 period drama film": the year dates the film
                yield from ((named, here, "modifier") for named in _nested_modifiers(child, _phrase_start(token)))
        elif dep in PREPOSITIONS:
            for pobj in children(child):
                if pobj.dep_ in PREP_OBJECTS:
                    yield from _reach(pobj, (*here, child))
        elif dep == "acl" and child.pos_ in _VERB_POS:
            for part in children(child):
                if part.dep_ in PREPOSITIONS or part.dep_ == AGENT:
                    for pobj in children(part):
                        if pobj.dep_ in PREP_OBJECTS:
                            yield from _reach(pobj, (*here, child, part))
        elif dep == "conj" and (child.pos_ == token.pos_ or _named(child)):  # "by rapper and singer Nicki Minaj"
            yield from _reach(child, path)
        elif dep in DIRECTION_DEPS and child.lower_ in DIRECTION_WORDS:  # "a village 10 km north of Rzeszów"
            yield from _reach(child, here)


def _stacked_nationalities(modifier: Token) -> list[Token]:
    """The nationalities the parser hung on the nationality MODIFIER that all modify its noun:
    ``Swedish`` of ``Christian`` in ``a Swedish Christian democratic politician``."""
    if not _is_nationality(modifier):
        return []
    return [c for c in children(modifier) if c.i < modifier.i and c.dep_ == "amod" and _is_nationality(c)]


def _definite(noun: Token) -> bool:
    """Tell whether NOUN has a definite article (``the company``): a description that may stand
    for a name the document gave before."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children(noun) if c.i < noun.i)


def _named_or_apposed(token: Token) -> Token | None:
    """TOKEN when it is named, else the name a common noun TOKEN has in apposition (``the group
    Tears for Fears``), else None."""
    if _named(token):
        return token
    if token.pos_ not in {"NOUN", "PROPN"}:  # a title: "former Prime Minister Gulbuddin Hekmatyar"
        return None
    return next((c for c in children(token) if c.dep_ == "appos" and c.i > token.i and _named(c)), None)


def _within(preposition: Token, words: _Words) -> _Words:
    """The words that put what is at PREPOSITION's place (said with WORDS) in that place's larger
    ones: WORDS after a locative one (``born in Calw, Württemberg``: born in Württemberg), ``is
    in`` after ``near`` or ``on`` (``near Dublin, Ohio``: in Ohio, not near it)."""
    return words if preposition.lower_ in LOCATIVE else _IS_IN


def _dates_the_class(target: Token, path: Sequence[Token], how: str) -> bool:
    """Tell whether the value TARGET, reached by PATH from a copula's complement, dates what the
    subject is said to be: ``X is a 1994 film`` (a date modifying the complement), ``X was a company
    founded in 1985`` (a date of the participle describing it)."""
    if not path or path[0].dep_ != "attr" or target.ent_type_ not in _MODIFIER_VALUES:
        return False
    return (how == "modifier" and len(path) == 1) or any(t.dep_ == "acl" for t in path)


def _verb_words(verbs: Sequence[Token]) -> _Words:
    """Return the words of a verb chain (auxiliaries, negation, particles) with their lemma,
    passive voice kept (``was born`` -> ``be born``) as clause triples read it."""
    tokens: list[Token] = []
    lemma: list[str] = []
    for index, verb in enumerate(verbs):
        tokens.append(verb)
        tokens.extend(c for c in children(verb) if c.dep_ in AUXILIARIES or c.dep_ in NEGATIONS or c.dep_ in PARTICLES)
        if index:
            lemma.append("to")
        lemma.extend(["be", verb.lower_] if is_passive(verb) else [verb.lemma_.lower()])
        lemma.extend(c.lower_ for c in children(verb) if c.dep_ in PARTICLES)
    ordered = sorted(set(tokens), key=lambda t: t.i)
    return _Words(tuple(ordered), render_tokens(ordered), " ".join(lemma))


@dataclass(frozen=True, slots=True)
class _Words:
    """The words relating two entities: the tokens they come from, as read, and as lemmas."""

    tokens: tuple[Token, ...]
    text: str
    lemma: str

    @classmethod
    def plain(cls, text: str, lemma: str) -> _Words:
        """Words the text implies rather than states (``is`` for ``German`` in ``German racer``)."""
        return cls((), text, lemma)

    def then(self, other: _Words) -> _Words:
        """These words followed by OTHER's."""
        return _Words(
            self.tokens + other.tokens, f"{self.text} {other.text}".strip(), f"{self.lemma} {other.lemma}".strip()
        )


_IS = _Words.plain("is", "be")
_IS_IN = _Words.plain("is in", "be in")
_IN = _Words.plain("in", "in")
_HAS = _Words.plain("has", "have")
_OF = _Words.plain("of", "of")
_DATED = _Words.plain("dated", "date")
_FROM = _Words.plain("from", "from")
_TO = _Words.plain("to", "to")
#: A person's dates in brackets: ``Albert Einstein (14 March 1879 - 18 April 1955)``.
_BORN = _Words.plain("born", "be born")
_DIED = _Words.plain("died", "die")
_BORN_IN = _Words.plain("born in", "be born in")
_DIED_IN = _Words.plain("died in", "die in")


#: Adjectives saying a relation no longer holds, kept in its words (``Bezos's former wife``).
_FORMER = frozenset({"former", "late", "ex", "onetime", "erstwhile", "then", "future"})


def _hyphened_prefix(noun: Token) -> list[Token]:
    """The words hyphened before NOUN as parts of it, in order: ``great``, ``great`` of
    ``great-great-grandfather``; ``half`` of ``half-brother``."""
    tokens = tokens_of(noun.doc)
    found: list[Token] = []
    end = noun.i
    while (
        end >= 2 and tokens[end - 1].text == "-" and not tokens[end - 2].whitespace_ and not tokens[end - 1].whitespace_
    ):
        word = tokens[end - 2]
        if word.dep_ not in {"amod", "compound"} or word.head.i not in {noun.i, end}:
            break
        found.insert(0, word)
        end = word.i
    return found


def _path_words(path: Sequence[Token], how: str) -> _Words:
    """The words of a path through nouns, prepositions and participles (``album by``, ``company
    founded in``: a past participle stays as written); an entity reached as a noun's modifier
    reads ``of`` (``US forces``: forces of the US)."""
    texts: list[str] = []
    lemmas: list[str] = []
    for token in path:
        # a noun with its compounds ("secretary general", a title: "Lieutenant Governor", "prime
        # minister") and when it held ("former wife")
        if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_):
            words = [
                c
                for c in children(token)
                if c.i < token.i
                and (
                    (c.dep_ == "compound" and not c.ent_type_)
                    or (c.dep_ == "amod" and (c.lower_ in _FORMER or f"{c.lower_} {token.lower_}" in HONORIFICS))
                )
            ]
            hyphened = _hyphened_prefix(token)  # "great-grandson", "half-brother": one word
            texts.extend(c.text for c in words if c not in hyphened)
            lemmas.extend(c.lower_ for c in words if c not in hyphened)
            prefix = "".join(f"{c.lower_}-" for c in hyphened)
        else:
            prefix = ""
        texts.append(prefix + (token.lower_ if token.pos_ == "ADP" else token.text))  # "In 1952 she ...": in
        participle = token.tag_ == "VBN"  # "a company founded in": passive, as a clause's "be founded" keeps it
        lemmas.append(prefix + (token.lemma_.lower() if token.pos_ in _WORD_POS and not participle else token.lower_))
    if how in {"modifier", "possessor"} and path:
        texts.append("of")
        lemmas.append("of")
    return _Words(tuple(path), " ".join(texts), " ".join(lemmas))


#: The members of the group a pronoun argument refers to, resolved (none when it refers to no group).
Members = Callable[[Argument], tuple[Argument, ...]]


def _no_members(argument: Argument) -> tuple[Argument, ...]:
    return ()


class _Linker:
    """The links of one document: state is the document's resolver and its sentence texts."""

    def __init__(self, doc: Doc, resolve: Resolve, doc_id: str, members: Members = _no_members) -> None:
        self.doc, self.resolve, self.doc_id, self.members = doc, resolve, doc_id, members
        self.spans = sentences(doc)
        self.texts: dict[int, str] = {}
        self.seen: set[tuple[int, int, str, int, tuple[int, int]]] = set()
        self.arguments: dict[int, Argument | None] = {}  # by head token: most are asked for twice or more
        self.phrases: dict[int, Argument | None] = {}

    def argument(self, token: Token) -> Argument | None:
        """The argument TOKEN heads, resolved; None unless it names an entity or a value."""
        if token.i not in self.arguments:
            phrase = noun_phrase(token)
            if phrase.kind == "attribute":  # a nationality or other named adjective: "German"
                phrase = replace(phrase, kind="phrase")
            found = self.resolve(phrase)
            if found.kind == "phrase" and found.entity_type in NAMED_TYPES and token.ent_type_:
                found = replace(found, kind="name")  # an entity modifying a noun: "the U.S. state of"
            named = found.kind in {"name", "value"} and not found.unresolved
            self.arguments[token.i] = found if named else None
        return self.arguments[token.i]

    def triple(
        self,
        subject: Argument,
        words: _Words,
        obj: Argument,
        anchor: Token,
        rule: str,
        *,
        negated: bool = False,
        modality: str | None = None,
        attribution: str | None = None,
    ) -> Iterator[Triple]:
        """Yield the link (SUBJECT, WORDS, OBJ) once per document, found at ANCHOR by RULE (and
        reported by ATTRIBUTION, when its clause is: ``according to X``)."""
        if subject.span == obj.span:
            return
        # a group's members share their pronoun; "Swedish Christian" and "Swedish" share a start
        key = (subject.start, subject.span[0], words.lemma, obj.start, obj.span)
        if key in self.seen:
            return
        self.seen.add(key)
        ordered = sorted(words.tokens, key=lambda t: t.i) or [anchor]
        start, end = ordered[0].idx, ordered[-1].idx + len(ordered[-1].text)
        relation = Relation(text=words.text, lemma=words.lemma, start=start, end=end)
        index = sentence_index(anchor)
        if index not in self.texts:
            self.texts[index] = sentence_text(self.spans[index])
        yield Triple(
            doc_id=self.doc_id,
            sentence_index=index,
            sentence=self.texts[index],
            subject=subject,
            relation=relation,
            object=obj,
            negated=negated,
            modality=modality,
            attribution=attribution,
            confidence=confidence(
                subject,
                relation,
                obj,
                negated=negated,
                modality=modality,
                rule=rule,
                sentence_words=len(self.spans[index]),
            ),
            rule=rule,
        )

    # -- clauses -------------------------------------------------------------------------
    def clause_links(self, verb: Token) -> Iterator[Triple]:
        """Links from the subject of VERB's clause to the entities its complements name."""
        subjects, _ = clause_subjects(verb)
        verbs = verb_chain(verb)
        last = verbs[-1]
        complements = [
            c
            for c in children(last)
            if c.dep_ in _COMPLEMENTS
            or c.dep_ in PREPOSITIONS
            or c.dep_ == AGENT
            or (c.dep_ in DIRECTION_DEPS and c.lower_ in DIRECTION_WORDS)  # "lies north of Rzeszów"
        ]
        if not subjects or not complements:
            return
        owners = [o for s in subjects for o in self.owners(s)]
        if not any(owners):
            return
        said = _verb_words(verbs)
        negated = any(c.dep_ in NEGATIONS for v in verbs for c in children(v))
        modality = clause_modality(verbs)
        attribution = reporter(verbs[0])
        found = [
            (target, path, how, obj)
            for complement in complements
            for target, path, how in self._complement_targets(complement)
            if (obj := self.argument(target)) is not None
        ]
        # a date in a clause that names something else qualifies that fact ("moved to Alberta
        # in 1930"): it stays one of the fact's arguments, and is linked only when it is what
        # the clause says of its subject ("was born in 1950"), right after the verb's preposition
        named_object = any(_named(c) and c.ent_type_ not in VALUE_TYPES for c in complements if c.dep_ in _COMPLEMENTS)
        dated_only = not named_object and all(obj.kind == "value" for *_, obj in found)
        objects = [c for c in complements if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        copula = last.lemma_ == "be"
        yield from self.nested_places(complements)
        for noun in complements:
            if noun.dep_ in _COMPLEMENTS and noun.pos_ == "NOUN":  # "is a town on X in Y"
                yield from self.nested_places(children(noun))
        for target, path, how, obj in found:
            complement = path[0] if path else target
            dated = dated_only and len(path) == 1 and complement.dep_ in PREPOSITIONS
            if obj.kind == "value" and not (dated or (copula and _dates_the_class(target, path, how))):
                continue
            words = said
            if objects and complement.dep_ in PREPOSITIONS:  # "would open new stores in India"
                words = words.then(_path_words(objects[:1], "object"))
            words = words.then(_path_words(path, how))
            if how == "modifier" and _is_nationality(target) and complement.dep_ in {"attr", "oprd"} and len(path) == 1:
                words = said  # "is a German racer": is German ("a chef of Italian food" is not Italian)
            if how == "modifier" and obj.kind == "value":
                words = _DATED  # "is a 1994 film": dated 1994
            located = how == "object" and target.ent_type_ in PLACE_TYPES and path and path[-1].lower_ in _NESTING
            for subject in owners:
                if subject is not None:
                    yield from self.triple(
                        subject,
                        words,
                        obj,
                        target,
                        "clause-link",
                        negated=negated,
                        modality=modality,
                        attribution=attribution,
                    )
                    if located:
                        outer = _within(path[-1], words)
                        yield from self._located(
                            subject, outer, target, negated=negated, modality=modality, attribution=attribution
                        )

    def _located(
        self,
        subject: Argument,
        words: _Words,
        place: Token,
        *,
        negated: bool = False,
        modality: str | None = None,
        attribution: str | None = None,
    ) -> Iterator[Triple]:
        """Links from SUBJECT, said (WORDS) to be in PLACE, to every place of PLACE's address."""
        for outer in address(place):
            obj = self.argument(outer)
            if obj is not None and obj.kind == "name":
                yield from self.triple(
                    subject,
                    words,
                    obj,
                    outer,
                    "address-link",
                    negated=negated,
                    modality=modality,
                    attribution=attribution,
                )

    def naming_links(self, noun: Token) -> Iterator[Triple]:
        """Links around a noun that names a place (:data:`NAMING_NOUNS`) between the entities
        before it and after its ``of``: ``the Lazio region of Italy`` -> (Lazio, region of, Italy);
        a nationality or an acronym before it is the place the others are in: ``the U.S. states of
        Iowa and Ohio`` -> (Iowa, is state of, U.S.), (Ohio, is state of, U.S.)."""
        ofs = [c for c in children(noun) if c.dep_ in PREPOSITIONS and c.lower_ == "of"]
        named = [p for of in ofs for p in children(of) if p.dep_ in PREP_OBJECTS and p.ent_type_ in PLACE_TYPES]
        if not named:
            return
        yield from self._placed(named[0], noun)
        obj = self.argument(named[0])
        if obj is None or obj.kind != "name":
            return
        words = _Words((noun, ofs[0]), f"{noun.text} of", f"{noun.lemma_.lower()} of")
        for child in children(noun):
            if child.i < noun.i and child.dep_ in {"amod", "compound"} and child.ent_type_ in _NAMING_MODIFIERS:
                subject = self.argument(child)
                if subject is None or subject.kind != "name":
                    continue
                if not _is_container(child):
                    yield from self.triple(subject, words, obj, child, NAMING_LINK)
                    continue
                kind = noun.lemma_.lower()  # "the U.S. states of Iowa and Ohio": each is a state of the U.S.
                contained = _Words((noun, ofs[0]), f"is {kind} of", f"be {kind} of")
                for place in (named[0], *(c for c in named[0].conjuncts if c.ent_type_ in PLACE_TYPES)):
                    inner = self.argument(place)
                    if inner is not None and inner.kind == "name":
                        yield from self.triple(inner, contained, subject, child, NAMING_LINK)

    def _placed(self, token: Token, noun: Token) -> Iterator[Triple]:
        """Links from the entity TOKEN to the places NOUN (a noun TOKEN names or modifies) is
        said to be in: ``the area of Stamna in Greece`` -> (Stamna, in, Greece); ``the Prater
        junction in Vienna`` -> (Prater, junction in, Vienna)."""
        subject = self.argument(token)
        if subject is None or subject.kind != "name":
            return
        for prep in children(noun):
            if prep.dep_ not in PREPOSITIONS or prep.lower_ not in LOCATIVE or prep.i < token.i:
                continue
            for place in children(prep):
                if place.dep_ in PREP_OBJECTS and place.ent_type_ in PLACE_TYPES:
                    path = [prep] if token.i > noun.i else [noun, prep]
                    words = _path_words(path, "object")
                    obj = self.argument(place)
                    if obj is not None and obj.kind == "name":
                        yield from self.triple(subject, words, obj, place, NAMING_LINK)
                        yield from self._located(subject, words, place)

    def owned_links(self, noun: Token) -> Iterator[Triple]:
        """Links from the owner of the common noun NOUN to the entities of its prepositional
        phrases: ``Google's media offerings such as YouTube`` -> (Google, has offering as,
        YouTube); ``France's invasion of Russia`` -> (France, has invasion of, Russia)."""
        owners = [c for c in children(noun) if c.dep_ == "poss" and c.i < noun.i and _named(c)]
        owner = self.argument(owners[0]) if owners else None
        if owner is None or owner.kind != "name":
            return
        for prep in children(noun):
            if prep.dep_ not in PREPOSITIONS or prep.i < noun.i:
                continue
            for pobj in (c for c in children(prep) if c.dep_ in PREP_OBJECTS):
                for each in conjuncts(pobj):
                    obj = self.argument(each) if _named(each) else None
                    if obj is not None and obj.kind == "name":
                        words = _HAS.then(_path_words([noun, prep], "object"))
                        yield from self.triple(owner, words, obj, prep, "possessive-link")

    def modified_links(self, noun: Token) -> Iterator[Triple]:
        """Links from an entity modifying the common noun NOUN to the places NOUN is in
        (:meth:`_placed`): ``the Prater junction in Vienna`` -> (Prater, junction in, Vienna)."""
        for child in children(noun):
            if child.i < noun.i and child.dep_ == "compound" and child.ent_type_ in NAMED_TYPES:
                yield from self._placed(child, noun)
                yield from self._role_of(child, noun)

    def _role_of(self, token: Token, noun: Token) -> Iterator[Triple]:
        """Links from the entity TOKEN, compounded with the role noun NOUN, to what NOUN is ``of``:
        ``Thranduil king of northern Mirkwood`` -> (Thranduil, king of, Mirkwood)."""
        if noun.lemma_.lower() not in ROLE_NOUNS or noun.dep_ == "compound":
            return
        subject = self.argument(token)
        if subject is None or subject.kind != "name":
            return
        for prep in children(noun):
            if prep.dep_ in PREPOSITIONS and prep.lower_ == "of":
                for pobj in children(prep):
                    obj = self.argument(pobj) if pobj.dep_ in PREP_OBJECTS and _named(pobj) else None
                    if obj is not None and obj.kind == "name":
                        yield from self.triple(subject, _path_words([noun, prep], "object"), obj, prep, "modifier-link")

    def nested_places(self, complements: Sequence[Token]) -> Iterator[Triple]:
        """A place after a verb's or a noun's locative preposition (among COMPLEMENTS, its
        children), in the place of the next one: ``recorded at Studio 92 in Canada`` -> (Studio 92,
        is in, Canada); ``experience at the BBC in the UK`` -> (BBC, is in, UK); ``a town on Mbanika
        Island in the Russell Islands`` -> (Mbanika Island, is in, Russell Islands); each place of the
        first's address too (``published in Sacramento, California, in the United States``)."""
        places = [
            (prep, pobj)
            for prep in complements
            if prep.dep_ in PREPOSITIONS and prep.lower_ in _NESTING
            for pobj in children(prep)
            if pobj.dep_ in PREP_OBJECTS and pobj.ent_type_ in _LOCATED_TYPES
        ]
        for (_, inner), (prep, outer) in pairwise(places):
            if prep.lower_ != "in" or outer.i < inner.i or outer.ent_type_ not in PLACE_TYPES:
                continue
            obj = self.argument(outer)
            if obj is None or obj.kind != "name":
                continue
            for place in (inner, *address(inner)):  # "in Sacramento, California, in the US"
                subject = self.argument(place)
                if subject is not None and subject.kind == "name":
                    yield from self.triple(subject, _IS_IN, obj, outer, "address-link")
                    yield from self._located(subject, _IS_IN, outer)

    def making_links(self, verb: Token) -> Iterator[Triple]:
        """Links from the named work or thing a verb of making has as object to the date its
        clause gives (:data:`~kg.extract.rules.MAKING_VERBS`): ``He directed the film Thira in
        2013`` -> (Thira, dated, 2013); ``produced its debut film Aanandam in 2017``; and, for a
        verb of building, to the place it gives (:data:`~kg.extract.rules.BUILDING_VERBS`): ``who
        built the Bernheimer-Haus in Munich`` -> (Bernheimer-Haus, is in, Munich)."""
        lemma = verb.lemma_.lower()
        making, building = lemma in MAKING_VERBS, lemma in BUILDING_VERBS
        if not making and not building:
            return
        dates, places = [], []
        for child in children(verb):
            for found in [child] if child.dep_ == "npadvmod" else children(child) if child.lower_ in _WHEN else []:
                if making and found.ent_type_ == "DATE" and (found.dep_ == "npadvmod" or found.dep_ in PREP_OBJECTS):
                    dates.append(found)
                elif (
                    building and found.ent_type_ in PLACE_TYPES and found.dep_ in PREP_OBJECTS and child.lower_ == "in"
                ):
                    places.append(found)
        if not dates and not places:
            return
        for noun in (c for c in children(verb) if c.dep_ == "dobj"):
            named = noun if _named(noun) and noun.ent_type_ not in VALUE_TYPES else None
            if named is None and noun.pos_ == "NOUN":  # "the film Thira": the name beside the noun
                named = next((c for c in children(noun) if c.dep_ == "appos" and _named(c) and c.i > noun.i), None)
            obj = self.argument(named) if named is not None else None
            if obj is None or obj.kind != "name":
                continue
            for date in dates:
                value = self.argument(date)
                if value is not None and value.kind == "value":
                    yield from self.triple(obj, _DATED, value, date, "making-link")
            if named is None or named.ent_type_ in _UNPLACED or any(c.dep_ == "nummod" for c in children(named)):
                continue  # no person is where Acme was founded; "built the Boeing 747 in Everett": a model
            for place in places:
                where = self.argument(place)
                if where is not None and where.kind == "name":
                    yield from self.triple(obj, _IS_IN, where, place, "making-link")

    def as_links(self, verb: Token) -> Iterator[Triple]:
        """Links from VERB's named object to the entities of the role ``as`` gives it: ``appointed
        Anna Weber as chief executive of Rheinnord`` -> (Anna Weber, is executive of, Rheinnord)."""
        objects = [c for c in children(verb) if c.dep_ == "dobj" and _named(c)]
        roles = [
            p
            for c in children(verb)
            if c.dep_ == "prep" and c.lower_ == "as" and objects and c.i > objects[0].i
            for p in children(c)
            if p.dep_ == "pobj" and p.pos_ == "NOUN"
        ]
        subject = self.argument(objects[0]) if roles else None
        if subject is None or subject.kind != "name":
            return
        negated = any(c.dep_ in NEGATIONS for c in children(verb))
        for target, path, how in _reach(roles[0]):
            obj = self.argument(target)
            if obj is not None and obj.kind == "name" and obj.span != subject.span:
                yield from self.triple(
                    subject, _IS.then(_path_words(path, how)), obj, target, "as-link", negated=negated
                )

    def _complement_targets(self, complement: Token) -> Iterator[tuple[Token, tuple[Token, ...], str]]:
        if complement.dep_ in PREPOSITIONS or complement.dep_ == AGENT:
            for pobj in children(complement):
                if pobj.dep_ in PREP_OBJECTS:
                    for target, path, how in _reach(pobj):
                        yield target, (complement, *path), how
        elif not _named(complement) or complement.dep_ == "dative":  # a named object is the clause triple's own
            yield from _reach(complement)  # the named one a thing goes to is not: "paid OpenAI ten billion dollars"

    def owners(self, token: Token) -> tuple[Argument | None, ...]:
        """What TOKEN (a clause's subject) stands for (:meth:`owner`), or the members of the group
        the pronoun TOKEN refers to (``Florey and Chain ... They``)."""
        found = self.owner(token)
        if found is not None or token.pos_ != "PRON":
            return (found,)
        return self.members(self.resolve(noun_phrase(token))) or (None,)

    def owner(self, token: Token) -> Argument | None:
        """What TOKEN (a clause's subject) stands for: the entity it names, the name a
        description is said of (``X is a dealer who ...``, ``X, a dealer who ...``), or else
        its own common noun phrase."""
        found = self.argument(token)
        if found is not None:
            return found
        if token.pos_ != "NOUN":
            return None
        said_of: Token | None = None
        if token.dep_ == "attr" and token.head.pos_ in _VERB_POS:
            subjects = [c for c in children(token.head) if c.dep_ in {"nsubj", "nsubjpass"}]
            said_of = subjects[0] if subjects else None
        elif token.dep_ == "appos" and _named(token.head):
            said_of = token.head
        named = self.argument(said_of) if said_of is not None else None
        return named or self.phrase(token)

    def phrase(self, token: Token) -> Argument | None:
        """The common noun phrase TOKEN heads, resolved and anchored; None for anything else."""
        if token.pos_ != "NOUN":
            return None
        if token.i not in self.phrases:
            found = self.resolve(noun_phrase(token))
            self.phrases[token.i] = found if found.kind in {"name", "phrase"} and not found.pronoun else None
        return self.phrases[token.i]

    def phrase_links(self, head: Token, done: set[int]) -> Iterator[Triple]:
        """Links from the common noun phrase HEAD heads to the entities of its own modifiers,
        possessor, prepositional phrases and participles (``the withdrawal of US forces from
        Iraq``), and from each phrase among them that leads to one, in turn (DONE: heads seen)."""
        if head.i in done:
            return
        done.add(head.i)
        subject = self.phrase(head)
        if subject is None or subject.kind != "phrase":
            return
        for child in children(head):
            dep = child.dep_
            if child.i < head.i and dep in _MODIFIERS:
                yield from self._modifier(subject, child, done)
            elif dep in PREPOSITIONS and head.dep_ in _COMPLEMENTS and is_adverbial_prep(child):
                continue  # "withdraws troops from Iraq": the clause's argument, linked to its subject
            elif dep in PREPOSITIONS or (dep in {"acl", "advcl"} and child.pos_ in _VERB_POS):
                yield from self._attached(subject, child, done)

    def _modifier(self, subject: Argument, child: Token, done: set[int]) -> Iterator[Triple]:
        """A modifier or possessor before a phrase's head: ``US forces``, ``Iraq's security``,
        ``its neighbours``, ``the Biden administration's objectives``, ``Iranian-backed militias``."""
        if child.dep_ == "poss":
            owner = self.argument(child) if _named(child) or child.pos_ == "PRON" else None
            if owner is None and self._leads_to_name(child):
                yield from self.phrase_links(child, done)
                owner = self.phrase(child)
            if owner is not None:
                yield from self.triple(owner, _HAS, subject, child, "phrase-link")
            return
        if child.ent_type_ or child.pos_ == "PROPN":
            obj = self.argument(child)
            if obj is None or (obj.kind == "value" and child.ent_type_ not in _MODIFIER_VALUES):
                return
            words = _IS if _is_nationality(child) else _DATED if obj.kind == "value" else _OF
            yield from self.triple(subject, words, obj, child, "phrase-link")  # "the 2003 invasion": dated 2003
            for stacked in _stacked_nationalities(child):  # "a Swedish Christian democrat": Swedish too
                nationality = self.argument(stacked)
                if nationality is not None:
                    yield from self.triple(subject, _IS, nationality, stacked, "phrase-link")
            return
        for named in children(child):  # "Iranian-backed": a name modifying the modifier
            if named.i < child.i and named.ent_type_ and named.ent_type_ not in VALUE_TYPES:
                obj = self.argument(named)
                # "a major Turkish weapons manufacturer" is Turkish (the parser hung it on "weapons")
                compound = child.dep_ == "compound" and _is_nationality(named)
                words = _IS if compound and _leads(named, _phrase_start(child.head)) else _path_words([child], "object")
                if obj is not None:
                    yield from self.triple(subject, words, obj, named, "phrase-link")

    def _attached(self, subject: Argument, child: Token, done: set[int]) -> Iterator[Triple]:
        """A prepositional phrase or participle after a phrase's head, and what it names:
        ``negotiations between the Iraqi government and the US``, ``forces led by the US``,
        ``the need for Iraq to take ownership``."""
        if child.dep_ in PREPOSITIONS:
            parts = [(child, [child])]
        else:
            parts = [
                (part, [child, part]) for part in children(child) if part.dep_ in PREPOSITIONS or part.dep_ == AGENT
            ]
            said = [c for c in children(child) if c.dep_ in _SUBJECT_DEPS and _named(c)]
            marks = [c for c in children(child) if c.dep_ == "mark" and c.lower_ == "for"]
            if said and marks:  # "the need for Iraq to take ownership"
                obj = self.argument(said[0])
                if obj is not None:
                    yield from self.triple(subject, _path_words(marks, "object"), obj, marks[0], "phrase-link")
        for prep, words in parts:
            for pobj in (c for c in children(prep) if c.dep_ in PREP_OBJECTS):
                for each in conjuncts(pobj):
                    obj = self.argument(each) if _named(each) else None
                    if obj is None and self._leads_to_name(each):
                        yield from self.phrase_links(each, done)
                        obj = self.phrase(each)
                    if obj is not None:
                        yield from self.triple(subject, _path_words(words, "object"), obj, prep, "phrase-link")

    def _leads_to_name(self, token: Token) -> bool:
        return token.pos_ == "NOUN" and any(True for _ in _reach(token))

    # -- noun phrases --------------------------------------------------------------------
    def name_links(self, name: Token) -> Iterator[Triple]:
        """Links stated inside the noun phrase of the named entity whose head is NAME."""
        first = name
        while first.dep_ == "conj" and _named(first.head):  # "the Chilean artists X and Y"
            first = first.head
        described = first.head
        title = described.pos_ == "PROPN" and described.lemma_.lower() in ROLE_NOUNS  # "Afghan Prime Minister X"
        described_by = (
            first.dep_ == "appos"
            and described.i < first.i
            and (described.pos_ == "NOUN" or title)
            and not _named(described)
        )
        if not described_by and name.ent_type_ and not _may_link(name):
            return  # most entities: nothing around them to link (graph_mentions resolves them anyway)
        subject = self.argument(name)
        if subject is None:
            return
        if described_by:
            yield from self._description(subject, described, "modifier-link")  # "French physician X"
        for child in children(name):
            dep = child.dep_
            if dep == "appos":
                yield from self._apposition(subject, name, child)
            elif dep in PREPOSITIONS and child.i > name.i and subject.kind != "value":  # no "1991 in Prague"
                for pobj in (p for p in children(child) if p.dep_ in PREP_OBJECTS):
                    named = _named_or_apposed(pobj)  # "Roland Orzabal of the group Tears for Fears"
                    obj = self.argument(named) if named is not None else None
                    if named is not None and obj is not None and obj.kind == "name":
                        yield from self.triple(subject, _path_words([child], "object"), obj, child, "preposition-link")
                        if named.ent_type_ in PLACE_TYPES and child.lower_ in _NESTING:
                            yield from self._located(subject, _within(child, _path_words([child], "object")), named)
                    elif (
                        obj is not None
                        and obj.kind == "value"
                        and child.lower_ == "of"
                        and pobj.ent_type_ == "DATE"
                        and name.ent_type_ in _DATED_NAMES  # "the Jones Act of 1916"
                    ):
                        yield from self.triple(subject, _DATED, obj, child, "preposition-link")
            elif dep == "poss" and _named(child):
                owner = self.argument(child)
                if owner is not None:
                    yield from self.triple(owner, _HAS, subject, child, "possessive-link")
            elif dep == "conj" and child.pos_ == "NOUN":
                yield from self._own_relative(subject, child)
        if name.ent_type_ in PLACE_TYPES or (name.ent_type_ in _ADDRESSED and trailing_address(name)):
            yield from self._address_links(subject, name)  # "Paisley Park Studios, Chanhassen, Minnesota"
        if any(c.i < name.i and c.dep_ in _MODIFIERS for c in children(name)):
            yield from self._title(subject, name)
        titled = self._titled_person(name)  # "Sir Walter Scott, 1st Baronet (15 August 1771 - ...)": Scott's dates
        yield from self._parenthesis(titled or subject, name)

    def _titled_person(self, title: Token) -> Argument | None:
        """The person the ranked title TITLE stands in apposition to (``Sir Walter Scott, 1st
        Baronet``, ``Arthur Wellesley, 1st Duke of Wellington``), whose dates follow it; else None."""
        if title.dep_ in PREP_OBJECTS and title.head.lower_ == "of":
            title = title.head.head  # "1st Duke of Wellington": the dates follow the place
        if title.dep_ != "appos" or title.head.ent_type_ != "PERSON" or title.ent_type_ == "PERSON":
            return None
        ranked = any(t.ent_type_ == "ORDINAL" or t.lower_[:1].isdigit() for t in subtree(title) if t.i < title.i)
        return self.argument(title.head) if ranked else None

    def _address_links(self, subject: Argument, name: Token) -> Iterator[Triple]:
        """Links from the place NAME (SUBJECT) to every place of its address, and from each of
        those to the places after it: ``Crookston, Saint Louis County, Minnesota, United States``
        -> (Crookston, is in, Minnesota), (Minnesota, is in, United States)."""
        places = [(p, self.argument(p)) for p in address(name)]
        named = [(p, a) for p, a in places if a is not None and a.kind == "name"]
        for index, (place, obj) in enumerate(named):
            yield from self.triple(subject, _IS_IN, obj, place, "address-link")
            for outer, outer_obj in named[index + 1 :]:
                if outer.i > place.i:
                    yield from self.triple(obj, _IS_IN, outer_obj, outer, "address-link")

    def owned_names(self, noun: Token) -> Iterator[Triple]:
        """Links from the owner of the common NOUN to the name in apposition to it, or that a
        copula says it is: ``His wife, Michelle Obama, is a lawyer`` -> (Barack Obama, has wife,
        Michelle Obama); ``Her brother Craig Robinson`` -> (Michelle Obama, has brother, Craig
        Robinson); ``Her husband is Tom Hale``, ``Tom Hale was her husband`` -> (Ella Brooks, has
        husband, Tom Hale). (``X and his wife Y``:
        :meth:`_own_relative`.)"""
        if noun.dep_ == "conj" and _named(noun.head):
            return
        owners = [c for c in children(noun) if c.dep_ == "poss" and c.i < noun.i and (_named(c) or c.pos_ == "PRON")]
        if not owners:
            return
        names = [c for c in children(noun) if c.dep_ == "appos" and c.i > noun.i and _named(c)]
        if noun.dep_ == "nsubj" and affirmative_copula(noun.head):  # "Her husband is Tom Hale"
            names += [c for c in children(noun.head) if c.dep_ == "attr" and _named(c)]
        if (
            noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON"
        ):  # "Her half-brother John Lee" (read as one name)
            names.append(noun.head)
        if noun.dep_ == "attr" and affirmative_copula(noun.head):  # "Tom Hale was her husband"
            names += [c for c in children(noun.head) if c.dep_ in {"nsubj", "nsubjpass"} and _named(c)]
        names += [c for name in names for c in children(name) if c.dep_ == "conj" and _named(c)]  # "Malia and Sasha"
        owner = self.argument(owners[0]) if names else None
        if owner is None or owner.kind != "name":
            return
        words = _HAS.then(_path_words([noun], "object"))  # "has former wife"
        for name in names:
            obj = self.argument(name)
            if obj is not None and obj.kind == "name" and obj.span != owner.span:
                yield from self.triple(owner, words, obj, name, "possessive-link")

    def defined_names(self, noun: Token) -> Iterator[Triple]:
        """Links from the name a copula says a definite description NOUN is, to the entities of
        that description: ``The pitcher for the Royals was Eduardo Rodriguez`` -> (Eduardo
        Rodriguez, is pitcher for, Royals). (A possessed noun: :meth:`owned_names`.)"""
        if noun.dep_ != "nsubj" or not affirmative_copula(noun.head) or has_possessor(noun):
            return
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children(noun)):
            return
        for name in (c for c in children(noun.head) if c.dep_ == "attr" and _named(c)):
            obj = self.argument(name)
            if obj is not None and obj.kind == "name":
                yield from self._description(obj, noun, "apposition-link")

    def _own_relative(self, subject: Argument, noun: Token) -> Iterator[Triple]:
        """``X and his wife Y``, ``X and its leader Y``: the name in apposition to a noun that X's
        own possessive pronoun owns, joined after X (SUBJECT) -> (X, has wife, Y)."""
        owned = any(c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in children(noun))
        names = [c for c in children(noun) if c.dep_ == "appos" and c.i > noun.i and _named(c)] if owned else []
        for name in names:
            obj = self.argument(name)
            if obj is not None and obj.kind == "name":
                words = _Words((noun,), f"has {noun.text}", f"have {noun.lemma_.lower()}")
                yield from self.triple(subject, words, obj, name, "possessive-link")

    def _title(self, subject: Argument, name: Token) -> Iterator[Triple]:
        """A title or role before a name, and the entities in it: ``NASA Administrator Charles
        Bolden`` -> (Charles Bolden, is Administrator of, NASA); ``American writer K.C.
        Constantine`` -> (K.C. Constantine, is, American); ``Berlin-based investor Kappa Capital``
        -> (Kappa Capital, is based in, Berlin)."""
        if name.pos_ == "ADJ" and _is_nationality(name):
            return  # "a Swedish Christian democrat": the two describe the democrat, not each other
        begin = name.i  # the first word of the name itself
        while name.ent_type_ and begin > 0 and self.doc[begin].ent_iob_ == "I":
            begin -= 1
        run = [
            t
            for child in children(name)
            if child.i < begin and child.dep_ in _MODIFIERS and child.dep_ != "poss"
            for t in subtree(child)
            if t.i < begin
        ]
        named = [t for t in run if t.ent_type_ and t.ent_type_ not in VALUE_TYPES and t.ent_iob_ == "B"]
        role = [t for t in run if not t.ent_type_ and t.pos_ in {"NOUN", "PROPN"}]
        for token in run:  # "the 1972 arcade game Pong": Pong is dated 1972
            if role and token.ent_type_ in _MODIFIER_VALUES and token.ent_iob_ == "B":
                date = self.argument(_entity_head(token))
                if date is not None:
                    yield from self.triple(subject, _DATED, date, token, "modifier-link")
        tokens = tokens_of(self.doc)
        for token in named:
            touching = all(t.ent_type_ for t in tokens[token.i : begin])
            if token.ent_type_ != "NORP" and touching:
                continue  # no role word between: part of the name ("Newcastle United")
            if any(t.dep_ == "cc" for t in tokens[token.i : begin]):
                continue  # a name listed before it: "William and Annie Washington"
            if token.ent_type_ == "NORP" and tokens[token.i + 1].text == "-" and tokens[token.i + 2].is_title:
                continue  # a hyphenated part of the name: "Moravian-Silesian Region"
            obj = self.argument(token)
            if obj is None or obj.kind != "name" or obj.span == subject.span:
                continue
            participle = token.head if token.dep_ == "npadvmod" and token.head.tag_ == "VBN" else None
            if participle is not None and tokens[token.i + 1].text == "-":  # "Berlin-based investor X"
                words = _Words((participle,), f"is {participle.lower_} in", f"be {participle.lower_} in")
                yield from self.triple(subject, words, obj, token, "modifier-link")
            elif token.ent_type_ == "NORP" or not role:
                yield from self.triple(subject, _IS, obj, token, "modifier-link")
            else:
                words = _Words(
                    tuple(role),
                    "is " + " ".join(t.text for t in role) + " of",
                    "be " + " ".join(t.lemma_.lower() for t in role) + " of",
                )
                yield from self.triple(subject, words, obj, token, "modifier-link")

    def _description(self, subject: Argument, description: Token, rule: str) -> Iterator[Triple]:
        """Links from SUBJECT to the entities of a DESCRIPTION said of it (an apposition, a
        title): ``the Premier of China`` -> (is Premier of, China); ``German`` -> (is, German)."""
        for target, path, how in _reach(description, appositions=False):
            obj = self.argument(target)
            if obj is None:
                continue
            if obj.kind == "value" and how == "modifier":  # "the 2010 album The History of Saints"
                if len(path) == 1:  # not "the winner of the 2010 race": the race is dated
                    yield from self.triple(subject, _DATED, obj, target, rule)
            elif _is_nationality(target) and (how == "modifier" or target == description):
                yield from self.triple(subject, _IS, obj, target, rule)
            else:
                yield from self.triple(subject, _IS.then(_path_words(path, how)), obj, target, rule)

    def _apposition(self, subject: Argument, name: Token, appos: Token) -> Iterator[Triple]:
        if law_citation(appos):
            return  # "Washington v. Texas, 388 U.S. 14": where the case is reported
        if not _named(appos):
            yield from self._description(subject, appos, "apposition-link")
            return
        obj = self.argument(appos)
        if obj is None or obj.kind == "value":
            return  # values in brackets: _parenthesis
        if in_dating_brackets(appos):
            return  # "Eivind Bolle (1923, Tromsø - 2012, Oslo)": places of a life's dates (_parenthesis)
        places = is_place(name) and is_place(appos)
        if places and not follows_address(appos, [name]):
            return  # "Gloucester, Massachusetts and Brooklyn, New York": New York is Brooklyn's
        if is_place(appos) and organisation_between(name, appos):
            return  # "Natalie Batalha of the University of California, Santa Cruz": the university's
        yield from self.triple(subject, _IS_IN if places else _IS, obj, appos, "apposition-link")

    def _parenthesis(self, subject: Argument, name: Token) -> Iterator[Triple]:
        """``Loud (2010)``, ``Eivind Bolle (1923 - 2012)``: values in brackets right after a name
        (or after its comma), and the places of those dates: ``Dearle (1859 in London - 1932)``
        -> (Dearle, in, London)."""
        inside = _dating_brackets(tokens_of(self.doc), _mention_end(name) + 1)
        if not inside:
            return
        heads = [t for k, t in enumerate(inside) if t.ent_type_ in VALUE_TYPES and (t.ent_iob_ == "B" or k == 0)]
        # a person's dates: born and died; one date is a birth where said so or a copula says what the person does
        born = inside[0].i > 0 and self.doc[inside[0].i - 1].lower_ in _BIRTH_WORDS
        life = (len(heads) == 2 and _a_persons(subject, name)) or (len(heads) == 1 and (born or _an_occupation(name)))
        dashes = [t.i for t in inside if t.lower_ in RANGE_DASHES and heads and t.i > heads[0].i]
        dash = dashes[0] if dashes else inside[-1].i + 1  # places before it: where the person was born
        labels = (_BORN, _DIED) if life else (_DATED,) if len(heads) == 1 else (_FROM, _TO) if len(heads) == 2 else ()
        for head, words in zip(heads, labels, strict=False):
            obj = self.argument(_entity_head(head))
            if obj is not None:
                yield from self.triple(subject, words, obj, head, "parenthesis-link")
        for k, token in enumerate(inside):
            if k > 0 and _placename(token) and _placename(inside[k - 1]):
                continue  # a later word of a place's name: "Boleslav" of "Mladá Boleslav"
            after_in = k > 0 and inside[k - 1].lower_ == "in" and (_placename(token) or token.ent_type_ in PLACE_TYPES)
            if after_in or (_place_after_date(inside, k) and token.ent_iob_ != "I"):
                # the whole name, whatever NER typed of it: "in Mladá Boleslav" (NER: "Boleslav")
                place = self.argument(_run_end(inside, k) if _placename(token) else _entity_head(token))
                if place is not None and place.kind == "name":
                    words = _path_words([inside[k - 1]], "object") if after_in else _IN
                    if life:  # "(1859 in London - 1932)": where the person was born, or died
                        words = _BORN_IN if len(heads) == 1 or token.i < dash else _DIED_IN
                    yield from self.triple(subject, words, place, token, "parenthesis-link")


#: Words before the date in brackets after a name that say it is a birth's: ``(born 6 April 1953)``.
_BIRTH_WORDS = frozenset({"born", "b.", "b"})
#: Most tokens a name's dating brackets hold: ``(Bely, Tver Oblast, January 27, 1915 - ...)``.
_DATING_TOKENS = 30


def _dating_brackets(tokens: list[Token], cursor: int) -> list[Token]:
    """The tokens inside the brackets that date the name ending before token CURSOR, if any: right
    after it or its comma, past an empty pair or a bracket that says something else first
    (``(Arabic: ...) (August 1, 1979 - June 10, 2006)``), and past a name in another script
    before the dates (``(Александр Боровков, 6 March 1931, Moscow)``); else nothing."""
    if cursor + 1 < len(tokens) and tokens[cursor].text == "," and tokens[cursor + 1].text in _BRACKETS:
        cursor += 1
    for _ in range(2):  # the dates, or one other bracket before them
        if cursor >= len(tokens) or tokens[cursor].text not in _BRACKETS:
            return []
        inside: list[Token] = []
        for token in tokens[cursor + 1 : cursor + 1 + _DATING_TOKENS]:
            if token.text in {")", "]"}:
                break
            inside.append(token)
        else:
            return []
        comma = next((k for k, t in enumerate(inside) if t.text == ","), None)
        if comma is not None and all(in_other_script(t.text) or t.is_space for t in inside[:comma]):
            inside = inside[comma + 1 :]  # "(Александр Алексеевич Боровков, 6 March 1931, Moscow)"
        if inside and inside[0].lower_ in _BIRTH_WORDS:
            inside = inside[1:]  # "(born 6 April 1953, Berlin)": the date and place of a birth
        if inside and all(_dating(t) or _place_after_date(inside, k) for k, t in enumerate(inside)):
            return inside
        cursor += len(inside) + 2
        while cursor < len(tokens) and tokens[cursor].is_space:
            cursor += 1
    return []


def _a_persons(subject: Argument, name: Token) -> bool:
    """Tell whether NAME (SUBJECT resolved) is a person's: typed so, or a copula calls it an
    occupation (``Eivind Bolle (...) was a politician``)."""
    return subject.entity_type == "PERSON" or _an_occupation(name)


def _an_occupation(name: Token) -> bool:
    """Tell whether a copula says what the one named by NAME does (``... was a politician``)."""
    noun = classifying_noun(name)
    return noun is not None and noun.lemma_.lower() in OCCUPATION_NOUNS


#: Types of names an address may follow (``Paisley Park Studios, Chanhassen, Minnesota``).
_ADDRESSED = frozenset({"FAC", "ORG"})


def _may_link(name: Token) -> bool:
    """Tell whether anything around NAME may give :meth:`_Linker.name_links` a link (an
    apposition, a preposition after it, a named owner, a noun joined to it, a modifier before
    it, brackets after it, or its being a place with an address), before resolving it."""
    for child in children(name):
        dep = child.dep_
        if dep == "appos" or (dep == "poss" and _named(child)) or (dep == "conj" and child.pos_ == "NOUN"):
            return True
        if (dep in PREPOSITIONS and child.i > name.i) or (child.i < name.i and dep in _MODIFIERS):
            return True
    if name.ent_type_ in PLACE_TYPES or (name.ent_type_ in _ADDRESSED and trailing_address(name)):
        return True
    tokens = tokens_of(name.doc)
    cursor = _mention_end(name) + 1
    return cursor < len(tokens) and (tokens[cursor].text in _BRACKETS or tokens[cursor].text == ",")


def _place_after_date(inside: Sequence[Token], k: int) -> bool:
    """Tell whether the K-th of the tokens INSIDE a name's brackets is a word of the place after a
    date and a comma, or before a comma at the start or after the dash, whatever NER typed it:
    ``(February 3, 1934, Uerdingen - November 14, 2014, Mölln)``, ``(San Fernando, Chile, August
    29, 1869 - Santiago, Chile, July 23, 1925)``."""
    token = inside[k]
    if token.pos_ != "PROPN" or token.ent_type_ in VALUE_TYPES:
        return False
    start = end = k
    while start > 0 and inside[start - 1].pos_ == "PROPN" and inside[start - 1].ent_type_ not in VALUE_TYPES:
        start -= 1  # "New York"
    while end + 1 < len(inside) and inside[end + 1].pos_ == "PROPN" and inside[end + 1].ent_type_ not in VALUE_TYPES:
        end += 1
    if start >= 2 and inside[start - 1].text == "," and inside[start - 2].ent_type_ in _MODIFIER_VALUES:
        return True
    if start >= 1 and inside[start - 1].ent_type_ in _MODIFIER_VALUES:
        return True  # "(1782 Havana, Cuba - 15 August 1836 Madrid)"
    if start >= 2 and inside[start - 1].lower_ == "in" and inside[start - 2].ent_type_ in _MODIFIER_VALUES:
        return True  # "(18 December 1931 in Mladá Boleslav - ...)", whatever NER typed of the name
    opens = start == 0 or inside[start - 1].lower_ in RANGE_DASHES
    return opens and end + 1 < len(inside) and inside[end + 1].text == ","


def _placename(token: Token) -> bool:
    """Tell whether TOKEN is a proper noun that may be a word of a place's name (no value)."""
    return token.pos_ == "PROPN" and token.ent_type_ not in VALUE_TYPES


def _run_end(inside: Sequence[Token], k: int) -> Token:
    """The last of the proper nouns of INSIDE that run from the K-th (``Mladá Boleslav``)."""
    end = k
    while end + 1 < len(inside) and _placename(inside[end + 1]):
        end += 1
    return inside[end]


def _dating(token: Token) -> bool:
    """Tell whether TOKEN may be inside the brackets that date a name: a date, a number, a
    dash, punctuation, or ``in`` and a place (``1859 in London``)."""
    return (
        token.ent_type_ in _MODIFIER_VALUES
        or token.like_num
        or token.is_punct
        or token.is_space
        or token.lower_ in RANGE_DASHES
        or token.lower_ == "in"
        or token.ent_type_ in PLACE_TYPES
    )


def _entity_head(token: Token) -> Token:
    """The head of the entity whose first token is TOKEN: its word whose head lies outside it."""
    end = token.i
    tokens = tokens_of(token.doc)
    while end + 1 < len(tokens) and tokens[end + 1].ent_iob_ == "I":
        end += 1
    words = tokens[token.i : end + 1]
    return next((t for t in words if not token.i <= t.head.i <= end or t.head == t), token)


def _mention_end(token: Token) -> int:
    """The index of the last token of the entity (or run of proper nouns) TOKEN heads."""
    tokens = tokens_of(token.doc)
    last = token.i
    while last + 1 < len(tokens):
        following = tokens[last + 1]
        same_entity = token.ent_type_ and following.ent_iob_ == "I"
        same_name = not token.ent_type_ and following.pos_ == "PROPN" and following.head == token
        if not (same_entity or same_name):
            break
        last += 1
    return last


def _is_mention_head(token: Token) -> bool:
    """Tell whether TOKEN heads a named entity (or run of proper nouns): no word of the same name above it."""
    if not _named(token):
        return False
    head = token.head
    if head.i == token.i or not _named(head):
        return True
    low, high = sorted((token.i, head.i))
    between = tokens_of(token.doc)[low + 1 : high + 1]
    if token.ent_type_:
        return not (head.ent_type_ == token.ent_type_ and all(t.ent_iob_ == "I" for t in between))
    return token.dep_ not in {"compound", "flat"}


def entity_links(
    doc: Doc,
    resolve: Resolve,
    *,
    doc_id: str = "doc",
    phrases: Iterable[Argument] = (),
    members: Members = _no_members,
) -> Iterator[Triple]:
    """Yield the facts that join the entities of DOC (see the module docstring), each
    argument resolved and anchored by RESOLVE (:meth:`kg.extract.coref.DocResolver.argument`);
    PHRASES, the common noun phrases other facts name, are linked to the entities inside them;
    a pronoun subject MEMBERS finds a group for (:meth:`~kg.extract.coref.DocResolver.group_members`)
    is each of its members."""
    linker = _Linker(doc, resolve, doc_id, members)
    tokens = tokens_of(doc)
    ent_types = column(doc, "ENT_TYPE")
    if not any(ent_types):
        return
    for i in predicate_candidates(doc):
        verb = tokens[i]
        if is_predicate(verb):
            yield from linker.clause_links(verb)
            yield from linker.as_links(verb)
            yield from linker.making_links(verb)
    for token in tokens:
        if _is_mention_head(token):
            yield from linker.name_links(token)
        elif token.pos_ == "NOUN":
            if token.lemma_ in NAMING_NOUNS:
                yield from linker.naming_links(token)
            else:
                yield from linker.modified_links(token)
            yield from linker.nested_places(children(token))  # "experience at the BBC in the UK"
            yield from linker.owned_links(token)
            yield from linker.owned_names(token)
            yield from linker.defined_names(token)
    done: set[int] = set()
    for phrase in phrases:
        span = char_tokens(doc, *phrase.span)
        if phrase.kind == "phrase" and span:
            yield from linker.phrase_links(root(span), done)
