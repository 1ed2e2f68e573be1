"""Report readings the thirty-first session found, each as a kind (branch mfix13; tests/labels/GUIDELINE.md,
"Decisions of the thirty-first session (branch mfix13)"), on whole resolutions copied from the corpus
(tests/fixtures), through the public API."""

from pathlib import Path

import pytest

import resparse
from conftest import fixture_mandates

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def rows():
    files = {"A/RES/79/233": "mfix13/A_RES_79_233.txt", "A/RES/79/327": "reports_fresh/A_RES_79_327.txt",
             "A/RES/79/1": "A_RES_79_1.txt"}
    return fixture_mandates(files)


def _reports(rows, symbol, label):
    return [(r.to, r.to_source, r.when) for m in rows[symbol] if m.paragraph == label for r in m.reports]


def test_it_submitted_with_recommendations_to_a_body_names_the_receiver(rows):
    # A/RES/79/233 annex 355: "to prepare a report, ..., and to submit it with recommendations to the General Assembly
    # for its consideration at its eightieth session": the Assembly named (was "default: no receiver named")
    assert _reports(rows, "A/RES/79/233", "annex 355") == [
        ("General Assembly", "text", "at its eightieth session")]


def test_the_shape_with_additions_is_the_pronouns_shape():
    # grammar/reports.lark findings_to, WITH_ADDED: the sender's additions between the pronoun and the body, read on
    # the clause (A/RES/79/233 annex 355); "provide it with the facilities necessary for the performance of its work"
    # (A/RES/80/110, 78/69: "it" the one provided) no such shape
    from resparse.mandates import reports
    text = next(p.text for p in resparse.parse(FIXTURES / "mfix13/A_RES_79_233.txt").walk() if p.label == "annex 355")
    found = reports._first(text, reports._requests(), text.index("submit it"))
    assert (found.kind, found.words) == ("findings_to", "submit it with recommendations to the ")
    said = "to provide it with the facilities necessary for the performance of its work to the Council"
    assert reports._first(said, reports._requests()) is None


def test_issue_a_report_on_its_deliberations_stays_the_working_groups_report(rows):
    # A/RES/79/327 18: "Decides that the Working Group will consider a resolution every three years, starting at the
    # eighty-third session, ..., and issue a report on its deliberations": the clause asks a report (its last words),
    # no body named: the Assembly's by default, every three years from the eighty-third session (kept as it was)
    assert _reports(rows, "A/RES/79/327", "18") == [
        ("General Assembly", "default", "starting at the eighty-third session")]


def test_a_report_a_meeting_rests_on_stays_undated(rows):
    # A/RES/79/1 annex I 74: "... a high-level meeting ..., to take place during the eighty-second session of the
    # General Assembly, based on a progress report by the Secretary-General": the meeting's session dates the meeting,
    # not the report (tests/labels/GUIDELINE.md, the twenty-sixth session, branch mfix6; kept as it was)
    assert _reports(rows, "A/RES/79/1", "annex I 74") == [("General Assembly", "default", None)]
