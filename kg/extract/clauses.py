"""Find each clause's predicate and arguments in a dependency parse and yield triples.

A *predicate* is a verb (or a copula) that heads a clause. For each one kg finds
its subjects (inherited through coordination, relative and participial clauses),
its relation words (auxiliaries, negation, particles, ``to``-infinitive chains),
its objects and its prepositional arguments, then yields one triple per
subject x object conjunct.

Example:
    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The US withdraws troops from Iraq.")
    >>> [(t.subject.text, t.relation.text, t.object.text) for t in clause_triples(doc)]
    [('The US', 'withdraws', 'troops')]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.aliases import classified_name
from kg.extract.confidence import confidence
from kg.extract.factuality import clause_modality, question_marker
from kg.extract.phrases import Resolve, as_found, conjuncts, is_adverbial_prep, noun_phrase, render_tokens
from kg.extract.rules import (
    AGENT,
    ATTRIBUTION_PREPOSITION,
    ATTRIBUTION_VERBS,
    AUXILIARIES,
    CLAUSAL_OBJECTS,
    CONJUNCTS,
    DATIVES,
    DIRECTION_DEPS,
    DIRECTION_WORDS,
    EXPLETIVE,
    GERUND_TIME_PREPOSITIONS,
    LIGHT_VERB_PREPOSITIONS,
    LIGHT_VERBS,
    NEGATIONS,
    NOMINAL_OBJECTS,
    NOUN_ADVERBIALS,
    OPEN_COMPLEMENTS,
    PARTICLES,
    PASSIVE_SUBJECTS,
    PREDICATE_POS,
    PREP_OBJECTS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    TIME_TYPES,
)
from kg.extract.tree import (
    children,
    column,
    in_order,
    select,
    sentence_text,
    sentences,
    string_ids,
    subtree,
    tokens_of,
)
from kg.model import NAMED_TYPES, Argument, Relation, Triple

__all__ = ["clause_subjects", "clause_triples", "is_predicate", "predicate_candidates", "verb_chain"]

_SKIPPED_PREDICATE_DEPS = frozenset({"aux", "auxpass", "amod", "compound", "pcomp", "csubj"})
_PREDICATE_POS_IDS = string_ids(PREDICATE_POS)
_SKIPPED_PREDICATE_DEP_IDS = string_ids(_SKIPPED_PREDICATE_DEPS)
_PCOMP_IDS = string_ids({"pcomp"})
_INHERITING_DEPS = frozenset({"conj", "advcl", "xcomp"})
_OBJECTS = NOMINAL_OBJECTS | {"dobj"}
_RELATION_DEPS = AUXILIARIES | NEGATIONS | PARTICLES  # the words of a relation besides its verbs


class _Sentence:
    """A sentence's index, length in tokens and (computed on first use) text."""

    __slots__ = ("_text", "index", "span", "words")

    def __init__(self, span: Span, index: int) -> None:
        self.span, self.index, self.words = span, index, len(span)
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = sentence_text(self.span)
        return self._text


@dataclass(slots=True)
class _Clause:
    """The pieces of one predicate, gathered before triples are made."""

    verbs: list[Token]
    rule: str
    subjects: list[Token] = field(default_factory=list)
    objects: list[Argument] = field(default_factory=list)
    extras: list[Argument] = field(default_factory=list)
    preposition: str | None = None
    light_noun: list[Token] = field(default_factory=list)
    passive: bool = False
    attribution: str | None = None


def is_predicate(token: Token) -> bool:
    """Tell whether TOKEN heads a clause that kg extracts from.

    Example:
        >>> # "withdraws" in "The US withdraws troops." -> True; "has" in "has left" -> False
    """
    if token.pos_ not in PREDICATE_POS or (token.dep_ in _SKIPPED_PREDICATE_DEPS and not _time_gerund(token)):
        return False
    if token.dep_ in OPEN_COMPLEMENTS and _chains_into_head(token):
        return False
    return token.pos_ == "VERB" or any(c.dep_ in {"attr", "acomp", "nsubj"} for c in children(token))


