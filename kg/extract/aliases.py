"""Names and descriptions a sentence itself says are another name's: aliases and appositions.

- Former names: a birth name or earlier name in the parenthesis after a name (``Jane Roe
  (born Janina Rogowska; 1901-1980)``, ``Mary Smith (née Jones)``, ``Foo Bar (formerly Acme
  Widgets)``) is an alias of that name (:data:`ALIAS_MARKERS`), and so is the name written in
  another script or after a language's name there (``Arjuna (in Devanagari: अर्जुन)``,
  ``Beijing Jinyu (北京金隅, běijīng jīnyü)``, ``Munich (German: München)``).
- Descriptions: a definite description in apposition to a name (``Acme Ltd., the owner of the
  Foo brand``; ``NATO's secretary general, Jens Stoltenberg``) or the complement of a copula
  whose subject is a name (``Acme is the owner of Foo``) describes that name.
- Classes: an indefinite noun phrase the same way (``Ici Paris is a French magazine``; ``Bell,
  a Canadian company``; ``X is one of the largest banks``) says what kind of thing the name is,
  so that ``the magazine`` later in the text is that name.

These are pure functions of the parse; :class:`kg.extract.coref.DocResolver` turns what they
find into resolutions (links ``alias`` and ``apposition``).

Example:
    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Mary Smith (née Jones) is a British judge.")
    >>> {doc[i].text: name.text for i, name in former_names(doc, doc.ents).items()}
    {'Jones': 'Mary Smith'}
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.rules import (
    EVENTS_OF,
    FAMILY_FIRST_NAMES,
    HONORIFICS,
    NAME_PARTICLES,
    NAMED_TYPES,
    OFFICES_OF,
    PLACE_NAME_OPENERS,
    PLACE_TYPES,
    THING_NOUNS,
    WESTERN_FIRST_NAMES_TOO,
)
from kg.extract.tree import children, column, document_text, string_ids, tokens_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "ALIAS_MARKERS",
    "BIRTH_MARKERS",
    "GENERATIONS",
    "SPELLING_MARKERS",
    "abbreviates",
    "affirmative_copula",
    "became_an_office",
    "classified_name",
    "classifying_noun",
    "copula_subject",
    "described_name",
    "distinct_people",
    "ends_in_surname",
    "family_name_first",
    "former_names",
    "in_other_script",
    "labelled_name",
    "language_label",
    "may_be_a_persons_name",
    "surname_word",
]

#: Words opening a parenthesis that give a person's birth name: the name before it is a person's
#: whatever type NER gave it (``Helen Park (née Doyle)``).
BIRTH_MARKERS: tuple[tuple[str, ...], ...] = (("born",), ("born", "as"), ("née",), ("nee",), ("né",), ("birth", "name"))
#: Words opening another spelling of the name before them (``Kraków, also spelled Cracow``).
SPELLING_MARKERS: tuple[tuple[str, ...], ...] = (("also", "spelled"), ("also", "spelt"))
#: Words opening a parenthesis that gives another name of the name before it.
ALIAS_MARKERS: tuple[tuple[str, ...], ...] = (
    *BIRTH_MARKERS,
    ("formerly",),
    ("previously",),
    ("originally",),
    ("formerly", "known", "as"),
    ("also", "known", "as"),
    ("commonly", "known", "as"),
    ("better", "known", "as"),
    ("known", "as"),
    ("commonly", "referred", "to", "as"),
    ("also", "referred", "to", "as"),
    ("referred", "to", "as"),
    *SPELLING_MARKERS,
    ("a.k.a.",),
    ("aka",),
    ("real", "name"),
)
_MARKER_OPENERS = frozenset(m[0] for m in ALIAS_MARKERS)
#: Alias markers that may also open a comma's aside: ``Iowa Telecommunications Services, Inc.,
#: commonly known as Iowa Telecom, provided``, ``Meta Platforms, formerly Facebook, is``.
_ASIDE_MARKERS = frozenset(
    m
    for m in ALIAS_MARKERS
    if m[-2:] in {("known", "as"), ("to", "as")}
    or m in {("a.k.a.",), ("aka",), ("formerly",), ("previously",), *SPELLING_MARKERS}
)
#: Markers an adverb of manner may join: ``known professionally as``, ``popularly referred to as``.
_ADVERB_MARKERS = (("known", "as"), ("referred", "to", "as"))
_LONGEST_MARKER = max(len(m) for m in ALIAS_MARKERS)
#: Words of the text the aside markers need (a cheap test before reading the tokens).
_ASIDE_WORDS = (" as ", " spel", "formerly", "previously", "a.k.a.", " aka ")
#: Words between "or" and a second alias: ``or simply Betis``, ``or just the Met``.
_ALTERNATIVE_WORDS = frozenset({"simply", "just", "the"})
#: Tokens that end the alias inside its parenthesis.
_ALIAS_END = frozenset({";", ",", ")", ":"})
#: Dependents before an apposition that narrow it to an example or a part: ``particularly the Psalter``.
_NARROWING = frozenset({"advmod", "prep", "cc", "preconj"})
#: Determiners that make a description definite (a possessor does too: ``NATO's chief``).
_DEFINITE = frozenset({"the", "this", "that"})


def _entity_at(entities: Sequence[Span], index: int) -> Span | None:
    return next((e for e in entities if e.start <= index < e.end), None)


def _same_kind(alias: Span, name: Span, marker: tuple[str, ...]) -> bool:
    """Tell whether ALIAS may be another name of NAME: a name, a person's only for a person
    (after a birth marker, either one typed a person's is enough)."""
    if alias.label_ not in NAMED_TYPES:
        return False
    people = (alias.label_ == "PERSON", name.label_ == "PERSON")
    if marker in SPELLING_MARKERS:
        return True  # "Kraków, also spelled Cracow": one name however NER typed each
    if marker in BIRTH_MARKERS:
        return any(people)
    # a person's nickname NER typed otherwise: "Terry Bollea, commonly known as The Hulk" (not a place)
    return people[0] == people[1] or (people[1] and alias.label_ not in PLACE_TYPES)


def _proper_name_ending(doc: Doc, index: int) -> Span | None:
    """The name NER missed that ends at INDEX: a run of two proper nouns or more, with name
    particles between (``Real Sociedad de Fútbol``), that opens its sentence or follows a
    determiner, or one proper noun opening its sentence (``Kolkata (formerly Calcutta)``); None
    when there is none."""
    start = index
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in NAME_PARTICLES):
        start -= 1
    while start < index and doc[start].pos_ != "PROPN":
        start += 1  # a particle opens no name
    opens = start == 0 or doc[start].is_sent_start or doc[start - 1].pos_ == "DET"
    alone = index == start and doc[start].is_sent_start
    named = (
        doc[index].pos_ == "PROPN" and (index > start or alone) and not any(t.ent_type_ for t in doc[start : index + 1])
    )
    return doc[start : index + 1] if opens and named else None


