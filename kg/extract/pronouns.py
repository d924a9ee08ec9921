"""Resolve a document's personal pronouns in one pass, entity by entity, preferring silence
to a wrong answer.

The document is read in order. Each name starts or continues a *discourse entity* (a person,
an organisation, a place ...) with what the text says of it: its number, whether it is a
person, its gender (from the first name, :data:`FIRST_NAMES`; an honorific; a family or role
word; the pronouns already resolved to it) and how salient it is (the topic of the document,
its last mention and whether that was a subject). Each pronoun goes to the entity that
agrees with it (:data:`~kg.extract.rules.PRONOUNS`: number, animacy, gender) and scores best,
unless syntax forbids it (an argument of the pronoun's own verb; a name inside a fronted
phrase whose missing subject the pronoun is: "Placed under the care of a Dr. Bailey, he ...").
The link's confidence is its score's lead over the next candidate; a link below
:data:`THRESHOLD` (calibrated on GUM's biographies and interviews, ``kg eval coref``) is not
made, and the pronoun stays unresolved. A resolved pronoun counts as a mention of its entity,
so ``she ... her ... she`` stays on one person.

Example:
    >>> from kg.nlp import load_pipeline
    >>> from kg.extract.coref import DocResolver
    >>> doc = load_pipeline()("Marie Curie met Pierre Curie in Paris. She married him in 1895.")
    >>> links = pronoun_links(DocResolver(doc))
    >>> [(doc[i].text, link.canonical) for i, link in sorted(links.items())]
    [('She', 'Marie Curie'), ('him', 'Pierre Curie')]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.aliases import became_an_office, classifying_noun
from kg.extract.rules import COLLECTIVE_NOUNS, OCCUPATION_NOUNS, PLACE_TYPES, PRONOUNS, THING_NOUNS
from kg.extract.tree import children, is_ancestor, sentences, subtree, tokens_of

if TYPE_CHECKING:
    from kg.extract.coref import DocResolver, _Mention

__all__ = ["FAMILY_WORDS", "HONORIFIC_GENDER", "THRESHOLD", "Link", "first_name_gender", "pronoun_links"]

#: The least lead a pronoun's best antecedent must have over the next to be linked.
THRESHOLD = 1.0
#: What the subject of the verb a pronoun's clause complements gains (``X said it would ...``).
REPORTER_BONUS = 3.0
#: What the subject of a possessive's own clause gains (``The EU said Google had abused its
#: dominance``: Google's).
OWN_SUBJECT_BONUS = 5.0
#: What "it" and "they" need more: their antecedents are things and events, harder to tell apart.
NEUTER_MARGIN = 2.0
#: What names coordinated as a subject gain as the antecedent of "they" (``Howard Florey and
#: Ernst Chain isolated penicillin at Oxford. They ...``: the two, not Oxford).
GROUP_BONUS = 1.5

#: Gendered pronouns.
PRONOUN_GENDER: dict[str, str] = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
#: Honorifics before a name and the gender they tell.
HONORIFIC_GENDER: dict[str, str] = {
    **dict.fromkeys(("mr", "mr.", "sir", "lord", "king", "prince", "duke", "emperor", "father", "brother"), "m"),
    **dict.fromkeys(
        (
            "mrs",
            "mrs.",
            "ms",
            "ms.",
            "miss",
            "madame",
            "mme",
            "lady",
            "dame",
            "queen",
            "princess",
            "duchess",
            "empress",
        ),
        "f",
    ),
}
#: Nouns for people that tell a gender: ``his father``, ``the actress``.
FAMILY_WORDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "father",
            "son",
            "brother",
            "husband",
            "king",
            "man",
            "boy",
            "uncle",
            "nephew",
            "grandfather",
            "actor",
            "prince",
            "father-in-law",
            "brother-in-law",
            "son-in-law",
        ),
        "m",
    ),
    **dict.fromkeys(
        (
            "mother",
            "daughter",
            "sister",
            "wife",
            "queen",
            "woman",
            "girl",
            "aunt",
            "niece",
            "grandmother",
            "actress",
            "princess",
            "widow",
            "mother-in-law",
            "sister-in-law",
            "daughter-in-law",
        ),
        "f",
    ),
}
_PERSON_PRONOUNS = frozenset(PRONOUN_GENDER)
_NEUTER = frozenset(w for w, f in PRONOUNS.items() if f.animate is False)
_PLURAL = frozenset(w for w, f in PRONOUNS.items() if f.number == "plur")
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
_POSSESSIVE = frozenset({"his", "her", "hers", "its", "their", "theirs"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "pobj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: "it" that refers to nothing: "it is clear that", "it seems", "it rained".
_EXPLETIVE_VERBS = frozenset({"seem", "appear", "rain", "snow", "happen", "take", "matter", "follow"})
_WINDOW = 3  # sentences a non-topic entity stays a candidate after its last mention


@cache
def _first_names() -> dict[str, str]:
    table = files("kg.extract").joinpath("first_names.tsv").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return {name: sex.strip() for name, sex in pairs}


def first_name_gender(name: str) -> str | None:
    """Return ``"m"`` or ``"f"`` for a first name most people bearing it share, else None.

    Example:
        >>> first_name_gender("Mary"), first_name_gender("James"), first_name_gender("Casey")
        ('f', 'm', None)
    """
    return _first_names().get(name.casefold())


@dataclass(frozen=True, slots=True)
class Link:
    """A pronoun's antecedent: the entity's name and latest naming mention, and the confidence."""

    canonical: str
    kind: str
    antecedent: _Mention
    confidence: float
    members: tuple[Link, ...] = ()  # a group's ("Florey and Chain ... They"): a link to each of its names


@dataclass(slots=True)
class _Entity:
    """A discourse entity as the pass has read it so far."""

    name: str
    kind: str
    mention: _Mention  # the latest mention that names it (the antecedent a link reports)
    person: bool
    plural: bool
    collective: bool
    gender: str | None = None
    thing: bool = False  # a copula called it a kind of thing ("Brigden is a community")
    topic: bool = False
    last_sentence: int = 0
    last_subject: bool = False
    mentions: int = 1
    tokens: set[int] = field(default_factory=set)  # heads of its mentions so far
    members: tuple[_Entity, ...] = ()  # a group's: the entities its coordinated names name


def _gender_of_name(tokens: tuple[Token, ...], doc_tokens: list[Token]) -> str | None:
    """The gender a person's name tells: an honorific before it, or its first name."""
    first = tokens[0]
    if first.i > 0:
        before = doc_tokens[first.i - 1].lower_
        if before in HONORIFIC_GENDER:
            return HONORIFIC_GENDER[before]
    if first.lower_ in HONORIFIC_GENDER:
        return HONORIFIC_GENDER[first.lower_]
    words = [t for t in tokens if t.is_alpha]
    return first_name_gender(words[0].text) if len(words) >= 2 else None