def is_passive(verb: Token) -> bool:
    """Tell whether VERB reads in the passive voice: a passive subject or auxiliary, or a
    participle modifying a noun (``the forces led by the US``).

    Example:
        >>> # "signed" in "The deal was signed." -> True; in "Iraq signed the deal." -> False
        >>> # "directed" in "It was written and directed by Greta Gerwig." -> True
    """
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    if any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in children(verb)):
        return True
    # a participle coordinated with a passive verb, with no subject or auxiliary of its own:
    # "was written and directed by Greta Gerwig"
    return (
        verb.dep_ in CONJUNCTS
        and verb.tag_ == "VBN"
        and not any(c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in children(verb))
        and is_passive(verb.head)
    )


def _chains_into_head(xcomp: Token) -> bool:
    """An xcomp whose head has no object reads as one relation: ``plans to withdraw``."""
    return not any(c.dep_ in _OBJECTS for c in children(xcomp.head))


def predicate_candidates(doc: Doc) -> list[int]:
    """Return the indices of DOC's tokens that pass :func:`is_predicate`'s first test, picked
    on the token arrays (verbs and copulas not used as auxiliaries or modifiers), and the
    gerunds of time that share their verb's subject (:func:`_time_gerund`)."""
    found = select(doc, pos=_PREDICATE_POS_IDS, skip_deps=_SKIPPED_PREDICATE_DEP_IDS)
    tokens = tokens_of(doc)
    gerunds = [i for i, dep in enumerate(column(doc, "DEP")) if dep in _PCOMP_IDS and _time_gerund(tokens[i])]
    return sorted(found + gerunds) if gerunds else found


def _time_gerund(token: Token) -> bool:
    """Tell whether TOKEN is a gerund after a preposition of time that modifies a verb, so that
    it reads with that verb's subject: ``The river flows north before joining the Danube``,
    ``After leaving Harvard, he founded Microsoft``."""
    prep = token.head
    return (
        token.dep_ == "pcomp"
        and token.tag_ == "VBG"
        and prep.lower_ in GERUND_TIME_PREPOSITIONS
        and prep.head.pos_ in PREDICATE_POS
        and not any(c.dep_ in SUBJECTS for c in children(token))
    )


def verb_chain(verb: Token) -> list[Token]:
    """Return VERB and the open complements that read as one relation with it (``plans to withdraw``)."""
    chain = [verb]
    while True:
        nxt = [c for c in children(chain[-1]) if c.dep_ in OPEN_COMPLEMENTS and c.pos_ in PREDICATE_POS]
        if not nxt or not _chains_into_head(nxt[0]):
            return chain
        chain.append(nxt[0])


def _relation_tokens(verbs: list[Token]) -> list[Token]:
    tokens: list[Token] = []
    for verb in verbs:
        tokens.append(verb)
        tokens.extend(c for c in children(verb) if c.dep_ in _RELATION_DEPS)
    return in_order(set(tokens))


def _relation(verbs: list[Token], clause: _Clause) -> Relation:
    """Return the relation words as they read, and their lemma form.

    A passive keeps its voice in the lemma as in the words, its subject being the patient
    (``was signed by`` -> ``be signed by``, ``was signed`` -> ``be signed``).
    """
    tokens = in_order([*_relation_tokens(verbs), *clause.light_noun])
    text = render_tokens(tokens)
    lemma_parts: list[str] = []
    for index, verb in enumerate(verbs):
        if index:
            lemma_parts.append("to")
        lemma_parts.extend(["be", verb.lower_] if clause.passive and index == 0 else [verb.lemma_.lower()])
        lemma_parts.extend(c.lower_ for c in children(verb) if c.dep_ in PARTICLES)
    lemma_parts.extend(t.lower_ for t in clause.light_noun if t.pos_ not in {"DET", "PUNCT"})
    if clause.preposition:
        text = f"{text} {clause.preposition}"
        lemma_parts.append(clause.preposition.lower())
    return Relation(
        text=text,
        lemma=" ".join(lemma_parts),
        start=tokens[0].idx,
        end=tokens[-1].idx + len(tokens[-1].text),
    )


