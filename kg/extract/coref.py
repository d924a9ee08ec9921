"""Resolve what each argument refers to within its document: pronouns, descriptions, names.

No coreference model is available offline, so these are kg's own rules over spaCy's
parse and NER. Each resolved :class:`~kg.model.Argument` gets ``canonical`` (the text of
the entity it denotes), ``link`` (the rule that decided) and ``antecedent`` (document
offsets of the mention it was resolved to). The rules, in order:

- ``relative``: who/which/that -> the noun its relative clause modifies;
- ``pronoun``: he/she/it/they... -> the most salient earlier mention that agrees in
  number and animacy (subjects first, then recency, within two sentences back);
- ``possessive-pronoun``: ``its presence`` -> ``<antecedent>'s presence``;
- ``definite``: ``the group``, ``the militant group`` -> the latest earlier entity of a
  type the head noun can describe (:data:`DESCRIPTION_TYPES`);
- ``head-match``: ``the coalition`` -> an earlier, longer name with the same head (``the
  US-led coalition``);
- ``title``: ``Prime Minister Mohammed Shia' Al Sudani`` -> the person's name alone;
- ``surname``: ``Sudani``, ``Al Sudani`` -> the one full name in the document ending so;
- ``acronym``: ``ISIS`` after ``Islamic State (ISIS)`` -> the long form (Schwartz & Hearst).

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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from typing import NamedTuple

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.phrases import render_tokens
from kg.extract.tree import (
    char_tokens,
    children,
    column,
    document_text,
    in_order,
    is_ancestor,
    root,
    select,
    sentence_index,
    sentences,
    string_ids,
    subtree,
    tokens_of,
)
from kg.model import Argument, Triple

__all__ = [
    "DESCRIPTION_TYPES",
    "PRONOUNS",
    "DocResolver",
    "acronym_definitions",
    "entity_mentions",
    "resolve_triples",
]


@dataclass(frozen=True, slots=True)
class PronounFeatures:
    """What a pronoun says about its antecedent."""

    number: str  # "sing", "plur" or "any"
    animate: bool | None  # True: a person; False: not a person; None: either


#: Personal and possessive pronouns and the agreement they require.
PRONOUNS: dict[str, PronounFeatures] = {
    **{w: PronounFeatures("sing", True) for w in ("he", "him", "his", "himself", "she", "her", "hers", "herself")},
    **{w: PronounFeatures("sing", False) for w in ("it", "its", "itself")},
    **{w: PronounFeatures("plur", None) for w in ("they", "them", "their", "theirs", "themselves")},
}
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
#: Singular nouns for groups of people, which ``they`` may refer to.
COLLECTIVE_NOUNS = frozenset(
    {
        "coalition",
        "government",
        "administration",
        "group",
        "alliance",
        "militia",
        "army",
        "military",
        "force",
        "team",
        "party",
        "movement",
        "committee",
        "council",
    }
)
SENTENCE_WINDOW = 2
#: NER labels that are values, not entities: never graph mentions of their own.
VALUE_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


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


_MENTION_POS = frozenset({"NOUN", "PROPN"})
_NON_HEAD_DEPS = frozenset({"compound", "amod", "nmod"})
_MENTION_POS_IDS = string_ids(_MENTION_POS)
_NON_HEAD_DEP_IDS = string_ids(_NON_HEAD_DEPS)
_PHRASE_LEFT_DEPS = frozenset({"det", "amod", "compound", "nummod", "nmod", "quantmod", "poss", "case", "punct"})


def _noun_phrase_tokens(head: Token) -> list[Token]:
    """HEAD with its determiner and left modifiers: the noun chunk, as spaCy's iterator gives it."""
    tokens = [head]
    for child in children(head):
        if child.i > head.i:
            break
        if child.dep_ in _PHRASE_LEFT_DEPS:
            tokens.extend(subtree(child))
    tokens = in_order(tokens)
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    return tokens


def _nested(mentions: list[_Mention]) -> Iterator[_Mention]:
    """Yield those of MENTIONS that lie within another one (or share its span), by a sweep in start order."""
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    reach = -1  # the furthest end of the mentions before
    for position, mention in enumerate(ordered):
        after = ordered[position + 1] if position + 1 < len(ordered) else None
        if reach >= mention.end or (after is not None and (after.start, after.end) == (mention.start, mention.end)):
            yield mention
        reach = max(reach, mention.end)


def _may_refer(argument: Argument) -> bool:
    """Cheaply tell whether any rule could resolve ARGUMENT (most phrases name themselves)."""
    if argument.pronoun or argument.entity_type == "PERSON":
        return True
    first = argument.text.partition(" ")[0]
    lower = first.lower()
    return lower in PRONOUNS or lower in DEFINITE_DETERMINERS or first.isupper()


def _strip_determiner(tokens: list[Token]) -> list[Token]:
    while len(tokens) > 1 and (tokens[0].dep_ == "det" or tokens[0].is_punct):
        tokens = tokens[1:]
    return tokens


def _is_plural(token: Token) -> bool:
    return token.tag_ in {"NNS", "NNPS"}