def _marker(doc: Doc, start: int) -> tuple[tuple[str, ...], int]:
    """The longest alias marker at START (empty when there is none) and how many tokens it
    takes: one adverb of manner may stand before or inside a "known as" (``known professionally
    as``, ``popularly known as``)."""
    best: tuple[str, ...] = ()
    if start >= len(doc) or (doc[start].lower_ not in _MARKER_OPENERS and doc[start].pos_ != "ADV"):
        return best, 0
    words = [t.lower_ for t in doc[start : start + _LONGEST_MARKER + 1]]
    adverb = next((i for i, t in enumerate(doc[start : start + 2]) if t.pos_ == "ADV" and t.lower_[-2:] == "ly"), None)
    if words[0] not in _MARKER_OPENERS and adverb is None:
        return best, 0
    for marker in ALIAS_MARKERS:
        if tuple(words[: len(marker)]) == marker and len(marker) > len(best):
            best = marker
    if best or adverb is None:
        return best, len(best)
    # "known professionally as", "popularly known as": the marker without its adverb
    rest = tuple(words[:adverb] + words[adverb + 1 :])
    found = next((m for m in _ADVERB_MARKERS if rest[: len(m)] == m), ())
    return found, len(found) + 1 if found else 0


def former_names(doc: Doc, entities: Sequence[Span]) -> dict[int, Span]:
    """Return the former names of DOC: each alias's head token index -> the name it is an alias of.

    The name before the parenthesis (or the comma of a ``known as`` aside) is a named entity of
    ENTITIES (PERSON, ORG ...); the alias is the entity (or run of proper nouns) right after the
    marker, up to ``;``, ``,`` or ``)``, a person's name only for a person.
    """
    found: dict[int, Span] = {}
    text = document_text(doc)
    if "(" not in text and not any(word in text for word in _ASIDE_WORDS):
        return found  # no parenthesis, "known as", "also spelled" nor "formerly"
    tokens = tokens_of(doc)
    opening = string_ids(["(", ","])
    for index, orth in enumerate(column(doc, "ORTH")):
        if orth not in opening or index == 0 or index + 2 >= len(doc):
            continue
        token = tokens[index]
        marker, length = _marker(doc, token.i + 1)
        first = token.i + 1 + length
        if marker and first < len(doc) - 1 and doc[first].lower_ == "the":
            first += 1  # "commonly known as the Met", "known as The Rock"
        script = _parenthesised_name(doc, token.i + 1) if not marker and token.text == "(" else None
        if script is None and (not marker or first >= len(doc) or (token.text == "," and marker not in _ASIDE_MARKERS)):
            continue
        before = token.i - 2 if token.i >= 2 and doc[token.i - 1].is_quote else token.i - 1  # '"Song" (歌)'
        name = _entity_at(entities, before)
        if name is None and marker:  # "Real Sociedad de Fútbol, commonly known as Real Sociedad"
            name = _proper_name_ending(doc, before)
        if name is None or (name.label_ not in NAMED_TYPES and name.label_):
            continue
        if script is not None:
            found[script.root.i] = name
            continue
        if name.start > 0 and doc[name.start - 1].ent_type_ == "ORDINAL":
            continue  # "the second Philippine Commission, also known as": not the name's other name
        for span in _aliases_from(doc, entities, first, name, marker):
            found[span.root.i] = name
    return found