#: Verbs whose subject, not object, does what their infinitive says: ``promised them to go``;
#: and verbs whose infinitive says what the subject did it for (``left the band to pursue a solo
#: career``, ``sold the firm to focus on design``, ``used the money to buy land``).
_SUBJECT_CONTROL = frozenset(
    {"promise", "vow", "threaten"}
    | {"leave", "quit", "abandon", "sell", "use", "borrow", "spend", "raise", "save", "join", "visit", "close"}
)


def _object_controller(verb: Token) -> Token | None:
    """The object of the verb whose infinitive VERB is, which does what VERB says (``asked the
    team to publish``, ``urged Congress to act``), if any."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head.lemma_.lower() in _SUBJECT_CONTROL:
        return None
    return next((c for c in children(verb.head) if c.dep_ == "dobj" and c.i < verb.i), None)


def clause_subjects(verb: Token) -> tuple[list[Token], str]:
    """Return the subject heads of VERB's clause and the rule that found them."""
    direct = [c for c in children(verb) if c.dep_ in SUBJECTS or c.dep_ == EXPLETIVE]
    if verb.dep_ in {"relcl", "acl"}:
        if verb.dep_ == "acl" and verb.tag_ == "VB":
            return [], "none"
        if not direct or any(t.lower_ in RELATIVE_PRONOUNS for t in subtree(direct[0])):
            named = classified_name(verb.head) if verb.dep_ == "relcl" else None
            # "X is an engineer who founded Y": X founded Y
            return conjuncts(named if named is not None else verb.head), verb.dep_
    if direct and direct[0].dep_ == "expl":
        existent = [c for c in children(verb) if c.dep_ in {"attr", "dobj"}]
        return (conjuncts(existent[0]), "existential") if existent else ([], "none")
    if direct and any(c.dep_ == "case" for c in children(direct[0])):
        return [], "none"  # a possessor misparsed as a subject: "Iraq's strengthened military"
    if direct:
        return conjuncts(direct[0]), "svo"
    controller = _object_controller(verb)
    if controller is not None:  # "asked the team to publish": the team publishes
        return conjuncts(controller), "xcomp-subject"
    if verb.dep_ in _INHERITING_DEPS and verb.head.pos_ in PREDICATE_POS:
        inherited, _ = clause_subjects(verb.head)
        return inherited, f"{verb.dep_}-subject"
    if _time_gerund(verb):  # "before joining the Danube": an adverbial clause of the verb
        inherited, _ = clause_subjects(verb.head.head)
        return inherited, "advcl-subject"
    return [], "none"


def _prep_arguments(verb: Token) -> Iterator[Argument]:
    """Yield VERB's prepositional arguments and bare time expressions (``this year``)."""
    for child in children(verb):
        if child.dep_ in NOUN_ADVERBIALS and child.ent_type_ in TIME_TYPES:
            yield noun_phrase(child)
    for prep in children(verb):
        if prep.dep_ not in PREPOSITIONS or prep.lower_ == ATTRIBUTION_PREPOSITION:
            continue
        for pobj in (c for c in children(prep) if c.dep_ in PREP_OBJECTS):
            for conj in conjuncts(pobj):
                yield noun_phrase(conj, preposition=prep.text)
    for direction in children(verb):  # "lies north of Rzeszów": "north of" is the preposition
        if direction.dep_ in DIRECTION_DEPS and direction.lower_ in DIRECTION_WORDS:
            words = render_tokens([*(c for c in children(direction) if c.dep_ == "compound"), direction])
            for prep in (c for c in children(direction) if c.dep_ in PREPOSITIONS and c.lower_ == "of"):
                for pobj in (c for c in children(prep) if c.dep_ in PREP_OBJECTS):
                    yield noun_phrase(pobj, preposition=f"{words} {prep.text}")


