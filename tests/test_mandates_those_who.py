"""Addressees described by a relative clause with "who" (persons), named as written (tests/labels/GUIDELINE.md,
actors: every addressee, named as written without a leading article or "all"), on the real resolutions copied whole
into tests/fixtures/ from ../shared/corpus/texts: "encourages those who participated to implement their commitments
made therein" (A/RES/79/156 15), "Invites those who deal with trade in cultural property and their associations
... to encourage" (A/RES/79/133 37). Before, "those who ..." was never an actor and the clauses gave no mandate."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import resparse
from resparse.mandates import extract

FIXTURES = Path(__file__).parent / "fixtures"


@lru_cache(maxsize=None)
def _items(name: str):
    return tuple(m for m in extract(resparse.parse(FIXTURES / f"A_RES_{name}.txt")) if m.kind == "mandate")


def test_those_who_participated_are_encouraged():
    found = [(m.verb, m.actor, m.action) for m in _items("79_156") if m.paragraph == "15"]
    assert found == [("encourages", "those who participated", "to implement their commitments made therein")]


def test_those_who_deal_and_their_associations_are_invited():
    found = [(m.verb, m.actor_as_written) for m in _items("79_133") if m.paragraph == "37"]
    assert found == [("invites", "those who deal with trade in cultural property"), ("invites", "their associations")]
