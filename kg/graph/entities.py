"""Group mentions into entities, one per real-world thing, explaining every merge.

Mentions arrive already resolved within their document (pronouns, descriptions,
surnames, defined acronyms: :mod:`kg.extract.coref`). A mention is a *name* (a named
entity, or what resolves to one), a *value* (a date, an amount) or a *phrase* (a common
noun phrase). Values and phrases are entities of their own document: mentions with the
same key there are one entity, nothing merges them across documents. Names are merged
across mentions and documents, by rules kept as data:

- ``exact``: the same key (:func:`entity_key`: case, spacing, punctuation, leading
  determiners, possessive ``'s``, honorifics and dots in acronyms ignored). Within a
  document one name is one thing, whatever type spaCy gave each mention; across documents
  the types (the commonest in each document) must be compatible (:data:`TYPE_GROUPS`):
  a name used for two incompatible types (``Jordan`` the person and the country) stays two
  entities;
- ``initials``: an acronym whose letters are the initials of exactly one other
  entity's name (``US`` <- ``United States``);
- ``acronym-defined``: an acronym one document defines (``Islamic State (ISIS)``) joins
  its long form in every document;
- ``acronym-table``: the few universal acronyms texts never define (:data:`UNIVERSAL_ACRONYMS`);
- ``spelling``: names of one type group spelt alike but for accents, apostrophes and hyphens
  (``Qurān`` = ``Qur'an`` = ``Quran``, ``Saint-Petersburg`` = ``Saint Petersburg``);
- ``surname-corpus``: a person named only by a surname joins the one full name, in any
  document, that ends with it (within a document, :mod:`kg.extract.coref` already did).

Within a document, before those: ``surname`` (``Brightman`` after ``Samuel C. Brightman``),
``middle-name`` (``Henrik Angell`` = ``Henrik August Angell``) and ``short-name`` (``Interscope``
after ``Interscope Records``, ``Spurs`` after ``San Antonio Spurs``) resolve a shortened name to
the one longer name the document gave before it.

A short form that could belong to two entities merges with neither (no chaining
through an ambiguous mention); the report counts it as a possible duplicate.

Example:
    >>> ms = [Mention("the United States", "GPE", "d", 0, 17), Mention("US", "GPE", "d", 30, 32)]
    >>> entities = group_mentions(ms)
    >>> [(e.label, sorted(e.alias_counts)) for e in entities]
    [('United States', ['US', 'the United States'])]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.extract.aliases import abbreviates, distinct_people, ends_in_surname, may_be_a_persons_name
from kg.extract.coref import RELATIVE_LINK
from kg.extract.pronouns import first_name_gender
from kg.extract.rules import (
    CORPORATE_SUFFIXES,
    HONORIFICS,
    INSTITUTION_NOUNS,
    NAME_PARTICLES,
    NAMING_NOUNS,
    ORG_ENDINGS,
    PLACE_NAME_OPENERS,
    PLACE_TYPES,
    PRONOUNS,
    THING_NOUNS,
)
from kg.graph.normalize import TITLE_THE, display_form, mention_key, spelling_key

__all__ = [
    "CORPORATE_SUFFIXES",
    "HONORIFICS",
    "NAME_LINKS",
    "ORG_ENDINGS",
    "SURNAME_TYPES",
    "TYPE_GROUPS",
    "UNIVERSAL_ACRONYMS",
    "Entity",
    "Mention",
    "Merge",
    "entity_key",
    "group_mentions",
    "type_group",
]

#: Entity types that may name the same thing; types in different groups never merge.
TYPE_GROUPS: dict[str, str] = {
    "PERSON": "person",
    "GPE": "place-or-org",
    "LOC": "place-or-org",
    "FAC": "place-or-org",
    "ORG": "place-or-org",
    "NORP": "place-or-org",
    "DATE": "time",
    "TIME": "time",
    "EVENT": "event",
    "WORK_OF_ART": "work",
    "LAW": "work",
    "PRODUCT": "product",
}

#: Universal acronyms that texts use without defining them (key -> key of the long form).
UNIVERSAL_ACRONYMS: dict[str, str] = {
    "us": "united states",
    "usa": "united states",
    "uk": "united kingdom",
    "un": "united nations",
    "eu": "european union",
    "nato": "north atlantic treaty organization",
    "uae": "united arab emirates",
}

#: Legal-form words ending a company's name, dropped before comparing (``Apple Inc.`` = ``Apple``).
_CORPORATE_PATTERN = re.compile(
    r"(?:,?\s+(?:" + "|".join(sorted(CORPORATE_SUFFIXES, key=len, reverse=True)) + r")\.?)+$"
)
#: A nickname in quotes inside a name: ``Wilfried "Willi" Schneider``.
_NICKNAME = re.compile(
    r"\s+[\"\u201c\u201d'\u2018\u2019`]+[^\"\u201c\u201d]{1,30}?[\"\u201c\u201d'\u2018\u2019`]+(?=\s)"
)
_HONORIFIC_PATTERN = re.compile(
    r"^(?:(?:" + "|".join(sorted((re.escape(h) for h in HONORIFICS), key=len, reverse=True)) + r")\.?\s+)+"
)
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.){2,}[A-Za-z]?\.?$|^(?:[A-Za-z]\.)+[A-Za-z]$|^[A-Z]{2,8}$")  # U.S.; U.S
_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "&"})


def _last_word(name: str) -> str:
    """The last word of NAME, lower case, without dots or commas (``Ltd.`` -> ``ltd``)."""
    words = name.replace(",", " ").split()
    return words[-1].strip(".").casefold() if words else ""


#: Document-level links that name the entity (their surface is an alias); pronoun links are not aliases.
NAME_LINKS = frozenset(
    {
        None,
        "title",
        "surname",
        "first-name",
        "middle-name",
        "short-name",
        "long-form",
        "acronym",
        "alias",
        "definite",
        "predicate",
        "head-match",
    }
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a would-be entity in a document."""

    surface: str
    entity_type: str | None
    doc_id: str
    start: int
    end: int
    canonical: str | None = None
    link: str | None = None
    kind: str = "name"  # "name", "value" or "phrase" (see kg.model.Argument.kind)

    @property
    def name(self) -> str:
        """The text this mention names: its canonical form when resolved, else its surface."""
        return self.canonical or self.surface


@dataclass(frozen=True, slots=True)
class Merge:
    """Why one surface form became part of an entity."""

    entity: str
    alias: str
    rule: str
    evidence: str