def _clause_argument(head: Token, *, without: Token | None = None) -> Argument:
    """Return HEAD's clause as an argument, minus its ``that`` and the subtree WITHOUT."""
    skipped = set(subtree(without)) if without is not None else set()
    for token in subtree(head):
        if token.dep_ in PREPOSITIONS and token.lower_ == ATTRIBUTION_PREPOSITION:
            skipped.update(subtree(token))
    tokens = [t for t in subtree(head) if t not in skipped and not (t.dep_ == "mark" and t.head == head)]
    tokens = [t for t in tokens if not t.is_space]
    while tokens and tokens[-1].pos_ == "PUNCT":
        tokens.pop()
    while tokens and tokens[0].pos_ == "PUNCT":
        tokens.pop(0)
    return Argument(
        text=render_tokens(tokens),
        start=tokens[0].idx,
        end=tokens[-1].idx + len(tokens[-1].text),
        kind="clause",
    )


def _according_to_source(verb: Token) -> tuple[Token, Token] | None:
    """Return the ``according`` token under VERB and the head of its source, if any."""
    for prep in children(verb):
        if prep.dep_ in PREPOSITIONS and prep.lower_ == ATTRIBUTION_PREPOSITION:
            for to in children(prep):
                for pobj in (c for c in children(to) if c.dep_ in PREP_OBJECTS):
                    return prep, pobj
    return None


def _according_to(verb: Token) -> str | None:
    found = _according_to_source(verb)
    return noun_phrase(found[1]).text if found else None


def reporter(verb: Token) -> str | None:
    """Return who reports VERB's clause: ``X said that <clause>`` or ``according to X``;
    nobody for a question (``X did not say whether <clause>``)."""
    current = verb
    while current.dep_ in CONJUNCTS:
        current = current.head
    if question_marker(current) is not None:
        return None
    if current.dep_ in CLAUSAL_OBJECTS and current.head.lemma_.lower() in ATTRIBUTION_VERBS:
        subjects, _ = clause_subjects(current.head)
        if subjects:
            return noun_phrase(subjects[0]).text
    return _according_to(verb) or (_according_to(current.head) if current.dep_ in CLAUSAL_OBJECTS else None)


def _light_verb_object(verb: Token, obj: Token) -> tuple[list[Token], Token, Token] | None:
    """Split ``take control of X`` into relation noun tokens, preposition and X.

    Applies to a light verb (:data:`LIGHT_VERBS`) whose direct object is a common noun
    with a prepositional complement in :data:`LIGHT_VERB_PREPOSITIONS`.
    """
    if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    for prep in children(obj):
        if prep.dep_ in PREPOSITIONS and prep.lower_ in LIGHT_VERB_PREPOSITIONS and prep.i > obj.i:
            pobjs = [c for c in children(prep) if c.dep_ in PREP_OBJECTS and c.pos_ in {"NOUN", "PROPN", "PRON"}]
            if pobjs:
                noun = [t for t in subtree(obj) if t.i < prep.i and t.dep_ != "poss"]
                noun = [t for t in noun if t.dep_ != "punct" or t.text == "-"]
                noun = [t for t in noun if not any(a.dep_ == "poss" for a in t.ancestors if a != obj)]
                return noun, prep, pobjs[0]
    return None


def _adverbial_preps(noun: Token) -> Iterator[Argument]:
    """Yield the prepositional modifiers of NOUN that read as the event's (``troops from Iraq``)."""
    for prep in children(noun):
        if is_adverbial_prep(prep):
            for pobj in children(prep):
                if pobj.dep_ in PREP_OBJECTS:
                    yield noun_phrase(pobj, preposition=prep.text)


def _shared_objects(verb: Token) -> list[Argument]:
    """Return the object VERB shares with a later coordinated verb: ``signed and ratified X`` (a
    passive verb, or one with a prepositional phrase of its own, shares none: ``moved to Oslo and
    bought a house``)."""
    for conj in (c for c in children(verb) if c.dep_ in CONJUNCTS and c.pos_ == "VERB"):
        if any(c.dep_ in SUBJECTS for c in children(conj)):
            continue
        objects = [c for c in children(conj) if c.dep_ == "dobj"]
        if objects:
            return [noun_phrase(n, detach_adverbial=True) for n in conjuncts(objects[0])]
    return []


