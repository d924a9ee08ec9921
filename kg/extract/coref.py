"""Resolve what each argument refers to within its document: pronouns, descriptions, names.

No coreference model is available offline, so these are kg's own rules over spaCy's
parse and NER. Each resolved :class:`~kg.model.Argument` gets ``canonical`` (the text of
the entity it denotes), ``link`` (the rule that decided) and ``antecedent`` (document
offsets of the mention it was resolved to). The rules, in order:

- ``relative``: who/which/that -> the noun its relative clause modifies;
- ``pronoun``: he/she/it/they... -> the discourse entity that agrees in number, animacy and
  gender and is the most salient (the document's topic, subjects, recency), when it leads
  the next candidate clearly; else none (:mod:`kg.extract.pronouns`);
- ``possessive-pronoun``: ``its presence`` -> ``<antecedent>'s presence``;
- ``definite``: ``the group``, ``the militant group`` -> the latest earlier entity of a
  type the head noun can describe (:data:`DESCRIPTION_TYPES`);
- ``predicate``: ``the magazine`` -> the name an earlier indefinite copula or apposition with
  that head classified (``Ici Paris is a French magazine``; :func:`classified_name`);
- ``head-match``: ``the coalition`` -> an earlier, longer name with the same head (``the
  US-led coalition``);
- ``title``: ``Prime Minister Mohammed Shia' Al Sudani`` -> the person's name alone;
- ``surname``: ``Sudani``, ``Al Sudani`` -> the one full name in the document ending so;
- ``acronym``: ``ISIS`` after ``Islamic State (ISIS)`` -> the long form (Schwartz & Hearst);
- ``alias``: a birth or former name (``Jane Roe (born Janina Rogowska)``) -> the name;
- ``apposition``: a definite description beside a name (``Acme Ltd., the owner of Foo``;
  ``Acme is the owner of Foo``) -> the name (:mod:`kg.extract.aliases`).

A pronoun with no acceptable antecedent gets ``link="unresolved"``: it stays in the
triples but never becomes a graph node.

Example:
    >>> from kg.nlp import load_pipeline
    >>> from kg.extract import doc_triples
    >>> doc = load_pipeline()("ISIS seized territory. It attacked civilians.")
    >>> [(t.subject.text, t.subject.canonical, t.subject.link) for t in doc_triples(doc)]
    [('ISIS', None, None), ('It', 'ISIS', 'pronoun')]
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.aliases import (
    became_an_office,
    classified_name,
    classifying_noun,
    copula_subject,
    described_name,
    distinct_people,
    ends_in_surname,
    former_names,
    in_other_script,
    may_be_a_persons_name,
    surname_word,
)
from kg.extract.phrases import render_tokens
from kg.extract.places import may_be_a_country, names_what_follows
from kg.extract.pronouns import FAMILY_WORDS, HONORIFIC_GENDER, Link, first_name_gender, pronoun_links
from kg.extract.rules import (
    BLOOD_RELATIVE_NOUNS,
    COLLECTIVE_NOUNS,
    COMPANY_NOUNS,
    DETERMINERS,
    NAMED_TYPES,
    OCCUPATION_NOUNS,
    ORG_ENDINGS,
    PLACE_PREPOSITIONS,
    PLACE_TYPES,
    PLACE_VERBS,
    PRONOUNS,
    PUBLIC_BODY_NOUNS,
    RELATIVE_NOUNS,
    ROLE_NOUNS,
    THING_NOUN_TYPES,
    THING_NOUNS,
    VALUE_TYPES,
    PronounFeatures,
)
from kg.extract.tree import (
    char_tokens,
    children,
    column,
    document_text,
    has_possessor,
    in_order,
    root,
    select,
    sentence_index,
    sentences,
    string_ids,
    subtree,
    tokens_of,
)
from kg.model import Argument, Triple, evolve

__all__ = [
    "DESCRIPTION_TYPES",
    "PRONOUNS",
    "DocResolver",
    "acronym_definitions",
    "graph_mentions",
    "join_split_names",
    "resolve_triples",
]


RELATIVE = frozenset({"who", "whom", "which", "that", "whose"})

#: Head nouns of definite descriptions and the entity types they can describe.
DESCRIPTION_TYPES: dict[str, frozenset[str]] = {
    **{
        w: frozenset({"ORG"})
        for w in (
            "group",
            "organization",
            "organisation",
            "company",
            "firm",
            "party",
            "movement",
            "militia",
            "agency",
            "bank",
            "club",
            "team",
            "band",
            "label",
            *("carmaker", "automaker", "manufacturer", "retailer", "airline", "insurer", "lender", "broadcaster"),
            *("publisher", "conglomerate", "corporation", "startup"),
        )
    },
    **{w: frozenset({"GPE"}) for w in ("country", "nation", "state", "city", "kingdom", "republic")},
    **{
        w: frozenset({"PERSON"})
        for w in (
            "president",
            "minister",
            "leader",
            "man",
            "woman",
            "official",
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "premier",
            "chairman",
        )
    },
}
#: Common nouns that name people (so ``he``/``she`` may refer to them).
PERSON_NOUNS = frozenset(DESCRIPTION_TYPES) - {w for w, t in DESCRIPTION_TYPES.items() if "PERSON" not in t}
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
COLLECTIVE_TYPES = frozenset({"ORG", "NORP", "GPE"})
#: Nouns for a country: ``the country`` takes up only a name that may be one (:func:`may_be_a_country`).
_COUNTRY_NOUNS = frozenset({"country", "nation"})
#: The link of a name introducing someone's relative (``His son Louis``): a person of their own,
#: whom no rule takes for the full name the name is a word of (``Louis XIV``).
RELATIVE_LINK = "relative"
SENTENCE_WINDOW = 2
#: Dependents that name the noun they follow: ``the album Loud`` (appos or compound, no comma between).
_NAMING_DEPS = frozenset({"appos", "compound", "npadvmod"})


class _Mention(NamedTuple):
    """A candidate antecedent: one noun phrase of a sentence. Built for every noun of the
    sentences a pronoun looks back over, so its text and words are worked out only when asked."""

    start: int
    end: int
    tokens: tuple[Token, ...]  # without the determiner
    head: Token
    entity_type: str | None
    plural: bool
    sentence: int
    person: bool  # a PERSON entity, or headed by a noun for people ("minister")
    collective: bool  # an organisation, nationality or place, or a noun for a group ("coalition")
    referent: bool  # may be a pronoun's antecedent: not itself a pronoun, nor a value such as a date
    subject: bool
    kind: str  # "name", "value", "phrase" or "pronoun" (see kg.model.Argument.kind)

    @property
    def text(self) -> str:
        return render_tokens(self.tokens)

    @property
    def words(self) -> frozenset[str]:
        return frozenset(t.lower_ for t in self.tokens if not t.is_punct)

    @property
    def named(self) -> bool:
        return any(t.ent_type_ or t.pos_ == "PROPN" for t in self.tokens)


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a mention refers to: canonical text, the rule, the antecedent's offsets."""

    canonical: str
    link: str
    antecedent: tuple[int, int] | None = None
    kind: str = "name"  # what the mention refers to: a "name" or a "phrase"


_MENTION_POS = frozenset({"NOUN", "PROPN"})
_NON_HEAD_DEPS = frozenset({"compound", "amod", "nmod"})
#: Roles of a person acting or owning: a place-typed word in one may be a surname (``Halin proved``).
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "conj", "pobj"})
#: What a copula says of a person only: ``Beliën is married to Alexandra Colen``.
_PERSON_STATES = frozenset({"married", "engaged", "divorced", "widowed", "retired", "survived", "buried"})
#: Types spaCy's small model often gives a surname alone: a place's, a nationality's.
_SURNAME_LOOKALIKES = PLACE_TYPES | {"NORP", "ORG"}
_MENTION_POS_IDS = string_ids(_MENTION_POS)
_NON_HEAD_DEP_IDS = string_ids(_NON_HEAD_DEPS)
_PHRASE_LEFT_DEPS = frozenset({"det", "amod", "compound", "nummod", "nmod", "quantmod", "poss", "case", "punct"})


def _acts_as_a_person(token: Token) -> bool:
    """Tell whether TOKEN stands where a person may, not a place: a subject of a verb, or of a
    copula that says it is no kind of thing (``Halin proved``, ``Beliën was a journalist``; not
    ``Washington is the capital``, :data:`THING_NOUNS`), an owner (``Leary's advice``),
    an object of a verb that takes no place and has another subject (not ``visited Jordan``, nor
    ``Jordan visited Jordan``), or the object of a preposition that names no place (``worked with
    Parton``; not ``moved to Washington``)."""
    dep = token.dep_
    if dep not in _AGENT_DEPS:
        return False
    if dep == "dobj":
        verb = token.head
        return verb.lemma_ not in PLACE_VERBS and not any(
            c.dep_ == "nsubj" and c.text == token.text for c in children(verb)
        )
    if dep == "nsubj" and token.head.lemma_ == "be":  # "Beliën was a journalist"; not "Washington is the capital"
        kind = _copula_kind(token)
        if kind is None:  # "Beliën is married to Alexandra Colen"
            return any(c.dep_ == "acomp" and c.lower_ in _PERSON_STATES for c in children(token.head))
        return kind not in THING_NOUNS
    if dep == "pobj":
        return token.head.lower_ not in PLACE_PREPOSITIONS
    if dep == "conj":
        return _acts_as_a_person(token.head)
    return True


def _owns_a_relative(token: Token) -> bool:
    """Tell whether TOKEN owns a relative or a person's role (``Cimatti's son Enrico``)."""
    return token.dep_ == "poss" and token.head.lemma_.lower() in FAMILY_WORDS


