"""Make real-world input fit for an English parser: strip markup and invisible characters,
and recognise text that is not English.

Each function returns data (the cleaned text and what was done), so the reader can say
in one warning line what happened to a document. Offsets in triples refer to the cleaned text.

Example:
    >>> clean_text("<p>The US <b>left</b> Iraq.</p>")
    ('The US left Iraq.', ['HTML markup removed'])
    >>> clean_text("Iraq\\u200b borders\\x07 Iran.")
    ('Iraq borders Iran.', ['2 invisible or control characters removed'])
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

__all__ = ["ENGLISH_FUNCTION_WORDS", "clean_text", "not_english"]

#: Characters removed outright: zero-width spaces and joiners, word joiner, BOM, soft hyphen.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
#: Control characters kept: they lay text out.
LAYOUT_CONTROLS = frozenset("\t\n\r")
#: A text with at least this many HTML tags per 1,000 characters (and at least 3) is a web page.
HTML_TAGS_PER_1000 = 2.0
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>")
#: Elements whose content is never text to read.
HTML_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
#: Elements that end a paragraph.
HTML_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"})
#: Markdown syntax rewritten to its text: (pattern, replacement), applied in order.
MARKDOWN_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*?^```[ \t]*$", re.M | re.S), ""),  # fenced code
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: their text
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1."),  # headings become sentences
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # italics
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
    (re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M), ""),  # rules
)
#: Signs of Markdown, by kind; a text showing at least MARKDOWN_MIN_KINDS kinds is Markdown.
MARKDOWN_SIGNS: dict[str, re.Pattern[str]] = {
    "heading": re.compile(r"^#{1,6} \S", re.M),
    "link": re.compile(r"\]\([^)\s]+\)"),
    "list": re.compile(r"^[ \t]*(?:[-*+]|\d+\.) \S", re.M),
    "quote": re.compile(r"^> ", re.M),
    "code": re.compile(r"^```|`[^`\n]+`", re.M),
    "emphasis": re.compile(r"\*\*[^\W_][^*\n]*?[^\W_]\*\*|__[^\W_][^_\n]*?[^\W_]__"),
}
MARKDOWN_MIN_KINDS = 2
#: Web, e-mail and dotted names (alt.animals.cat): not words of any language.
_ADDRESS = re.compile(r"\S*(?:://|www\.|@|[a-z]\.[a-z])\S*")
#: Frequent English function words; English prose has many, other languages few.
ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "is",
        "that",
        "it",
        "for",
        "was",
        "on",
        "are",
        "as",
        "with",
        "be",
        "by",
        "this",
        "at",
        "from",
        "or",
        "have",
        "an",
        "not",
        "but",
        "they",
        "he",
        "she",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "has",
        "had",
        "were",
        "which",
        "will",
        "would",
        "there",
        "been",
    ]
)
#: Below this share of function words (among 30+ words), a Latin-script text is not English.
MIN_FUNCTION_WORD_SHARE = 0.08
#: Below this share of Latin letters among all letters, a text is in another script.
MIN_LATIN_SHARE = 0.5


class _TextOfHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HTML_SKIPPED:
            self._skipping += 1
        elif tag in HTML_BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HTML_SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in HTML_BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _html_text(text: str) -> str:
    parser = _TextOfHTML()
    parser.feed(text)
    parser.close()
    joined = "".join(parser.parts)
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", joined))
    return "\n\n".join(p for p in paragraphs if p)


def _is_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    tags = len(_HTML_TAG.findall(text))
    return tags >= 3 and tags * 1000 / max(len(text), 1) >= HTML_TAGS_PER_1000


def clean_text(text: str) -> tuple[str, list[str]]:
    """Return TEXT ready to parse, and what was done to it (empty when nothing)."""
    notes: list[str] = []
    removed = sum(1 for c in text if c in INVISIBLE or (unicodedata.category(c) == "Cc" and c not in LAYOUT_CONTROLS))
    if removed:
        text = "".join(
            c for c in text if not (c in INVISIBLE or (unicodedata.category(c) == "Cc" and c not in LAYOUT_CONTROLS))
        )
        notes.append(f"{removed} invisible or control characters removed")
    if _is_html(text):
        text = _html_text(text)
        notes.insert(0, "HTML markup removed")
    elif sum(1 for sign in MARKDOWN_SIGNS.values() if sign.search(text)) >= MARKDOWN_MIN_KINDS:
        for pattern, replacement in MARKDOWN_RULES:
            text = pattern.sub(replacement, text)
        notes.insert(0, "Markdown markup removed")
    return text, notes


def not_english(text: str) -> str | None:
    """Return why TEXT does not look like English, or None when it may be.

    Example:
        >>> not_english("Der Vertrag wurde am Montag von beiden Regierungen in Bagdad unterzeichnet, "
        ...             "nachdem die Verhandlungen über den Abzug der Truppen monatelang gedauert hatten "
        ...             "und die Minister sich auf einen Zeitplan für die nächsten zwei Jahre geeinigt hatten.")
        'not English (3% English function words)'
        >>> not_english("Irak ve ABD anlasti.") is None  # too short to judge
        True
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    latin = sum(1 for c in letters if "LATIN" in unicodedata.name(c, ""))
    if latin / len(letters) < MIN_LATIN_SHARE:
        scripts: dict[str, int] = {}
        for c in letters:
            script = unicodedata.name(c, "UNKNOWN").split()[0]
            scripts[script] = scripts.get(script, 0) + 1
        main = max(scripts, key=lambda s: scripts[s])
        main = main if len(main) <= 3 else main.title()
        return f"not English (mostly {main} script)"
    words = re.findall(r"[a-zA-Z']+", _ADDRESS.sub(" ", text).lower())
    if len(words) < 30:
        return None
    share = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words)
    return f"not English ({share:.0%} English function words)" if share < MIN_FUNCTION_WORD_SHARE else None