def acronym_definitions(doc: Doc) -> dict[str, str]:
    """Return ``{acronym: long form}`` for every ``Long Form (ACR)`` written in DOC.

    Uses Schwartz & Hearst's (2003) check: every letter of the acronym appears, in
    order, in the long form, the first one starting a word.

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
            if candidate[0].is_title and _schwartz_hearst(short, " ".join(w.text for w in candidate)):
                found[token.text] = render_tokens(candidate)
                break
    return found


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
        self._nested_heads: set[int] = set()

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
    def full_names(self) -> list[str]:
        """Full person names of the document (built on first use)."""
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
                self._add_mention(by_head, _noun_phrase_tokens(token), token, index)
        self._by_head[index] = by_head
        found = sorted(by_head.values(), key=lambda m: m.start)
        self._nested_heads.update(m.head.i for m in _nested(found))
        return found

    @cached_property
    def _noun_heads(self) -> list[int]:
        """Indices of the tokens that head a noun phrase of their own (nouns that modify none)."""
        return select(self.doc, pos=_MENTION_POS_IDS, skip_deps=_NON_HEAD_DEP_IDS)

    @cached_property
    def entities(self) -> tuple[Span, ...]:
        """The document's named entities (``doc.ents`` builds them anew on every call)."""
        return tuple(self.doc.ents)

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
        tokens = _strip_determiner(tokens)
        if not tokens:
            return
        entity_type = head.ent_type_ or None
        lemma = head.lemma_.lower()
        by_head[head.i] = _Mention(
            start=tokens[0].idx,
            end=tokens[-1].idx + len(tokens[-1].text),
            tokens=tuple(tokens),
            head=head,
            entity_type=entity_type,
            plural=_is_plural(head),
            sentence=self.sentence_index(head) if sentence is None else sentence,
            person=entity_type == "PERSON" or lemma in PERSON_NOUNS,
            collective=entity_type in COLLECTIVE_TYPES or lemma in COLLECTIVE_NOUNS,
            referent=head.pos_ != "PRON" and entity_type not in VALUE_TYPES,
            subject=head.dep_ in {"nsubj", "nsubjpass"},
        )

    def _person_tokens(self, head: Token) -> list[Token]:
        """The name inside a person mention: its PERSON-typed tokens around HEAD."""
        tokens = [t for t in subtree(head) if t.ent_type_ == "PERSON" and t.i <= head.i]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        return tokens

    def _full_names(self) -> list[str]:
        names = {
            render_tokens(self._person_tokens(ent.root))
            for ent in self.entities
            if ent.label_ == "PERSON" and len(self._person_tokens(ent.root)) >= 2
        }
        return sorted(names)

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
        if head.ent_type_ == "PERSON":
            return self._person(head)
        if head.text in self.acronyms:
            return Resolution(self.acronyms[head.text], "acronym")
        return self._description(head)

    def _relative(self, head: Token) -> Resolution:
        clause = next((a for a in head.ancestors if a.dep_ in {"relcl", "acl"}), None)
        if clause is None:
            return Resolution("", "unresolved")
        noun = clause.head
        inner = self.resolve(noun)
        return Resolution(
            inner.canonical if inner and inner.link != "unresolved" else self._text(noun),
            "relative",
            self._offsets(noun),
        )

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
        sentence = self.sentence_index(head)
        ahead = self._cataphora(head, features)
        if ahead is not None:
            inner = self.resolve(ahead.head)
            canonical = inner.canonical if inner is not None and inner.link != "unresolved" else ahead.text
            return Resolution(canonical, "pronoun", (ahead.start, ahead.end))
        best: tuple[float, _Mention] | None = None
        offset = head.idx
        for mention in self.mentions_between(sentence - SENTENCE_WINDOW, sentence):
            if mention.start >= offset or not self._agrees(mention, features):
                continue
            if mention.head == head or is_ancestor(head, mention.head) or is_ancestor(mention.head, head):
                continue  # the pronoun's own phrase, or one around it
            distance = sentence - mention.sentence
            salience = -1.5 * distance
            salience += 1.0 if mention.subject else 0.0
            salience += 1.2 if mention.entity_type else 0.0
            salience -= 1.5 if self._nested(mention) else 0.0
            salience += mention.start / 1e7  # recency breaks ties
            if best is None or salience > best[0]:
                best = (salience, mention)
        if best is None:
            return Resolution("", "unresolved")
        antecedent = best[1]
        inner = self.resolve(antecedent.head)
        canonical = inner.canonical if inner is not None and inner.link != "unresolved" else antecedent.text
        return Resolution(canonical, "pronoun", (antecedent.start, antecedent.end))

    def _person(self, head: Token) -> Resolution | None:
        name = self._person_tokens(head)
        if not name:
            return None
        text = render_tokens(name)
        if len(name) == 1 or text not in self.full_names:
            matches = [full for full in self.full_names if full != text and full.endswith(" " + text)]
            if len(matches) == 1:
                return Resolution(matches[0], "surname")
        whole = self._text(head)
        return Resolution(text, "title") if text != whole else None

    def _description(self, head: Token) -> Resolution | None:
        if head.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children(head) if c.i < head.i
        ):
            return None
        types = DESCRIPTION_TYPES.get(head.lemma_.lower())
        earlier_same_head = head.lemma in column(self.doc, "LEMMA")[: head.i]
        first = self._first_of_type
        earlier_typed = types is not None and any(first.get(label, head.i) < head.i for label in types)
        if not earlier_same_head and not earlier_typed:
            return None  # no earlier mention can match: skip building the mention inventory
        sentence = self.sentence_index(head)
        clauses = {t.i for c in children(head) if c.dep_ in {"acl", "relcl", "appos"} for t in subtree(c)}
        own = [t for t in subtree(head) if not t.is_punct and t.dep_ != "det" and t.i not in clauses]
        if any(t.ent_type_ or t.pos_ == "PROPN" for t in own if t.i <= head.i):
            return None  # "the US-led coalition" is a name, not a description
        own_words = frozenset(t.lower_ for t in own)
        for mention in reversed(self.mentions_between(0, sentence)):
            if mention.start >= head.idx:
                continue
            recent = mention.sentence >= sentence - 3 * SENTENCE_WINDOW
            if recent and types and not _is_plural(head) and mention.entity_type in types and mention.head.ent_type_:
                inner = self.resolve(mention.head)
                return Resolution(inner.canonical if inner else mention.text, "definite", (mention.start, mention.end))
            if mention.head.lemma_ == head.lemma_ and own_words < mention.words and mention.named:
                inner = self.resolve(mention.head)
                return Resolution(
                    inner.canonical if inner else mention.text, "head-match", (mention.start, mention.end)
                )
        return None

    # -- helpers -------------------------------------------------------------------------
    def _nested(self, mention: _Mention) -> bool:
        """Tell whether MENTION sits inside a larger noun phrase (``US`` in ``the US-led coalition``)."""
        return mention.head.i in self._nested_heads  # found with its sentence's mentions

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
        """Return ARGUMENT with what it refers to filled in (unchanged for clauses)."""
        if argument.kind == "clause" or not _may_refer(argument):
            return argument
        resolved = self._arguments.get(argument)  # a subject or extra recurs in each triple of its clause
        if resolved is None:
            resolved = self._arguments[argument] = self._argument(argument)
        return resolved

    def _argument(self, argument: Argument) -> Argument:
        span = char_tokens(self.doc, argument.start, argument.end)
        if not span:
            return argument
        head = root(span)
        first = next((t for t in span if not t.is_punct), head)
        if first.tag_ == "PRP$" and first != head and first.lower_ in PRONOUNS:
            owner = self.resolve(first)
            if owner is None or owner.link == "unresolved":
                return replace(argument, link="unresolved")
            rest = render_tokens([t for t in span if t.i > first.i])
            return replace(
                argument,
                canonical=f"{owner.canonical}'s {rest}",
                link="possessive-pronoun",
                antecedent=owner.antecedent,
            )
        found = self.resolve(head)
        if found is None or found.canonical == argument.text:
            return argument
        if found.link == "title" and len(found.canonical) > len(argument.text):
            found = Resolution(found.canonical, "surname", found.antecedent)
        if found.link == "unresolved":
            return replace(argument, link="unresolved") if argument.pronoun else argument
        return replace(argument, canonical=found.canonical, link=found.link, antecedent=found.antecedent)


