"""A parsed document's dependency tree, read once: each token's children and subtree.

spaCy makes a new ``Token`` object each time one is reached (``token.children``,
``token.subtree``, iterating a span), each ``token.dep_`` is a lookup, and the rules ask
for the same verb's children ten times over. Here each document's tokens are made once,
their children listed once, and :func:`children` and :func:`subtree` answer from that
(children in spaCy's order, subtrees in text order); :func:`column` gives a token
attribute of the whole document as ids, for rules that pick candidates before looking
closer. Only the most recent document is kept (extraction handles one document at a time).

Example:
    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The US withdraws troops from Iraq.")
    >>> [t.text for t in children(doc[2])]
    ['US', 'troops', '.']
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterable
from operator import attrgetter
from typing import Any

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.rules import TIME_TYPES

__all__ = [
    "char_tokens",
    "children",
    "column",
    "document_memo",
    "document_text",
    "has_possessor",
    "in_dating_brackets",
    "in_order",
    "is_ancestor",
    "law_citation",
    "read",
    "root",
    "select",
    "sentence_index",
    "sentence_text",
    "sentences",
    "string_ids",
    "subtree",
    "tokens_of",
]


class _Tree:
    __slots__ = (
        "below",
        "children",
        "columns",
        "doc",
        "heads",
        "memo",
        "sentences",
        "starts",
        "subtrees",
        "text",
        "tokens",
    )

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        self.children: list[list[Token]] = [[] for _ in self.tokens]
        array = doc.to_array(["HEAD", *_COLUMNS])  # one call: a call per attribute costs twice as much
        self.columns: dict[str, list[int]] = dict(zip(_COLUMNS, array[:, 1:].T.tolist(), strict=True))
        offsets = array[:, 0].astype(numpy.int64)  # head index - token index
        self.heads: list[int] = (offsets + numpy.arange(len(offsets))).tolist()
        self.below: list[list[int]] = [[] for _ in self.tokens]  # children's indices
        tokens, children, below = self.tokens, self.children, self.below
        for index, head in enumerate(self.heads):  # in index order: spaCy's order
            if head != index:
                children[head].append(tokens[index])
                below[head].append(index)
        self.subtrees: dict[int, list[Token]] = {}
        self.memo: dict[Hashable, Any] = {}  # other answers of pure functions of this document
        self.sentences: list[Span] | None = None
        self.starts: list[int] = []  # each sentence's first token index, with the sentences
        # as doc.text, which makes every token anew; the text DOC was parsed from is the same
        self.text = text if text is not None else "".join([t.text_with_ws for t in self.tokens])


#: The token attributes every document needs (others are read on first use).
_COLUMNS = ("POS", "DEP", "ENT_TYPE", "IDX")

_current: _Tree | None = None


def _tree(doc: Doc) -> _Tree:
    global _current
    tree = _current
    if tree is None or tree.doc is not doc:
        tree = _current = _Tree(doc)
    return tree


def read(doc: Doc, text: str) -> None:
    """Read DOC's tree now, given TEXT, the text it was parsed from (spares joining its tokens).

    Raises:
        ValueError: TEXT is not the text DOC was parsed from.
    """
    global _current
    last = doc[-1] if len(doc) else None
    if (last.idx + len(last.text_with_ws) if last is not None else 0) != len(text):
        raise ValueError("the text given is not the text the document was parsed from")
    _current = _Tree(doc, text)


def document_memo(doc: Doc) -> dict[Hashable, Any]:
    """Return a dict kept with DOC's tree (emptied with the next document) for the answers of
    functions of DOC alone, keyed by the function and its arguments."""
    return _tree(doc).memo


def children(token: Token) -> list[Token]:
    """Return TOKEN's syntactic children in text order (as ``token.children``; do not modify)."""
    tree, doc = _current, token.doc
    if tree is None or tree.doc is not doc:
        tree = _tree(doc)
    return tree.children[token.i]


