"""Units: the faster steps of the normalizer, each against the rule it replaces (any text, by hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from resparse import normalize

# texts made of line breaks of every kind ("\r\n" as "\r" then "\n"), spaces and a few letters
_LINES = st.text(alphabet=st.sampled_from(["\r", "\n", "\x0b", "\x0c", "\x85", "\u2028", " ", "a", "_"]))


@given(_LINES | st.text())
@settings(max_examples=400, deadline=None)
def test_split_lines_is_the_line_break_rule(text):
    assert normalize.split_lines(text) == normalize._LINE_SPLIT.split(text)
