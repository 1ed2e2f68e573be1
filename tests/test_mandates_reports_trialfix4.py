"""Reports a new-user trial (2026-12-03, ``mandates --reports``) missed, each kind on the real resolution copied whole
into tests/fixtures/ from ../shared/corpus/texts:

1. "to apprise the General Assembly of that information at its eighty-first session" (A/RES/80/33 3) is information
   for a body at its session, as "to inform the General Assembly at its eighty-first session" is (docs/mandates.md,
   Reports; grammar/reports.lark, ``inform``): a report to the General Assembly at its eighty-first session.
"""

from __future__ import annotations

from pathlib import Path

import resparse
from resparse.mandates import extract
from resparse.mandates.reports import reports_of

FIXTURES = Path(__file__).parent / "fixtures"


def test_to_apprise_the_assembly_at_its_session_is_a_report():
    items = [m for m in extract(resparse.parse(FIXTURES / "A_RES_80_33.txt"))
             if m.kind == "mandate" and m.paragraph == "3" and m.actor == "Secretary-General"]
    reports = [(r.to, r.session) for m in items for r in m.reports]
    assert reports == [("General Assembly", 81)]


def test_to_keep_apprised_without_a_session_is_none():
    """As "to keep ... informed" (docs/mandates.md): no session named, no report."""
    assert reports_of("to keep the General Assembly apprised of developments", []) == []
