"""Frozen records that flow between kg's stages: text -> triples -> graph -> exports.

Example:
    >>> arg = Argument(text="Iraq", start=27, end=31, entity_type="GPE", preposition="from")
    >>> arg.phrase
    'from Iraq'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, TypeVar

__all__ = ["NAMED_TYPES", "VALUE_TYPES", "Argument", "Document", "Relation", "Triple", "evolve"]

#: NER labels of named things: each mention is an occurrence of an entity node.
NAMED_TYPES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
#: NER labels of values: each mention is an occurrence of a value node (a literal in RDF).
VALUE_TYPES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})


_Record = TypeVar("_Record")
FieldGetter = tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]
_GETTERS: dict[type, FieldGetter] = {}


def _field_getter(cls: type) -> FieldGetter:
    """The field names of the dataclass CLS, and a getter of their values as a tuple (made once)."""
    if cls not in _GETTERS:
        names = tuple(f.name for f in fields(cls))
        if len(names) < 2:  # attrgetter of one name returns the value itself, of none fails
            _GETTERS[cls] = names, lambda record: tuple(getattr(record, name) for name in names)
        else:
            _GETTERS[cls] = names, attrgetter(*names)
    return _GETTERS[cls]


def _fields_dict(record: object) -> dict[str, Any]:
    """A dataclass's fields as a dict, one level deep (``dataclasses.asdict`` copies deeply, 10x slower).

    Example:
        >>> _fields_dict(Document("a", "text"))
        {'id': 'a', 'text': 'text', 'source': None}
    """
    names, values = _field_getter(type(record))
    return dict(zip(names, values(record), strict=True))


def evolve(record: _Record, **changes: Any) -> _Record:
    """Return a copy of the frozen dataclass RECORD with CHANGES: ``dataclasses.replace``, without
    its per-call field inspection (resolution makes one per argument).

    Example:
        >>> evolve(Argument("Iraq", 0, 4), kind="name").kind
        'name'
    """
    values = _fields_dict(record)
    values.update(changes)
    return type(record)(**values)


@dataclass(frozen=True, slots=True)
class Document:
    """One input text with a stable identifier.

    Example:
        >>> Document(id="note", text="Iraq borders Iran.").id
        'note'
    """

    id: str
    text: str
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Argument:
    """A noun phrase (or clause) filling a slot of a triple, with document offsets.

    ``start``/``end`` are character offsets into the document text; ``text`` may
    skip tokens inside that range (e.g. a trimmed relative clause).
    ``preposition`` is set for prepositional arguments (``from`` in ``from Iraq``);
    ``kind`` says what the argument is: ``"name"`` (a named thing: a named entity, a proper
    noun, or a pronoun or description resolved to one), ``"value"`` (a date, time, number,
    amount or percentage), ``"phrase"`` (a common noun phrase), ``"clause"`` (``that the US
    will leave``) or ``"attribute"`` (an adjective: ``is complete``); names, values and
    phrases become graph nodes. ``canonical``, ``link`` and ``antecedent`` say what the
    phrase refers to when that is not its own text (see :mod:`kg.extract.coref`):
    ``link="unresolved"`` marks a pronoun with no antecedent. ``anchor`` is the span of the
    mention the argument stands for in the graph when that is not the argument itself: the
    entity heading it (``the Greek island of Crete`` -> ``Crete``) or its core noun phrase
    (``troops from Iraq`` -> ``troops``).

    Example:
        >>> Argument(text="troops", start=16, end=22).phrase
        'troops'
    """

    text: str
    start: int
    end: int
    entity_type: str | None = None
    preposition: str | None = None
    pronoun: bool = False
    kind: str = "phrase"
    canonical: str | None = None
    link: str | None = None
    antecedent: tuple[int, int] | None = None
    anchor: tuple[int, int] | None = None

    @property
    def span(self) -> tuple[int, int]:
        """The document offsets of the mention this argument stands for: its anchor, else its own.

        Example:
            >>> Argument("the island of Crete", 0, 19, anchor=(14, 19)).span
            (14, 19)
        """
        return self.anchor or (self.start, self.end)

    @property
    def node_kind(self) -> str:
        """What the argument is for the graph: its ``kind``, where a phrase typed by NER counts as
        the name or value its type says (for arguments made by hand, which have no anchor).

        Example:
            >>> Argument("Iraq", 0, 4, "GPE").node_kind, Argument("1998", 0, 4, "DATE").node_kind
            ('name', 'value')
        """
        if self.kind != "phrase" or self.entity_type is None or self.pronoun:
            return self.kind
        return "name" if self.entity_type in NAMED_TYPES else "value" if self.entity_type in VALUE_TYPES else self.kind

    @property
    def unresolved(self) -> bool:
        """Tell whether this is a pronoun (or pronoun-owned phrase) with no antecedent."""
        return self.link == "unresolved"

    @property
    def phrase(self) -> str:
        """Return the argument as it reads, preposition included."""
        return f"{self.preposition} {self.text}" if self.preposition else self.text

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of every field."""
        return _fields_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Argument:
        """Rebuild an argument from :meth:`to_dict` output.

        Example:
            >>> a = Argument("Iraq", 27, 31, antecedent=(0, 4))
            >>> Argument.from_dict(a.to_dict()) == a
            True
        """
        return _argument(data)


