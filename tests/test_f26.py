"""The twenty-eighth blind sample's misses (tests/labels/mandates_fresh26, the thirty-first session, branch f26), fixed
as kinds, each on whole resolutions copied from ../shared/corpus/texts into tests/fixtures (the copies already there,
byte for byte the corpus's), read through the public API (``resparse.parse``, ``resparse.mandates.extract``):

1. the actor's budget document named with no "next" or "future" is the time of the action done in it, as "in the next
   programme budget proposal" is: "in the proposed programme budgets" (A/RES/78/154 35: mandates_fresh26 n 85),
   "within the programme budget report" (A/RES/78/252 59: n 79, also the report's time), "in the context of the
   proposed programme budget for 2026" (A/RES/79/245 16), "in the context of his budget submission for 2026"
   (A/RES/79/258 XV.13), "in the programme budget" (A/RES/79/257 24); not money ("from within the programme budget
   for 2026", A/RES/80/225 13; "within its budget", A/RES/80/242 97), and not a second time where a time is written
   right before the document (A/RES/79/257 62, 80/242 78: mandates_fresh15 n 17); grammar/deadlines.lark
   ``budget_doc``, mandates/deadlines.py ``_time_before``;
2. the outcomes of an instrument's negotiation sent to a body are the treaty's text, no report (A/RES/79/243 5:
   mandates_fresh26 n 50); findings sent with no negotiation named stay a report (A/RES/80/132 6);
   grammar/attachment.lark ``negotiated_instrument``, mandates/reports.py ``_negotiated_text``."""

from functools import lru_cache
from pathlib import Path

import resparse
from resparse.mandates import extract

FIXTURES = Path(__file__).parent / "fixtures"


@lru_cache(maxsize=None)
def _mandates(path: str) -> tuple:
    return tuple(m for m in extract(resparse.parse(FIXTURES / path)) if m.kind == "mandate")


def _of(path: str, label: str, verb: str | None = None) -> list:
    return [m for m in _mandates(path) if m.paragraph == label and (verb is None or m.verb == verb)]


def _times(path: str, label: str, verb: str | None = None) -> list[list[str]]:
    return [[d.text for d in m.deadlines] for m in _of(path, label, verb)]


# ---------------------------------------------------------------- 1. the actor's budget document, no "next"


def test_the_proposed_programme_budgets_are_the_time_of_the_provisions():
    # A/RES/78/154 35 (mandates_fresh26 n 85; 79/207 36, 80/139 39 the same words): a budget, no report
    (m,) = _of("references/A_RES_78_154.txt", "35", "requests")
    assert [d.text for d in m.deadlines] == ["in the proposed programme budgets"]
    assert m.reports == []
    assert _times("references/A_RES_78_154.txt", "35", "decides") == [[]]  # "for the year 2023 ..." the calendar's


def test_within_the_programme_budget_report_is_the_reports_time():
    # A/RES/78/252 59 (mandates_fresh26 n 79): a report to the General Assembly, made in the budget report
    (m,) = _of("deadlines8/A_RES_78_252.txt", "59")
    assert [d.text for d in m.deadlines] == ["within the programme budget report"]
    assert [(r.to, r.when) for r in m.reports] == [("General Assembly", "within the programme budget report")]
    # "in the next programme budget proposal" (57, mandates_fresh13 n 36) as before
    (n,) = _of("deadlines8/A_RES_78_252.txt", "57")
    assert [(r.to, r.when) for r in n.reports] == [("General Assembly", "in the next programme budget proposal")]


def test_a_dated_proposed_programme_budget_in_whose_context_a_report_is_made():
    # A/RES/79/245 16: "and to report thereon in the context of the proposed programme budget for 2026"
    (m,) = _of("trialfix27p/A_RES_79_245.txt", "16")
    text = "in the context of the proposed programme budget for 2026"
    assert [d.text for d in m.deadlines] == [text]
    assert [(r.to, r.when) for r in m.reports] == [("General Assembly", text)]


def test_his_budget_submission_and_the_programme_budget():
    # A/RES/79/258 XV.13: "to provide a budget proposal for the visitors' centre ..., in the context of his budget
    # submission for 2026 under section 18"; A/RES/79/257 24: "to include data ... in the programme budget and the Umoja
    # portal"
    assert _times("A_RES_79_258.txt", "XV.13") == [["in the context of his budget submission for 2026"]]
    assert _times("A_RES_79_257.txt", "24") == [["in the programme budget"]]


def test_a_budget_as_money_is_no_time():
    # A/RES/80/225 13: "with the necessary resources, from within the programme budget for 2026, to support ..."
    assert not any("budget" in t for ts in _times("deadlines9/A_RES_80_225.txt", "13") for t in ts)
    # A/RES/80/242 97: "... structural, operational and functional efficiencies within its budget ..."
    assert not any("budget" in t for ts in _times("A_RES_80_242.txt", "97") for t in ts)


def test_a_budget_written_right_after_a_session_is_no_second_time():
    # A/RES/79/257 62 (mandates_fresh15 n 17: the one deadline the session), 80/242 78: "for the consideration of the
    # General Assembly at the main part of its eightieth session in the context of the proposed programme budget for
    # 2026"
    assert _times("A_RES_79_257.txt", "62") == [["by the end of 2025"], ["at the main part of its eightieth session"]]
    assert _times("A_RES_80_242.txt", "78")[-1] == ["at the main part of its eighty-first session"]


# ---------------------------------------------------------------- 2. a negotiated instrument's text is no report


def test_the_outcomes_of_a_protocols_negotiation_are_no_report():
    # A/RES/79/243 5 (mandates_fresh26 n 50): "with a view to negotiating a draft protocol supplementary to the
    # Convention, ... for the purpose of submitting the outcomes to the Conference of the States Parties to the
    # Convention, for its consideration and further action"
    (m,) = _of("references/A_RES_79_243.txt", "5")
    assert m.verb == "decides" and m.actor.startswith("Ad Hoc Committee")
    assert m.reports == []


def test_findings_with_no_negotiation_stay_a_report():
    # A/RES/80/132 6: "to present the findings and recommendations to the General Assembly at its eighty-first session"
    (m,) = _of("A_RES_80_132.txt", "6")
    assert [r.to for r in m.reports] == ["General Assembly"]
