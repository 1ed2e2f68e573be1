"""A scanner with names added to its base keeps its scans per text and per the names it adds
(``actors._kept_own_scan``): a resolution renewed the next session builds the same mention scanner and reads the same
paragraphs. The kept scan is the scan a scanner makes afresh; a scanner that adds other names (the same words for
another actor) has scans of its own."""

from pathlib import Path

import pytest

import resparse
from resparse.mandates import actors, extract
from resparse.mandates.actors import Actor, Scanner
from resparse.mandates.extract import mention_scanner

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def res_73_195():
    return resparse.parse(ROOT / "texts" / "A_RES_73_195.txt")


def _mandates(res):
    return [m for m in extract(res) if m.kind == "mandate"]


def test_a_scanner_built_again_takes_the_kept_scans(res_73_195):
    first = mention_scanner(_mandates(res_73_195), states=True)
    again = mention_scanner(_mandates(res_73_195), states=True)  # the next session's renewal: the same actors
    assert first is not again and first._names == again._names >= 0
    opened = [p.text for p in res_73_195.walk() if not first._opens.isdisjoint(actors._words(p.text)[0])]
    assert len(opened) > 50  # the paragraphs where an added name may open: scanned by the scanner's own names
    for text in opened:
        kept = first.scan(text)
        assert again.scan(text) is kept  # kept, not scanned again
        assert kept == first._scan(text)  # and what a fresh scan finds
    assert any(again.scan(text) for text in opened)


def test_other_names_are_not_shared(res_73_195):
    """The same words bound to another actor, or added to another base, scan on their own."""
    text = next(p.text for p in res_73_195.walk() if "International Organization for Migration" in p.text)
    one = Scanner([("Global Compact Network", Actor("Global Compact Network", "global compact network", False))])
    other = Scanner([("Global Compact Network", Actor("Network of the Compact", "network of the compact", False))])
    with_states = Scanner([("Global Compact Network", Actor("Global Compact Network", "global compact network", False))],
                          states=True)
    assert len({one._names, other._names, with_states._names}) == 3
    line = text + " The Global Compact Network and Chile."
    assert [h.name for h in one.scan(line) if h.key == "global compact network"] == ["Global Compact Network"]
    assert [h.name for h in other.scan(line) if h.key == "network of the compact"] == ["Network of the Compact"]
    assert [h.key for h in one.scan(line)] == [h.key for h in one._scan(line)]
    assert "chile" in {h.key for h in with_states.scan(line)} - {h.key for h in one.scan(line)}
