"""references.find looks for where a citation may start (``_ANCHOR``) only in the clauses that hold a citation word
(``_anchors``). That is a shortcut, never a change of answer: here the shortcut finds exactly the matches of the
plain scan, on every text of the bundled resolutions and the fixtures, and on one real phrase per alternative of
``_ANCHOR`` (so an alternative added without its word fails here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import resparse
from resparse import references

FIXTURES = Path(__file__).parent / "fixtures"

# one phrase per alternative of _ANCHOR, as the resolutions write them (A/RES/71/280, 73/195, 80/1, the corpus)
PHRASES = [
    "the provisions of the present paragraph shall apply",
    "as referred to in this sub-paragraph,",
    "the same resolution;",
    "Recalling its resolutions 71/1 of 19 September 2016",
    "the Security Council resolution 2250 (2015),",
    "Economic and Social Council decision 2016/245",
    "see GA res. 71/280, para. 22",
    "GA Res. 2625 (XXV)",
    "resolution ES-11/1 of 2 March 2022",
    "decision 72/555 of 2018",
    "in operative paragraph 5 above",
    "in subparagraph (b) below",
    "paras. 15-17",
    "para 22 (a)",
    "OP 23 (b) of the same resolution",
    "PP3 of the text",
    "rule 48, paragraph 1,",
    "Article 102 of the Charter",
    "art. 5 of the Convention",
    "section II of the report",
    "sect. 21",
    "chapter IV",
    "chap. I",
    "the annexes I and II to its resolution 60/1",
    "A/RES/71/280",
    "E/CN.6/2024/3",
    "staff rule 3.3 (b)",
    "financial regulation 5.6",
    "Recalling the ninth preambular paragraph of its resolution 79/1",
]


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    out = []
    for path in resparse.bundled_texts():
        res = resparse.parse(path)
        out += [p.text for p in res.walk()] + [f.text for f in res.footnotes] + [h.text for h in res.headings]
    out += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.md"))]
    out += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    return out


def test_the_clause_scan_finds_what_the_plain_scan_finds(real_texts):
    found = 0
    for text in real_texts:
        plain = spans(references._ANCHOR.finditer(text))
        assert spans(references._anchors(text, references._word_hits(text))) == plain
        found += len(plain)
    assert found > 300  # the texts do cite


@pytest.mark.parametrize("phrase", PHRASES)
def test_every_alternative_has_its_word(phrase):
    """Alone, in the middle of a clause, and after clause breaks: the same matches both ways (and at least one)."""
    for text in (phrase, f"Noting with appreciation {phrase} and others", f"(a); {phrase}: (b)"):
        plain = spans(references._ANCHOR.finditer(text))
        assert plain
        assert spans(references._anchors(text, references._word_hits(text))) == plain


def test_letters_that_fold_apart_are_scanned_plainly():
    """A dotless ı, a dotted İ, a long ſ: the case-blind regular expression takes them for i and s, str.lower()
    does not; such a text is scanned whole."""
    for text in ("the paragraph in ſection 2", "Recalling its resolutıon 71/1", "RESOLUTİON 71/1"):
        assert spans(references._anchors(text, references._word_hits(text))) == spans(references._ANCHOR.finditer(text))
    assert spans(references._anchors("in ſection 2", None))  # found although "section" is not written


def test_words_found_over_a_whole_resolution_are_each_texts_own(real_texts):
    """resolve() finds the words once over all the texts of a resolution: the same hits, text by text, as one
    search per text (a word at the very start or end of a text, an empty text, a text to be scanned whole)."""
    texts = real_texts[:400] + ["", "paragraph", "see A/RES/71/1", "PP2", "in ſection 2", "annex"]
    assert references._word_hits_apart(texts) == [references._word_hits(t) for t in texts]
    assert references._word_hits_apart(["paragraph", "ſ", "annex"]) == [[0], None, [0]]


# the ordinal alternative of _ANCHOR as first written: [a-z]+ backs up letter by letter to find the ending; now the
# letters are taken whole (possessive) and the ending looked behind, which is faster and, the ordinal being followed
# by whitespace, the same
_ORDINAL_NOW = r"(?i:[a-z]{3,}+(?<=st|nd|rd|th)\s+(?:preambular|operative)\s+paragraph\b)"
_ORDINAL_FIRST = r"(?i:[a-z]+(?:st|nd|rd|th)\s+(?:preambular|operative)\s+paragraph\b)"


def _anchor_as_first_written():
    import re

    assert references._ANCHOR.pattern.count(_ORDINAL_NOW) == 1
    return re.compile(references._ANCHOR.pattern.replace(_ORDINAL_NOW, _ORDINAL_FIRST), re.VERBOSE)


_ORDINAL_WORDS = st.lists(st.sampled_from(
    ["first", "st", "nd", "ninth", "twenty-", "third", "fourth", "ſt", "K", "İ", "ı", "x", "1", "_", "/", " ", "\n",
     "preambular", "operative", "Operative", "paragraph", "paragraphs", "PARAGRAPH", "th", "rd"]), max_size=10)


@given(_ORDINAL_WORDS.map("".join) | _ORDINAL_WORDS.map(" ".join) | st.text())
@example("st preambular paragraph")  # two letters: no ordinal (one letter at least before the ending)
@example("xst operative paragraph")
@example("in its 1st preambular paragraph, ſt operative paragraph")
@settings(max_examples=600, deadline=None)
def test_the_ordinal_alternative_is_the_rule_as_first_written(text):
    assert spans(references._ANCHOR.finditer(text)) == spans(_anchor_as_first_written().finditer(text))


def test_the_ordinal_alternative_on_the_texts(real_texts):
    first = _anchor_as_first_written()
    for text in real_texts + PHRASES:
        assert spans(references._ANCHOR.finditer(text)) == spans(first.finditer(text))
    assert references._ANCHOR.search(PHRASES[-1]).group() == "ninth preambular paragraph"


def _starts(text: str) -> list[int]:
    return [m.start() for m in references._ANCHOR.finditer(text)]


def test_the_kept_clauses_start_where_the_scan_starts(real_texts):
    """references._anchor_starts keeps each clause's matches by its text, digits written 9: over every text, read with nothing kept and again with all kept, where the plain scan starts."""
    references._MEMO.clear()
    for text in real_texts:
        assert references._anchor_starts(text, references._word_hits(text)) == _starts(text)
    kept = len(references._MEMO.clauses)
    assert kept > 300
    for text in real_texts:
        assert references._anchor_starts(text, references._word_hits(text)) == _starts(text)
    assert len(references._MEMO.clauses) == kept  # the second reading found every clause kept


_BEFORE = st.lists(st.sampled_from(list("Aa /9,(E1") + ["GA ", "S-", "its "]), max_size=6).map("".join)


@given(st.sampled_from(PHRASES), _BEFORE, st.sampled_from(["", ",", " and 3/2", "7"]),
       st.sampled_from(["0", "1", "5", "8"]))
@example("the Security Council resolution 2250 (2015),", "A", "", "0")
@example("resolution ES-11/1 of 2 March 2022", "E", "", "1")
@settings(max_examples=400, deadline=None)
def test_a_kept_clause_is_read_in_its_context(phrase, before, after, digit):
    """The same clause after other characters, its digits others (the memo is kept between examples): the starts
    of the plain scan, whatever stands before the clause break (a lookbehind of _ANCHOR that read past it would
    fail here)."""
    text = before + phrase.replace("1", digit) + after
    assert references._anchor_starts(text, references._word_hits(text)) == _starts(text)