def subtree(token: Token) -> list[Token]:
    """Return TOKEN and its descendants in text order (``token.subtree``, which walks a
    non-projective tree out of order; do not modify)."""
    tree = _tree(token.doc)
    found = tree.subtrees.get(token.i)
    if found is None:
        below, indices, stack = tree.below, [token.i], [token.i]
        while stack:
            children = below[stack.pop()]
            indices.extend(children)
            stack.extend(children)
        indices.sort()
        tokens = tree.tokens
        found = tree.subtrees[token.i] = [tokens[i] for i in indices]
    return found


_INDEX = attrgetter("i")


def in_order(tokens: Iterable[Token]) -> list[Token]:
    """Return TOKENS sorted as they stand in the text.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("US troops left.")
        >>> [t.text for t in in_order([doc[2], doc[0]])]
        ['US', 'left']
    """
    return sorted(tokens, key=_INDEX)


def is_ancestor(ancestor: Token, descendant: Token) -> bool:
    """Tell whether ANCESTOR is above DESCENDANT in the tree (``ancestor.is_ancestor(descendant)``,
    which makes a ``Token`` for every step up).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("The US withdraws troops from Iraq.")
        >>> is_ancestor(doc[2], doc[5]), is_ancestor(doc[5], doc[2]), is_ancestor(doc[2], doc[2])
        (True, False, False)
    """
    heads = _tree(descendant.doc).heads
    index, target = descendant.i, ancestor.i
    while heads[index] != index:
        index = heads[index]
        if index == target:
            return True
    return False


def column(doc: Doc, name: str) -> list[int]:
    """Return one attribute of every token of DOC (``doc.to_array(NAME)``, as ints), read once per document.

    Strings come as their ids: compare them with :func:`string_ids`. (For heads, see :func:`is_ancestor`
    and :func:`root`: spaCy's HEAD array holds unsigned offsets.)

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("US troops left.")
        >>> [i for i, dep in enumerate(column(doc, "DEP")) if dep in string_ids({"nsubj", "ROOT"})]
        [1, 2]
    """
    columns = _tree(doc).columns
    found = columns.get(name)
    if found is None:
        found = columns[name] = doc.to_array(name).tolist()
    return found


def string_ids(names: Iterable[str]) -> frozenset[int]:
    """Return the ids under which spaCy's token arrays store NAMES (labels, tags, words)."""
    return frozenset(get_string_id(name) for name in names)


def select(doc: Doc, *, pos: frozenset[int], skip_deps: frozenset[int]) -> list[int]:
    """Return the indices of DOC's tokens whose part of speech is in POS and whose
    dependency label is not in SKIP_DEPS (ids, see :func:`string_ids`).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("US troops left Iraq.")
        >>> select(doc, pos=string_ids({"NOUN", "PROPN"}), skip_deps=string_ids({"compound"}))
        [1, 3]
    """
    return [
        i
        for i, (p, d) in enumerate(zip(column(doc, "POS"), column(doc, "DEP"), strict=True))
        if p in pos and d not in skip_deps
    ]


def char_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """Return the tokens of DOC that characters START..END touch
    (``doc.char_span(start, end, alignment_mode="expand")``, without making a Span).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> [t.text for t in char_tokens(load_pipeline()("US troops left."), 1, 8)]
        ['US', 'troops']
    """
    tokens, starts = tokens_of(doc), column(doc, "IDX")
    first = bisect.bisect_right(starts, start) - 1
    if first < 0 or start >= starts[first] + len(tokens[first]):  # START is in whitespace: the next token
        first += 1
    return tokens[first : bisect.bisect_left(starts, end)]