def _stands_as_a_place(token: Token) -> bool:
    """Tell whether TOKEN stands where a place does: after a place's preposition (``moved to
    Washington``) or as the subject of a copula calling it a kind of thing (``Washington is the
    capital``, :data:`THING_NOUNS`)."""
    if token.dep_ == "pobj":
        return token.head.lower_ in PLACE_PREPOSITIONS
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        return _copula_kind(token) in THING_NOUNS
    return False


#: Verbs that give a name rather than refer by one: ``a son, also named Alan``.
_NAMING_VERBS = frozenset({"name", "call", "know", "christen", "nickname", "dub"})


def _alone_first_name(head: Token) -> bool:
    """Tell whether HEAD, a one-word person's name, is a first name people use alone for someone
    named in full before (``Marie won the prize`` after ``Marie Curie``): a first name of the
    census lists or a word NER typed a person's (``Vanya`` after ``Vanya Mishra``), that no
    surname after it shares (``William and Annie Washington``) and no naming verb gives (``also
    named Alan``)."""
    if not first_name_gender(head.text) and (head.ent_type_ != "PERSON" or head.is_upper):
        return False  # a name NER typed a person's may be one the lists lack ("Vanya"), not an acronym
    if head.dep_ in {"appos", "compound"} or head.head.lemma_.lower() in PERSON_NOUNS:
        return False  # "his son John": a relative the text introduces, not the man named before
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else head.head  # "known as Victor"
    if head.dep_ in {"oprd", "attr", "dobj", "pobj"} and verb.lemma_ in _NAMING_VERBS:
        return False
    after = head.doc[head.i + 1 : head.i + 4]  # "William and Annie Washington": Washington is his surname too
    return not (len(after) == 3 and after[0].lower_ in {"and", "&"} and after[2].ent_iob_ == "I")


def _titled(mention: _Mention, role: str) -> bool:
    """Tell whether the text gave MENTION the title ROLE (``President Joe Biden``, ``King Harald
    V``): ``the president`` takes up only the person so titled, not the last one named (``Okafor
    was appointed finance minister. Okafor met the president``)."""
    first = mention.tokens[0]
    return any(t.lemma_.lower() == role for t in (*first.doc[max(first.i - 2, 0) : first.i], *mention.tokens))


def _copula_pronoun(noun: Token) -> Token | None:
    """The personal pronoun subject of the affirmative copula NOUN completes (``It is the
    third-largest city``), if any."""
    subject = copula_subject(noun)
    return subject if subject is not None and subject.pos_ == "PRON" and subject.lower_ in PRONOUNS else None


def _copula_kind(name: Token) -> str | None:
    """The lemma of the noun a copula classifies the name headed by NAME by (:func:`classifying_noun`)."""
    noun = classifying_noun(name)
    return noun.lemma_.lower() if noun is not None else None


def _noun_phrase_tokens(head: Token) -> list[Token]:
    """HEAD with its determiner and left modifiers: the noun chunk, as spaCy's iterator gives it,
    and an ``of`` right after it that names no entity (``a state of emergency`` is no ``state``;
    ``the speed of light`` no ``speed of sound``)."""
    tokens = [head]
    for child in children(head):
        if child.i > head.i:
            of = child.i == head.i + 1 and child.dep_ == "prep" and child.lower_ == "of"
            if of and head.pos_ == "NOUN" and _plain_of(child):
                tokens.extend(subtree(child))
            break
        if child.dep_ in _PHRASE_LEFT_DEPS:
            tokens.extend(subtree(child))
    tokens = in_order(tokens)
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    return tokens


def _plain_of(of: Token) -> bool:
    """Tell whether the ``of`` phrase OF is a short one of common words (``of emergency``, ``of the
    light``): part of the noun it follows, not a name's (``of France``) nor a clause's."""
    words = subtree(of)
    return len(words) <= _PLAIN_OF_WORDS and all(
        not t.ent_type_ and t.pos_ in {"ADP", "DET", "NOUN", "ADJ"} for t in words
    )


#: Most words of an ``of`` phrase that is part of the noun before it (``of emergency``, ``of the light``).
_PLAIN_OF_WORDS = 4


def _may_refer(argument: Argument) -> bool:
    """Cheaply tell whether any rule could resolve ARGUMENT (most phrases name themselves)."""
    if argument.pronoun or argument.entity_type == "PERSON":
        return True
    first = argument.text.partition(" ")[0]
    lower = first.lower()
    if lower in PRONOUNS or lower in DEFINITE_DETERMINERS or first.isupper():
        return True
    initial = first[:1]
    return initial.isalpha() and not initial.islower() and not initial.isupper()  # another script's name: "अर्जुन"


def _introduced_relative(head: Token) -> bool:
    """Tell whether the one-word name HEAD introduces someone's relative, in apposition to a
    possessed noun for one (``His son Louis``, ``her brother, Paul``): a person of their own."""
    noun = head.head
    return (
        head.dep_ == "appos"
        and noun.i < head.i
        and noun.lemma_.lower() in FAMILY_WORDS
        and any(c.dep_ == "poss" for c in children(noun))
    )


def _may_be_called(mention: _Mention, description: Token) -> bool:
    """Tell whether the name MENTION may be what the description headed by DESCRIPTION takes up:
    no public body is ``the company`` (``The European Commission fined Gorlan Technologies ...
    the company``: Gorlan Technologies; ``the Supreme Court of Canada ruled that the firm ...``;
    :data:`PUBLIC_BODY_NOUNS`)."""
    company = description.lemma_.lower() in COMPANY_NOUNS
    return not (company and mention.head.lower_ in PUBLIC_BODY_NOUNS)  # "Supreme Court of Canada": Court


def _relative_noun(head: Token) -> Token | None:
    """The noun for a relative whose ``of`` names HEAD, a name, if any: ``son`` in ``son of
    Sreenivasan`` and in ``the son of the actor and director Sreenivasan``."""
    token = head
    while token.dep_ in {"appos", "conj"} and token.head.i < token.i:
        token = token.head
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of":
        return None
    noun = of.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in RELATIVE_NOUNS else None


def _relative_of_the_same_name(noun: Token, full: str) -> bool:
    """Tell whether a one-word name after NOUN, a relative's noun (:func:`_relative_noun`), names
    a relative of the one named FULL, the full name it would be the surname of: nobody is their own
    relative (``Vineeth Sreenivasan ... Vineeth is son of Sreenivasan``; ``He is the son of
    Sreenivasan``, a relative by blood, who shares the surname). ``Mary was the wife of Smith``
    after ``John Smith`` is his."""
    owner = noun.head if noun.dep_ == "appos" else copula_subject(noun)
    if owner is None:
        return False
    if owner.pos_ == "PRON":
        return noun.lemma_.lower() in BLOOD_RELATIVE_NOUNS
    words = {c.text for c in children(owner) if c.dep_ == "compound"} | {owner.text}
    return words <= set(full.split())


def _written_as_a_persons_name(ent: Span) -> bool:
    """Tell whether the entity ENT is written as a person's name (:func:`_a_persons_name_shape`),
    no organisation's word last (``Olaf Scholz``, not ``Nordwind Energy``)."""
    return _a_persons_name_shape(ent) and ent[-1].lower_ not in ORG_ENDINGS


def _a_persons_name_shape(tokens: Iterable[Token]) -> bool:
    """Tell whether TOKENS are written as a person's name: two or three capitalised words, a known
    first name first (``Karin Dahl``, whatever NER typed it)."""
    words = [t for t in tokens if not t.is_punct]
    return 2 <= len(words) <= 3 and all(t.is_title for t in words) and first_name_gender(words[0].text) is not None


def _holds_a_persons_role(ent: Span, kinds: dict[Span, str]) -> bool:
    """Tell whether the text says the one named ENT does what a person does: a copula gives an
    occupation (KINDS: :func:`_copula_kind`), or the name became an office's holder."""
    kind = kinds.get(ent)
    return kind in OCCUPATION_NOUNS if kind is not None else became_an_office(ent.root)


def _description_tokens(head: Token) -> list[Token]:
    """The words of the description headed by HEAD, without determiners, punctuation and clauses."""
    # and without what comes before its determiner: a fronted phrase the parser hung on a subject it
    # read as the root ("In 2015, the band signed", "Later, the band signed")
    start = next((c.i for c in children(head) if c.dep_ == "det" and c.i < head.i), -1)
    clauses = {t.i for c in children(head) if c.dep_ in {"acl", "relcl", "appos"} or c.i < start for t in subtree(c)}
    return [t for t in subtree(head) if not t.is_punct and t.dep_ != "det" and t.i not in clauses]


#: Nouns that call one kind of thing, for a description that takes up what a copula called it
#: (``The Beatles were a rock band. The group ...``; ``X is a tributary of Y. The stream ...``).
SAME_KIND_NOUNS: tuple[frozenset[str], ...] = (
    frozenset({"band", "group"}),
    frozenset({"club", "team"}),
    frozenset({"company", "firm", "corporation"}),
    frozenset({"film", "movie"}),
    frozenset({"newspaper", "paper", "daily"}),
    frozenset({"song", "single", "track"}),
    frozenset({"river", "stream", "tributary", "creek"}),
    frozenset({"ship", "vessel"}),
    frozenset({"series", "show", "programme", "program", "sitcom"}),
)
_KINDS = {word: kind for kind in SAME_KIND_NOUNS for word in kind}


def _same_kind(lemma: str) -> frozenset[str]:
    """LEMMA and the nouns that call the same kind of thing (:data:`SAME_KIND_NOUNS`)."""
    return _KINDS.get(lemma, frozenset({lemma}))


