"""Units: what the mandates stage now makes once (per name, per head, per paragraph) instead of at each call
(branch mspeed29, docs/benchmarks.md), each held to the rule it stands for on every call the extraction makes over
the real texts of texts/ and tests/fixtures: the kept path and the path that makes it anew give the same answer."""

from __future__ import annotations

import importlib
import re

import pytest

from resparse.mandates import actors

from conftest import calls_made

extract_module = importlib.import_module("resparse.mandates.extract")
# the functions whose calls the tests read: (module, name); ``as_numbered`` by the extraction's own name for it too
ASKED = [(actors, "as_numbered"), (extract_module, "as_numbered"), (extract_module, "_headed")]


@pytest.fixture(scope="module")
def asked(real_resolutions):
    """The positional arguments of every call of each function of ``ASKED`` that the extraction makes over the real
    texts of texts/ and tests/fixtures, by the function's name."""
    return calls_made(ASKED, real_resolutions)


def _as_numbered_made_per_call(name: str, written: str) -> str:
    """``actors.as_numbered`` as it was before its pattern was kept per name: the singular words and their pattern
    made at each call."""
    words = name.split()
    if not words or all(actors.singular(w) == actors.fold(w) for w in words):
        return name
    one = [w if actors.singular(w) == actors.fold(w) or w in actors._PROPER_PLURALS
           else actors._as_cased(actors.singular(w), w) for w in words]
    m = re.search(r"(?i)(?<![\w-])" + r"\s+".join(map(re.escape, one)) + r"(?![\w-])", written)
    if m is None or not actors._AFTER_NAME.match(written, m.end()):
        return name
    return " ".join(one)


def test_as_numbered_kept_per_name_as_made_per_call(asked):
    """Every (name, written) the extraction asks ``as_numbered`` of (mandates and mentions): the same display name
    with the pattern kept per name (warm, and again with the cache emptied) as with the pattern made at each call;
    some of them put in the singular ("The State in which ...": State, A/RES/79/124 11 (b) shape)."""
    calls = set(asked["as_numbered"])
    assert len(calls) > 500
    singular = 0
    for name, written in sorted(calls):
        expected = _as_numbered_made_per_call(name, written)
        assert actors.as_numbered(name, written) == expected, (name, written)
        singular += expected != name
    actors._singular_name.cache_clear()
    assert all(actors.as_numbered(n, w) == _as_numbered_made_per_call(n, w) for n, w in sorted(calls))
    assert singular > 10


def test_head_pattern_kept_per_head_as_compiled_per_call(asked, real_resolutions):
    """Every head noun ``_ShortNames._read`` asks for a capitalized word before it: the kept pattern finds the same
    matches as the pattern compiled from the head at the call, over every paragraph and title of the texts that
    hold the head."""
    heads = {a[0] for a in asked["_headed"]}
    assert len(heads) > 5
    texts = [t for res in real_resolutions for t in (res.title or "", *(p.text for p in res.walk()))]
    found = 0
    for head in sorted(heads):
        made = re.compile(rf"[A-Z][\w-]*\s+{re.escape(head)}\b")
        for text in (t for t in texts if head in t):  # every match holds the head as written: elsewhere none
            kept = [m.span() for m in extract_module._headed(head).finditer(text)]
            assert kept == [m.span() for m in made.finditer(text)], (head, text[:80])
            found += bool(kept)
    assert found > 10