def _is_expletive(token: Token) -> bool:
    """``It is clear that ...``, ``it seems``: an "it" with no referent."""
    head = token.head
    if token.lower_ != "it" or token.dep_ not in _SUBJECT_DEPS | {"expl"}:
        return token.dep_ == "expl"
    kids = children(head)
    if head.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in kids):
        return False  # "It took place near Pevensey": the battle's
    if head.lemma_.lower() in _EXPLETIVE_VERBS:
        return True
    return (
        head.lemma_ == "be"
        and any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in kids)
        and any(c.dep_ in {"acomp", "attr"} for c in kids)
    )


def _reporter(pronoun: Token) -> int | None:
    """The subject of the verb whose clausal complement PRONOUN is the subject of, or owns the
    subject of: ``the administration stressed that it will not leave`` -> administration;
    ``Scholz said his government would send tanks`` -> Scholz."""
    subject = pronoun.head if pronoun.dep_ == "poss" and pronoun.head.dep_ in _SUBJECT_DEPS else pronoun
    if subject.dep_ not in _SUBJECT_DEPS or subject.head.dep_ != "ccomp":
        return None
    subjects = [c for c in children(subject.head.head) if c.dep_ in _SUBJECT_DEPS]
    return subjects[0].i if subjects else None


def _clause(token: Token) -> Token:
    """The verb whose clause TOKEN is an argument of (possessives: their noun's)."""
    head = token.head
    while head.dep_ not in {"ROOT"} and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    return head


def _fronted(pronoun: Token) -> set[int]:
    """Tokens of a fronted participle whose missing subject PRONOUN is: ``Placed under the care
    of a Dr. Bailey, he ...`` (Bailey cannot be he)."""
    if pronoun.dep_ not in _SUBJECT_DEPS:
        return set()
    verb = pronoun.head
    found: set[int] = set()
    for child in children(verb):
        participle = child.i < pronoun.i and child.dep_ in {"advcl", "acl"} and child.tag_ in {"VBN", "VBG"}
        if participle and not any(c.dep_ in _SUBJECT_DEPS for c in children(child)):
            found.update(t.i for t in subtree(child) if t.pos_ != "PRON")
    return found


