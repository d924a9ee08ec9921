"""Entity merging rules on hand-made mentions: no model needed."""

from __future__ import annotations

import pytest

from kg.graph.entities import Mention, entity_key, group_mentions, type_group


def m(surface: str, entity_type: str | None = None, doc: str = "d", start: int = 0, **kw: str) -> Mention:
    return Mention(surface, entity_type, doc, start, start + len(surface), **kw)  # type: ignore[arg-type]


def groups(mentions: list[Mention]) -> list[set[str]]:
    return sorted((set(e.alias_counts) for e in group_mentions(mentions)), key=lambda s: sorted(s))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the US", "us"),
        ("U.S.", "us"),
        ("US's", "us"),
        ("Mr. Al Sudani", "al sudani"),
        ("President Biden", "biden"),
        ("  The   Islamic State ", "islamic state"),
        ("the Prime Minister", "prime minister"),  # a title alone is kept
    ],
)
def test_entities_key_normalisation(text: str, key: str) -> None:
    assert entity_key(text) == key


RULES = [
    # (mentions, expected groups of aliases, rule that must appear)
    ([m("the US", "GPE"), m("US", "GPE", start=10), m("U.S.", "GPE", start=20)], [{"the US", "US", "U.S."}], "exact"),
    ([m("the United States", "GPE"), m("US", "GPE", start=30)], [{"the United States", "US"}], "acronym-table"),
    (
        [m("the World Health Organization", "ORG"), m("WHO", "ORG", start=40)],
        [{"the World Health Organization", "WHO"}],
        "initials",
    ),
    (
        [
            m("the Islamic State", "ORG", doc="a"),
            m("ISIS", "ORG", doc="a", start=30, canonical="Islamic State", link="acronym"),
            m("ISIS", "ORG", doc="b"),
        ],
        [{"the Islamic State", "ISIS"}],
        "acronym-defined",
    ),
    (
        [m("Mohammed Shia' Al Sudani", "PERSON", doc="a"), m("Al Sudani", "PERSON", doc="b")],
        [{"Mohammed Shia' Al Sudani", "Al Sudani"}],
        "surname-corpus",
    ),
]


@pytest.mark.parametrize(("mentions", "expected", "rule"), RULES)
def test_entities_merge_rule(mentions: list[Mention], expected: list[set[str]], rule: str) -> None:
    entities = group_mentions(mentions)
    assert [set(e.alias_counts) for e in entities] == expected
    assert rule in {g.rule for e in entities for g in e.merges}


def test_entities_type_conflict_does_not_merge() -> None:
    # two documents, two things named Jordan; a third document never says which: the commonest
    mentions = [m("Jordan", "PERSON", doc="a"), m("Jordan", "GPE", doc="b"), m("Jordan", "GPE", doc="b", start=9)]
    entities = group_mentions([*mentions, m("Jordan", None, doc="c")])
    assert sorted(e.id for e in entities) == ["jordan#person", "jordan#place-or-org"]
    assert [len(e.mentions) for e in sorted(entities, key=lambda e: e.id)] == [1, 3]


def test_entities_one_name_one_thing_within_a_document() -> None:
    # spaCy's small model typed the same company ORG, then PERSON, then GPE: one entity, typed by the majority
    mentions = [m("Acme Ltd", "ORG"), m("Acme Ltd", "PERSON", start=20), m("Acme Ltd", "ORG", start=40)]
    (entity,) = group_mentions([*mentions, m("Acme Ltd", "GPE", start=60)])
    assert entity.entity_type == "ORG" and len(entity.mentions) == 4
    assert type_group("PERSON") != type_group("GPE")


def test_entities_incompatible_acronym_does_not_merge() -> None:
    assert len(group_mentions([m("the United States", "GPE"), m("US", "PERSON", start=30)])) == 2


def test_entities_same_surname_two_people_two_documents() -> None:
    mentions = [
        m("Mohammed Shia' Al Sudani", "PERSON", doc="a"),
        m("Sudani", "PERSON", doc="a", start=40, canonical="Mohammed Shia' Al Sudani", link="surname"),
        m("Ahmed Sudani", "PERSON", doc="b"),
        m("Sudani", "PERSON", doc="b", start=30, canonical="Ahmed Sudani", link="surname"),
    ]
    entities = group_mentions(mentions)
    assert sorted(e.label for e in entities) == ["Ahmed Sudani", "Mohammed Shia' Al Sudani"]
    assert all(len(e.mentions) == 2 for e in entities)


def test_entities_ambiguous_surname_chains_nothing() -> None:
    """A bare surname that two full names end in joins neither, and they stay apart."""
    mentions = [
        m("Mohammed Al Sudani", "PERSON", doc="a"),
        m("Ahmed Sudani", "PERSON", doc="b"),
        m("Sudani", "PERSON", doc="c"),
    ]
    entities = {e.id: e for e in group_mentions(mentions)}
    assert sorted(entities) == ["ahmed sudani", "mohammed al sudani", "sudani"]
    assert sorted(entities["sudani"].ambiguous_with) == ["ahmed sudani", "mohammed al sudani"]


def test_entities_ambiguous_acronym_chains_nothing() -> None:
    mentions = [
        m("the World Health Organization", "ORG"),
        m("the Western Hockey Organization", "ORG", start=40),
        m("WHO", "ORG", start=80),
    ]
    assert len(group_mentions(mentions)) == 3


def test_entities_every_alias_explained() -> None:
    mentions = [
        m("the United States", "GPE"),
        m("US", "GPE", start=30),
        m("it", None, start=50, canonical="United States", link="pronoun"),
    ]
    (entity,) = group_mentions(mentions)
    explained = {g.alias for g in entity.merges}
    assert set(entity.alias_counts) <= explained
    assert "it" in explained and "it" not in entity.alias_counts  # a pronoun is explained, never an alias
    assert entity.label == "United States"