def _shared_agents(verb: Token) -> list[Token]:
    """Return the by-agents the passive VERB shares with later coordinated participles:
    ``was developed and published by Team Cherry``, ``written, produced and directed by X`` (a
    verb with a complement of its own shares none: ``was founded in 1899 and bought by X``)."""
    if any(c.dep_ in _OWN_COMPLEMENTS and c.i > verb.i for c in children(verb)):
        return []
    first = verb
    while first.dep_ in CONJUNCTS and first.head.tag_ == "VBN":
        first = first.head
    for conj in conjuncts(first):
        if conj.i <= verb.i or conj.tag_ != "VBN" or any(c.dep_ in SUBJECTS for c in children(conj)):
            continue
        agents = [p for c in children(conj) if c.dep_ == AGENT for p in children(c) if p.dep_ in PREP_OBJECTS]
        if agents:
            return agents
    return []


#: A verb's dependents that make a complement of its own (it shares no coordinated verb's agent).
_OWN_COMPLEMENTS = frozenset({"prep", AGENT, "dobj", "attr", "oprd", "ccomp", "xcomp"})


def _misread_object(verb: Token, child: Token) -> bool:
    """Tell whether CHILD is a name right after VERB that the parser read as an adverbial noun
    where VERB has no object: ``beat Liverpool 2-1``."""
    return (
        child.dep_ == "npadvmod"
        and child.i == verb.i + 1
        and child.ent_type_ in NAMED_TYPES
        and not any(c.dep_ == "dobj" for c in children(verb))
    )


def _gather(verb: Token) -> _Clause:
    """Gather VERB's clause; one with no subject and no by-agent to stand for one yields
    nothing, so it is returned as soon as that is known, without its objects."""
    verbs = verb_chain(verb)
    last = verbs[-1]
    subjects, rule = clause_subjects(verb)
    clause = _Clause(verbs=verbs, rule=rule, subjects=subjects)
    if not subjects and not any(c.dep_ == AGENT for c in children(last)):
        return clause
    clause.passive = is_passive(verb)
    clause.attribution = reporter(verb)

    if clause.rule == "existential":
        clause.extras.extend(_adverbial_preps(subjects[0]))
    light_verb = last.lemma_.lower() in LIGHT_VERBS
    for child in children(last):
        dep = child.dep_
        light = _light_verb_object(last, child) if light_verb and dep == "dobj" else None
        if light is not None:
            noun_tokens, prep, pobj = light
            clause.light_noun = noun_tokens
            clause.preposition = prep.lower_
            clause.objects.extend(noun_phrase(n) for n in conjuncts(pobj))
            continue
        if clause.rule == "existential" and child in clause.subjects:
            continue
        if dep in NOMINAL_OBJECTS or _misread_object(last, child):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                clause.objects.extend(noun_phrase(n) for n in conjuncts(verb.head))
                continue
            for conj in conjuncts(child):
                clause.objects.append(noun_phrase(conj, detach_adverbial=True))
                clause.extras.extend(_adverbial_preps(conj))
        elif dep in CLAUSAL_OBJECTS:
            clause.objects.append(_clause_argument(child))
        elif dep in DATIVES:
            clause.extras.extend(noun_phrase(n) for n in conjuncts(child))

    if not clause.objects and not clause.passive and not any(c.dep_ == "prep" for c in children(last)):
        clause.objects.extend(_shared_objects(last))  # not "was founded in 1899 and plays its matches"
    if verb.dep_ == "relcl" and rule != "relcl" and not clause.objects and subjects:  # "the book he wrote"
        clause.objects.extend(noun_phrase(n) for n in conjuncts(verb.head))

    agents = [pobj for c in children(last) if c.dep_ == AGENT for pobj in children(c) if pobj.dep_ in PREP_OBJECTS]
    if clause.passive and not agents and not clause.objects:
        agents = _shared_agents(last)
    if clause.passive and agents:  # text order: the patient is the subject, the agent the object
        clause.extras.extend(clause.objects)  # "X was given a medal by Y": the medal stays an argument
        clause.objects = [noun_phrase(n) for n in conjuncts(agents[0])]
        clause.preposition = "by"
        clause.rule = "passive-agent"

    clause.extras.extend(_prep_arguments(last))
    clause.extras.sort(key=lambda a: a.start)
    following = [a for a in clause.extras if a.start > last.idx]
    if not clause.objects and following and clause.preposition is None:
        first = following[0]
        clause.extras.remove(first)
        clause.objects.append(replace(first, preposition=None))
        clause.preposition = first.preposition
    return clause