def _hyphened_before(mention: _Mention, lemma: str) -> bool:
    """Tell whether LEMMA is hyphened to the head of MENTION: ``singer`` in ``a singer-songwriter``."""
    tokens = tokens_of(mention.head.doc)
    return any(
        t.lemma_.lower() == lemma and t.i + 2 <= mention.head.i and tokens[t.i + 1].text == "-"
        for t in mention.tokens
        if t.i < mention.head.i
    )


def _reads_as_a_person(mention: _Mention) -> bool:
    """Tell whether MENTION, whatever NER typed it, is written as a person's name: a known first
    name and a surname (``Karin Dahl`` typed ORG is no company for ``the company`` to take up)."""
    return _a_persons_name_shape(mention.tokens)


def _proper_run(head: Token) -> list[Token]:
    """The proper nouns NER typed nothing that end at HEAD, each compounding the next: the name
    a proper noun heads after words describing it (``Sidney Yates`` of ``fellow Democrat Sidney
    Yates``)."""
    tokens = tokens_of(head.doc)
    start = head.i
    while start > 0:
        before = tokens[start - 1]
        if before.pos_ != "PROPN" or before.ent_type_ or before.dep_ not in {"compound", "flat"}:
            break
        start -= 1
    return tokens[start : head.i + 1]


def _nationality_word(token: Token) -> bool:
    """Tell whether TOKEN is a nationality adjective describing a noun (``the German carmaker``)."""
    return token.ent_type_ == "NORP" and token.dep_ == "amod" and token.ent_iob_ == "B" and token.pos_ == "ADJ"


def _named_a_kind(mention: _Mention, noun: str) -> bool:
    """Tell whether MENTION is a name that opens with the common NOUN, capitalised: the name of a
    thing of that kind (``Lake Titicaca``, ``Mount Everest`` for ``the lake``, ``the mount``; a name
    ending with it, ``the Hooghly River``, is a head match), but for a street's name (``Park
    Avenue`` is no park: :data:`_STREET_WORDS`)."""
    tokens = mention.tokens
    if len(tokens) < 2 or tokens[0].lower_ != noun or tokens[-1].lower_ in _STREET_WORDS:
        return False
    return tokens[0].is_title and mention.named and mention.head.pos_ != "PRON"


#: Last words of streets' names, which open with any noun (``Park Avenue``, ``Church Street``).
_STREET_WORDS = frozenset({"street", "avenue", "road", "drive", "lane", "square", "boulevard", "way", "place"})


def _description_words(head: Token) -> frozenset[str]:
    return frozenset(t.lower_ for t in _description_tokens(head))


def _is_word(token: Token) -> bool:
    """Whether TOKEN is a word: letters or digits, of any script ("अर्जुन", which is no ``is_alpha``
    token), or a title made one token (``Your Disco Needs You``: :func:`kg.nlp.join_quoted_titles`)."""
    return token.is_alpha or token.is_digit or in_other_script(token.text) or " " in token.text.strip()


def _strip_determiner(tokens: list[Token]) -> list[Token]:
    """TOKENS without a leading determiner and punctuation at either end: a mention's words.
    A capitalised "The" inside a sentence before a name is part of it ("toured with The Beatles")."""
    while len(tokens) > 1 and (tokens[0].dep_ == "det" or tokens[0].is_punct):
        if _titles_a_name(tokens):
            break
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens


def _titles_a_name(tokens: list[Token]) -> bool:
    """Whether TOKENS open with a capitalised "The" that is part of the name after it: inside a
    sentence, before a proper noun (``in The Hague``; ``The Hague is`` says nothing)."""
    first, second = tokens[0], tokens[1]
    return first.text == "The" and not first.is_sent_start and second.pos_ == "PROPN" and second.is_title


def _referent_kind(kind: str) -> str:
    """What a mention resolved to an antecedent of KIND is: a name, or else a phrase."""
    return "name" if kind == "name" else "phrase"


def _kind(head: Token, entity_type: str | None, tokens: Sequence[Token] = ()) -> str:
    """What a mention headed by HEAD (words TOKENS) is: a ``name``, a ``value``, a ``pronoun``
    or a ``phrase``. A name spaCy neither tagged nor called a proper noun is still a name when
    every word of it is capitalised and its head is no role word (``Wilfried "Willi" Schneider``)."""
    if entity_type in VALUE_TYPES:
        return "value"
    if entity_type or (head.pos_ == "PROPN" and head.lemma_.lower() not in ROLE_NOUNS):
        return "name"
    if head.pos_ == "PRON":
        return "pronoun"
    if _capitalised_name(head, tokens):
        return "name"
    return "phrase"


def _capitalised_name(head: Token, tokens: Sequence[Token]) -> bool:
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    return (
        head.pos_ == "NOUN"
        and head.is_title
        and not head.is_sent_start
        and head.lemma_.lower() not in ROLE_NOUNS
        and len(words) >= 1
        and all(t.is_title for t in words)
    )


def _is_plural(token: Token) -> bool:
    """Tell whether TOKEN is plural: tagged so, unless the subject of a singular verb
    (``Interscope Records is a label``)."""
    if token.tag_ not in {"NNS", "NNPS"}:
        return False
    if token.dep_ in {"nsubj", "nsubjpass"}:
        verbs = [token.head, *(c for c in children(token.head) if c.dep_ in {"aux", "auxpass"})]
        return not any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs)
    return True


