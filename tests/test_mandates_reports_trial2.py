"""Reports a second fresh-user trial found missing (``mandates --json``), each kind on the real resolution copied whole
into tests/fixtures/ from ../shared/corpus/texts (A/RES/79/265, A/RES/78/4):

1. information submitted to a body at its Nth session, the receiver and the session written before the object
   "information" (tests/labels/GUIDELINE.md, the fifth sample: such information is a report);
2. a second report coordinated with the first as a second object of the same verb ("a progress report during the
   seventy-ninth session ..., and a report including recommendations ... during the eighty-first session"), with its
   own time: two reports (README, Several reports in one clause).
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


def _of(name: str, label: str, actor: str):
    return [m for m in _items(name) if (m.paragraph == label or m.paragraph.endswith(" " + label)) and m.actor == actor]


def _reports(m):
    return [(r.to, r.when, r.session) for r in m.reports]


def test_information_to_a_body_named_before_the_object_is_a_report():
    # A/RES/79/265 17: "Requests the Secretary-General to submit to the General Assembly at its eighty-first session
    # information on the implementation of the present resolution"
    (m,) = _of("79_265", "17", "Secretary-General")
    assert _reports(m) == [("General Assembly", "at its eighty-first session", 81)]


def test_a_second_report_coordinated_with_the_first_has_its_own_time():
    # A/RES/78/4 annex 108: "to provide ... a progress report during the seventy-ninth session of the General
    # Assembly, and a report including recommendations on the implementation of the present declaration ... during
    # the eighty-first session of the General Assembly"
    (m,) = _of("78_4", "108", "Secretary-General")
    assert _reports(m) == [
        ("General Assembly", "during the seventy-ninth session of the General Assembly", 79),
        ("General Assembly", "during the eighty-first session of the General Assembly", 81),
    ]
