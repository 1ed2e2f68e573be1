"""Units: the shortcuts of the mandates stage made by branch mspeed31 (issue 10, speed), each held to the plain path
over the real texts of texts/ and tests/fixtures: with the shortcut and without it, the extraction gives the same
mandates and mentions, every field."""

from __future__ import annotations

import importlib
from dataclasses import asdict

import pytest

from resparse.mandates import actors
from resparse.names import key, key_tokens

extract_module = importlib.import_module("resparse.mandates.extract")
_ShortNames = extract_module._ShortNames


def _rows(resolutions) -> list[list[dict]]:
    return [[asdict(m) for m in extract_module.extract(res, states=True)] for res in resolutions]


def test_short_names_of_unknown_words_skip_the_full_name_search_and_read_the_same(real_resolutions, monkeypatch):
    """``_ShortNames._unknown``: the mentions read with the full-name search left out where no full name can be a
    known actor are the mentions read with it made for every short name (the plain path: ``_unknown`` always
    False), for every resolution of texts/ and tests/fixtures; and the shortcut is taken, often."""
    taken = []
    unknown = _ShortNames._unknown

    def counting(self, words):
        got = unknown(self, words)
        taken.append(got)
        return got

    monkeypatch.setattr(_ShortNames, "_unknown", counting)
    fast = _rows(real_resolutions)
    assert sum(taken) > 100 and len(taken) > sum(taken)
    monkeypatch.setattr(_ShortNames, "_unknown", lambda self, words: False)
    assert _rows(real_resolutions) == fast


def test_every_full_name_read_as_a_known_actor_holds_known_words_only(real_resolutions, monkeypatch):
    """The rule ``_unknown`` rests on, on every full name ``names.full_name`` gives a short name in the mentions
    over the real texts (the plain path, every short name searched): where the alias table resolves it to a known
    actor, each of its words is one of ``AliasTable.known_words`` or a number, and each word of the short name is
    one of its words."""
    found = []
    full_name = extract_module.full_name

    def recording(short, text):
        got = full_name(short, text)
        if got is not None:
            found.append((short, got))
        return got

    monkeypatch.setattr(_ShortNames, "_unknown", lambda self, words: False)
    monkeypatch.setattr(extract_module, "full_name", recording)
    _rows(real_resolutions)
    t = actors.table()
    known = [(short, full) for short, full in found if t.resolve(full).known]
    assert len(found) > 100 and len(known) > 5
    for short, full in found:
        assert set(key_tokens(short)) <= set(key_tokens(full)), (short, full)
        assert not full.endswith(")"), full
    for _, full in known:
        assert all(w in t.known_words() or w.isdigit() for w in key_tokens(full)), full


def test_known_words_hold_each_way_resolve_reads_a_known_actor():
    """Each way ``AliasTable.resolve`` reads a known actor: a name of the table, of a State, a part named with its
    whole (where the shorter name is the table's), "the Government of" a State, a name that slips on a small word
    only: all its words are known words."""
    t = actors.table()
    words = t.known_words()
    phrases = [*t.by_key, *(s.name for s in actors.states().values()),
               *t.short_parts, "the Government of the Plurinational State of Bolivia", "Governments of Chile",
               "the Advisory Committee of Administrative and Budgetary Questions"]
    known = [phrase for phrase in phrases if t.resolve(phrase).known]
    assert len(known) > 600 and "Governments of Chile" in known and known[-1].startswith("the Advisory")
    for phrase in known:
        assert all(w in words or w.isdigit() for w in key_tokens(phrase)), phrase
    assert "the" in words and key("the Committee") == "committee"
    # the one way that does not: a name closing with a bracketed acronym is the acronym's actor
    assert t.resolve("Decade Secretariat (UNODC)").known
    assert "decade" not in words


def test_a_quoted_phrase_holding_a_bracket_keeps_the_full_name_search():
    """A name may end in ")" only inside a quoted phrase (``names._NAME_WORD``): in a text with one, ``_unknown``
    never skips; without, a short name with a word no known name holds does, one of known words does not."""
    plain = _ShortNames(actors.Scanner(), ["Title", "Welcomes the work of the Decade."])
    assert plain._unknown(key_tokens("Decade")) is True
    assert plain._unknown(key_tokens("Committee")) is False
    quoted = _ShortNames(actors.Scanner(), ["Title", "Recalls the “Decade Secretariat (UNODC) with Partners”."])
    assert quoted._unknown(key_tokens("Decade")) is False