def _aliases_from(doc: Doc, entities: Sequence[Span], first: int, name: Span, marker: tuple[str, ...]) -> list[Span]:
    """The aliases of NAME after MARKER, the first at token FIRST: one, or two joined by "or"
    (``commonly known as Real Betis or simply Betis``); none where what follows is no name."""
    found: list[Span] = []
    while True:
        quoted = first < len(doc) - 1 and doc[first].is_quote  # 'commonly known as "The Christian Manifesto"'
        first += quoted
        alias = _entity_at(entities, first)
        if alias is not None and alias.start == first and not _same_kind(alias, name, marker):
            return found  # "(born 1950)"; a person's name for a company's, or the reverse: NER contradicts it
        end = alias.end if alias is not None and alias.start == first else first
        if alias is None or alias.start != first:
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text not in _ALIAS_END:
                end += 1
        after = end + 1 if quoted and end < len(doc) and doc[end].is_quote else end
        alternative = after < len(doc) - 1 and doc[after].lower_ == "or" and not found
        if end == first or (after < len(doc) and doc[after].text not in _ALIAS_END and not alternative):
            return found
        found.append(doc[first:end])
        if not alternative:
            return found
        first = after + 1
        while first < len(doc) - 1 and (doc[first].lower_ in _ALTERNATIVE_WORDS):
            first += 1  # "or simply Betis", "or just the Met"