#: Tokens that may stand between two parts of one person's name: ``Wilfried "Willi" Schneider``.
_NAME_JOINERS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def join_split_names(entities: Iterable[Span]) -> tuple[Span, ...]:
    """Return ENTITIES with adjacent person names joined: spaCy's small model often tags
    ``Mohammed Shia' Al Sudani`` as two people, ``Mohammed Shia'`` and ``Al Sudani``; and a
    year that names an event joined to it (``the 1972 Olympics``, not one ``Olympics`` for all).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Prime Minister Mohammed Shia' Al Sudani spoke.")
        >>> [e.text for e in join_split_names(doc.ents)]
        ["Mohammed Shia' Al Sudani"]
    """
    joined: list[Span] = []
    for ent in entities:
        last = joined[-1] if joined else None
        if last is not None and ent.label_ == "PERSON" and last.label_ == "PERSON":
            between = ent.doc[last.end : ent.start]
            if all(t.text in _NAME_JOINERS for t in between) and not ent.doc[last.end - 1].is_sent_end:
                joined[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
                continue
        if last is not None and _names_the_event(last, ent):  # "the 1972 Olympics": the year names the event
            joined[-1] = Span(ent.doc, last.start, ent.end, label="EVENT")
            continue
        joined.append(ent)
    return tuple(joined)


#: Where an object stands in its clause: a noun there is never its own clause's subject.
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


def _clause_subjects_of(noun: Token) -> frozenset[int]:
    """The subjects (and their conjuncts) of the clause the object NOUN is in: no description in
    object position takes up its own clause's subject (``The DOE asked the team``), which the
    text would call ``itself``."""
    if noun.dep_ not in _OBJECT_DEPS:
        return frozenset()
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return frozenset(t.i for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"} for t in (c, *c.conjuncts))


def _title_before(whole: str, name: str) -> bool:
    """Tell whether the mention WHOLE is the person's NAME with words before it: a title or a role
    (``Prime Minister X``, ``NASA Administrator X's``), not words after it (``Ong Bak 2``, a film)."""
    bare = whole.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019 ")
    return bare != name and bare.endswith(name)


def _names_the_event(date: Span, event: Span) -> bool:
    return (
        event.label_ == "EVENT"
        and date.label_ == "DATE"
        and date.end == event.start
        and event.start <= date.root.head.i < event.end
    )


def acronym_definitions(doc: Doc) -> dict[str, str]:
    """Return ``{acronym: long form}`` for every ``Long Form (ACR)`` written in DOC.

    Uses Schwartz & Hearst's (2003) check: every letter of the acronym appears, in
    order, in the long form, the first one starting its first word.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> acronym_definitions(load_pipeline()("The Islamic State (ISIS) grew."))
        {'ISIS': 'Islamic State'}
    """
    found: dict[str, str] = {}
    if "(" not in document_text(doc):
        return found
    orth = column(doc, "ORTH")
    opening, closing = get_string_id("("), get_string_id(")")
    for index in [i for i, o in enumerate(orth[:-2]) if o == opening]:
        if index < 2 or orth[index + 2] != closing:
            continue
        token = tokens_of(doc)[index + 1]
        short = token.text.replace(".", "")
        if not (2 <= len(short) <= 8 and short.isupper()):
            continue
        words: list[Token] = []
        cursor = token.i - 2
        while cursor >= 0 and len(words) < len(short) + 3:
            word = doc[cursor]
            if word.is_punct or word.is_space or (word.dep_ == "det" and word.i == cursor and not words):
                break
            words.insert(0, word)
            cursor -= 1
        for first in range(len(words) - 1, -1, -1):  # the shortest long form that fits wins
            candidate = words[first:]
            # the long form opens with the acronym's letter: not "Beach is a census designated place"
            opens = candidate[0].is_title and candidate[0].lower_[:1] == short[:1].lower()
            if opens and _schwartz_hearst(short, " ".join(w.text for w in candidate)):
                found[token.text] = render_tokens(candidate)
                break
        else:
            name = _initials_in_another_order(short, doc[token.i - 2], words)
            if name is not None:  # "Social Democratic Party of Germany (SPD)": the German word order
                found[token.text] = name
    return found


def _initials_in_another_order(short: str, last: Token, words: Sequence[Token]) -> str | None:
    """The name NER found ending at LAST, among WORDS, whose capitalised words' initials hold the
    letters of the acronym SHORT in another order, its first letter first, all but one word's at
    most (``Social Democratic Party of Germany (SPD)``); else None."""
    if not last.ent_type_ or last.ent_type_ in VALUE_TYPES:
        return None
    start = last.i
    while start > 0 and last.doc[start].ent_iob_ == "I":
        start -= 1
    name = [w for w in words if w.i >= start]
    if not name or name[0].i != start:
        return None
    if name[0].lower_ in DETERMINERS:
        name = name[1:]  # "the Social Democratic Party of Germany"
    initials = Counter(w.text[0].upper() for w in name if w.is_title)
    letters = Counter(short.upper())
    fits = not letters - initials and sum(initials.values()) - len(short) <= 1 and len(short) >= 2
    return render_tokens(name) if fits and name[0].text[:1].upper() == short[0] else None


def _schwartz_hearst(short: str, long: str) -> bool:
    s, k = len(short) - 1, len(long) - 1
    while s >= 0:
        char = short[s].lower()
        while k >= 0 and (long[k].lower() != char or (s == 0 and k > 0 and long[k - 1].isalnum())):
            k -= 1
        if k < 0:
            return False
        s -= 1
        k -= 1
    return True


class DocResolver:
    """Resolve mentions of one parsed document (state: the document's mentions, memoised)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._memo: dict[int, Resolution | None] = {}
        self._arguments: dict[Argument, Argument] = {}
        self._by_sentence: dict[int, list[_Mention]] = {}
        self._by_head: dict[int, dict[int, _Mention]] = {}  # per sentence: its mentions by head index
        self._records: dict[tuple[int, int], Argument] = {}  # the graph's mentions, by span
        self._antecedents: dict[tuple[int, int], _Mention] = {}  # antecedents resolutions named
        self._entity_memo: dict[int, _Mention] = {}  # the mention of each named entity, by position

    def sentence_index(self, token: Token) -> int:
        """Return the index of TOKEN's sentence."""
        return sentence_index(token)

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """Acronyms the document defines (built on first use)."""
        return acronym_definitions(self.doc)

    def sentence_mentions(self, index: int) -> list[_Mention]:
        """Candidate antecedents of sentence INDEX, in text order (built on first use)."""
        if index not in self._by_sentence:
            self._by_sentence[index] = self._mentions(sentences(self.doc)[index], index)
        return self._by_sentence[index]

    def mentions_between(self, first: int, last: int) -> list[_Mention]:
        """Candidate antecedents of sentences FIRST..LAST (inclusive), in text order."""
        return [m for k in range(max(first, 0), last + 1) for m in self.sentence_mentions(k)]

    @cached_property
    def full_names(self) -> dict[str, int]:
        """Full person names of the document, each with the token its first mention starts at
        (built on first use)."""
        return self._full_names()

    # -- inventory -----------------------------------------------------------------------
    def _mentions(self, sentence: Span, index: int) -> list[_Mention]:
        """Noun phrases and named entities of SENTENCE (number INDEX), one per head (entities win)."""
        by_head: dict[int, _Mention] = {}
        tokens = tokens_of(self.doc)
        first = bisect.bisect_left(self._entity_starts, sentence.start)
        last = bisect.bisect_left(self._entity_starts, sentence.end)
        for ent in self.entities[first:last]:
            head = ent.root
            if head.dep_ in {"amod", "compound"}:
                continue  # "Iraqi" in "Iraqi forces" modifies; it is not a mention of its own
            within = head.i < sentence.end  # an entity may run over the sentence's end
            words = [t for t in tokens[ent.start : ent.end] if not t.is_space]
            self._add_mention(by_head, words, head, index if within else None)
        heads = self._noun_heads
        for i in heads[bisect.bisect_left(heads, sentence.start) : bisect.bisect_left(heads, sentence.end)]:
            if i not in by_head:
                token = tokens[i]
                if token.ent_iob_ != "O" and token.ent_iob_:
                    continue  # a word of a longer name: "Freedom" of "Song of Freedom" is no mention of its own
                self._add_mention(by_head, _noun_phrase_tokens(token), token, index)
        self._by_head[index] = by_head
        found = sorted(by_head.values(), key=lambda m: m.start)
        return found

    @cached_property
    def _noun_heads(self) -> list[int]:
        """Indices of the tokens that head a noun phrase of their own (nouns that modify none)."""
        return select(self.doc, pos=_MENTION_POS_IDS, skip_deps=_NON_HEAD_DEP_IDS)

    @cached_property
    def entities(self) -> tuple[Span, ...]:
        """The document's named entities (``doc.ents`` builds them anew on every call), a
        person's name that spaCy cut in two made whole (:func:`join_split_names`)."""
        return join_split_names(self.doc.ents)

    @cached_property
    def _first_of_type(self) -> dict[str, int]:
        """Each entity type's first mention: the index of its first token."""
        first: dict[str, int] = {}
        for entity in self.entities:
            first.setdefault(entity.label_, entity.start)
        return first

    @cached_property
    def _entity_starts(self) -> list[int]:
        return [e.start for e in self.entities]  # in order: spaCy's entities do not overlap

    def _add_mention(
        self, by_head: dict[int, _Mention], tokens: list[Token], head: Token, sentence: int | None
    ) -> None:
        mention = self._new_mention(tokens, head, sentence)
        if mention is not None:
            by_head[head.i] = mention

    def _new_mention(self, tokens: list[Token], head: Token, sentence: int | None) -> _Mention | None:
        tokens = _strip_determiner(tokens)
        if not tokens:
            return None
        entity_type = head.ent_type_ or None
        if entity_type == "PERSON" and head.pos_ == "PROPN" and head.lower_ in ORG_ENDINGS and len(tokens) > 1:
            entity_type = "ORG"  # "Nordwind Energy was founded by Erik Sandberg. In 2018 it acquired ..."
        lemma = head.lemma_.lower()
        return _Mention(
            start=tokens[0].idx,
            end=tokens[-1].idx + len(tokens[-1].text),
            tokens=tuple(tokens),
            head=head,
            entity_type=entity_type,
            plural=_is_plural(head),
            sentence=self.sentence_index(head) if sentence is None else sentence,
            # a common noun in lower case NER typed a person's ("the koala") names no one
            person=(entity_type == "PERSON" and not (head.pos_ == "NOUN" and head.is_lower)) or lemma in PERSON_NOUNS,
            collective=entity_type in COLLECTIVE_TYPES or lemma in COLLECTIVE_NOUNS,
            referent=head.pos_ != "PRON" and entity_type not in VALUE_TYPES,
            subject=head.dep_ in {"nsubj", "nsubjpass"},
            kind=_kind(head, entity_type, tokens),
        )

    def _person_tokens(self, head: Token) -> list[Token]:
        """The name inside a person mention: its PERSON-typed tokens around HEAD."""
        tokens = [t for t in subtree(head) if t.ent_type_ == "PERSON" and t.i <= head.i]
        gap = next((i for i in range(len(tokens) - 1, 0, -1) if tokens[i].i != tokens[i - 1].i + 1), 0)
        tokens = tokens[gap:]  # the run that ends the name: not "William" in "William and Annie Washington"
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        return tokens

    @cached_property
    def _things(self) -> dict[str, str | None]:
        """Names NER typed a person's that a copula calls a kind of thing, with the type that kind
        gives (:data:`THING_NOUN_TYPES`; None when it gives none): ``Square Enix is a Japanese
        company`` -> {"Square Enix": "ORG"}."""
        found: dict[str, str | None] = {}
        for ent, lemma in self._copula_kinds:
            if ent.label_ == "PERSON" and lemma in THING_NOUNS:
                found.setdefault(ent.text, THING_NOUN_TYPES.get(lemma))
        return found

    @cached_property
    def _thing_types(self) -> dict[str, str]:
        """Names a copula calls a kind of thing of a type NER did not give them, with that type
        (:data:`THING_NOUN_TYPES`): ``Lyon is a city`` -> {"Lyon": "GPE"} where NER typed it ORG.
        A copula after the name was used otherwise speaks of its own mention only (``Avalon is a
        legendary island`` after five mentions of the car: :attr:`_thing_types_at`)."""
        return self._copula_types[0]

    @cached_property
    def _thing_types_at(self) -> dict[int, str]:
        """The mentions a copula calls a kind of thing of another type after the name was used
        otherwise, by head, with that type (see :attr:`_thing_types`)."""
        return self._copula_types[1]

    @cached_property
    def _copula_types(self) -> tuple[dict[str, str], dict[int, str]]:
        by_name: dict[str, str] = {}
        at: dict[int, str] = {}
        seen: set[str] = set()
        kinds = dict(self._copula_kinds)
        for ent in self.entities:
            kind = None
            if ent.label_ in NAMED_TYPES and ent.label_ != "PERSON" and ent in kinds:  # a person's name: _things
                kind = THING_NOUN_TYPES.get(kinds[ent])
            if (
                ent.label_ != "PERSON"
                and 2 <= len(ent) <= 3
                and _holds_a_persons_role(ent, kinds)
                and _written_as_a_persons_name(ent)
            ):
                kind = "PERSON"  # "Olaf Scholz became chancellor", NER typed ORG
            if kind is not None and kind != ent.label_:
                if ent.text in seen and ent.text not in by_name:
                    at[ent.root.i] = kind  # "Avalon is a legendary island", after the car
                else:
                    by_name.setdefault(ent.text, kind)
            seen.add(ent.text)
        return by_name, at

    def _full_names(self) -> dict[str, int]:
        """The full names of the document's people: PERSON entities of two words or more, but for
        names of places and things NER typed so (``Mount Shinn``, ``Tokyo Imperial Palace``) and
        names NER typed otherwise more often than a person's, or a copula calls a kind of thing
        (``Square Enix is a Japanese video game company``, :data:`THING_NOUNS`); each with the token
        where the text first writes it, whatever NER typed it there."""
        names: dict[str, int] = {}
        votes: Counter[str] = Counter()  # a name's PERSON labels less its other labels
        written: dict[str, int] = {}  # where the text first writes each name, whatever NER typed it
        for ent in self.entities:
            person = ent.label_ == "PERSON" or self._thing_types.get(ent.text) == "PERSON"
            votes[ent.text] += 1 if person and ent.text not in self._things else -1
            written.setdefault(ent.text, ent.start)
            listed = any(t.lower_ in {"and", "&"} for t in ent)  # "William and Annie Washington": two people
            if person and ent.label_ != "PERSON" and not listed:
                tokens = list(ent)  # typed otherwise, a person's by what the text says of it
            else:
                tokens = self._person_tokens(ent.root) if ent.label_ == "PERSON" and not listed else []
            if len(tokens) >= 2 and may_be_a_persons_name([t.lower_ for t in tokens]):
                names.setdefault(render_tokens(tokens), tokens[0].i)
        # "led by Andry Rajoelina" typed ORG, then "Rajoelina dismissed", then "Andry Rajoelina" typed PERSON
        kept = sorted(name for name in names if votes.get(name, 1) >= 0)
        return {name: min(names[name], written.get(name, names[name])) for name in kept}

    # -- rules ---------------------------------------------------------------------------
    def resolve(self, head: Token) -> Resolution | None:
        """Return what the mention headed by HEAD refers to, or None when it names itself."""
        if head.i not in self._memo:
            self._memo[head.i] = None  # guards against cycles
            self._memo[head.i] = self._resolve(head)
        return self._memo[head.i]

    def _resolve(self, head: Token) -> Resolution | None:
        lower = head.lower_
        if head.pos_ == "PRON" and lower in RELATIVE:
            return self._relative(head)
        if head.pos_ == "PRON" and lower in PRONOUNS:
            return self._pronoun(head, PRONOUNS[lower])
        if head.pos_ == "PRON":
            return Resolution("", "unresolved")
        former = self._former_names.get(head.i)  # "Jane Roe (born Janina Rogowska)"
        named = self._name_mention(former.root) if former is not None else None
        if named is not None:
            return self._refer(named, "alias")
        if head.pos_ == "PROPN" and (noun := _relative_noun(head)) is not None:
            found = self._own_relative(head, noun)
            if found is not None:
                return found
        if head.ent_type_ == "PERSON":
            return self._person(head)
        if head.ent_type_ in _SURNAME_LOOKALIKES:
            found = self._place_typed_surname(head) or self._place_typed_first_name(head)
            if found is not None:
                return found
        if not head.ent_type_ and head.pos_ == "PROPN":
            found = self._unnamed_person(head)
            if found is not None:
                return found
        if head.text in self.acronyms and self._stands_alone(head):
            return Resolution(self.acronyms[head.text], "acronym")
        described = described_name(head) if head.pos_ == "NOUN" else None
        named = self._name_mention(described) if described is not None else None
        if named is not None:  # "Acme Ltd., the owner of Foo"; "Acme is the owner of Foo"
            return self._refer(named, "apposition")
        return self._description(head)

    @cached_property
    def _former_names(self) -> dict[int, Span]:
        """Birth and former names in a parenthesis after a name, by head (:func:`former_names`)."""
        return former_names(self.doc, self.entities)

    @cached_property
    def _aliases(self) -> dict[str, str]:
        """The text of each former name -> the text of the name it is an alias of."""
        return {self._text(tokens_of(self.doc)[i]): self._text(name.root) for i, name in self._former_names.items()}

    def _name_mention(self, head: Token) -> _Mention | None:
        """The mention of the name HEAD heads: its named entity's, else its noun phrase's."""
        found = self._entity_mention(head) or self._mention(head, self.sentence_index(head))
        return found if found is not None else self._new_mention([head], head, None)

    def _relative(self, head: Token) -> Resolution:
        clause = next((a for a in head.ancestors if a.dep_ in {"relcl", "acl"}), None)
        if clause is None:
            return Resolution("", "unresolved")
        noun = clause.head
        inner = self.resolve(noun)
        if inner is not None and inner.link != "unresolved":
            return Resolution(inner.canonical, "relative", self._offsets(noun), inner.kind)
        mention = self._mention(noun, self.sentence_index(noun))
        kind = mention.kind if mention is not None else _kind(noun, noun.ent_type_ or None)
        return Resolution(self._text(noun), "relative", self._offsets(noun), _referent_kind(kind))

    @staticmethod
    def _agrees(mention: _Mention, features: PronounFeatures) -> bool:
        if not mention.referent:
            return False
        if features.animate is not None and features.animate != mention.person:
            return False
        if features.number == "sing":
            return not mention.plural
        if features.number == "plur":
            return mention.plural or mention.collective
        return True

    def _cataphora(self, head: Token, features: PronounFeatures) -> _Mention | None:
        """``At its peak, the coalition ...``: a pronoun in a fronted phrase names the subject after it."""
        root = next((a for a in head.ancestors if a.dep_ == "ROOT"), None)
        if root is None or head.tag_ != "PRP$":
            return None
        subjects = [c for c in children(root) if c.dep_ in {"nsubj", "nsubjpass"} and c.i > head.i]
        fronted = next((a for a in [head, *head.ancestors] if a.head == root), None)
        if not subjects or fronted is None or fronted.i > subjects[0].i or head in subtree(subjects[0]):
            return None
        mention = self._mention(subjects[0], self.sentence_index(head))
        return mention if mention is not None and self._agrees(mention, features) else None

    def _pronoun(self, head: Token, features: PronounFeatures) -> Resolution:
        ahead = self._cataphora(head, features)
        if ahead is not None:
            return self._refer(ahead, "pronoun")
        link = self._pronoun_links.get(head.i)
        if link is None or link.members:  # a group: each of its members (see group_members)
            return Resolution("", "unresolved")
        antecedent = link.antecedent
        self._antecedents[(antecedent.start, antecedent.end)] = antecedent
        return Resolution(link.canonical, "pronoun", (antecedent.start, antecedent.end), _referent_kind(link.kind))

    @cached_property
    def _pronoun_links(self) -> dict[int, Link]:
        """Every personal pronoun's antecedent, read in one pass (:mod:`kg.extract.pronouns`)."""
        return pronoun_links(self)

    def _refer(self, antecedent: _Mention, link: str) -> Resolution:
        """Return a resolution by LINK to ANTECEDENT: what the antecedent itself refers to."""
        self._antecedents[(antecedent.start, antecedent.end)] = antecedent
        inner = self.resolve(antecedent.head)
        if inner is not None and inner.link != "unresolved":
            return Resolution(inner.canonical, link, (antecedent.start, antecedent.end), inner.kind)
        return Resolution(antecedent.text, link, (antecedent.start, antecedent.end), _referent_kind(antecedent.kind))

    def _person(self, head: Token) -> Resolution | None:
        name = self._person_tokens(head)
        if not name:
            return None
        text = render_tokens(name)
        if len(name) == 1 and _stands_as_a_place(head):
            return None  # "Lincoln is the state capital": the city, whoever else is called Lincoln
        before = head.doc[name[0].i - 1] if name[0].i > 0 else None
        honorific = name[0] if len(name) == 2 else before if len(name) == 1 and before is not None else None
        gender = HONORIFIC_GENDER.get(honorific.lower_) if honorific is not None else None
        if gender is not None:  # "Mrs. Smith" after "John Smith and his wife Mary Smith"
            full = self._full_name_ending(name[-1].text, head, gender=gender)
            if full is not None:
                return Resolution(full, "surname")
        if len(name) == 1 and _introduced_relative(head):
            return Resolution(text, RELATIVE_LINK)  # "Louis XIV ... His son Louis": the son, not the king
        if len(name) == 1 or text not in self.full_names:
            full = self._full_name_ending(text, head)
            if full is not None:
                return Resolution(full, "surname")
        if len(name) == 1 and text not in self._last_words:
            full = self._first_name_of(head)
            if full is not None:  # "Marie" after "Marie Curie"
                return Resolution(full, "first-name")
        if len(name) == 1:
            full = self._nicknamed(text, head)
            if full is not None:  # "Bobby" after 'Robert "Bobby" Fischer'
                return Resolution(full, "alias")
            full = self._full_name_inside(text, head) if not first_name_gender(text) else None
            if full is not None:  # "Endara" after "Guillermo David Endara Galimany"
                return Resolution(full, "surname")
        whole = self._text(head)
        return Resolution(text, "title") if _title_before(whole, text) else None

    def _own_relative(self, head: Token, noun: Token) -> Resolution | None:
        """A one-word name HEAD of someone's relative (NOUN: ``son``) that would be the surname of
        that someone's full name (:func:`_relative_of_the_same_name`): a person of their own
        (``Vineeth Sreenivasan ... Vineeth is son of Sreenivasan``: his father), whatever NER typed it."""
        if not self._stands_alone(head):
            return None  # "son of Anna Kowalska": a full name
        full = self._full_name_ending(head.text, head)
        return (
            Resolution(head.text, RELATIVE_LINK)
            if full is not None and _relative_of_the_same_name(noun, full)
            else None
        )

    def _unnamed_person(self, head: Token) -> Resolution | None:
        """A one-word name NER left out that people read as a person named in full before: a
        first name (``Pierre died`` after ``Pierre Curie``) or, where a person acts, a surname
        (``King was assassinated`` after ``Martin Luther King Jr.``)."""
        if not head.is_title or head.dep_ == "compound" or any(c.dep_ == "compound" for c in children(head)):
            return None
        text = head.text
        if text in self._last_words:
            full = self._full_name_ending(text, head) if _acts_as_a_person(head) else None
            return Resolution(full, "surname") if full is not None else None
        full = self._first_name_of(head)
        return Resolution(full, "first-name") if full is not None else None

    def _first_name_of(self, head: Token) -> str | None:
        """The one full name the one-word name HEAD is the first name of, written alone (``Marie``
        after ``Marie Curie``), not of a relative the text introduced (``his son John ... John``)."""
        introduced = self._introduced_first_names.get(head.text, len(self.doc)) < head.i
        return self._full_name_opening(head.text, head) if not introduced and _alone_first_name(head) else None

    def _place_typed_first_name(self, head: Token) -> Resolution | None:
        """A one-word name NER typed a place's, a nationality's or an organisation's that is a
        common first name opening the document's one full name of it, where a person acts:
        ``Venus won seven`` after ``Venus Williams`` (not a word of an organisation's longer name)."""
        entity = self._entity_mention(head)
        if entity is None or len(entity.tokens) != 1 or not first_name_gender(head.text):
            return None
        if self._organisation_word(head) or not _acts_as_a_person(head) or not _alone_first_name(head):
            return None
        full = self._full_name_opening(head.text, head)
        return Resolution(full, "first-name") if full is not None else None

    def _stands_alone(self, head: Token) -> bool:
        """Tell whether HEAD is the whole name NER found it in, if any (``NALMA``, not ``Tiffanian NALMA``)."""
        entity = self._entity_mention(head)
        return entity is None or len([t for t in entity.tokens if t.lower_ not in DETERMINERS]) == 1

    def _place_typed_surname(self, head: Token) -> Resolution | None:
        """A one-word name NER typed a place's, a nationality's or an organisation's (but for a word
        of a longer organisation's name) that ends the document's one
        full name of a person is that person's surname: where a person acts or owns (``Halin
        proved``, ``Leary's advice`` after ``Rudolf Halin``, ``Denis Leary``; ``Wałęsa defeated
        him`` after ``Lech Wałęsa``), or anywhere but where a place stands when NER typed the word
        alone a person's elsewhere in the document (``ruled against Ayala`` after ``Ayala was
        elected``)."""
        if head.text not in self._last_words:
            return None  # ends no full name: most places
        entity = self._entity_mention(head)
        if entity is None or len(entity.tokens) != 1:
            return None  # one word only: "South Sudan" is no surname
        if head.ent_type_ == "ORG" and self._organisation_word(head):
            return None  # "Ford announced" beside Henry Ford and Ford Motor Company: the company
        if head.text in self._thing_names and not _owns_a_relative(head):
            return None  # "Cimatti was an Italian manufacturer ... Cimatti produced": the company; not "Cimatti's son"
        typed_person = head.text in self._surnames_typed_person and not _stands_as_a_place(head)
        full = self._full_name_ending(head.text, head) if _acts_as_a_person(head) or typed_person else None
        return Resolution(full, "surname") if full is not None else None

    def _acting_surname(self, entity: _Mention) -> bool:
        """Tell whether the one-word name ENTITY stands where a person acts and ends a full name
        of a person named before it (``Brigden died`` after ``William Wharton Brigden``)."""
        head = entity.head
        return (
            len(entity.tokens) == 1
            and head.text in self._last_words
            and _acts_as_a_person(head)
            and self._full_name_ending(head.text, head) is not None
        )

    @cached_property
    def _introduced_first_names(self) -> dict[str, int]:
        """First names the document introduces as someone's own (``his son John``), with where
        first: a later ``John`` may be either person."""
        found: dict[str, int] = {}
        for ent in self.entities:
            root = ent.root
            if (
                ent.label_ == "PERSON"
                and len(ent) == 1
                and (root.dep_ in {"appos", "compound"} or root.head.lemma_.lower() in PERSON_NOUNS)
            ):
                found.setdefault(ent.text, root.i)
        return found

    @cached_property
    def _last_words(self) -> frozenset[str]:
        """The last words of the document's full names of people."""
        return frozenset(surname_word(name) for name in self.full_names)

    @cached_property
    def _thing_names(self) -> frozenset[str]:
        """Names not typed a person's that a copula calls a kind of thing (``Cimatti was an Italian
        manufacturer``): a company named after its founder, not the founder."""
        return frozenset(e.text for e, lemma in self._copula_kinds if e.label_ != "PERSON" and lemma in THING_NOUNS)

    @cached_property
    def _copula_kinds(self) -> list[tuple[Span, str]]:
        """The entities a copula classifies, each with the lemma of the noun it does so by
        (:func:`_copula_kind`: ``Cimatti was an Italian manufacturer`` -> manufacturer), in order."""
        found = [(ent, _copula_kind(ent.root)) for ent in self.entities]
        return [(ent, lemma) for ent, lemma in found if lemma is not None]

    @cached_property
    def _organisation_words(self) -> dict[str, int]:
        """The words of the document's names of organisations of two words or more (``Ford Motor
        Company``), with where the first such name ends."""
        found: dict[str, int] = {}
        for e in self.entities:
            if e.label_ == "ORG" and len(e) > 1:
                for t in e:
                    found.setdefault(t.text, e.end)
        return found

    def _organisation_word(self, head: Token) -> bool:
        """Tell whether HEAD is a word of an organisation's longer name written before it (``Ford
        announced`` after ``the Ford Motor Company``; not ``Castell was born`` before ``Castell Music``)."""
        return self._organisation_words.get(head.text, len(self.doc)) <= head.i

    @cached_property
    def _surnames_typed_person(self) -> frozenset[str]:
        """The one-word names NER typed a person's somewhere in the document."""
        return frozenset(e.text for e in self.entities if e.label_ == "PERSON" and len(e) == 1)

    def _one_full_name(self, head: Token, fits: Callable[[str], bool]) -> str | None:
        """The document's one full name of a person, named before HEAD, that FITS, as the name it
        is an alias of; None when there is none or more than one."""
        found = distinct_people([full for full, first in self.full_names.items() if first < head.i and fits(full)])
        if len(found) > 1 and self._topic_person in found:
            found = [self._topic_person]  # "Obama" after "Barack Obama is ... His wife Michelle Obama": the topic
        return self._aliases.get(found[0], found[0]) if len(found) == 1 else None

    @cached_property
    def _topic_person(self) -> str | None:
        """The full name of the person the document's first sentence defines (``Barack Obama is an
        American politician``), if any: the one a biography is about."""
        spans = sentences(self.doc)
        for ent in self.entities:
            if not spans or ent.start >= spans[0].end:
                break
            if ent.label_ == "PERSON" and classifying_noun(ent.root) is not None:
                name = render_tokens(self._person_tokens(ent.root))
                return name if name in self.full_names else None
        return None

    def _full_name_ending(self, surname: str, head: Token, *, gender: str | None = None) -> str | None:
        """The one full name before HEAD that ends in SURNAME (:meth:`_one_full_name`), of the
        GENDER an honorific gives, when given, or of a first name of no known gender (``Mrs.
        Smith``: Mary Smith, not John Smith; ``Lord Nelson``: Horatio Nelson, not Edmund). A
        surname before any full name is some other thing's name (``Brigden is a community ...``
        named after William Wharton Brigden)."""
        if gender is not None:  # a first name of no known gender may be of either ("Lord Nelson": Horatio)
            found = self._one_full_name(
                head,
                lambda full: ends_in_surname(full, surname) and first_name_gender(full.split()[0]) in {gender, None},
            )
            if found is not None:
                return found
        return self._one_full_name(head, lambda full: ends_in_surname(full, surname))

    def _full_name_opening(self, word: str, head: Token) -> str | None:
        """The one full name before HEAD that opens with the first name WORD (not ``Jeff`` beside
        Jeff Healey and Jeff Beck)."""
        return self._one_full_name(head, lambda full: full.startswith(word + " "))

    def _full_name_inside(self, word: str, head: Token) -> str | None:
        """The one full name before HEAD with WORD inside it, neither first nor last, when no
        other full name has WORD: the first of two surnames (``Endara`` of ``Guillermo David
        Endara Galimany``, ``Pacheco`` of ``Gregorio Pacheco Leyes``)."""
        if any(word in full.split() for full in self.full_names if word not in full.split()[1:-1]):
            return None
        return self._one_full_name(head, lambda full: word in full.split()[1:-1])

    def _nicknamed(self, word: str, head: Token) -> str | None:
        """The one full name before HEAD that gives WORD as a quoted nickname (``Robert "Bobby"
        Fischer``)."""
        quoted = {f'"{word}"', f"\u201c{word}\u201d", f"'{word}'"}
        return self._one_full_name(head, lambda full: any(q in full.split() for q in quoted))

    def _description(self, head: Token) -> Resolution | None:
        if head.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children(head) if c.i < head.i
        ):
            return None
        types = DESCRIPTION_TYPES.get(head.lemma_.lower())
        kinds = _same_kind(head.lemma_.lower())
        lemmas = column(self.doc, "LEMMA")[: head.i]
        norms = column(self.doc, "NORM")[: head.i]  # a name's head keeps its capital in its lemma: "City Council"
        earlier_same_head = any(get_string_id(k) in lemmas or get_string_id(k) in norms for k in kinds)
        first = self._first_of_type
        earlier_typed = types is not None and any(first.get(label, head.i) < head.i for label in types)
        if not earlier_same_head and not earlier_typed:
            return None  # no earlier mention can match: skip building the mention inventory
        sentence = self.sentence_index(head)
        own = _description_tokens(head)
        if any((t.ent_type_ or t.pos_ == "PROPN") and not _nationality_word(t) for t in own if t.i <= head.i):
            return None  # "the US-led coalition" is a name, not a description ("the German carmaker" is one)
        own_words = frozenset(t.lower_ for t in own)
        mates = _clause_subjects_of(head)  # "The DOE asked the team": the team is not the DOE
        earlier = [m for m in self.mentions_between(0, sentence) if m.start < head.idx and m.head.i not in mates]
        for mention in reversed(earlier):  # what a copula called so first: "Marietta is a city in Ohio. The city"
            if mention.sentence < sentence - 3 * SENTENCE_WINDOW:
                break
            same_kind = mention.head.lemma_.lower() in kinds or _hyphened_before(mention, head.lemma_.lower())
            if same_kind and _is_plural(mention.head) == _is_plural(head):
                words = own_words - {head.lower_} | {mention.head.lower_}  # "the group" after "a rock band"
                if not words <= mention.words:
                    continue
                # what a copula called so: "a city in Ohio", "the second-largest city in Poland", or
                # what "it" is in "It is the third-largest city in Germany"
                noun = mention.head
                classified = classified_name(noun) or described_name(noun) or _copula_pronoun(noun)
                named = self._name_mention(classified) if classified is not None else None
                if named is not None:
                    return self._refer(named, "predicate")
        role = head.lemma_.lower() in ROLE_NOUNS and types is not None and "PERSON" in types
        again = self._same_description(head, earlier, sentence)
        if again is not None:  # "The team ... from the DOE. The DOE asked the team": the team again
            found = self.resolve(again.head)
            return self._refer(again, found.link) if found is not None and found.link != "unresolved" else None
        country = head.lemma_.lower() in _COUNTRY_NOUNS  # "the country" is no city: not Prague
        for mention in reversed(earlier):
            recent = mention.sentence >= sentence - 3 * SENTENCE_WINDOW
            if (
                recent
                and types
                and not _is_plural(head)
                and mention.entity_type in types
                and self._thing_types.get(mention.text, mention.entity_type) in types  # "Oslo is a city": no band
                and mention.head.ent_type_
                and not self._personal(mention)
                and (not role or _titled(mention, head.lemma_.lower()))
                and (not country or may_be_a_country(mention.text))
                and _may_be_called(mention, head)
            ):
                if role:  # the person so titled, whoever the sentence is about
                    return self._refer(mention, "definite")
                subject = self._subject_of_type(mention, types, head)
                return self._refer(subject if not country or may_be_a_country(subject.text) else mention, "definite")
            same = mention.head.lemma_.lower() == head.lemma_.lower()
            same_number = same and _is_plural(mention.head) == _is_plural(head)
            classified = classified_name(mention.head) if same_number and own_words <= mention.words else None
            named = self._name_mention(classified) if classified is not None else None
            if named is not None:  # "the magazine" after "Ici Paris is a French magazine", long ago
                return self._refer(named, "predicate")
            if same and own_words < mention.words and mention.named:
                return self._refer(mention, "head-match")
            if recent and _named_a_kind(mention, head.lower_) and own_words < mention.words:
                return self._refer(mention, "head-match")  # "the lake" after "Lake Titicaca"
            if same and own_words == _description_words(mention.head) and self._describes(mention):
                return self._refer(mention, "apposition")  # "the owner of Foo" again, after "Acme, the owner of Foo"
        return None

    def _same_description(self, head: Token, earlier: Sequence[_Mention], sentence: int) -> _Mention | None:
        """The latest of the EARLIER mentions, in the sentences a description looks back over,
        that is the description HEAD heads again, word for word (``the team`` after ``The team``)."""
        words = _description_words(head)
        for mention in reversed(earlier):
            if mention.sentence < sentence - 3 * SENTENCE_WINDOW:
                return None
            if mention.head.pos_ == "NOUN" and mention.head.lemma_ == head.lemma_ and mention.head.i != head.i:
                return mention if _description_words(mention.head) == words else None
        return None

    def _subject_of_type(self, latest: _Mention, types: frozenset[str], description: Token) -> _Mention:
        """The subject of LATEST's sentence, else its verb's direct object, before LATEST, when it
        is of one of TYPES too and may be called DESCRIPTION (:func:`_may_be_called`), else LATEST:
        what a sentence is about is what ``the city`` takes up
        next (``Washington is the capital of the United States. The city lies on the Potomac`` ->
        Washington; ``Lindqvist founded Nimbus with funding from Sequoia Capital. The company`` ->
        Nimbus)."""
        fits = [
            m
            for m in self.sentence_mentions(latest.sentence)
            if m.start < latest.start
            and m.entity_type in types
            and m.head.ent_type_
            and not self._personal(m)
            and _may_be_called(m, description)
        ]
        subjects = [m for m in fits if m.subject]
        objects = [m for m in fits if m.head.dep_ == "dobj" and m.head.head.dep_ == "ROOT"]
        if not subjects:  # "Cimatti is a moped maker. In 1967, it launched the City Bike. ... the firm": Cimatti
            subjects = [m for m in [self._pronoun_subject(latest)] if m is not None and m.entity_type in types]
        return (subjects or objects or [latest])[0]

    def _pronoun_subject(self, latest: _Mention) -> _Mention | None:
        """The mention a pronoun subject of LATEST's clause before LATEST was resolved to, or the
        owner a possessive gives the noun LATEST is the apposition of (``Its most famous model, the
        Ferrucci Tempesta``: Ferrucci Motors), if any."""
        head = latest.head
        if head.dep_ == "appos":
            pronoun = next((c for c in children(head.head) if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        else:
            subjects = [c for c in children(head.head) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i]
            pronoun = subjects[0] if subjects and subjects[0].pos_ == "PRON" and head not in subjects else None
        if pronoun is None:
            return None
        found = self.resolve(pronoun)
        if found is None or found.antecedent is None or found.link != "pronoun":
            return None
        return self._antecedents.get(found.antecedent)

    def _personal(self, mention: _Mention) -> bool:
        """Tell whether MENTION, typed other than a person's, is written as a person's name or as
        the surname of a person the document names in full (``Lindqvist founded Nimbus`` after
        ``Sarah Lindqvist``: no company for ``the company`` to take up)."""
        if mention.entity_type == "PERSON":
            return False
        return _reads_as_a_person(mention) or (len(mention.tokens) == 1 and mention.head.text in self._last_words)

    def _describes(self, mention: _Mention) -> bool:
        """Tell whether MENTION is a description the text put beside a name (see :func:`described_name`)."""
        found = self.resolve(mention.head)
        return found is not None and found.link == "apposition"

    # -- helpers -------------------------------------------------------------------------
    def _mention(self, head: Token, sentence: int) -> _Mention | None:
        """Return the mention HEAD heads among those of sentence SENTENCE, if any."""
        self.sentence_mentions(sentence)
        return self._by_head[sentence].get(head.i)

    def _text(self, head: Token) -> str:
        mention = self._mention(head, self.sentence_index(head))
        return mention.text if mention is not None else head.text

    def _offsets(self, head: Token) -> tuple[int, int]:
        mention = self._mention(head, self.sentence_index(head))
        return (mention.start, mention.end) if mention is not None else (head.idx, head.idx + len(head.text))

    def argument(self, argument: Argument) -> Argument:
        """Return ARGUMENT with what it refers to filled in, and the mention it stands for in the
        graph (:attr:`~kg.model.Argument.anchor`, :attr:`~kg.model.Argument.kind`); clauses and
        attributes are returned unchanged."""
        if argument.kind == "clause" or argument.kind == "attribute":
            return argument
        resolved = self._arguments.get(argument)  # a subject or extra recurs in each triple of its clause
        if resolved is None:
            resolved = self._arguments[argument] = self._argument(argument)
        return resolved

    def group_members(self, argument: Argument) -> tuple[Argument, ...]:
        """Return the pronoun ARGUMENT resolved to each member of the group it refers to
        (``Howard Florey and Ernst Chain ... They``: one for Florey, one for Chain), or nothing
        when it refers to no group.

        Example:
            >>> from kg.nlp import load_pipeline
            >>> resolver = DocResolver(load_pipeline()("Florey and Chain met. They won."))
            >>> [a.canonical for a in resolver.group_members(Argument("They", 22, 26, pronoun=True))]
            ['Florey', 'Chain']
        """
        if not argument.pronoun or not self._groups:
            return ()
        span = char_tokens(self.doc, argument.start, argument.end)
        link = self._pronoun_links.get(root(span).i) if span else None
        if link is None or not link.members:
            return ()
        found = []
        for member in link.members:
            antecedent = member.antecedent
            self._antecedents[(antecedent.start, antecedent.end)] = antecedent
            where = (antecedent.start, antecedent.end)
            # the graph finds each member by the mention naming it: the pronoun's own span is the group's
            member_argument = evolve(argument, canonical=member.canonical, link="pronoun", kind="name")
            found.append(evolve(member_argument, antecedent=where, anchor=where))
        return tuple(found)

    @cached_property
    def _groups(self) -> bool:
        """Tell whether a pronoun of the document refers to a group (most documents have none)."""
        return any(link.members for link in self._pronoun_links.values())

    def each_member(self, triple: Triple) -> Iterator[Triple]:
        """Yield the resolved TRIPLE once for each member of the group its subject or object
        pronoun refers to (``Florey and Chain ... They shared the prize``: Florey's, Chain's),
        else TRIPLE itself."""
        obj = triple.object
        subjects = self.group_members(triple.subject) if triple.subject.link == "unresolved" else ()
        objects = self.group_members(obj) if obj is not None and obj.link == "unresolved" else ()
        if not subjects and not objects:
            yield triple
            return
        for subject in subjects or (triple.subject,):
            for each in objects or (obj,):
                yield evolve(triple, subject=subject, object=each)

    def _argument(self, argument: Argument) -> Argument:
        span = char_tokens(self.doc, argument.start, argument.end)
        if not span:
            return argument
        head = root(span)
        resolved, _ = self._resolved(argument, span, head) if _may_refer(argument) else (argument, None)
        mention = self._anchor(head)
        if mention is None or not any(_is_word(t) for t in mention.tokens):
            return resolved
        record = self._record(mention)
        anchor = (mention.start, mention.end)
        if anchor == (argument.start, argument.end):
            return resolved if record.kind == resolved.kind else evolve(resolved, kind=record.kind)
        return evolve(resolved, kind=record.kind, anchor=anchor)

    def _resolved(self, argument: Argument, span: list[Token], head: Token) -> tuple[Argument, str | None]:
        """Return ARGUMENT (its tokens SPAN, headed by HEAD) resolved, and the kind of what it
        was resolved to (None when it names itself)."""
        first = next((t for t in span if not t.is_punct), head)
        if first.tag_ == "PRP$" and first != head and first.lower_ in PRONOUNS:
            owner = self.resolve(first)
            group = self._pronoun_links.get(first.i) if owner is not None and owner.link == "unresolved" else None
            if group is not None and group.members:  # "Ford and GM ... their forecasts": the two's
                where = (group.antecedent.start, group.antecedent.end)
                owner = Resolution(group.canonical, "pronoun", where, "name")
                self._antecedents[where] = group.antecedent
            if owner is None or owner.link == "unresolved":  # "its debut album Boy" still names Boy
                named = head.ent_type_ in NAMED_TYPES or head.pos_ == "PROPN"
                named = named or (head.pos_ == "NOUN" and self._named_complement(head) is not None)  # "Their son Tom"
                return (argument if named else evolve(argument, link="unresolved")), None
            rest = render_tokens([t for t in span if t.i > first.i])
            canonical = f"{owner.canonical}'s {rest}"
            return evolve(argument, canonical=canonical, link="possessive-pronoun", antecedent=owner.antecedent), None
        if argument.entity_type == "PERSON" and self._things:
            entity = self._entity_mention(head)
            # "Square Enix is a company": no person; but "Brigden is a community" named after William
            # Wharton Brigden, then "Brigden died": the person, where a person acts
            if entity is not None and entity.text in self._things and not self._acting_surname(entity):
                return evolve(argument, entity_type=self._things[entity.text]), None
        if argument.entity_type in NAMED_TYPES and (self._thing_types or self._thing_types_at):
            entity = self._entity_mention(head)
            kind = None if entity is None else self._thing_types.get(entity.text) or self._thing_types_at.get(head.i)
            if kind is not None:  # "Lyon is a city": a place, however NER typed it
                argument = evolve(argument, entity_type=kind)
        found = self.resolve(head)
        if found is None and head.ent_type_ == "PERSON":  # "Prime Minister X" names X
            name = render_tokens(self._person_tokens(head))
            found = Resolution(name, "title") if name and _title_before(argument.text, name) else None
        if found is None or (found.canonical == argument.text and found.link != RELATIVE_LINK):
            return argument, None
        if found.link == "title" and len(found.canonical) > len(argument.text):
            found = Resolution(found.canonical, "surname", found.antecedent)
        if found.link == "unresolved":
            return (evolve(argument, link="unresolved") if argument.pronoun else argument), None
        resolved = evolve(argument, canonical=found.canonical, link=found.link, antecedent=found.antecedent)
        return resolved, found.kind

    # -- the mentions the graph is made of -----------------------------------------------
    def _anchor(self, head: Token) -> _Mention | None:
        """Return the mention a phrase headed by HEAD stands for: the named entity or value heading
        it (``the Greek island of Crete`` -> Crete; a share of a name is that name's: ``30 percent
        of Nordvik Energy``), a pronoun, or its own noun phrase."""
        if head.ent_type_ == "PERCENT":  # "owns 30 percent of Nordvik Energy": a share of Nordvik Energy
            whole = next((p for c in children(head) if c.lower_ == "of" for p in children(c) if p.dep_ == "pobj"), None)
            if whole is not None and (whole.ent_type_ in NAMED_TYPES or whole.pos_ == "PROPN"):
                return self._entity_mention(whole) or self._mention(whole, self.sentence_index(whole))
        if head.ent_type_:
            return self._entity_mention(head)
        if head.pos_ == "PRON":
            return self._new_mention([head], head, None) if head.lower_ in PRONOUNS else None
        if head.pos_ == "NOUN":
            named = self._named_complement(head)
            if named is not None:
                return named
        mention = self._mention(head, self.sentence_index(head))
        if head.pos_ == "PROPN" and mention is not None:
            name = _proper_run(head)  # "fellow Democrat Sidney Yates": NER missed Sidney Yates
            dropped = mention.tokens[: len(mention.tokens) - len(name)]
            # lower-case words and a party or nationality before a person's name; not "Berlin
            # Olympics", "Italian Pelagie Islands", "swamp verbena"
            person = len(name) >= 2 and first_name_gender(name[0].text) is not None
            describing = person and all(t.is_lower or t.ent_type_ == "NORP" for t in dropped)
            if dropped and describing and mention.tokens[-1] == head and mention.tokens[-len(name)] == name[0]:
                return self._new_mention(name, head, None)
        return mention

    def _named_complement(self, head: Token) -> _Mention | None:
        """Return the name a common noun introduces: ``the city of Paris``, ``the album Loud``, or a
        name it stands before as a descriptor parsed beside it (``the Polish chemist Jan Kowal``)."""
        beside = self._entity_mention(tokens_of(self.doc)[head.i + 1]) if head.i + 1 < len(self.doc) else None
        if beside is not None and beside.head.head == head.head and beside.head.dep_ == head.dep_ != "ROOT":
            return beside
        for child in children(head):
            if child.i < head.i:
                continue
            if child.dep_ == "prep" and child.lower_ == "of" and names_what_follows(head):
                names = [c for c in children(child) if c.dep_ == "pobj" and c.ent_type_ in NAMED_TYPES]
                return self._entity_mention(names[0]) if names else None
            naming = child.dep_ in _NAMING_DEPS and (child.ent_type_ in NAMED_TYPES or child.pos_ == "PROPN")
            # "the album Loud"; "his wife, Michelle Obama,": what one owns, named beside it
            beside_it = not any(t.is_punct for t in tokens_of(self.doc)[head.i + 1 : child.i])
            if naming and (beside_it or (child.dep_ == "appos" and has_possessor(head))):
                return self._entity_mention(child) or self._mention(child, self.sentence_index(child))
        return None

    def _entity_mention(self, token: Token) -> _Mention | None:
        """Return the mention of the named entity (or value) TOKEN is part of."""
        position = bisect.bisect_right(self._entity_starts, token.i) - 1
        if position < 0 or token.i >= self.entities[position].end:
            return None
        found = self._entity_memo.get(position)
        if found is None:
            ent = self.entities[position]
            inventory = self._mention(ent.root, self.sentence_index(ent.root))
            if inventory is not None and inventory.entity_type == ent.label_:
                found = inventory
            else:
                words = [t for t in tokens_of(self.doc)[ent.start : ent.end] if not t.is_space]
                found = self._new_mention(words, ent.root, None) if words else None
            if found is None:
                return None
            self._entity_memo[position] = found
        return found

    def _record(self, mention: _Mention) -> Argument:
        """Return MENTION as the graph sees it: an argument resolved like any other (memoised)."""
        key = (mention.start, mention.end)
        record = self._records.get(key)
        if record is None:
            base = Argument(
                text=mention.text,
                start=mention.start,
                end=mention.end,
                entity_type=mention.entity_type,
                pronoun=mention.kind == "pronoun",
                kind="phrase" if mention.kind == "pronoun" else mention.kind,
            )
            resolved, kind = self._resolved(base, list(mention.tokens), mention.head)
            record = self._records[key] = evolve(resolved, kind=kind) if kind else resolved
        return record

    def graph_mentions(self) -> list[Argument]:
        """Return every mention of the document the graph is made of, in text order: each named
        entity and value, each mention an argument stood for, and each antecedent they were resolved
        to; resolved (call it once the document's triples are made)."""
        for position in range(len(self.entities)):
            mention = self._entity_mention(self.entities[position][0])
            if mention is not None:
                self._record(mention)
        for antecedent in list(self._antecedents.values()):
            self._record(antecedent)
        return sorted(self._records.values(), key=lambda a: (a.start, a.end))


def graph_mentions(doc: Doc, *, resolver: DocResolver | None = None) -> list[Argument]:
    """Return every mention of DOC the graph is made of (:meth:`DocResolver.graph_mentions`):
    pass the RESOLVER that resolved DOC's triples to include the mentions they stood for.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> [(m.text, m.kind) for m in graph_mentions(load_pipeline()("US troops left Iraq in 2011."))]
        [('US', 'name'), ('Iraq', 'name'), ('2011', 'value')]
    """
    return (resolver or DocResolver(doc)).graph_mentions()


def resolve_triples(doc: Doc, triples: Iterable[Triple], *, resolver: DocResolver | None = None) -> Iterator[Triple]:
    """Yield TRIPLES (all from DOC) with their subjects, objects and extras resolved."""
    resolver = resolver or DocResolver(doc)
    for triple in triples:
        subject = resolver.argument(triple.subject)
        obj = resolver.argument(triple.object) if triple.object is not None else None
        extras = tuple(resolver.argument(a) for a in triple.extras)
        if subject is triple.subject and obj is triple.object and extras == triple.extras:
            yield triple
            continue
        yield from resolver.each_member(evolve(triple, subject=subject, object=obj, extras=extras))
