"""Mandate rows this session's branches noticed and left (twenty-eighth session, branch mfix8b), fixed as kinds, each
on a real paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_mfix8b/paragraphs.md and read in a
small resolution (``conftest.mini_resolution``):

- a member of a kind outside the United Nations system ends an "in particular" list under a group of United Nations
  entities after "and" as after a comma, the group named with the modifiers it shares ("relevant United Nations
  bodies and entities": United Nations entities) and adjectives written before one head read as one coordination
  ("international, regional and subregional organizations"): 78/210 36, 80/213 36; mandates/addressees.py
  ``_outside_groups``."""

from pathlib import Path

import pytest

from conftest import copied_mandates

FOLDER = Path(__file__).parent / "fixtures" / "kinds_mfix8b"


def vias(symbol: str, label: str) -> dict[str, str | None]:
    """Each mandate's actor as written and the group it is addressed through (None: addressed directly)."""
    return {m.actor_as_written: m.via for m in copied_mandates(FOLDER, symbol, label)}


# ---------------------------------------------------------------- 1. a kind outside the UN system after "and"


@pytest.mark.parametrize("symbol", ["78/210", "80/213"])
def test_organizations_after_and_end_the_in_particular_list_of_un_entities(symbol):
    v = vias(symbol, "36")
    those = "those participating in the United Nations Global Counter-Terrorism Coordination Compact"
    assert v[those] == "United Nations entities"  # still the entities' member
    for direct in ("relevant United Nations bodies", "United Nations entities", "international organizations",
                   "regional organizations", "subregional organizations"):
        assert v[direct] is None, direct  # the three organizations were via the United Nations entities


def test_a_kind_outside_the_system_after_a_comma_still_ends_the_list():
    # mfix7b's shape, now read by the same pass: the Office and the Programme are the bodies' members
    v = vias("79/178", "19")
    assert v["the Office of the United Nations High Commissioner for Human Rights"] == "United Nations bodies"
    assert v["the United Nations Development Programme"] == "United Nations bodies"
    for direct in ("States", "United Nations bodies", "intergovernmental organizations",
                   "non-governmental organizations"):
        assert v[direct] is None, direct