@dataclass(slots=True)
class Entity:
    """A group of mentions naming one thing."""

    id: str
    key: str
    group: str
    mentions: list[Mention] = field(default_factory=list)
    kind: str = "entity"  # "entity" (a named thing), "value" or "phrase" (a common noun phrase)
    merges: list[Merge] = field(default_factory=list)
    ambiguous_with: list[str] = field(default_factory=list)

    @property
    def entity_type(self) -> str:
        """The entity's type, decided over all its mentions: ``ORG`` when a name ends in a word
        organisations end in (:data:`ORG_ENDINGS`: ``Acme Ltd.``, ``Harvard University``),
        ``PERSON`` when spaCy typed a full name of it (two words or more) as a person, whatever
        its surname alone was typed; else the most frequent NER label ('' when none has one).

        Example:
            >>> ms = [Mention("Acme Ltd.", "PERSON", "d", 0, 9), Mention("Acme Ltd.", "GPE", "d", 20, 29)]
            >>> Entity("acme", "acme", "", ms).entity_type
            'ORG'
        """
        names = [m for m in self.mentions if m.kind == "name" and m.link in NAME_LINKS]
        if any(_organisation_name(m.name) for m in names):
            return "ORG"
        if any(m.entity_type == "PERSON" and len(m.name.split()) >= 2 for m in names):
            return "PERSON"
        types = Counter(m.entity_type for m in self.mentions if m.entity_type)
        return min(types.items(), key=lambda kv: (-kv[1], kv[0]))[0] if types else ""

    @property
    def alias_counts(self) -> dict[str, int]:
        """Surface forms that name the entity (pronouns excluded), with their counts: a relative's
        name the text introduces (``His son Louis``, :data:`RELATIVE_LINK`) too, not a relative
        pronoun (``who``)."""
        counts = Counter(
            " ".join(m.surface.split())
            for m in self.mentions
            if m.link in NAME_LINKS or (m.link == RELATIVE_LINK and m.canonical == m.surface)
        )
        return dict(sorted(counts.items()))

    @property
    def label(self) -> str:
        """The entity's display name: the most frequent name of its own key, longer forms first on ties."""
        own = Counter(display_form(m.name, keep_the=True) for m in self.mentions if entity_key(m.name) == self.key)
        pool = own or Counter(display_form(m.name, keep_the=True) for m in self.mentions)
        for name in [n for n in pool if n.startswith(TITLE_THE) and n[len(TITLE_THE) :] in pool]:
            pool[name] += pool.pop(name[len(TITLE_THE) :])  # "in The Hague": "The Hague" wherever it opens a sentence
        return min(pool.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]


def type_group(entity_type: str | None) -> str:
    """Return the merge group of an NER label ('' for untyped mentions).

    Example:
        >>> type_group("GPE") == type_group("ORG"), type_group("PERSON") == type_group("GPE")
        (True, False)
    """
    return TYPE_GROUPS.get(entity_type or "", "other" if entity_type else "")


@lru_cache(maxsize=1 << 16)
def entity_key(text: str) -> str:
    """Return the comparison key of a name: :func:`mention_key`, with titles before a name
    (:data:`HONORIFICS`), a quoted nickname, a company's legal form (:data:`CORPORATE_SUFFIXES`)
    and the dots of an acronym removed.

    Example:
        >>> entity_key("U.S."), entity_key("U.S"), entity_key("Mr. Al Sudani's"), entity_key("the Prime Minister")
        ('us', 'us', 'al sudani', 'prime minister')
        >>> entity_key('Wilfried "Willi" Schneider'), entity_key("Apple Inc."), entity_key("PM Allawi")
        ('wilfried schneider', 'apple', 'allawi')
        >>> entity_key("King Street"), entity_key("General Motors"), entity_key("King Abdullah II")
        ('king street', 'general motors', 'abdullah ii')
        >>> entity_key("Lord of the Flies"), entity_key("Lieutenant Governor")
        ('lord of the flies', 'lieutenant governor')
    """
    label = display_form(text)
    if _ACRONYM.match(label):
        return label.replace(".", "").casefold()
    label = _NICKNAME.sub("", label)
    key = mention_key(label)
    stripped = _HONORIFIC_PATTERN.sub("", key)
    if (
        stripped
        and stripped != key
        and stripped.rsplit(" ", 1)[-1] not in _THING_ENDINGS
        and stripped[:3] != "of "
        and stripped not in HONORIFICS
    ):
        # "King Street", "General Motors", "Lord of the Flies": no title before a person's name;
        # "Lieutenant Governor", "Deputy Prime Minister": a title of its own, no Governor's
        key = stripped
    bare = _CORPORATE_PATTERN.sub("", key)
    return bare if bare else key


def _letters(key: str) -> str:
    return key.replace(".", "").replace(" ", "")


