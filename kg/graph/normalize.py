"""Normalise entity mentions to the key that decides which mentions are one node.

Example:
    >>> mention_key("the US's") == mention_key("US")
    True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.model import NAMED_TYPES

__all__ = [
    "LEADING_DETERMINERS",
    "PRONOUN_LABELS",
    "TITLE_THE",
    "display_form",
    "is_pronoun_label",
    "mention_key",
    "spelling_key",
]

#: Words dropped from the start of a mention before comparing it.
LEADING_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})

#: Labels that must never name a node: pronouns and bare determiners.
PRONOUN_LABELS = (
    frozenset(
        {
            "i",
            "me",
            "you",
            "he",
            "him",
            "his",
            "she",
            "her",
            "hers",
            "it",
            "its",
            "we",
            "they",
            "them",
            "their",
            "theirs",
            "who",
            "whom",
            "which",
            "what",
            "this",
            "that",
            "these",
            "those",
            "one",
            "ones",
            "himself",
            "herself",
            "itself",
            "themselves",
            "there",
        }
    )
    | LEADING_DETERMINERS
)


def is_pronoun_label(label: str, entity_type: str | None = None) -> bool:
    """Tell whether LABEL is a pronoun or a bare determiner (:data:`PRONOUN_LABELS`), not a name
    NER typed that spells one in capitals (``WHO``, the World Health Organization).

    Example:
        >>> is_pronoun_label("it"), is_pronoun_label("the WHO", "ORG"), is_pronoun_label("One", "CARDINAL")
        (True, False, True)
    """
    words = label[len(TITLE_THE) :] if label[: len(TITLE_THE)].lower() == TITLE_THE.lower() else label
    words = words.strip()
    if entity_type in NAMED_TYPES and words.isupper() and len(words) > 1:
        return False
    return mention_key(label) in PRONOUN_LABELS


#: A capitalised article that may be part of a name (``The Hague``), with its space.
TITLE_THE = "The "
#: A determiner that denies its noun, dropped in lower case only (``founded no company``: a
#: denied fact about a company; the band No Doubt keeps its name).
_DENYING = "no"
_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])$", re.IGNORECASE)
_PUNCT_EDGES = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)
_SPACES = re.compile(r"\s+")


#: Capitalised articles before a capitalised word that are part of a title (``A Star Is Born``).
_TITLE_ARTICLES = frozenset({"A", "An"})


@lru_cache(maxsize=1 << 16)
def display_form(text: str, *, keep_the: bool = False) -> str:
    """Return TEXT as a node label: single spaces, no leading determiner or trailing ``'s``;
    with KEEP_THE, a capitalised "The" before a capitalised word stays (``The Hague``).

    Example:
        >>> display_form("the  United States's"), display_form("The Hague", keep_the=True)
        ('United States', 'The Hague')
        >>> display_form("no company"), display_form("No Doubt"), display_form("A Game of Thrones")
        ('company', 'No Doubt', 'A Game of Thrones')
    """
    words = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().split(" ")
    while len(words) > 1 and (words[0].lower() in LEADING_DETERMINERS or words[0] == _DENYING):
        if keep_the and words[0] == TITLE_THE.strip() and words[1][:1].isupper():
            break
        if words[0] in _TITLE_ARTICLES and words[1][:1].isupper():
            break  # a title's "A": "A Game of Thrones" is not "Game of Thrones"
        words = words[1:]
    label = " ".join(words)
    if label.lower().endswith("s'") and len(label) > 2:
        return label[:-1]
    return _POSSESSIVE.sub("", label) if len(label) > 2 else label


@lru_cache(maxsize=1 << 16)
def mention_key(text: str) -> str:
    """Return the comparison key of a mention: case, spacing, determiners and ``'s`` ignored.

    Example:
        >>> mention_key("The Iraqi government's")
        'iraqi government'
    """
    label = display_form(text).casefold()
    label = _PUNCT_EDGES.sub("", label)
    return _SPACES.sub(" ", label).strip()


_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bb\u02bc\u02be\u02bf\u0060\u00b4]")
_HYPHENS = re.compile(r"[\-\u2010\u2011\u2012\u2013]")


@lru_cache(maxsize=1 << 16)
def spelling_key(key: str) -> str:
    """Return KEY (a :func:`mention_key`) with accents, apostrophes and hyphens left out: the
    names two spellings of one name share.

    Example:
        >>> spelling_key("qur\u02bean") == spelling_key("qur'an") == spelling_key("quran")
        True
        >>> spelling_key("saint-petersburg"), spelling_key("dinamo bucureşti") == spelling_key("dinamo bucurești")
        ('saint petersburg', True)
    """
    decomposed = unicodedata.normalize("NFKD", key)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    letters = _HYPHENS.sub(" ", _APOSTROPHES.sub("", letters))
    return _SPACES.sub(" ", letters).strip().casefold()