def _said_to_be_a_person(head: Token) -> bool | None:
    """Tell what the sentence says the name headed by HEAD is, read once from the noun a copula
    classifies it by: a person's (True) when that is an occupation (``X is a German skeleton
    racer``, ``X was one of the first journalists``) or has a ``who`` clause (``X was a figure
    who ...``); no person's (False) when it is a kind of thing (:data:`THING_NOUNS`: ``Ici Paris
    is a French magazine``), or when it became an office's holder (:func:`~kg.extract.aliases.became_an_office`);
    else None."""
    noun = classifying_noun(head)
    if noun is None:
        return True if became_an_office(head) else None
    lemma = noun.lemma_.lower()
    if lemma in THING_NOUNS:
        return False
    if lemma in OCCUPATION_NOUNS:
        return True
    clauses = [c for c in children(noun) if c.dep_ == "relcl"]
    return True if any(t.lower_ == "who" for c in clauses for t in children(c)) else None


#: Verbs that make their subject and object a couple "they" may refer to next ("married",
#: "met": ``John Smith met Mary Jones in Paris. They married``).
_PAIRING = frozenset({"marry", "married", "wed", "meet"})


def _agrees(entity: _Entity, word: str) -> bool:
    if word in _PERSON_PRONOUNS:
        gender = PRONOUN_GENDER[word]
        return entity.person and not entity.plural and entity.gender in {None, gender}
    if word in _NEUTER:
        return not entity.person and not entity.plural
    return entity.plural or entity.collective


def _score(entity: _Entity, word: str, sentence: int) -> float | None:
    distance = sentence - entity.last_sentence
    told = word in _PERSON_PRONOUNS and entity.gender == PRONOUN_GENDER[word]
    if distance > _WINDOW and not entity.topic:
        if not told:
            return None
        distance = _WINDOW + 1  # a person of the pronoun's gender, however far back
    score = -0.8 * distance
    score += 0.8 if entity.last_subject else 0.0
    score += 2.5 if entity.topic else 0.0
    score += 0.3 if entity.mentions >= 3 else 0.0
    score += 0.5 if entity.kind == "name" else 0.0
    if word in _PERSON_PRONOUNS:
        score += 1.0 if entity.gender == PRONOUN_GENDER[word] else -0.3
    return score


