from __future__ import annotations

import pytest

from kg.graph.normalize import display_form, mention_key


@pytest.mark.parametrize(
    ("mentions", "same"),
    [
        (["the US", "US", "US's", "the US\u2019s", "  the   US "], True),
        (["The Iraqi government", "Iraqi government's", "the iraqi government"], True),
        (["US", "USA"], False),
        (["the group", "group"], True),
        (["Iraq", "Iran"], False),
    ],
)
def test_normalize_mention_key_equal_mentions(mentions: list[str], same: bool) -> None:
    assert (len({mention_key(m) for m in mentions}) == 1) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the United States", "United States"), ("Iraq's", "Iraq"), ("forces'", "forces"), ("a", "a"), ("The", "The")],
)
def test_normalize_display_form(text: str, expected: str) -> None:
    assert display_form(text) == expected
