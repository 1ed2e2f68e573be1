"""Units: the per-hit tests of the mentions pass (``extract.mentions_in``) that now decide from the name alone or
from a cheap test before the search they used to make at every hit (branch mspeed30, docs/benchmarks.md), each
held to the rule as it was written before on every call the extraction makes over the real texts of texts/ and
tests/fixtures: the gated path and the path that searches at each call give the same answer."""

from __future__ import annotations

import importlib
import re

import pytest

from resparse import names
from resparse.mandates import actors

from conftest import calls_made

extract_module = importlib.import_module("resparse.mandates.extract")
# the functions whose calls the tests read, as the mentions pass calls them (its module's names)
ASKED = ("office_of", "in_title", "_word_edge")


@pytest.fixture(scope="module")
def asked(real_resolutions):
    """The positional arguments of every call of each function of ``ASKED`` that the extraction makes over the real
    texts, by the function's name."""
    return calls_made([(extract_module, name) for name in ASKED], real_resolutions)


@pytest.fixture(scope="module")
def paragraphs(real_resolutions):
    return [t for res in real_resolutions for t in (res.title or "", *(p.text for p in res.walk())) if t]


def _office_of_searched_first(text: str, hit: actors.Hit) -> actors.Hit:
    """``actors.office_of`` as it was: the text before the hit searched for "the Office of" at each call, then the
    name's head read."""
    m = actors._OFFICE_OF.search(text, max(0, hit.start - 50), hit.start)
    words = [actors.fold(w) for w in hit.name.split()]
    head = next((k for k, w in enumerate(words) if w in ("of", "for", "on", "in", "to")), len(words))
    if (m is None or head == 0 or actors.singular(words[head - 1]) not in actors._person_heads()
            or re.match(r"[’']s\b", text[hit.end :])):
        return hit
    start = m.start() if m.group(1) and m.group(1).split()[0] not in ("The", "A") else m.start() + len(m.group(1))
    words_before = text[start : m.start() + len(m.group(1))]
    actor = actors.table().resolve(words_before + "Office of the " + hit.name)
    return actors.Hit(actor.key, actor.name, start, hit.end)


def test_office_of_gated_by_the_name_as_searched_first(asked):
    """Every (text, hit) the mentions pass asks ``office_of`` of: the same hit with the name's test first
    (``_holder_title``, kept per name) as with the search made at each call; some of them an Office ("the Office
    of the United Nations High Commissioner for Refugees", A/RES/78/219 24 shape)."""
    calls = asked["office_of"]
    assert len(calls) > 1000
    offices = 0
    for text, hit in calls:
        expected = _office_of_searched_first(text, hit)
        assert actors.office_of(text, hit) == expected, (hit, text[:80])
        offices += expected != hit
    actors._holder_title.cache_clear()
    assert all(actors.office_of(t, h) == _office_of_searched_first(t, h) for t, h in calls)
    assert offices > 0


def test_of_before_holds_wherever_an_instrument_title_ends(asked, paragraphs):
    """``_of_before`` is True wherever ``_instrument_before`` finds a title that ends at the place ("the Rome
    Statute of the" before a name): at every hit ``in_title`` is asked of, and at every word's start of every
    paragraph and title of the texts (where it is False, the search finds none); both ways happen."""
    pattern = actors._instrument_before()
    places = {(text, hit.start) for text, hit in asked["in_title"]}
    places |= {(text, w.start()) for text in paragraphs for w in re.finditer(r"(?<![\w’'-])\w", text)}
    assert len(places) > 100_000
    found = gated = 0
    for text, at in places:
        searched = pattern.search(text, max(0, at - 200), at) is not None
        before = actors._of_before(text, at)
        assert before or not searched, (text[max(0, at - 80) : at], at)
        found += searched
        gated += not before
    assert found > 20 and gated > len(places) // 2


def _word_edge_by_dates(text: str, i: int, direction: int) -> int:
    """``extract._word_edge`` as it was: the dates' pattern run at each call."""
    if i <= 0:
        return 0
    if i >= len(text):
        return len(text)
    while 0 < i < len(text) and not text[i].isspace():
        i += direction
    for m in extract_module._WHOLE_DATE.finditer(text, max(0, i - 30), min(len(text), i + 30)):
        if m.start() < i < m.end():
            return m.end() if direction > 0 else m.start()
    return i


def test_word_edge_gated_by_a_digit_as_read_by_dates(asked):
    """Every excerpt's edge the mentions pass asks for: the same offset with the digit test first as with the
    dates' pattern run at each call; some edges moved out of a date ("13 December 2023" kept whole)."""
    calls = asked["_word_edge"]
    assert len(calls) > 1000
    moved = 0
    for text, i, direction in calls:
        expected = _word_edge_by_dates(text, i, direction)
        assert extract_module._word_edge(text, i, direction) == expected, (text[max(0, i - 40) : i + 40], direction)
        i2 = i
        while 0 < i2 < len(text) and not text[i2].isspace():
            i2 += direction
        moved += expected not in (i2, 0, len(text))
    assert moved > 0


def test_short_name_patterns_open_where_the_word_edge_did(paragraphs, asked):
    """``_ShortNames._SHORT`` and ``_OWNER`` open "the" as ``names._THE`` writes it, a lookbehind after its first
    letter (the engine's scan for that letter), not by ``\\b`` before it: the same matches as the patterns written
    with ``\\b`` over every paragraph and title of the texts (``_SHORT``), and over the 80 characters before every
    hit the mentions pass reads and every capitalised word's start (``_OWNER``, searched up to there)."""
    short, owner = extract_module._ShortNames._SHORT, extract_module._ShortNames._OWNER
    prefix = names._THE + r"\s+"
    assert short.pattern.startswith(prefix) and owner.pattern.startswith(prefix)
    short_b = re.compile(r"\b[Tt]he\s+" + short.pattern[len(prefix) :])
    owner_b = re.compile(r"\b[Tt]he\s+" + owner.pattern[len(prefix) :])
    found = 0
    for text in paragraphs:
        spans = [(m.span(), m.span(1)) for m in short.finditer(text)]
        assert spans == [(m.span(), m.span(1)) for m in short_b.finditer(text)], text[:80]
        found += len(spans)
    assert found > 100
    places = {(text, hit.start) for text, hit in asked["in_title"]}
    places |= {(text, w.start()) for text in paragraphs for w in re.finditer(r"(?<![\w’'-])[A-Z]", text)}
    owned = 0
    for text, at in places:
        m, b = owner.search(text, max(0, at - 80), at), owner_b.search(text, max(0, at - 80), at)
        assert (m and (m.span(), m.span(1))) == (b and (b.span(), b.span(1))), text[max(0, at - 80) : at]
        owned += m is not None
    assert owned > 10