def _denied(obj: Argument | None) -> bool:
    """Tell whether the object OBJ is denied by its determiner: ``no company``."""
    return obj is not None and obj.preposition is None and obj.text.startswith(_DENYING)


#: A determiner that denies what the clause says of its object.
_DENYING = "no "


def _triples(clause: _Clause, sent: _Sentence, doc_id: str, resolve: Resolve) -> Iterator[Triple]:
    verbs = clause.verbs
    denied = any(c.dep_ in NEGATIONS for v in verbs for c in children(v))
    modality = clause_modality(verbs)
    relation = _relation(verbs, clause)
    objects: list[Argument | None] = list(clause.objects) or [None]
    sentence, index = sent.text, sent.index
    extras, rule = tuple(clause.extras), clause.rule
    resolved: tuple[Argument, ...] | None = None  # the extras, resolved once for every triple
    for subject_head in clause.subjects:
        subject = noun_phrase(subject_head, detach_adverbial=rule == "existential")
        for obj in objects:
            if obj is not None and obj.start == subject.start:
                continue
            negated = denied or _denied(obj)  # "founded no company" denies the founding
            resolved_subject, resolved_object = resolve(subject), resolve(obj) if obj is not None else None
            if resolved is None:
                resolved = tuple([resolve(extra) for extra in extras])
            yield Triple(
                doc_id=doc_id,
                sentence_index=index,
                sentence=sentence,
                subject=resolved_subject,
                relation=relation,
                object=resolved_object,
                extras=resolved,
                negated=negated,
                modality=modality,
                passive=clause.passive,
                attribution=clause.attribution,
                confidence=confidence(
                    subject,
                    relation,
                    obj,
                    extras=extras,
                    negated=negated,
                    modality=modality,
                    rule=rule,
                    sentence_words=sent.words,
                ),
                rule=rule,
            )


def clause_triples(doc: Doc, *, doc_id: str = "doc", resolve: Resolve = as_found) -> Iterator[Triple]:
    """Yield the triples of every clause of DOC, sentence by sentence.

    Args:
        doc: a parsed spaCy ``Doc``.
        doc_id: the document identifier stored in each triple.
        resolve: what each argument refers to, applied as its triple is made
            (:meth:`kg.extract.coref.DocResolver.argument`); by default arguments stay as found.
    """
    tokens = tokens_of(doc)
    candidates = predicate_candidates(doc)
    for index, span in enumerate(sentences(doc)):
        sent = _Sentence(span, index)
        for i in candidates[bisect.bisect_left(candidates, span.start) : bisect.bisect_left(candidates, span.end)]:
            token = tokens[i]
            if is_predicate(token):
                clause = _gather(token)
                if clause.subjects:
                    yield from _triples(clause, sent, doc_id, resolve)
                yield from _saying(token, sent, doc_id, resolve)


def _saying(verb: Token, sent: _Sentence, doc_id: str, resolve: Resolve) -> Iterator[Triple]:
    """Yield the saying behind ``<clause>, according to X``: (X, according to, <clause>)."""
    found = _according_to_source(verb)
    if found is None:
        return
    prep, source = found
    subject = noun_phrase(source)
    relation = Relation("according to", "say", prep.idx, prep.idx + len(prep.text))
    obj = _clause_argument(verb, without=prep)
    yield Triple(
        doc_id=doc_id,
        sentence_index=sent.index,
        sentence=sent.text,
        subject=resolve(subject),
        relation=relation,
        object=resolve(obj),
        confidence=confidence(subject, relation, obj, rule="attribution", sentence_words=sent.words),
        rule="attribution",
    )
