"""One list of the abbreviations whose full stop ends no sentence (src/resparse/data/abbreviations.txt, the UN
Editorial Manual's), read by both the clause reader (a full stop after one ends no sentence of a declaration) and
the footnote reader (digits glued after one are a number, not a marker). Before, each had its own list, and they
differed (clauses.py lacked "Amend."; footnotes.py "vols.", "arts.", the titles and "v.")."""

from __future__ import annotations

import pytest

from resparse import data, footnotes
from resparse.mandates import clauses


def _forms():
    return [w for a in data.abbreviations() for w in dict.fromkeys((a, a.lower(), a[:1].upper() + a[1:]))]


def test_the_list_is_the_editorial_manuals():
    assert {"No", "para", "chap", "Add", "Rev", "Corr", "Amend", "Suppl", "Mr", "v"} <= set(data.abbreviations())


@pytest.mark.parametrize("written", _forms())
def test_a_full_stop_after_an_abbreviation_ends_no_sentence(written):
    """ "... as set out in No. Assembly" goes on: no new sentence opens after the abbreviation's full stop."""
    sentence = clauses._inner_verb_regex(True)
    found = [m for m in sentence.finditer(f"as set out in the report, {written}. Assembly") if m.group("slead")]
    assert found == []


def test_a_full_stop_after_a_word_ends_a_sentence():
    """The control: after a word that is no abbreviation, the full stop ends the sentence."""
    sentence = clauses._inner_verb_regex(True)
    assert [m.group("other") for m in sentence.finditer("as set out in the report. Assembly") if m.group("slead")] \
        == ["Assembly"]


@pytest.mark.parametrize("written", _forms())
def test_digits_glued_after_an_abbreviation_are_no_marker(written):
    assert footnotes._CODE_BEFORE_DOT.search(f"see {written}.")


def test_digits_glued_after_a_word_may_be_a_marker():
    assert not footnotes._CODE_BEFORE_DOT.search("see the report.")