@lru_cache(maxsize=4096)
def in_other_script(word: str) -> bool:
    """Tell whether WORD is written in letters, none of them Latin (``अर्जुन``, ``北京``, ``Боровков``)."""
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and not any(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


#: How far into a parenthesis a name in another script may stand (``(Kurdish ʿElî Ekber Muradî, عەلی ...``).
_SCRIPT_WINDOW = 12


def language_label(doc: Doc, start: int) -> int | None:
    """Where the name after a language or script label opening a parenthesis at START starts
    (``(German: München)``, ``(in Devanagari: अर्जुन)``, ``(Old English: ...)``); None when no
    label opens it.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Munich (German: München) is in Bavaria.")
        >>> language_label(doc, 2), language_label(doc, 5)
        (4, None)
    """
    index = start + 1 if start < len(doc) and doc[start].lower_ == "in" else start
    first = index
    while index < len(doc) and index - first < _LABEL_WORDS and doc[index].is_title and doc[index].is_alpha:
        index += 1
    return index + 1 if first < index < len(doc) - 1 and doc[index].text == ":" else None


#: How many words a language or script label may have (``Scottish Gaelic``, ``Old Church Slavonic``).
_LABEL_WORDS = 3


def labelled_name(doc: Doc, start: int) -> Span | None:
    """The name after the language or script label opening a parenthesis at START, up to ``;``,
    ``,``, ``:`` or ``)`` (``München`` in ``(German: München)``); None when no label opens it.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> labelled_name(load_pipeline()("Munich (German: München) is in Bavaria."), 2).text
        'München'
    """
    first = language_label(doc, start)
    if first is None:
        return None
    end = next((i for i in range(first, min(first + _SCRIPT_WINDOW, len(doc))) if doc[i].text in _ALIAS_END), None)
    return doc[first:end] if end is not None and end > first else None


def _parenthesised_name(doc: Doc, start: int) -> Span | None:
    """The other name of a name inside the parenthesis opening before START: the name after a
    language label (:func:`labelled_name`), else the first run of words in another script."""
    return labelled_name(doc, start) if language_label(doc, start) is not None else _other_script(doc, start)


def _other_script(doc: Doc, start: int) -> Span | None:
    """The first run of words in another script inside the parenthesis opening before START,
    ending at ``;``, ``,``, ``:`` or ``)``; None when there is none."""
    first = None
    for index in range(start, min(start + _SCRIPT_WINDOW, len(doc))):
        token = doc[index]
        if first is None and token.text == ")":
            return None
        if in_other_script(token.text):
            first = index if first is None else first
        elif first is not None:
            return doc[first:index] if token.text in _ALIAS_END else None
    return None


def classified_name(noun: Token) -> Token | None:
    """Return the head of the name the indefinite noun NOUN classifies, if any: the subject of an
    affirmative copula NOUN completes (also through ``one of``), or the name NOUN is in apposition
    to.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Ici Paris is a French magazine. Foo is one of the oldest banks.")
        >>> classified_name(doc[5]).text, classified_name(doc[13]).text
        ('Paris', 'Foo')
    """
    if noun.pos_ != "NOUN":
        return None
    complement = noun
    while complement.dep_ == "conj" and complement.head.pos_ == "NOUN":  # "X is a town and beach that ..."
        complement = complement.head
    if complement.dep_ == "pobj" and complement.head.lower_ == "of" and complement.head.head.lower_ == "one":
        complement = complement.head.head  # "one of the oldest banks"
    elif _definite(noun) or _definite(complement):
        return None
    if complement.dep_ == "appos":
        return complement.head if _is_name(complement.head) and _identifies(complement) else None
    return _named_subject(complement)


def classifying_noun(name: Token) -> Token | None:
    """Return the noun an affirmative copula says the name headed by NAME is an instance of
    (through ``one of``), if any: ``X is a German racer`` -> racer; ``X was one of the first
    female journalists`` -> journalists.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> classifying_noun(load_pipeline()("Ici Paris is a French magazine.")[1]).text
        'magazine'
    """
    verb = name.head
    if name.dep_ != "nsubj" or not affirmative_copula(verb):
        return None
    noun = next((c for c in children(verb) if c.dep_ == "attr" and c.pos_ in {"NOUN", "NUM", "PRON"}), None)
    if noun is not None and noun.lower_ == "one":  # "one of the first female journalists"
        of = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in children(of) if c.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and noun.pos_ == "NOUN" else None


def became_an_office(name: Token) -> bool:
    """Tell whether the one named by NAME (no place's name) became the holder of an office, a
    thing only a person does (``Olaf Scholz became chancellor``, whatever NER typed him).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> became_an_office(load_pipeline()("Olaf Scholz became chancellor in 2021.")[1])
        True
    """
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_ != "become" or name.ent_type_ in PLACE_TYPES:
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in HONORIFICS for c in children(verb))


def may_be_a_persons_name(words: Sequence[str]) -> bool:
    """Tell whether a full name of WORDS (lower case) may be a person's, whatever type NER gave
    it: not a place's (``Mount Shinn``, :data:`~kg.extract.rules.PLACE_NAME_OPENERS`), an event's
    (``Battle of Samugarh``, :data:`~kg.extract.rules.EVENTS_OF`) nor a thing's (``Tokyo Imperial
    Palace``, :data:`~kg.extract.rules.THING_NOUNS`), so that its last word alone may be a surname.

    Example:
        >>> may_be_a_persons_name(["gus", "shinn"]), may_be_a_persons_name(["mount", "shinn"])
        (True, False)
    """
    return (
        bool(words)
        and words[0] not in PLACE_NAME_OPENERS
        and words[0] not in EVENTS_OF
        and words[-1] not in THING_NOUNS
    )


