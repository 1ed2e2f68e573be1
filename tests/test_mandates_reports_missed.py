"""Report kinds the reading missed or got wrong, each on the real paragraph (resolutions copied whole into
tests/fixtures/ from ../shared/corpus/texts: A/RES/78/299, 79/40, 79/149, 79/251, 80/136, 78/317):

1. information submitted to a body at its Nth session is a report (tests/labels/GUIDELINE.md, the fifth sample);
2. a decision of the Assembly on what a report holds ("... shall be included in the report on ..., to be considered
   by the General Assembly at its seventy-ninth session") asks for that report, and the body that considers it
   receives it (no passive mandate);
3. a report set off between the addressee and the action ("within his annual report to ... , to present proposals")
   is the report the action is done in;
4. help with other States' reports ("assistance ... in the preparation of comprehensive national reports") is no
   report of the addressee;
5. a dated report to another body than the Assembly is due at none of the Assembly's sessions.
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


def _of(name: str, label: str):
    return [m for m in _items(name) if m.paragraph == label]


def _reports(m):
    return [(r.to, r.when, r.session) for r in m.reports]


def test_information_submitted_to_the_assembly_at_a_session_is_a_report():
    # A/RES/79/149 39: "Requests the Secretary-General ... to submit information to the General Assembly at its
    # eighty-first session on the implementation of the present resolution ..."
    (m,) = _of("79_149", "39")
    assert _reports(m) == [("General Assembly", "at its eighty-first session", 81)]


def test_a_decision_on_what_a_report_holds_asks_for_that_report():
    # A/RES/78/299 9: "Also decides that updated information on the financial position of the Operation shall be
    # included in the report on the updated position of closed peacekeeping missions, to be considered by the
    # General Assembly at its seventy-ninth session ..." (tests/labels/mandates_fresh3 n 2: decides, the Assembly,
    # passive false, a report to the General Assembly at its seventy-ninth session)
    (m,) = _of("78_299", "9")
    assert (m.verb, m.actor, m.passive) == ("decides", "General Assembly", False)
    assert _reports(m) == [("General Assembly", "at its seventy-ninth session", 79)]


def test_a_report_set_off_before_the_action_is_the_one_it_is_done_in():
    # A/RES/80/136 23: "Also reiterates the request to the Secretary-General, within his annual report to the
    # Economic and Social Council and to the General Assembly at its eighty-first session on the implementation of
    # the Antigua and Barbuda Agenda ..., to present proposals ..."
    (m,) = _of("80_136", "23")
    assert _reports(m) == [("Economic and Social Council", None, None),
                           ("General Assembly", "at its eighty-first session", 81)]
    # A/RES/78/317 annex 36: "We request the Secretary-General, in his annual report to the General Assembly at its
    # eightieth session on the implementation of the Antigua and Barbuda Agenda ..., to present proposals ..."
    (m,) = _of("78_317", "annex 36")
    assert _reports(m) == [("General Assembly", "at its eightieth session", 80)]


def test_assistance_in_the_preparation_of_others_reports_is_no_report():
    # A/RES/79/40 20: "Encourages States, relevant international and regional organizations and civil society ... to
    # cooperate with and provide assistance to other States, upon request, in the preparation of comprehensive
    # national reports on their implementation of the Programme of Action ..."
    ms = _of("79_40", "20")
    assert len(ms) == 4 and all(m.reports == [] for m in ms)


def test_a_dated_report_to_another_body_is_due_at_no_assembly_session():
    # A/RES/80/136 22: "Reiterates the request to the Secretary-General, beginning from 2026, to submit an annual
    # report to the Economic and Social Council, and to the subsequent session of the General Assembly": the
    # Council's report is due from 2026, at none of the Assembly's sessions; the Assembly's at the session after the
    # Council's 2026 session, the 81st, on (the twenty-sixth session's trial: it read the 80th)
    (m,) = _of("80_136", "22")
    assert _reports(m) == [("Economic and Social Council", "beginning from 2026", None),
                           ("General Assembly", "the subsequent session of the General Assembly", 81)]
    assert [r.due_at(80) for r in m.reports] == [False, False]
    assert [r.due_at(82) for r in m.reports] == [False, True]
