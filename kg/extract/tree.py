"""A parsed document's dependency tree, read once: each token's children and subtree.

spaCy makes a new ``Token`` object each time one is reached (``token.children``,
``token.subtree``, iterating a span), and the rules ask for the same verb's children
ten times over. Here each document's tokens are made once, their children listed once,
and :func:`children` and :func:`subtree` answer from that, in spaCy's order. Only the
most recent document is kept (extraction handles one document at a time).

Example:
    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The US withdraws troops from Iraq.")
    >>> [t.text for t in children(doc[2])]
    ['US', 'troops', '.']
"""

from __future__ import annotations

import bisect

import numpy
from spacy.tokens import Doc, Span, Token

__all__ = [
    "children",
    "document_text",
    "is_ancestor",
    "read",
    "sentence_index",
    "sentence_text",
    "sentences",
    "subtree",
    "tokens_of",
]


class _Tree:
    __slots__ = ("children", "doc", "heads", "sentences", "starts", "subtrees", "text", "tokens")

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        self.children: list[list[Token]] = [[] for _ in self.tokens]
        offsets = doc.to_array("HEAD").astype(numpy.int64)  # head index - token index
        self.heads: list[int] = (offsets + numpy.arange(len(offsets))).tolist()
        for index, head in enumerate(self.heads):  # in index order: spaCy's order
            if head != index:
                self.children[head].append(self.tokens[index])
        self.subtrees: dict[int, list[Token]] = {}
        self.sentences: list[Span] | None = None
        self.starts: list[int] = []  # each sentence's first token index, with the sentences
        # as doc.text, which makes every token anew; the text DOC was parsed from is the same
        self.text = text if text is not None else "".join([t.text_with_ws for t in self.tokens])


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


def children(token: Token) -> list[Token]:
    """Return TOKEN's syntactic children in text order (as ``token.children``; do not modify)."""
    return _tree(token.doc).children[token.i]


def subtree(token: Token) -> list[Token]:
    """Return TOKEN and its descendants in text order (as ``token.subtree``; do not modify)."""
    tree = _tree(token.doc)
    found = tree.subtrees.get(token.i)
    if found is None:
        found = []
        stack: list[tuple[bool, Token]] = [(False, token)]
        while stack:  # in order: left children's subtrees, the token, right children's subtrees
            emit, node = stack.pop()
            if emit:
                found.append(node)
                continue
            below = tree.children[node.i]
            stack.extend((False, child) for child in reversed(below) if child.i > node.i)
            stack.append((True, node))
            stack.extend((False, child) for child in reversed(below) if child.i < node.i)
        tree.subtrees[token.i] = found
    return found


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


def sentences(doc: Doc) -> list[Span]:
    """Return DOC's sentences (as ``doc.sents``), made once per document."""
    tree = _tree(doc)
    if tree.sentences is None:
        tree.sentences = list(doc.sents)
        tree.starts = [sent.start for sent in tree.sentences]
    return tree.sentences


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
