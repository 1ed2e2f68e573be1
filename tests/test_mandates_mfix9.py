"""Mandate rows earlier sessions noticed and left (twenty-ninth session, branch mfix9), fixed as kinds, each on a real
paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_mfix9/paragraphs.md and read in a small
resolution (``conftest.mini_resolution``), or on the corpus file itself:

- a prepositional phrase of origin after an addressee's head ("multi-stakeholders from all regions and countries")
  names no addressee: "and" goes on inside it, and members named by where they come from ("including from the
  private sector, ...") are the head's members (78/265 3); mandates/addressees.py ``_origin_goes_on``,
  ``_ORIGIN_MEMBER``."""

from pathlib import Path

from conftest import copied_mandates

from resparse.mandates import addressees

FOLDER = Path(__file__).parent / "fixtures" / "kinds_mfix9"


def vias(symbol: str, label: str) -> dict[str, str | None]:
    """Each mandate's actor as written and the group it is addressed through (None: addressed directly)."""
    return {m.actor_as_written: m.via for m in copied_mandates(FOLDER, symbol, label)}


# ---------------------------------------------------------------- 1. a phrase of origin names no addressee


def test_origin_after_the_head_is_no_addressee_and_the_list_is_the_heads():
    v = vias("78/265", "3")
    head = "multi-stakeholders from all regions and countries"
    assert v[head] is None and v["Member States"] is None
    assert "countries" not in v  # was an addressee of its own
    for member in ("the private sector", "international organizations", "regional organizations", "civil society",
                   "the media", "academia", "research institutions", "technical communities", "individuals"):
        assert v[member] == head, member  # were via "countries"; "the private sector" was a mention
    assert len(v) == 11


def test_origin_goes_on_only_after_a_head_and_before_bare_words():
    # A/RES/80/11 15 "Encourages countries receiving support from the Peacebuilding Fund to share ...": a
    # participle's complement, no origin of the head
    assert not addressees._origin_goes_on("countries receiving support from developing", " countries to share")
    assert addressees._origin_goes_on("multi-stakeholders from all regions", "countries, within")
    # a determiner opens a new phrase: two addressees
    assert not addressees._origin_goes_on("multi-stakeholders from all regions", "the Secretariat, within")
