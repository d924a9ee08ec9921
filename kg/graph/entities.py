"""Group argument mentions into entities, one per real-world thing, explaining every merge.

Mentions arrive already resolved within their document (pronouns, descriptions,
surnames, defined acronyms: :mod:`kg.extract.coref`). Here they are merged across
mentions and documents, by rules kept as data:

- ``exact``: the same key (:func:`entity_key`: case, spacing, punctuation, leading
  determiners, possessive ``'s``, honorifics and dots in acronyms ignored) and
  compatible entity types (:data:`TYPE_GROUPS`); a name used for two incompatible
  types (``Jordan`` the person and the country) stays two entities;
- ``initials``: an acronym whose letters are the initials of exactly one other
  entity's name (``US`` <- ``United States``);
- ``acronym-defined``: an acronym one document defines (``Islamic State (ISIS)``) joins
  its long form in every document;
- ``acronym-table``: the few universal acronyms texts never define (:data:`UNIVERSAL_ACRONYMS`);
- ``surname-corpus``: a person named only by a surname joins the one full name, in any
  document, that ends with it (within a document, :mod:`kg.extract.coref` already did).

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from kg.graph.normalize import display_form, mention_key

__all__ = [
    "HONORIFICS",
    "NAME_LINKS",
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

#: Words dropped from the start of a person's name before comparing (honorifics, titles).
HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "president",
        "prime minister",
        "minister",
        "senator",
        "sen",
        "rep",
        "gen",
        "general",
        "col",
        "capt",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "sheikh",
        "ayatollah",
        "judge",
        "justice",
        "chancellor",
        "governor",
        "mayor",
    }
)
_HONORIFIC_PATTERN = re.compile(
    r"^(?:(?:" + "|".join(sorted((re.escape(h) for h in HONORIFICS), key=len, reverse=True)) + r")\.?\s+)+"
)
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.){2,}[A-Za-z]?\.?$|^[A-Z]{2,8}$")
_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "&"})

#: Document-level links that name the entity (their surface is an alias); pronoun links are not aliases.
NAME_LINKS = frozenset({None, "title", "surname", "acronym", "definite", "head-match"})


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
    merges: list[Merge] = field(default_factory=list)
    ambiguous_with: list[str] = field(default_factory=list)

    @property
    def entity_type(self) -> str:
        """The most frequent NER label of the mentions ('' when none has one)."""
        types = Counter(m.entity_type for m in self.mentions if m.entity_type)
        return min(types.items(), key=lambda kv: (-kv[1], kv[0]))[0] if types else ""

    @property
    def alias_counts(self) -> dict[str, int]:
        """Surface forms that name the entity (pronouns excluded), with their counts."""
        counts = Counter(" ".join(m.surface.split()) for m in self.mentions if m.link in NAME_LINKS)
        return dict(sorted(counts.items()))

    @property
    def label(self) -> str:
        """The entity's display name: the most frequent name of its own key, longer forms first on ties."""
        own = Counter(display_form(m.name) for m in self.mentions if entity_key(m.name) == self.key)
        pool = own or Counter(display_form(m.name) for m in self.mentions)
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
    """Return the comparison key of a name: :func:`mention_key`, honorifics and acronym dots removed.

    Example:
        >>> entity_key("U.S."), entity_key("Mr. Al Sudani's"), entity_key("the Prime Minister")
        ('us', 'al sudani', 'prime minister')
    """
    label = display_form(text)
    if _ACRONYM.match(label):
        return label.replace(".", "").casefold()
    key = mention_key(label)
    stripped = _HONORIFIC_PATTERN.sub("", key)
    return stripped if stripped and stripped != key else key


def _letters(key: str) -> str:
    return key.replace(".", "").replace(" ", "")


def _initials(key: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", key) if w and w not in _INITIAL_SKIP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _is_acronym(mentions: Sequence[Mention]) -> bool:
    return any(_ACRONYM.match(display_form(m.name)) for m in mentions)


def _group_by_key(mentions: Iterable[Mention]) -> list[Entity]:
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_key[entity_key(mention.name)].append(mention)
    entities: list[Entity] = []
    for key in sorted(by_key):
        groups: dict[str, list[Mention]] = defaultdict(list)
        for mention in by_key[key]:
            groups[type_group(mention.entity_type)].append(mention)
        typed = sorted(g for g in groups if g)
        if len(typed) <= 1:
            entities.append(Entity(id=key, key=key, group=typed[0] if typed else "", mentions=by_key[key]))
            continue
        # the same name for incompatible types: one entity per type; untyped mentions stay apart
        for group in [*typed, *([""] if "" in groups else [])]:
            entities.append(Entity(id=f"{key}#{group or 'untyped'}", key=key, group=group, mentions=groups[group]))
    return entities


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
    ``Al Sudani``; a bare ``Sudani`` that two full names end in joins neither.
    """
    people = [e for e in entities if e.group == "person" and e.id not in absorbed]
    for short in people:
        targets = [p for p in people if p is not short and p.key.endswith(" " + short.key) and p.id not in absorbed]
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


def group_mentions(mentions: Iterable[Mention]) -> list[Entity]:
    """Group MENTIONS into entities (see the module docstring); sorted by id.

    Every alias of every entity is explained by at least one :class:`Merge`.
    """
    mentions = list(mentions)
    entities = _group_by_key(mentions)
    defined = _defined_acronyms(mentions)
    by_key: dict[str, list[Entity]] = defaultdict(list)
    by_initials: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:  # in id order, so every list below is too
        by_key[entity.key].append(entity)
        if initials := _initials(entity.key):
            by_initials[initials].append(entity)
    position = {entity.id: index for index, entity in enumerate(entities)}
    absorbed: set[str] = set()
    for short in entities:
        if not _is_acronym(short.mentions):
            continue
        targets, rule = _alias_targets(short, by_key, by_initials, defined)
        targets = sorted(
            (t for t in targets if _compatible(short, t) and t.id not in absorbed), key=lambda t: position[t.id]
        )
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
    kept = [e for e in entities if e.id not in absorbed]
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
            )
            merge = Merge(entity.id, alias, rule, evidence)
            if merge not in entity.merges:
                entity.merges.append(merge)
    return sorted(kept, key=lambda e: e.id)
