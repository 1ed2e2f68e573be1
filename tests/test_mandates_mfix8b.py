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


# ---------------------------------------------------------------- 3. a State's name inside a sea's, gulf's or lake's


def state_mentions(symbol: str, label: str) -> list[str]:
    """The States a copied paragraph mentions, read with the States' names (as ``mandates FILE`` and the database
    read them)."""
    import resparse
    from conftest import copied_paragraph, mini_resolution
    from resparse.mandates import extract
    from resparse.mandates.actors import states

    res = resparse.parse_text(mini_resolution(copied_paragraph(FOLDER, symbol, label)))
    names = {s.name for s in states().values()}
    return [m.actor for m in extract(res, states=True) if m.kind == "mention" and m.actor in names]


@pytest.mark.parametrize("symbol, label, state", [
    ("78/69", "143", "Guinea"),  # "piracy and armed robbery at sea in the Gulf of Guinea"
    ("78/69", "342", "Mexico"),  # "the Gulf of Mexico Large Marine Ecosystem"
    ("79/203", "12", "China"),  # "the Atlantic, Indian Ocean and South China Sea small island developing States"
])
def test_a_state_name_in_a_sea_or_gulf_name_is_no_mention_of_the_state(symbol, label, state):
    assert state not in state_mentions(symbol, label)


def test_lake_chad_is_no_mention_of_chad_but_the_government_of_chad_is():
    # 78/185 8: "the Lake Chad basin" (no mention) and "the Governments of Cameroon, Chad, the Niger and Nigeria"
    got = state_mentions("78/185", "8")
    assert "Chad" in got and "Cameroon" in got and "Nigeria" in got
    from resparse.mandates.actors import Scanner

    scanner = Scanner(states=True)
    for text in ("the Lake Chad basin", "the Lake Chad Basin Commission", "the Sea of Japan", "the Gulf of Oman"):
        assert not [h.name for h in scanner.scan(text) if h.name in ("Chad", "Japan", "Oman")], text
    assert [h.name for h in scanner.scan("Chad and the Sea")] == ["Chad"]  # the State's name alone stays the State


# ---------------------------------------------------------------- 4. "reporting" as the sending verb's own object


def reports_of_paragraph(symbol: str, label: str, cut: tuple[str, str] | None = None) -> dict[str, list]:
    """Each mandate's actor as written and its reports, of a copied paragraph (``cut``: words replaced first)."""
    import resparse
    from conftest import copied_paragraph, mini_resolution
    from resparse.mandates import extract

    text = copied_paragraph(FOLDER, symbol, label)
    if cut:
        assert cut[0] in text
        text = text.replace(*cut)
    res = resparse.parse_text(mini_resolution(text))
    return {m.actor_as_written: m.reports for m in extract(res) if m.kind == "mandate"}


def test_frequent_and_detailed_reporting_is_the_report_asked():
    # 78/40 3 (79/41 3): the States' report is "to provide frequent and detailed reporting on the implementation of the
    # Treaty", not "discussion of these reports" after it (the same row: no receiver, "not stated")
    from resparse.mandates.reports import _asked

    action = ("to provide frequent and detailed reporting on the implementation of the Treaty and opportunities for "
              "discussion of these reports, taking into account Actions 20 and 21 of the 2010 Action Plan")
    assert _asked(action).words == "provide frequent and detailed reporting"
    got = reports_of_paragraph("78/40", "3")
    assert [r.to for r in got["all States"]] == ["not stated"]
    # without "these reports" after it the reporting is still the report asked (was none)
    got = reports_of_paragraph("78/40", "3", (" and opportunities for discussion of these reports", ""))
    assert [r.to for r in got["all States"]] == ["not stated"]


def test_its_latest_reporting_presented_to_the_assembly_is_a_report_to_it():
    # "to present its latest reporting to the General Assembly during an interactive dialogue at its seventy-ninth
    # session" (78/222 35; 79/185 36 at its eightieth): a report to the Assembly at that session (was none)
    got = reports_of_paragraph("78/222", "35")
    (report,) = got["the Commission of Inquiry"]
    assert (report.to, report.session) == ("General Assembly", 79)


def test_reporting_after_a_preposition_is_no_report():
    # "the assistance that they provide and in their reporting on electoral processes" (78/208 14): none
    got = reports_of_paragraph("78/208", "14")
    assert got and not any(got.values())
