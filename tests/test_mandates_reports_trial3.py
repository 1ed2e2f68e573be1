"""Report receivers a fresh-user trial found wrong (``mandates --json`` read against the texts), each kind on the real
resolution copied whole into tests/fixtures/ from ../shared/corpus/texts:

1. a receiver written as a class of bodies in lower case after "for their consideration by": "to distribute reports in
   time for their consideration by legislative organs" (A/RES/78/276 10, A/RES/79/281 11) goes to the legislative
   organs, as "to the relevant bodies" goes to them (tests/labels/mandates_fresh4: "relevant bodies"), never to the
   General Assembly by default;
2. a receiver named short ("to the Unit", "to the Council", "to the Executive Committee", "to the Conference") is the
   body the resolution named in full before, as the same words addressed are ("Requests the Unit" is the Joint
   Inspection Unit): the Joint Inspection Unit (A/RES/78/276 14, A/RES/79/281 16), the Human Rights Council
   (A/RES/78/185 46), the Executive Committee of the Programme of the United Nations High Commissioner for Refugees
   (A/RES/79/156 60), the United Nations Conference of Plenipotentiaries the title names (A/RES/79/122 8); the
   session arithmetic reads the full name;
3. "report on" after the determiner of a report already known is that report, a noun: "to convene, in 2026 ...,
   meetings of experts ..., the summary of which shall be incorporated into the report on the implementation of the
   present resolution" (A/RES/80/142 40) is the report the clause decides the content of (in the passive, as A/RES/78/299
   9), not a verb "report on" timed by the meetings' "in 2026" (was: due at the eightieth session); the report on the
   implementation is the one 80/142 asks for its eighty-first session.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import resparse
from resparse.mandates import extract

FIXTURES = Path(__file__).parent / "fixtures"


@lru_cache(maxsize=None)
def _items(name: str):
    return tuple(m for m in extract(resparse.parse(FIXTURES / f"A_RES_{name}.txt")) if m.kind == "mandate")


def _to(name: str, label: str, actor: str) -> list[list[str]]:
    return [[r.to for r in m.reports] for m in _items(name) if m.paragraph == label and m.actor == actor]


def test_reports_for_the_consideration_of_legislative_organs_go_to_them():
    # A/RES/78/276 10: "Reiterates its request to the executive heads of the participating organizations to fully comply
    # with the statutory procedures ... to submit their comments, ..., to distribute reports in time for their
    # consideration by legislative organs and to provide information ..." (was: the General Assembly)
    assert _to("78_276", "10", "executive heads of the participating organizations") == [["legislative organs"]]
    # the same paragraph renewed a year later (A/RES/79/281 11)
    assert _to("79_281", "11", "executive heads of the participating organizations") == [["legislative organs"]]


def test_a_report_to_the_unit_goes_to_the_joint_inspection_unit():
    # A/RES/78/276 14: "... and invites participating organizations to report non-acceptance and non-implementation to
    # the Unit" (was: "Unit"); the resolution's title and paragraphs name the Joint Inspection Unit, and its "Requests
    # the Unit" rows are the Joint Inspection Unit's
    # (the paragraph's first invitation, "invites participating organizations within the United Nations system to
    # regularly review ...", names the whole its organizations are in and is an actor of its own since the nineteenth
    # session, ``actors.txt`` [naming complements]: no report)
    assert _to("78_276", "14", "participating organizations") == [["Joint Inspection Unit"]]
    assert _to("78_276", "14", "participating organizations within the United Nations system") == [[]]
    assert _to("79_281", "16", "participating organizations") == [["Joint Inspection Unit"]]
    assert _to("79_281", "16", "participating organizations within the United Nations system") == [[]]
    assert any(m.actor == "Joint Inspection Unit" and m.paragraph == "13" for m in _items("78_276"))


def test_a_report_to_the_council_goes_to_the_council_named_before():
    # A/RES/78/185 46: "Invites the Special Rapporteur of the Human Rights Council on the human rights of internally
    # displaced persons ... in accordance with the Council's mandate, and to include information thereon in all reports
    # to the Council and the General Assembly" (was: "Council", then the Assembly)
    actor = "Special Rapporteur on the human rights of internally displaced persons"
    assert _to("78_185", "46", actor) == [["Human Rights Council", "General Assembly"]]


def test_a_report_to_the_executive_committee_names_the_committee_in_full():
    # A/RES/79/156 60: "... further requests the Office to continue its work ... and to regularly report to the Executive
    # Committee on its progress" (was: "Executive Committee"); the resolution names the Executive Committee of the
    # Programme of the United Nations High Commissioner for Refugees before
    found = [rs for rs in _to("79_156", "60", "Office of the United Nations High Commissioner for Refugees") if rs]
    assert found == [["Executive Committee of the Programme of the United Nations High Commissioner for Refugees"]]


def test_a_report_to_the_conference_is_the_conference_of_the_title():
    # A/RES/79/122 ("United Nations Conference of Plenipotentiaries on Prevention and Punishment of Crimes against
    # Humanity") 8: "... and decides that, upon completion of its mandate, the Preparatory Committee shall report
    # directly to the Conference" (was: "Conference"), a name the alias table does not hold
    found = [rs for rs in _to("79_122", "8", "Preparatory Committee") if rs]
    assert found == [["United Nations Conference of Plenipotentiaries on Prevention and Punishment of Crimes against "
                      "Humanity"]]


def test_a_report_decided_in_the_passive_does_not_take_the_time_of_the_meetings():
    # A/RES/80/142 40: "Calls upon the Secretary-General ... to convene, in 2026 and in alignment with the high-level
    # political forum ..., meetings of experts ..., the summary of which shall be incorporated into the report on the
    # implementation of the present resolution" (was: a report "in 2026", due at the eightieth session)
    (m,) = [m for m in _items("80_142") if m.paragraph == "40" and m.actor == "Secretary-General"]
    assert [(r.to, r.when, r.session) for r in m.reports] == [("General Assembly", None, None)]
    assert [d.text for d in m.deadlines] == ["in 2026"]  # the meetings' time stays the mandate's deadline