def root(tokens: list[Token]) -> Token:
    """Return the head of consecutive TOKENS, as ``Span.root`` picks it (a sentence root, else
    the token fewest steps below its root, the first on a tie; a bare punctuation or space token last).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> root(tokens_of(load_pipeline()("The US troops left."))[:3]).text
        'troops'
    """
    tree = _tree(tokens[0].doc)
    heads, low, high = tree.heads, tokens[0].i, tokens[-1].i + 1
    for index in range(low, high):
        if heads[index] == index:
            return tokens[index - low]
    best, fewest = 0, len(heads)
    for index in range(low, high):
        if low <= heads[index] < high:
            continue
        token = tokens[index - low]
        if not tree.children[index] and (token.is_space or token.is_punct):
            steps = len(heads) - 1
        else:
            steps, cursor = 0, index
            while heads[cursor] != cursor:
                cursor = heads[cursor]
                steps += 1
        if steps < fewest:
            best, fewest = index - low, steps
    return tokens[best]


def sentences(doc: Doc) -> list[Span]:
    """Return DOC's sentences (as ``doc.sents``), made once per document."""
    tree = _tree(doc)
    if tree.sentences is None:
        tree.sentences = list(doc.sents)
        tree.starts = [sent.start for sent in tree.sentences]
    return tree.sentences


def in_dating_brackets(token: Token) -> bool:
    """Tell whether TOKEN stands inside round brackets (within its sentence) that hold a date:
    a name's dates and places (``Alberto Valenzuela Llanos (San Fernando, Chile, August 29, 1869
    - ...)``), no apposition of it.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Eivind Bolle (1923, Tromsø - 2012) was a politician.")
        >>> in_dating_brackets(doc[5]), in_dating_brackets(doc[10])
        (True, False)
    """
    sentence = token.sent
    depth = 0
    for before in reversed(token.doc[sentence.start : token.i]):
        if before.text == ")":
            depth += 1
        elif before.text == "(" and depth:
            depth -= 1
        elif before.text == "(":
            inside = token.doc[before.i + 1 : sentence.end]
            close = next((t.i for t in inside if t.text == ")"), sentence.end)
            return any(t.ent_type_ in TIME_TYPES for t in token.doc[before.i + 1 : close])
    return False


def sentence_index(token: Token) -> int:
    """Return the index, in :func:`sentences`, of TOKEN's sentence.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("Iraq left. The US stayed.")
        >>> sentence_index(doc[0]), sentence_index(doc[4])
        (0, 1)
    """
    sentences(token.doc)
    return bisect.bisect_right(_tree(token.doc).starts, token.i) - 1


def document_text(doc: Doc) -> str:
    """Return DOC's text (as ``doc.text``, which spaCy rebuilds from the tokens on every call)."""
    return _tree(doc).text


def sentence_text(span: Span) -> str:
    """Return SPAN's text without surrounding whitespace (``span.text.strip()``, read from the document).

    Example:
        >>> from kg.nlp import load_pipeline
        >>> sentence_text(load_pipeline()(" US troops left.  ")[:])
        'US troops left.'
    """
    return _tree(span.doc).text[span.start_char : span.end_char].strip()


def tokens_of(span: Span | Doc) -> list[Token]:
    """Return the tokens of SPAN (a sentence or the document), made once per document."""
    if isinstance(span, Doc):
        return _tree(span).tokens
    return _tree(span.doc).tokens[span.start : span.end]


def has_possessor(noun: Token) -> bool:
    """Tell whether NOUN has a possessor before it (``his wife``, ``Obama's wife``)."""
    return any(c.dep_ == "poss" for c in children(noun) if c.i < noun.i)


def law_citation(token: Token) -> bool:
    """Tell whether TOKEN, an apposition of a case's name, is where the case is reported: a
    volume, a report and a page (``Washington v. Texas, 388 U.S. 14``), which names nothing."""
    return (
        token.dep_ == "appos"
        and token.head.ent_type_ == "LAW"
        and token.pos_ == "PROPN"
        and any(c.like_num and c.i < token.i for c in children(token))
    )