#: Words after a surname that tell generations apart (``Barack Hussein Obama II``, ``Martin
#: Luther King Jr.``): the name still ends in the surname for a reader.
GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii", "iv"})
#: The numbers of a monarch's name (``Harold II``, ``Louis XIV``): the name before one is the
#: monarch's, as a surname is a person's.
REGNAL_NUMBERS = frozenset(
    (
        *("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"),
        *("x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii"),
    )
)


def surname_word(full: str) -> str:
    """The family name of the full name FULL: its last word but for one telling generations
    apart, or its first in a Chinese, Japanese or Korean name written in its own order
    (:func:`family_name_first`).

    Example:
        >>> surname_word("Barack Hussein Obama II"), surname_word("Marie Curie"), surname_word("Liang Congjie")
        ('Obama', 'Curie', 'Liang')
    """
    words = _name_words(full)
    if family_name_first(words):
        return words[0]
    return words[-1] if words else ""


def family_name_first(words: Sequence[str]) -> bool:
    """Tell whether the full name of WORDS opens with its family name (:data:`FAMILY_FIRST_NAMES`):
    two or three words, the others no such name, and a hyphened given name after a family name
    that opens Western names too (:data:`WESTERN_FIRST_NAMES_TOO`).

    Example:
        >>> family_name_first(["Wang", "Yi"]), family_name_first(["Kim", "Jong-un"])
        (True, True)
        >>> family_name_first(["Kim", "Novak"]), family_name_first(["Ken", "Watanabe"])
        (False, False)
    """
    if not 2 <= len(words) <= 3 or not words[0].istitle():
        return False
    first, rest = words[0].casefold(), [w.casefold() for w in words[1:]]
    if first not in FAMILY_FIRST_NAMES or any(w in FAMILY_FIRST_NAMES for w in rest):
        return False  # "Wang Yang": which?
    return first not in WESTERN_FIRST_NAMES_TOO or any("-" in w for w in rest)


def ends_in_surname(full: str, surname: str) -> bool:
    """Tell whether SURNAME (same case) is the family name of the full name FULL: it ends FULL,
    but for a word telling generations apart (:data:`GENERATIONS`), or opens a name written in
    its own order (:func:`family_name_first`).

    Example:
        >>> ends_in_surname("Barack Hussein Obama II", "Obama"), ends_in_surname("Martin Luther King Jr.", "King")
        (True, True)
        >>> ends_in_surname("Michelle Obama", "Michelle"), ends_in_surname("Pope John Paul II", "II")
        (False, False)
        >>> ends_in_surname("Liang Congjie", "Liang"), ends_in_surname("Harold II", "Harold")
        (True, True)
    """
    words = _name_words(full)
    if family_name_first(words) and words[0] == surname:
        return True
    if _regnal_name(full):  # "Harold" of "Harold II"
        return words[0] == surname
    return len(words) > len(surname.split()) and " ".join(words).endswith(" " + surname)


def _regnal_name(full: str) -> bool:
    """Tell whether FULL is a monarch's name, one name and its number (``Harold II``, ``Louis XIV``).

    Example:
        >>> _regnal_name("Louis XIV"), _regnal_name("John Smith")
        (True, False)
    """
    words = full.replace(",", " ").split()
    return len(words) == 2 and words[1].casefold() in REGNAL_NUMBERS


def _name_words(full: str) -> list[str]:
    """The words of the full name FULL without those after it telling generations apart."""
    words = full.replace(",", " ").split()
    while len(words) > 2 and words[-1].casefold() in GENERATIONS:
        words.pop()
    return words


def distinct_people(names: Sequence[str]) -> list[str]:
    """The people full NAMES (all in one case) a surname may be of: NAMES without those that end in
    another of them (the work or title named after a person: ``Legendary Dolly Parton``) and
    those another writes out in full (``j. h. dearle`` beside ``john henry dearle``).

    Example:
        >>> distinct_people(["legendary dolly parton", "dolly parton", "zella lehr"])
        ['dolly parton', 'zella lehr']
        >>> distinct_people(["j. h. dearle", "john henry dearle"])
        ['john henry dearle']
    """
    inner = [n for n in names if not any(n.endswith(" " + m) for m in names)]
    return [n for n in inner if not any(abbreviates(n.split(), m.split()) for m in inner)]