class _Pass:
    """One reading of a document, in order (state: its entities so far)."""

    def __init__(self, resolver: DocResolver) -> None:
        self.resolver = resolver
        self.doc_tokens = tokens_of(resolver.doc)
        self.entities: list[_Entity] = []
        self.by_name: dict[str, _Entity] = {}
        self.links: dict[int, Link] = {}
        self.groups: dict[int, _Entity] = {}  # names coordinated with "and", by the first one's head
        self.named: dict[int, _Entity] = {}  # the entity each mention names, by its head
        self.keys: dict[int, tuple[str, str, bool]] = {}  # each mention's name, key and namedness, by head
        self.topic: str | None = None
        self.topic_gender: str | None = None

    def run(self) -> dict[int, Link]:
        words = _PERSON_PRONOUNS | _NEUTER | _PLURAL
        last = max((t.i for t in self.doc_tokens if t.pos_ == "PRON" and t.lower_ in words), default=-1)
        if last < 0:
            return self.links
        self.topic, self.topic_gender = self._topic()
        for index, sentence in enumerate(sentences(self.resolver.doc)):
            if sentence.start > last:
                break  # no pronoun after here
            mentions = {m.head.i: m for m in self.resolver.sentence_mentions(index)}
            for token in self.doc_tokens[sentence.start : sentence.end]:
                mention = mentions.get(token.i)
                if mention is not None and mention.referent:
                    self.name(mention, index)
                    self._group(mention, mentions, index)
                    self._couple(mention, mentions, index)
                elif token.pos_ == "PRON" and token.lower_ in words:
                    self.pronoun(token, index)
        return self.links

    def _key(self, mention: _Mention) -> tuple[str, str, bool]:
        """The name MENTION gives its entity, the key it is known by, and whether it is a name."""
        found = self.keys.get(mention.head.i)
        if found is None:
            resolved = self.resolver.resolve(mention.head)
            named = mention.kind == "name" or (resolved is not None and resolved.kind == "name")
            name = resolved.canonical if resolved is not None and resolved.link != "unresolved" else mention.text
            found = self.keys[mention.head.i] = (name, (name.casefold() if named else f"{mention.start}"), named)
        return found

    def _topic(self) -> tuple[str | None, str | None]:
        """The document's topic and its gender: the name the first sentence is about (its
        subject), else the person (else the name) named most often, when clearly the most often.
        A topic that may be a person takes the gender most of the document's gendered pronouns
        have, when they clearly agree (a biography's "she")."""
        people: Counter[str] = Counter()
        names: Counter[str] = Counter()
        types: dict[str, str | None] = {}
        topic: str | None = None
        spans = sentences(self.resolver.doc)
        heading = bool(spans) and not any(t.pos_ in {"VERB", "AUX"} for t in spans[0])
        for mention in self.resolver.sentence_mentions(0) if spans else ():
            defined = mention.kind == "phrase" and classifying_noun(mention.head) is not None  # "The X is a Y"
            subject = heading or mention.head.dep_ in _SUBJECT_DEPS
            if mention.referent and (mention.kind == "name" or defined) and subject:
                _, topic, _ = self._key(mention)  # a biography's title, or its first sentence's subject
                types[topic] = mention.entity_type
                break
        for index in range(len(spans) if topic is None else 0):
            for mention in self.resolver.sentence_mentions(index):
                if mention.referent and mention.kind == "name":
                    _, key, _ = self._key(mention)
                    names[key] += 1
                    types.setdefault(key, mention.entity_type)
                    if mention.entity_type == "PERSON":
                        people[key] += 1
        for counts in (people, names):
            ranked = counts.most_common(2)
            clear = bool(ranked) and (len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1])
            if topic is None and clear and ranked[0][1] >= 2:
                topic = ranked[0][0]
        if topic is None:
            return None, None
        genders = Counter(PRONOUN_GENDER[t.lower_] for t in self.doc_tokens if t.lower_ in PRONOUN_GENDER)
        gender = None
        # a title line names the biography's person, whatever type spaCy gave the name
        person_like = types.get(topic) in {None, "PERSON"} or (heading and types.get(topic) not in PLACE_TYPES)
        if person_like and sum(genders.values()) >= 2:
            (top, count), *rest = genders.most_common()
            gender = top if not rest or count >= 2 * rest[0][1] else None
        return topic, gender

    def name(self, mention: _Mention, sentence: int) -> None:
        """Start or continue the entity MENTION names (a last word of the topic's name: the topic)."""
        name, key, named = self._key(mention)
        topic_entity = self.by_name.get(self.topic) if self.topic is not None else None
        # a person's name may grow ("Brock Wyatt Holt" for "Holt"), not a thing's into a person's
        person_like = mention.entity_type in {None, "PERSON"} and not (topic_entity is not None and topic_entity.thing)
        if named and self._is_topic(key, longer=person_like):
            key = self.topic or key  # every form of the topic's name is the topic
        entity = self.by_name.get(key)
        subject = mention.head.dep_ in _SUBJECT_DEPS
        lemma = mention.head.lemma_.lower()
        if entity is None:
            untyped = mention.entity_type is None
            told = (
                _gender_of_name(mention.tokens, self.doc_tokens) if mention.entity_type == "PERSON" or untyped else None
            )
            topic = self._is_topic(key, longer=person_like)
            said = _said_to_be_a_person(mention.head) if named else None
            thing = said is False  # "Le Canard Fou is a magazine": no "Le" of a woman
            kind = classifying_noun(mention.head) if named and said is not True else None
            band = kind is not None and kind.lemma_.lower() in COLLECTIVE_NOUNS  # "Radiohead are a rock band. They"
            person = not thing and (
                mention.person
                or (named and untyped and told is not None)
                or (topic and bool(self.topic_gender))
                or said is True
            )
            # a first name tells a gender before the document's pronouns do ("Mary Brown ... her husband ... He")
            gender = None if thing else told if told is not None or not topic else self.topic_gender
            entity = _Entity(
                name=name,
                kind="name" if named else "phrase",
                mention=mention,
                person=person or lemma in FAMILY_WORDS,
                plural=mention.plural,
                collective=(mention.collective and not person) or (band and not person),
                gender=gender or FAMILY_WORDS.get(lemma),
                last_sentence=sentence,
                last_subject=subject,
            )
            entity.topic, entity.thing = topic, thing
            self.entities.append(entity)
            self.by_name[key] = entity
        else:
            entity.mentions += 1
            again = entity.last_sentence == sentence and entity.last_subject  # "X (XY) is": X's apposition
            entity.last_sentence, entity.last_subject, entity.mention = sentence, subject or again, mention
            if named and len(name.split()) > len(entity.name.split()):
                entity.name = name  # the topic's fullest name: "Brock Wyatt Holt" over "Brock Holt"
            if entity.gender is None and mention.kind == "name" and mention.entity_type in {None, "PERSON"}:
                # "Hart's spokesman, Ben Cole": the name after the noun tells the gender
                entity.gender = _gender_of_name(mention.tokens, self.doc_tokens)
        entity.tokens.add(mention.head.i)
        self.named[mention.head.i] = entity

    def _group(self, mention: _Mention, mentions: dict[int, _Mention], sentence: int) -> None:
        """Start or grow the group of names MENTION is coordinated with ("Florey and Chain"):
        an entity of its own that "they" may refer to, its members each one named."""
        head = mention.head
        if head.dep_ != "conj" or mention.kind != "name":
            return
        chain = [head, head.head]
        while chain[-1].dep_ == "conj" and chain[-1].head.i in mentions:
            chain.append(chain[-1].head)  # "A, B and C": the group starts at A
        first = chain[-1]
        if first.i not in mentions or mentions[first.i].kind != "name":
            return
        if not any(c.dep_ == "cc" and c.lower_ == "and" for t in chain for c in children(t)):
            return  # "A or B"
        self._join(first, head, mentions, sentence)

    def _couple(self, mention: _Mention, mentions: dict[int, _Mention], sentence: int) -> None:
        """Make the two names a marriage or a meeting joins a group "they" may refer to (``Daniel
        Wexler married Laurene Powers. They had three children``: both; :data:`_PAIRING`)."""
        head = mention.head
        verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else head.head
        if mention.kind != "name" or verb.lemma_.lower() not in _PAIRING or head.dep_ not in {"dobj", "pobj"}:
            return
        clause = verb.head if verb.dep_ == "acomp" else verb  # "Marlowe was married to Cynthia Powell"
        subject = next((c for c in children(clause) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.i in mentions and mentions[subject.i].kind == "name":
            self._join(subject, head, mentions, sentence)

    def _join(self, first: Token, head: Token, mentions: dict[int, _Mention], sentence: int) -> None:
        """Add the entity named at HEAD to the group that starts with the name at FIRST."""
        one, other = self.named.get(first.i), self.named.get(head.i)
        if one is None or other is None or one is other:
            return
        group = self.groups.get(first.i)
        if group is None:
            group = self.groups[first.i] = _Entity(
                name="", kind="group", mention=mentions[first.i], person=True, plural=True, collective=False
            )
            group.tokens.add(first.i)
            group.members = (one,)
            self.entities.append(group)
        if other not in group.members:
            group.members = (*group.members, other)
        group.name = " and ".join(m.name for m in group.members)
        group.person = all(m.person for m in group.members)
        group.topic = any(m.topic for m in group.members)  # "Shell and ExxonMobil ... They": both, not Shell
        group.tokens.add(head.i)
        group.last_sentence, group.last_subject = sentence, first.dep_ in _SUBJECT_DEPS

    def _is_topic(self, key: str, *, longer: bool = True) -> bool:
        """Tell whether the name KEY is the topic's: its words are among the topic's (``Holt``
        for ``Brock Wyatt Holt``), or, when LONGER (a person's name may grow: ``Brock Wyatt
        Holt`` for ``Holt``), the topic's are among its (not ``Bhaktapur District`` for a city
        ``Bhaktapur``)."""
        if self.topic is None:
            return False
        words, topic = set(key.split()), set(self.topic.split())
        return words <= topic or (longer and topic <= words)

    def pronoun(self, token: Token, sentence: int) -> None:
        word = token.lower_
        if word in _NEUTER and _is_expletive(token):
            return
        fronted = _fronted(token)
        verb = _clause(token)
        first = sentences(self.resolver.doc)[sentence].start
        reporter = _reporter(token)
        own_subjects = {c.i for c in children(verb) if c.dep_ in _SUBJECT_DEPS} if word in _POSSESSIVE else set()
        # "His father, Wilfried Mbappé, was his coach": whose coach a copula says is no one the subject names
        own = token.i + 1 < len(self.doc_tokens) and self.doc_tokens[token.i + 1].lower_ == "own"  # "his own boss"
        predicate = word in _POSSESSIVE and token.head.dep_ == "attr" and verb.lemma_ == "be" and not own
        # "BYD, its largest rival": a possessive inside an apposition is not the name it describes
        # (but "Higuchi, her mother and her sister" is a list the parser read as one)
        appositions = [a for a in token.ancestors if a.dep_ == "appos"]
        listed = any(c.dep_ == "conj" for a in appositions[:1] for c in children(a))
        described = appositions[0].head.i if appositions and not listed else None
        scored: list[tuple[float, int, _Entity]] = []
        # a name last mentioned inside a group is no antecedent of "they" apart from it, nor of "it"
        # ("Canada and Mexico signed a trade agreement. It was negotiated by Mary Ng": not Canada)
        apart = {
            id(m)
            for g in self.groups.values()
            if word in _PLURAL or (word in _NEUTER and g.last_subject)
            for m in g.members
            if m.mention.head.i in g.tokens
        }
        for position, entity in enumerate(self.entities):
            if not _agrees(entity, word) or id(entity) in apart:
                continue
            if any(i in fronted for i in entity.tokens) or described in entity.tokens:
                continue
            bound = (word not in _POSSESSIVE or predicate) and word not in _REFLEXIVE
            if bound and self._clause_mate(entity, token, verb, first):
                continue
            score = _score(entity, word, sentence)
            if score is not None:
                if reporter is not None and reporter in entity.tokens:
                    score += REPORTER_BONUS  # "the company said it would ...": the one who says it
                if own_subjects & entity.tokens:
                    score += OWN_SUBJECT_BONUS  # "Google had abused its dominance": Google's
                if entity.members and entity.last_subject:
                    score += GROUP_BONUS
                scored.append((score, position, entity))
        if not scored:
            return
        scored.sort(key=lambda item: (-item[0], -item[1]))
        best = scored[0]
        lead = best[0] - scored[1][0] if len(scored) > 1 else best[0] + 2.0
        alone = len(scored) == 1 and best[2].kind == "name" and sentence - best[2].last_sentence <= 1
        said = reporter is not None and reporter in best[2].tokens
        owner = word == "its" and best[2].kind == "name"  # "its borders": a named owner is the rule
        # "Harbour Esplanade is a street ... It runs": a subject "it" of a thing the document is about
        topic = word == "it" and token.dep_ in _SUBJECT_DEPS and best[2].topic and not best[2].person
        group = bool(best[2].members) and best[2].last_subject and sentence - best[2].last_sentence <= 1
        margin = 0.0 if word in _PERSON_PRONOUNS or alone or said or owner or topic or group else NEUTER_MARGIN
        if lead < THRESHOLD + margin:
            return
        if word not in _PERSON_PRONOUNS and not (best[2].kind == "name" or best[2].last_subject or reporter):
            return  # "it", "they": only a named subject just mentioned (things and events are too many)
        entity = best[2]
        confidence = round(min(lead, 5.0) / 5.0, 3)
        members = tuple(Link(m.name, m.kind, m.mention, confidence) for m in entity.members)
        self.links[token.i] = Link(entity.name, entity.kind, entity.mention, confidence, members)
        entity.mentions += 1
        entity.last_sentence, entity.last_subject = sentence, token.dep_ in _SUBJECT_DEPS
        if entity.gender is None and word in PRONOUN_GENDER:
            entity.gender = PRONOUN_GENDER[word]
        entity.tokens.add(token.i)

    def _clause_mate(self, entity: _Entity, pronoun: Token, verb: Token, first: int) -> bool:
        """Tell whether ENTITY is named by another argument of the pronoun's own clause (its
        sentence begins at token FIRST)."""
        for i in entity.tokens:
            if i < first:
                continue  # another sentence: another clause
            other = self.doc_tokens[i]
            if other.dep_ == "appos":  # "His father, Wilfried Mbappé, was his coach": the father's place
                other = other.head
            if other.dep_ in _ARGUMENT_DEPS and _clause(other) == verb and not is_ancestor(other, pronoun):
                return True
        return False


def pronoun_links(resolver: DocResolver) -> dict[int, Link]:
    """Return, by token index, the antecedent of each personal pronoun of RESOLVER's document
    that one can be given with confidence (see the module docstring)."""
    return _Pass(resolver).run()