def _initials(key: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", key) if w and w not in _INITIAL_SKIP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _is_acronym(mentions: Sequence[Mention]) -> bool:
    return any(_ACRONYM.match(display_form(m.name)) for m in mentions)


def _commonest(counts: Counter[str]) -> str:
    """The most frequent of COUNTS, the first in order on a tie ('' when empty)."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else ""


def _founder_and_company(key: str, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """MENTIONS of the name KEY in one document split into a person's and a company's, when KEY is
    a person's name (it opens with a first name) that some mentions write with a company's legal
    form and others without (``Margot Laurent founded Margot Laurent Inc.``); else None (``Apple
    Inc.`` and ``Apple`` are one)."""
    words = key.split()
    if len(words) < 2 or first_name_gender(words[0]) is None:
        return None
    company: list[Mention] = []
    person: list[Mention] = []
    for m in mentions:
        if m.link is None and _last_word(m.surface) in CORPORATE_SUFFIXES:
            company.append(m)
        else:
            person.append(replace(m, entity_type="PERSON"))  # whatever NER typed it
    return (person, company) if company and person else None


#: The end of the id of a name that is one document's own (``parliament@doc.txt#name``), apart
#: from the id of the document's common noun (``parliament@doc.txt``).
_LOCAL_NAME = "#name"


def _title_alone(key: str) -> bool:
    """Tell whether the name KEY is a title written alone (``speaker``, ``lieutenant governor``).

    Example:
        >>> _title_alone("deputy prime minister"), _title_alone("dr martin luther king")
        (True, False)
    """
    return key in HONORIFICS or _HONORIFIC_PATTERN.sub("", key) in HONORIFICS


def _group_by_key(mentions: Iterable[Mention]) -> list[Entity]:
    """Group names by key: one entity per key, or per incompatible type group of the key; a
    kind of thing or institution or a title written alone (``Parliament``, ``Speaker``; :data:`_GENERIC_HEADS`,
    :func:`_title_alone`) one per document.

    Within a document all mentions of a key take the document's commonest type group for it
    (of the mentions that write the name itself, when there are any: not its aliases), so a name
    spaCy typed ORG in one sentence and PERSON in the next stays one entity.
    """
    by_key: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for mention in mentions:
        by_key[entity_key(mention.name)][mention.doc_id].append(mention)
    entities: list[Entity] = []
    for key in sorted(by_key):
        if key in _GENERIC_HEADS or _title_alone(key):  # "Parliament", "Speaker" alone: each document's own
            for doc, doc_mentions in sorted(by_key[key].items()):
                group = _commonest(Counter(_group_of(m) for m in doc_mentions if m.entity_type))
                entities.append(Entity(id=f"{key}@{doc}{_LOCAL_NAME}", key=key, group=group, mentions=doc_mentions))
            continue
        groups: dict[str, list[Mention]] = defaultdict(list)
        for doc_mentions in by_key[key].values():
            founder = _founder_and_company(key, doc_mentions)
            if founder is not None:  # "Margot Laurent founded Margot Laurent Inc.": two
                person, company = founder
                groups[TYPE_GROUPS["PERSON"]].extend(person)
                groups[TYPE_GROUPS["ORG"]].extend(company)
                continue
            voters = [m for m in doc_mentions if m.entity_type]
            written = [m for m in voters if m.link is None] or voters  # not "München" typed PERSON, Munich's alias
            group = _commonest(Counter(_group_of(m) for m in written))
            groups[group].extend(doc_mentions)
        typed = sorted(g for g in groups if g)
        if "" in groups and typed:  # documents that never typed the name: the commonest typed group
            majority = _commonest(Counter({g: len(groups[g]) for g in typed}))
            groups[majority].extend(groups.pop(""))
        if len(groups) <= 1:
            (group, found), *_ = groups.items()
            entities.append(Entity(id=key, key=key, group=group, mentions=found))
            continue
        # the same name for incompatible types: one entity per type
        for group in typed:
            entities.append(Entity(id=f"{key}#{group}", key=key, group=group, mentions=groups[group]))
    return entities


#: Types a surname alone may carry and still be resolved to its document's one person of that
#: surname: spaCy's small model types a surname ORG or PRODUCT as often as PERSON, now and then
#: LAW (``Delaney, a Republican``); a nationality or a place (``Washington`` beside ``George
#: Washington``) is left as it is.
SURNAME_TYPES = frozenset({None, "PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT"})


#: Links of mentions that write a name out (not a pronoun or a description read as one): only
#: those may be a surname (``the capital`` that named Washington is not). A person's full name
#: may be given by any mention but a description beside a name and a pronoun other than ``he``
#: or ``she`` (an ``it`` resolved to the Bank of Scotland makes no person of it).
_WRITTEN_NAME_LINKS = frozenset({None, "title", "alias"})
#: Pronouns only a person is: one resolved to a name says that name is a person's full name.
_HE_OR_SHE = frozenset(word for word, features in PRONOUNS.items() if features.animate)


def _document_surnames(mentions: list[Mention]) -> list[Mention]:
    """Within each document, resolve a name that ends the one full name of a person there
    (``Brightman`` after ``Samuel C. Brightman``) to that name, when its type may be a surname's
    (:data:`SURNAME_TYPES`). Returns MENTIONS, those resolved replaced."""
    people: dict[str, dict[str, str]] = defaultdict(dict)  # document -> its people's full names by key
    first: dict[tuple[str, str], int] = {}  # (document, full name's key) -> where it is first named
    for mention in mentions:
        # a description beside a name ("the oldest university") names nobody; untyped: "Wilfried Schneider"
        named = mention.link != "apposition" and (mention.link != "pronoun" or mention.surface.lower() in _HE_OR_SHE)
        if named and mention.kind == "name" and mention.entity_type in {"PERSON", None}:
            key = entity_key(mention.name)
            surface = entity_key(mention.surface) if mention.link == "alias" else ""
            # a birth name's surname is the person's too: "Lindqvist" after "(born Anna Lindqvist)"
            for full in (key, surface) if " " in surface else (key,):
                if " " in full and may_be_a_persons_name(full.split()):
                    people[mention.doc_id].setdefault(full, mention.name)
                    where = (mention.doc_id, full)
                    first[where] = min(first.get(where, mention.start), mention.start)
    # where the text first writes each full name, whatever NER typed it there: "Fyodor Davydovich
    # Kulakov" typed ORG, then "Kulakov served", then "he" (a person) is one person from the start
    for mention in mentions:
        where = (mention.doc_id, entity_key(mention.name))
        if mention.kind == "name" and where in first and mention.link in _WRITTEN_NAME_LINKS:
            first[where] = min(first[where], mention.start)
    # "Square Enix is a company ... the company", "Lincoln is the state capital": no person's name
    things = {(m.doc_id, entity_key(m.name)) for m in mentions if _calls_a_thing(m)}
    for doc, key in things:
        people.get(doc, {}).pop(key, None)
    if not any(people.values()):
        return mentions
    counts: dict[str, Counter[str]] = defaultdict(Counter)  # document -> how often each name is named
    clubs: dict[str, Counter[str]] = defaultdict(Counter)  # document -> how often it names each organisation
    for mention in mentions:
        counts[mention.doc_id][entity_key(mention.name)] += 1
        if mention.kind == "name" and mention.entity_type == "ORG":
            clubs[mention.doc_id][entity_key(mention.name)] += 1
    alone: dict[tuple[str, str], int] = {}  # (document, one-word name) -> where it is first written
    for mention in mentions:
        if mention.kind == "name" and mention.link in _WRITTEN_NAME_LINKS and " " not in entity_key(mention.name):
            where = (mention.doc_id, entity_key(mention.name))
            alone[where] = min(alone.get(where, mention.start), mention.start)
    resolved: list[Mention] = []
    for mention in mentions:
        names = people.get(mention.doc_id, {})
        surname = (
            mention.kind == "name"
            and mention.entity_type in SURNAME_TYPES
            and mention.link in _WRITTEN_NAME_LINKS
            and _last_word(mention.surface) not in ORG_ENDINGS  # "The Shougang Corporation" is no Shougang's
        )
        key = entity_key(mention.name) if names and surname else ""
        if key and (mention.doc_id, key) not in things:
            # named before this name first is: a shorter name the document gave first is
            # someone else's ("Luis Roche ... his son Luis Armando Roche")
            since = first.get((mention.doc_id, key), mention.start)
            earlier = {n for n in names if first[(mention.doc_id, n)] < since}
            # and a name written alone before any full name ending in it is some thing's ("Cimatti was an
            # Italian manufacturer ... Cimatti launched the City Bike"), where NER does not type it a person's
            thing = alone.get((mention.doc_id, key), mention.start) if mention.entity_type != "PERSON" else None
            ending = [first[(mention.doc_id, n)] for n in earlier if ends_in_surname(n, key)]
            if thing is not None and ending and min(ending) > thing:
                earlier = set()
            found = _person_named(key, names, counts[mention.doc_id], earlier)
            if found is not None and found[1] == "surname" and _rival_names(key, found[0], clubs[mention.doc_id]):
                found = None  # "United" after "Manchester United" and "Newcastle United" (an organisation's): either
            if found is not None and (found[1] != "middle-name" or mention.entity_type == "PERSON"):
                full, link = found  # a middle name is a person's: "Adobe Acrobat 4.0" is no person
                mention = replace(mention, canonical=names[full], link=link)
        resolved.append(mention)
    return resolved


def _one_person(names: list[str], counts: Counter[str]) -> str | None:
    """The person the full NAMES (keys) a short name may be of are: the one left when names
    ending in another (``Legendary Dolly Parton``) and names another writes out (``J. H. Dearle``
    beside ``John Henry Dearle``) are set aside; else the one the document names far more often
    than the others (COUNTS: mentions by key, pronouns included), as readers take ``Alger`` in an
    article on Ross Patterson Alger that also names his brother Harry Alger."""
    people = distinct_people(names)
    if len(people) <= 1:
        return people[0] if people else None
    ranked = sorted(people, key=lambda n: -counts[n])
    top, second = counts[ranked[0]], counts[ranked[1]]
    return ranked[0] if top >= _SALIENT_MENTIONS and top >= _SALIENCE_RATIO * second else None


#: A surname two full names end in is the one the document names at least this often, and
#: this many times as often as the other.
_SALIENT_MENTIONS = 3
_SALIENCE_RATIO = 3


def _person_named(
    key: str, names: Collection[str], counts: Counter[str], earlier: Collection[str]
) -> tuple[str, str] | None:
    """The one full name of NAMES (a document's people, by key; COUNTS: how often each is named)
    that the name KEY writes short, and the link saying how: ``surname`` (``Parton`` of ``Dolly
    Parton``, ``von der Esch`` of ``Carl von der Esch``), or ``middle-name`` (``Henrik Angell``
    of ``Henrik August Angell``), of the names named EARLIER only (a surname before the full name
    is some other thing's: ``Brigden is a community`` named after William Wharton Brigden; ``Luis
    Roche`` named before ``his son Luis Armando Roche`` is the father).

    Example:
        >>> names = ["dolly parton", "legendary dolly parton"]
        >>> _person_named("parton", names, Counter(), names), _person_named("dolly", names, Counter(), names)
        (('dolly parton', 'surname'), None)
        >>> _person_named("parton", names, Counter(), [])
        >>> _person_named("n. c. wyeth", ["n. c. wyeth", "newell convers wyeth"], Counter(), ["newell convers wyeth"])
        ('newell convers wyeth', 'middle-name')
        >>> _person_named("luis roche", ["luis roche", "luis armando roche"], Counter(), [])
    """
    words = key.split()
    if key in names and (len(words) == 1 or words[0] not in NAME_PARTICLES):
        longer = [n for n in earlier if abbreviates(words, n.split())]
        return (longer[0], "middle-name") if len(longer) == 1 else None
    found = _one_person([n for n in earlier if ends_in_surname(n, key)], counts)
    return (found, "surname") if found is not None else None


def _document_aliases(mentions: list[Mention]) -> list[Mention]:
    """Within each document, make every mention of a name the document gave as another name of
    something (``Hewlett-Packard Company, commonly known as HP``) a mention of that thing (``HP
    was headquartered in Palo Alto``), and in other documents too for a name that is no person's.
    Returns MENTIONS, those resolved replaced."""
    aliases = {(m.doc_id, entity_key(m.surface)): m.canonical for m in mentions if m.link == "alias" and m.canonical}
    if not aliases:
        return mentions
    # an organisation's or a place's other name stands for it in every document, when it names one
    # thing only: "Real Madrid" after "Real Madrid Club de Fútbol, commonly known as Real Madrid"
    # (a person's nickname may be someone else's: "The Hulk")
    types: dict[str, set[str | None]] = defaultdict(set)  # key -> the types its written mentions have
    for m in mentions:
        if m.kind == "name" and m.link is None:
            types[entity_key(m.name)].add(m.entity_type)
    elsewhere: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.link == "alias" and m.canonical and not types[entity_key(m.canonical)] & {"PERSON", None}:
            elsewhere[display_form(m.surface)].add(entity_key(m.canonical))  # as written: "STAR" is no "Star"
    names = {entity_key(m.canonical): m.canonical for m in mentions if m.link == "alias" and m.canonical}
    return [
        replace(m, canonical=found, link="alias")
        if m.kind == "name" and m.link is None and (found := _alias_of(m, aliases, elsewhere, names, types))
        else m
        for m in mentions
    ]


def _alias_of(
    mention: Mention,
    aliases: dict[tuple[str, str], str],
    elsewhere: dict[str, set[str]],
    names: dict[str, str],
    types: dict[str, set[str | None]],
) -> str | None:
    """The name MENTION is an alias of: in its document (ALIASES), else the one name that
    aliases written as it is stand for in any (ELSEWHERE; NAMES: keys to names), a name that
    is no person's, typed as MENTION is (TYPES: the types of each key's written mentions)."""
    key = entity_key(mention.surface)
    found = aliases.get((mention.doc_id, key))
    if found is not None or mention.entity_type == "PERSON":
        return found
    targets = elsewhere.get(display_form(mention.surface), set())
    if len(targets) != 1:
        return None
    target = next(iter(targets))  # typed as the name is: not "The Rock" the island for The Rock the wrestler
    return names[target] if mention.entity_type in types[target] else None


def _named_phrases(mentions: list[Mention]) -> list[Mention]:
    """Within each document, make a capitalised phrase that reads as one of the document's names
    a mention of that name (``Belmopan`` that NER missed once, beside ``Belmopan`` it typed GPE),
    or as the surname of one of its people (``Woods`` beside ``Tiger Woods``: a name
    :func:`_document_surnames` may resolve). Returns MENTIONS, those made names replaced."""
    names = {(m.doc_id, entity_key(m.name)) for m in mentions if m.kind == "name"}
    names.update(
        (m.doc_id, key.rsplit(" ", 1)[-1])
        for m in mentions
        if m.kind == "name" and m.entity_type == "PERSON" and " " in (key := entity_key(m.name))
    )
    return [
        replace(m, kind="name")
        if m.kind == "phrase" and display_form(m.name)[:1].isupper() and (m.doc_id, entity_key(m.name)) in names
        else m
        for m in mentions
    ]


#: Words that follow an organisation's own name to say what kind of organisation it is:
#: ``Interscope Records`` is Interscope, ``Butler University`` Butler.
ORG_DESIGNATORS = frozenset(
    {
        *CORPORATE_SUFFIXES,
        "company",
        "group",
        "records",
        "recordings",
        "university",
        "college",
        "school",
        "high",
        "preparatory",
        "academy",
        "hotel",
        "club",
        "fc",
        # a sports club's own words after its name: "Fyllingen Fotball", "Fyllingen IL", "Rosenborg BK"
        *("afc", "fk", "sk", "bk", "il", "if", "ik", "sc", "cf", "fotball", "fotboll", "football", "futbol"),
        "airlines",
        "motor",
        "motors",
        "electric",
        # what a company makes or does, after its own name: "Meridian Pharmaceuticals" is Meridian
        # (not a division's word: "Sony Pictures", "Siemens Energy" are companies of their own)
        *("pharmaceuticals", "pharma", "therapeutics", "biosciences", "biotech", "laboratories", "labs"),
        *("systems", "technologies", "technology", "software", "networks", "solutions", "industries"),
        *("holdings", "enterprises", "semiconductor", "semiconductors", "aerospace", "capital"),
    }
)
#: Last words that make a name a thing's, not a title and a person's name (``King Street``,
#: ``General Motors``, ``Queen Mary University``): the title stays part of the name.
_THING_ENDINGS = (
    ORG_ENDINGS
    | ORG_DESIGNATORS
    | NAMING_NOUNS
    | INSTITUTION_NOUNS
    | THING_NOUNS
    | {
        "street",
        "road",
        "avenue",
        "lane",
        "boulevard",
        "drive",
        "square",
        "way",
        "place",
        "bridge",
        "park",
        "court",
        "gardens",
        "terrace",
        "crescent",
        "row",
        "hill",
        "station",
        "motors",
        "electric",
        "dynamics",
        "mills",
        "foods",
        "airlines",
        "airways",
        "records",
        "hospital",
    }
)
#: Words for kinds of things and institutions: ``Parliament`` alone is no short name.
_GENERIC_HEADS = THING_NOUNS | INSTITUTION_NOUNS
#: Words ending a name's part before a short name that the short name is then not the name of:
#: ``Castle of Crupet`` is no ``Crupet``, ``Arquipélago da Madeira`` no ``Madeira``.
_OF_WORDS = frozenset(
    {
        *("of", "in", "at", "on", "the"),
        *("de", "del", "di", "du", "des", "la", "le", "da", "do", "dos", "das", "della", "van", "von"),
    }
)


#: Institutions named "KIND of PLACE" that the place's name alone stands for, where both are
#: typed an organisation's: ``Oxford`` after ``the University of Oxford``.
_NAMED_AFTER_A_PLACE = frozenset({"university"})


#: Types of the names a short name may be written for: an organisation's or a product's
#: (``Spurs``, ``Avalon`` after ``Toyota Avalon``), or none.
_SHORT_NAME_TYPES = frozenset({"ORG", "PRODUCT", None})


def _document_short_names(mentions: list[Mention]) -> list[Mention]:
    """Within each document, resolve an organisation's short name to the one longer name of it
    there: the longer name is the short one and words saying what kind of organisation it is
    (``Interscope`` of ``Interscope Records``, :data:`ORG_DESIGNATORS`), or the short name is one
    word ending the longer one (``Spurs`` of ``San Antonio Spurs``), named after it. Both must be
    typed ORG, PRODUCT or nothing (:data:`_SHORT_NAME_TYPES`), the short one typed so in most of the
    document's mentions of it (``Villanova`` of the school, not the town's) and a place's in no other
    document (``Jeonju`` the city is not ``Jeonju University``'s); the longer name written before the short
    one ever is (``Breakout`` ... ``Super Breakout``: two games). Returns MENTIONS, those resolved replaced
    (link ``short-name``)."""
    longer: dict[str, dict[str, str]] = defaultdict(dict)  # document -> its organisations' longer names by key
    first: dict[tuple[str, str], int] = {}  # (document, longer name's key) -> where it is first named
    typed: Counter[tuple[str, str, bool]] = Counter()  # (document, key, typed ORG or nothing) -> mentions
    untyped: set[tuple[str, str]] = set()  # (document, key) of names NER typed nothing there ("Tartu")
    places: dict[str, set[str]] = defaultdict(set)  # key of names typed a place's -> the documents
    named: dict[str, Counter[str]] = defaultdict(Counter)  # document -> how often it names each longer name
    ends: dict[tuple[str, str], list[int]] = defaultdict(list)  # (document, key) -> where its mentions end
    for mention in mentions:
        if mention.kind == "name" and mention.link is None:
            key = entity_key(mention.name)
            if mention.entity_type in PLACE_TYPES:
                places[key].add(mention.doc_id)
            if " " in key:
                named[mention.doc_id][key] += 1
            ends[(mention.doc_id, key)].append(mention.end)
            alone = (mention.doc_id, key)
            first[alone] = min(first.get(alone, mention.start), mention.start)
            if mention.entity_type is None:
                untyped.add((mention.doc_id, key))
            typed[(mention.doc_id, key, mention.entity_type in _SHORT_NAME_TYPES)] += 1
            if mention.entity_type in _SHORT_NAME_TYPES and " " in key:
                longer[mention.doc_id].setdefault(key, mention.name)
    resolved: list[Mention] = []
    for mention in mentions:
        names = longer.get(mention.doc_id)
        if names and mention.kind == "name" and mention.link is None and mention.entity_type in _SHORT_NAME_TYPES:
            key = entity_key(mention.name)
            # "the merger of Square and Enix" into "Square Enix": an Enix named beside a Square is none of it
            earlier = [
                n
                for n in names
                if first[(mention.doc_id, n)] < first[(mention.doc_id, key)]  # "Breakout ... Super Breakout": two
                and not (n.endswith(" " + key) and _named_beside(ends[(mention.doc_id, n[: -len(key) - 1])], mention))
            ]
            where = (mention.doc_id, key)
            # "Villanova" of the school four times, once of the town: the school's where NER says so
            mostly = typed[(*where, True)] > typed[(*where, False)] and not places.get(key, set()) - {mention.doc_id}
            of_a_place = where not in untyped  # "University of Tartu" beside "Tartu" NER typed nothing: the city
            # "the Commission" after "the Philippine Commission": a kind of institution, capitalised
            written_alone = mention.surface.casefold() in {key, f"the {key}"}  # not "A Division" beside "B Division"
            institution = (
                key.split()[-1] in INSTITUTION_NOUNS and written_alone and mention.surface.split()[-1].istitle()
            )
            full = _short_name_of(key, earlier, of_a_place=of_a_place, institution=institution) if mostly else None
            # "Ford Motor Company and Ford Foundation ... Ford": either one
            if full is not None and not _rival_names(key, full, named[mention.doc_id]):
                mention = replace(mention, canonical=names[full], link="short-name")
        resolved.append(mention)
    return resolved


#: Last words of a place's name the document may leave out (``the Shetland Islands`` ...
#: ``Shetland``), with the types the short name may have: a river's or islands' name alone is
#: no state's (``Connecticut`` beside ``Connecticut River``). Not listed: a province's or a
#: city's name alone often names another place (``Kermanshah`` the city, ``Mexico City``).
_PLACE_DESIGNATORS: dict[str, frozenset[str | None]] = dict.fromkeys(
    ("river", "islands", "island"), frozenset({None, "LOC"})
)


def _document_place_names(mentions: list[Mention]) -> list[Mention]:
    """Within each document, resolve a place's name written without the word saying what kind
    of place it is to the one name with it (``Shetland`` of ``the Shetland Islands``,
    ``Ammonoosuc`` of ``Ammonoosuc River``; :data:`_PLACE_DESIGNATORS`), both typed a place's or nothing.
    Returns MENTIONS, those resolved replaced (link ``short-name``)."""
    longer: dict[tuple[str, str], set[str]] = defaultdict(set)  # (document, short key) -> longer names
    for mention in mentions:
        if mention.kind == "name" and mention.link is None and mention.entity_type in _PLACE_NAME_TYPES:
            short, _, last = entity_key(mention.name).rpartition(" ")
            if short and last in _PLACE_DESIGNATORS:
                longer[(mention.doc_id, short)].add(mention.name)
    if not longer:
        return mentions
    resolved: list[Mention] = []
    for mention in mentions:
        if mention.kind == "name" and mention.link is None:
            key = entity_key(mention.name)
            names = longer.get((mention.doc_id, key), set())
            if len(names) == 1:
                name = next(iter(names))
                if mention.entity_type in _PLACE_DESIGNATORS[_last_word(name)]:
                    mention = replace(mention, canonical=name, link="short-name")
        resolved.append(mention)
    return resolved


#: Types of a place's name: a place's, or none.
_PLACE_NAME_TYPES = frozenset({None, *PLACE_TYPES})


#: Words before ``of`` in a state's long name that the document may write short: ``the Kingdom
#: of Thailand`` is Thailand, ``the Democratic Republic of the Congo`` the Congo (a duchy or
#: principality is another state than the country named so later: ``Grand Duchy of Finland``).
_LONG_FORM_WORDS = frozenset(
    {
        *("kingdom", "republic", "state", "commonwealth"),
        *("people's", "democratic", "federal", "islamic", "socialist", "arab", "united", "free"),
    }
)
#: Long names whose short form names another state: the Republic of China is not China.
_OTHER_STATES = frozenset({"republic of china"})
#: Type groups of a state's names: a place's or organisation's (NER types a state either way), or none.
_PLACE_OR_NONE = frozenset({TYPE_GROUPS["GPE"], ""})
#: Links of mentions that write a state's long name, or stand for it: an acronym, an alias.
_LONG_FORM_LINKS = frozenset({None, "acronym", "alias"})


def _long_form_of(key: str) -> str | None:
    """The short name of the state the long name KEY writes out, if it is one.

    Example:
        >>> _long_form_of("kingdom of thailand"), _long_form_of("democratic republic of the congo")
        ('thailand', 'congo')
        >>> _long_form_of("republic of china"), _long_form_of("university of oxford")
        (None, None)
    """
    before, of, short = key.partition(" of ")
    if not of or key in _OTHER_STATES or not set(before.split()) <= _LONG_FORM_WORDS:
        return None
    short = short.removeprefix("the ")
    return short if short and " of " not in short else None


def _document_long_forms(mentions: list[Mention]) -> list[Mention]:
    """Within each document, resolve a state's long name to the short name the document also
    writes (``the People's Republic of China`` ... ``China``; link ``long-form``), both typed a
    place's or nothing. Returns MENTIONS, those resolved replaced."""
    short: dict[tuple[str, str], str] = {}  # (document, key) -> a place name written there
    for mention in mentions:
        if mention.kind == "name" and mention.link is None and type_group(mention.entity_type) in _PLACE_OR_NONE:
            short.setdefault((mention.doc_id, entity_key(mention.name)), mention.name)
    resolved: list[Mention] = []
    for mention in mentions:
        written = mention.link in _LONG_FORM_LINKS  # "DRC", an acronym of the long name, too
        if mention.kind == "name" and written and type_group(mention.entity_type) in _PLACE_OR_NONE:
            found = _long_form_of(entity_key(mention.name))
            name = short.get((mention.doc_id, found)) if found else None
            if name is not None:
                mention = replace(mention, canonical=name, link="long-form")
        resolved.append(mention)
    return resolved


#: Links the document passes above give a name written out (not a pronoun or description).
_WRITTEN_NAME_PASSES = frozenset({"surname", "short-name", "long-form"})


def _follow_written_names(mentions: list[Mention]) -> list[Mention]:
    """Within each document, make a pronoun or description resolved to a name (``The company``
    -> ``Nimbus``) follow what the document passes made of that name where the text writes it
    (``Nimbus`` -> ``Nimbus Systems``, :data:`_WRITTEN_NAME_PASSES`), when they made one thing of
    it; and a mention of that name they left as it is too, when they made that one thing of most
    of its mentions (``Endara`` NER missed once, beside seven ``Endara`` of Guillermo David Endara
    Galimany; not ``Brigden is a community`` beside one ``Brigden died``). Returns MENTIONS, those
    resolved replaced."""
    made: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)  # -> (name, link) made of it
    kept: Counter[tuple[str, str]] = Counter()  # (document, written key) -> mentions left as they are
    made_places: set[tuple[str, str]] = set()  # (document, written key) of a place's name made into one thing
    for mention in mentions:
        if mention.kind == "name" and mention.link in _WRITTEN_NAME_PASSES and mention.canonical:
            made[(mention.doc_id, entity_key(mention.surface))][(mention.canonical, mention.link)] += 1
            if mention.entity_type in PLACE_TYPES:
                made_places.add((mention.doc_id, entity_key(mention.surface)))
        elif mention.kind == "name" and mention.link is None:
            kept[(mention.doc_id, entity_key(mention.surface))] += 1
    one = {where: next(iter(names)) for where, names in made.items() if len({n for n, _ in names}) == 1}
    for where in list(one):
        if kept[where] >= sum(made[where].values()):
            del one[where]  # "Brigden died" was William Wharton Brigden: which one "it" is, is open
    if not one:
        return mentions
    resolved: list[Mention] = []
    for mention in mentions:
        # "His son Louis" (RELATIVE_LINK): a person of his own, whatever "Louis" was made of elsewhere
        if mention.link not in {None, RELATIVE_LINK, *_WRITTEN_NAME_PASSES} and mention.canonical:
            found = one.get((mention.doc_id, entity_key(mention.canonical)))
            if found is not None:
                mention = replace(mention, canonical=found[0])
        elif mention.kind == "name" and mention.link is None:
            where = (mention.doc_id, entity_key(mention.surface))
            found = one.get(where)
            # "from Villanova, Pennsylvania" beside "Villanova" of Villanova Preparatory School: the town
            if found is not None and (mention.entity_type not in PLACE_TYPES or where in made_places):
                mention = replace(mention, canonical=found[0], link=found[1])
        resolved.append(mention)
    return resolved


def _named_beside(ends: Collection[int], mention: Mention) -> bool:
    """Tell whether a name ending at one of ENDS stands just before MENTION (``Square and Enix``)."""
    return any(0 <= mention.start - end <= len(" and ") for end in ends)


def _rival_names(key: str, full: str, counts: Counter[str]) -> bool:
    """Tell whether a document's names (COUNTS: how often it names each, by key, whatever their
    type) hold another name than FULL that KEY opens or ends (``Ford Foundation`` beside ``Ford
    Motor Company``; ``Manchester United`` beside ``Newcastle United``), so that the short name KEY
    may be either; not a longer name of FULL itself, a name with KEY after ``of`` (``Whims of
    Chambers``), nor one the document names far less often than FULL.

    Example:
        >>> _rival_names("ford", "ford motor company", Counter(["ford motor company", "ford foundation"]))
        True
        >>> _rival_names("interscope", "interscope records", Counter(["interscope records", "epic records"]))
        False
    """
    salient = counts[full] >= _SALIENT_MENTIONS
    for name, count in counts.items():
        if name == full or name.startswith(full + " ") or name.endswith(" " + full) or "," in name:
            continue  # FULL's own longer names: "Johns Hopkins University Hospital", "Legendary Dolly Parton"
        opens_or_ends = name.startswith(key + " ") or (name.endswith(" " + key) and name.split()[-2] not in _OF_WORDS)
        if opens_or_ends and not (salient and counts[full] >= _SALIENCE_RATIO * count):
            return True
    return False


def _short_name_of(
    key: str, names: Collection[str], *, of_a_place: bool = True, institution: bool = False
) -> str | None:
    """The one of NAMES (keys) that KEY is a short name of, if any; of an institution named after
    a place (``University of Oxford``) only when OF_A_PLACE (the document never writes KEY untyped).
    A kind of institution (:data:`~kg.extract.rules.INSTITUTION_NOUNS`) is a short name only when
    INSTITUTION (written capitalised): ``the Commission`` of ``the Philippine Commission``, ``the
    Association`` of ``the Association of Australian Artistes``; so is a longer name ending in one
    before the place it belongs to (``the Supreme Court`` of ``the Supreme Court of Canada``).

    Example:
        >>> _short_name_of("interscope", ["interscope records", "epic records"])
        'interscope records'
        >>> _short_name_of("spurs", ["san antonio spurs"]), _short_name_of("blue", ["blue note records"])
        ('san antonio spurs', None)
        >>> _short_name_of("army", ["confederate states army"]), _short_name_of("crupet", ["castle of crupet"])
        (None, None)
        >>> _short_name_of("blue note", ["blue note", "blue note records"])
        'blue note records'
        >>> _short_name_of("oxford", ["university of oxford"])
        'university of oxford'
        >>> _short_name_of("army", ["confederate states army"], institution=True)
        'confederate states army'
        >>> _short_name_of("commission", ["election commission of india"], institution=True)
        'election commission of india'
        >>> _short_name_of("supreme court", ["supreme court of canada"], institution=True)
        'supreme court of canada'
    """
    if not key:
        return None
    if institution:  # "the Commission" of "the Election Commission of India" too; "the Supreme Court"
        # of "the Supreme Court of Canada" (a longer name alone: the one with a place after it)
        found = [n for n in names if (n.endswith(" " + key) and " " not in key) or f" {key} of " in f" {n} "]
        return found[0] if len(found) == 1 else None
    found = [
        n
        for n in names
        if (n.startswith(key + " ") and all(w in ORG_DESIGNATORS for w in n[len(key) + 1 :].split()))
        or (
            " " not in key
            and key not in _GENERIC_HEADS
            and n.endswith(" " + key)
            and n.split()[-2] not in _OF_WORDS
            and n.split()[0] not in PLACE_NAME_OPENERS  # "Camp Caves" is named after the town "The Caves"
        )
        or (of_a_place and n in {f"{kind} of {key}" for kind in _NAMED_AFTER_A_PLACE})
    ]
    return found[0] if len(found) == 1 else None


#: A court case's "v." between its parties (``Garcia v. Ontario Mining Corp.``).
_VERSUS = re.compile(r"\s(?:v|vs)\.?\s")


def _organisation_name(name: str) -> bool:
    """Tell whether NAME ends in a word organisations end in (:data:`ORG_ENDINGS`) and is no court
    case between parties (``Garcia v. Ontario Mining Corp.`` is a case, whatever its last party is).

    Example:
        >>> _organisation_name("Acme Corp."), _organisation_name("Garcia v. Ontario Mining Corp.")
        (True, False)
    """
    return _last_word(name) in ORG_ENDINGS and not _VERSUS.search(name)


def _group_of(mention: Mention) -> str:
    """The type group of MENTION: an organisation's when its name ends like one (:func:`_organisation_name`)."""
    if _organisation_name(mention.name):
        return TYPE_GROUPS["ORG"]
    return type_group(mention.entity_type)


def _local_entities(mentions: Iterable[Mention]) -> list[Entity]:
    """Group values and phrases by key within each document: ``place@doc1`` and ``place@doc2`` stay apart."""
    by_key: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    for mention in mentions:
        key = entity_key(mention.name)
        if key:
            by_key[(mention.kind, mention.doc_id, key)].append(mention)
    return [
        Entity(id=f"{key}@{doc}", key=key, group=kind, mentions=found, kind=kind)
        for (kind, doc, key), found in sorted(by_key.items())
    ]


def _compatible(a: Entity, b: Entity) -> bool:
    return not a.group or not b.group or a.group == b.group


def _defined_acronyms(mentions: Iterable[Mention]) -> dict[str, set[str]]:
    """Collect ``{acronym key: long-form keys}`` from mentions a document resolved as acronyms."""
    defined: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.link == "acronym" and mention.canonical:
            defined[entity_key(mention.surface)].add(entity_key(mention.canonical))
    return defined


def _alias_targets(
    short: Entity, by_key: dict[str, list[Entity]], by_initials: dict[str, list[Entity]], defined: dict[str, set[str]]
) -> tuple[list[Entity], str]:
    """Return the entities the acronym SHORT may stand for, and the rule that found them.

    BY_KEY and BY_INITIALS index all entities by key and by the initials of their key.
    """
    letters = _letters(short.key)
    if short.key in defined:
        longs = defined[short.key]
        return [e for key in sorted(longs) for e in by_key.get(key, []) if e is not short], "acronym-defined"
    table = UNIVERSAL_ACRONYMS.get(letters)
    by_table = [e for e in by_key.get(table, []) if e is not short] if table is not None else []
    if by_table:
        return by_table, "acronym-table"
    found = [e for e in by_initials.get(letters, []) if e is not short and _compatible(short, e)]
    return found, "initials"


def _merge_surnames(entities: Sequence[Entity], absorbed: set[str]) -> None:
    """Merge a person known only by a surname into the one full name (in any document) ending so.

    ``Al Sudani`` joins ``Mohammed Shia' Al Sudani`` when no other person's name ends in
    ``Al Sudani``; a bare ``Sudani`` that two full names end in joins neither, nor does a name
    whose own document names a person with that word (``Lee`` beside ``Lee Jae-yong``), nor a
    surname that a document names only before the full name (``Brigden is a community`` before ``named
    after William Wharton Brigden``: :func:`_document_surnames` left them apart), nor a relative of
    the full name's person named in the same document (``Vineeth Sreenivasan is son of Sreenivasan``,
    :data:`~kg.extract.coref.RELATIVE_LINK`).
    """
    people = [e for e in entities if e.group == "person" and e.id not in absorbed]
    named: dict[tuple[str, str], set[str]] = defaultdict(set)  # (document, word) -> people whose full name has it
    for person in people:
        if " " in person.key:
            for mention in person.mentions:
                for word in person.key.split():
                    named[(mention.doc_id, word)].add(person.id)
    for short in people:
        targets = [
            p
            for p in people
            if p is not short
            and p.key.endswith(" " + short.key)
            and p.id not in absorbed
            and may_be_a_persons_name(p.key.split())
            and not any(_calls_a_thing(m) for m in p.mentions)
        ]
        if any(_named_before(short, t) for t in targets):
            continue
        relatives = {m.doc_id for m in short.mentions if m.link == RELATIVE_LINK}
        if any(m.doc_id in relatives for t in targets for m in t.mentions):
            continue  # "Vineeth Sreenivasan ... is son of Sreenivasan": a relative of his, in his own document
        others = {p for m in short.mentions for p in named.get((m.doc_id, short.key), ())} - {t.id for t in targets}
        if others:
            continue  # its own document names another person with that word: "Lee" beside "Lee Jae-yong"
        if len(targets) != 1:
            short.ambiguous_with = [t.id for t in targets] if len(targets) > 1 else short.ambiguous_with
            continue
        target = targets[0]
        target.mentions.extend(short.mentions)
        target.merges.extend(
            Merge(target.id, alias, "surname-corpus", f"{short.key!r} ends {target.key!r}, the only such name")
            for alias in short.alias_counts
        )
        absorbed.add(short.id)


def _calls_a_thing(mention: Mention) -> bool:
    """Tell whether MENTION is a kind of thing the text called the name it resolves to, by a
    copula or an apposition (``the company`` after ``Square Enix is a Japanese company``; ``the
    state capital`` in ``Lincoln is the state capital``: :data:`THING_NOUNS`)."""
    return (
        mention.link in {"predicate", "apposition"}
        and bool(mention.canonical)
        and _last_word(mention.surface) in THING_NOUNS
    )


def _named_before(short: Entity, full: Entity) -> bool:
    """Tell whether a document writes SHORT's name, and only before it names FULL."""
    first: dict[str, int] = {}
    for mention in full.mentions:
        first[mention.doc_id] = min(first.get(mention.doc_id, mention.start), mention.start)
    latest: dict[str, int] = {}
    for mention in short.mentions:
        if mention.doc_id in first and mention.link in _WRITTEN_NAME_LINKS:
            latest[mention.doc_id] = max(latest.get(mention.doc_id, mention.start), mention.start)
    return any(start < first[doc] for doc, start in latest.items())


def _merge_spellings(entities: Sequence[Entity], absorbed: set[str]) -> None:
    """Merge names of one type group spelt alike but for accents, apostrophes and hyphens
    (``Qurān``, ``Qur'an``, ``Quran``; ``Saint-Petersburg``) into the one named most often."""
    spelt: dict[tuple[str, str, str], list[Entity]] = defaultdict(list)
    for entity in entities:
        local = entity.id[len(entity.key) :] if entity.id.endswith(_LOCAL_NAME) else ""  # one document's
        spelt[(spelling_key(entity.key), entity.group, local)].append(entity)
    for same in spelt.values():
        if len(same) < 2:
            continue
        target = max(same, key=lambda e: len(e.mentions))  # the first of the commonest: ids in order
        for other in same:
            if other is not target:
                target.mentions.extend(other.mentions)
                evidence = f"{other.key!r} is {target.key!r} but for accents, apostrophes or hyphens"
                target.merges.extend(Merge(target.id, alias, "spelling", evidence) for alias in other.alias_counts)
                absorbed.add(other.id)


def group_mentions(mentions: Iterable[Mention]) -> list[Entity]:
    """Group MENTIONS into entities (see the module docstring); sorted by id.

    Every alias of every entity is explained by at least one :class:`Merge`.
    """
    mentions = _document_short_names(_document_surnames(_document_aliases(_named_phrases(list(mentions)))))
    mentions = _follow_written_names(_document_long_forms(_document_place_names(mentions)))
    absorbed: set[str] = set()
    entities = _group_by_key(m for m in mentions if m.kind == "name")
    _merge_spellings(entities, absorbed)
    entities = [e for e in entities if e.id not in absorbed]
    defined = _defined_acronyms(mentions)
    by_key: dict[str, list[Entity]] = defaultdict(list)
    by_initials: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:  # in id order, so every list below is too
        by_key[entity.key].append(entity)
        if initials := _initials(entity.key):
            by_initials[initials].append(entity)
    position = {entity.id: index for index, entity in enumerate(entities)}
    for short in entities:
        if not _is_acronym(short.mentions):
            continue
        targets, rule = _alias_targets(short, by_key, by_initials, defined)
        targets = sorted(
            (t for t in targets if _compatible(short, t) and t.id not in absorbed), key=lambda t: position[t.id]
        )
        if len(targets) > 1 and rule == "initials":  # the one long form the acronym's own documents name
            documents = {m.doc_id for m in short.mentions}
            beside = [t for t in targets if any(m.doc_id in documents for m in t.mentions)]
            targets = beside if len(beside) == 1 else targets
        if len(targets) != 1:
            short.ambiguous_with = [t.id for t in targets] if len(targets) > 1 else []
            continue
        target = targets[0]
        target.mentions.extend(short.mentions)
        target.merges.extend(
            Merge(target.id, alias, rule, f"{short.key!r} -> {target.key!r}") for alias in short.alias_counts
        )
        absorbed.add(short.id)
    _merge_surnames(entities, absorbed)
    kept = [e for e in entities if e.id not in absorbed] + _local_entities(m for m in mentions if m.kind != "name")
    for entity in kept:
        explained = {m.alias for m in entity.merges}
        label_key = entity.key
        for mention in entity.mentions:
            alias = " ".join(mention.surface.split())
            rule = mention.link or "exact"
            if entity_key(mention.name) != label_key and mention.link is None and alias in explained:
                continue
            evidence = (
                f"{alias!r} resolved to {mention.canonical!r} in {mention.doc_id}"
                if mention.canonical
                else f"{alias!r} has key {entity_key(mention.name)!r}"
                + ("" if entity.kind == "entity" else f" in {mention.doc_id}")
            )
            merge = Merge(entity.id, alias, rule, evidence)
            if merge not in entity.merges:
                entity.merges.append(merge)
    return sorted(kept, key=lambda e: e.id)