@dataclass(frozen=True, slots=True)
class Relation:
    """The predicate of a triple: its words as they read and a lemma form.

    Example:
        >>> Relation(text="withdraws", lemma="withdraw", start=7, end=16).lemma
        'withdraw'
    """

    text: str
    lemma: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Triple:
    """One extraction: subject, relation, optional object and extra arguments.

    Every triple reads in text order, its direction agreeing with its relation words: a
    passive's subject is the patient (``the deal | was signed by | X``, lemma
    ``be signed by``), and ``passive`` records the voice.

    Example:
        >>> t = Triple(doc_id="d", sentence_index=0, sentence="US left.",
        ...            subject=Argument("US", 0, 2), relation=Relation("left", "leave", 3, 7))
        >>> t.object is None
        True
    """

    doc_id: str
    sentence_index: int
    sentence: str
    subject: Argument
    relation: Relation
    object: Argument | None = None
    extras: tuple[Argument, ...] = ()
    negated: bool = False
    modality: str | None = None
    passive: bool = False
    attribution: str | None = None
    confidence: float = 0.5
    rule: str = "svo"

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of every field.

        Example:
            >>> t = Triple("d", 0, "US left.", Argument("US", 0, 2), Relation("left", "leave", 3, 7))
            >>> t.to_dict()["relation"]["lemma"]
            'leave'
        """
        data = _fields_dict(self)
        data["subject"] = self.subject.to_dict()
        data["relation"] = _fields_dict(self.relation)
        data["object"] = self.object.to_dict() if self.object is not None else None
        data["extras"] = tuple(a.to_dict() for a in self.extras)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Triple:
        """Rebuild a triple from :meth:`to_dict` output.

        Example:
            >>> t = Triple("d", 0, "US left.", Argument("US", 0, 2), Relation("left", "leave", 3, 7))
            >>> Triple.from_dict(t.to_dict()) == t
            True
        """
        values = dict(data)
        values["subject"] = _argument(values["subject"])
        values["relation"] = Relation(**values["relation"])
        if values.get("object") is not None:
            values["object"] = _argument(values["object"])
        values["extras"] = tuple(_argument(a) for a in values.get("extras", ()))
        return cls(**values)


def _argument(data: dict[str, Any]) -> Argument:
    values = dict(data)
    for name in ("antecedent", "anchor"):
        if values.get(name) is not None:
            values[name] = tuple(values[name])
    return Argument(**values)