def entity_mentions(doc: Doc, *, resolver: DocResolver | None = None) -> Iterator[Argument]:
    """Yield every named-entity mention of DOC (values such as dates excepted), resolved.

    The graph uses them for aliases and mention counts of the entities its triples name.
    Pass the RESOLVER that resolved DOC's triples to reuse its work.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> [m.text for m in entity_mentions(load_pipeline()("US troops left Iraq in 2011."))]
        ['US', 'Iraq']
    """
    resolver = resolver or DocResolver(doc)
    for ent in resolver.entities:
        if ent.label_ in VALUE_TYPES:
            continue
        tokens = [t for t in tokens_of(doc)[ent.start : ent.end] if not t.is_space]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if not tokens:
            continue
        argument = Argument(
            text=render_tokens(tokens),
            start=tokens[0].idx,
            end=tokens[-1].idx + len(tokens[-1].text),
            entity_type=ent.label_,
        )
        yield resolver.argument(argument)


def resolve_triples(doc: Doc, triples: Iterable[Triple], *, resolver: DocResolver | None = None) -> Iterator[Triple]:
    """Yield TRIPLES (all from DOC) with their subjects, objects and extras resolved."""
    resolver = resolver or DocResolver(doc)
    for triple in triples:
        subject = resolver.argument(triple.subject)
        obj = resolver.argument(triple.object) if triple.object is not None else None
        extras = tuple(resolver.argument(a) for a in triple.extras)
        if subject is triple.subject and obj is triple.object and extras == triple.extras:
            yield triple
        else:
            yield replace(triple, subject=subject, object=obj, extras=extras)