def abbreviates(short: Sequence[str], long: Sequence[str]) -> bool:
    """Tell whether the words SHORT write the name LONG with middle names left out or given as
    initials: the same first word (or its initial) and last word, the rest in order
    (``henrik angell``, ``william h. armstrong``, ``n. c. wyeth`` of ``newell convers wyeth``).
    LONG must write its middle names out and SHORT give none but initials: ``george w. bush`` is
    not ``george h. w. bush``, ``george walker bush`` not ``george herbert walker bush``.

    Example:
        >>> abbreviates("j. h. dearle".split(), "john henry dearle".split())
        True
        >>> abbreviates("dolly parton".split(), "legendary dolly parton".split())
        False
        >>> abbreviates("george w. bush".split(), "george h. w. bush".split())
        False
    """
    if not 2 <= len(short) <= len(long) or short == long or short[-1] != long[-1]:
        return False
    if any(_is_initial(word) for word in long[1:-1]) or not all(_is_initial(word) for word in short[1:-1]):
        return False  # a middle name of each: "george walker bush" is no "george herbert walker bush"
    rest = iter(long[:-1])
    return all(any(_writes(w, word) for word in rest) for w in short[:-1]) and _writes(short[0], long[0])


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "."


def _writes(word: str, name: str) -> bool:
    """WORD is NAME, or its initial (``h.`` of ``henry``)."""
    return word == name or (_is_initial(word) and name.startswith(word[0]))


def affirmative_copula(verb: Token) -> bool:
    """Tell whether VERB is a copula no negation denies (``is``; not ``is not``)."""
    return verb.lemma_ == "be" and not any(c.dep_ == "neg" for c in children(verb))


def copula_subject(complement: Token) -> Token | None:
    """The subject of the affirmative copula COMPLEMENT completes (``Acme`` in ``Acme is the
    owner of Foo``, ``It`` in ``It is the third-largest city``), or of the verb the copula is
    coordinated with (``Kraków, also spelled Cracow, is the city``), if any."""
    verb = complement.head
    if complement.dep_ != "attr" or not affirmative_copula(verb):
        return None
    subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in children(verb.head) if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def _named_subject(complement: Token) -> Token | None:
    """The name an affirmative copula's complement COMPLEMENT is said of (``Acme`` in ``Acme is
    the owner of Foo``), if any."""
    subject = copula_subject(complement)
    return subject if subject is not None and _is_name(subject) else None


def _definite(noun: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in children(noun) if c.i < noun.i)


def _is_name(token: Token) -> bool:
    return token.ent_type_ in NAMED_TYPES or token.pos_ == "PROPN"


def _identifies(appos: Token) -> bool:
    """Tell whether the apposition APPOS says what its head is, not an example or part of it
    (``the Scripture, particularly the Psalter``; ``..., including the owner``)."""
    return not any(c.i < appos.i and c.dep_ in _NARROWING for c in children(appos))


def described_name(noun: Token) -> Token | None:
    """Return the head of the name the definite description headed by NOUN stands beside, if any:
    in apposition either way (``Acme Ltd., the owner of Foo``; ``its owner, Acme``) or as the
    complement of an affirmative copula whose subject is a name (``Acme is the owner of Foo``,
    ``Henry VIII was King of England``).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Acme Ltd., the owner of the Foo brand, bought Zeta Corp.")
        >>> described_name(doc[4]).text
        'Ltd.'
    """
    # an office "of" something, capitalised and bare, is as definite: "Henry VIII was King of England"
    office = noun.pos_ == "PROPN" and noun.lower_ in OFFICES_OF and any(c.lower_ == "of" for c in children(noun))
    if (noun.pos_ != "NOUN" and not office) or noun.tag_ in {"NNS", "NNPS"}:
        return None
    found: Token | None = None
    dep = noun.dep_
    if dep == "appos" and _is_name(noun.head) and _identifies(noun):
        found = noun.head
    elif dep == "attr":
        found = _named_subject(noun)
    if found is None:
        found = next((c for c in children(noun) if c.dep_ == "appos" and c.i > noun.i and _is_name(c)), None)
        found = found if found is not None and _identifies(found) else None
    return found if found is not None and (office or _definite(noun)) else None
