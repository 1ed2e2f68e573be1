"""Reports and deadlines a fresh user found wrong (trial 16, main at 08e3be8), each a kind, on the corpus's texts
(sessions 78-80; skipped where ../shared is absent)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def rows(corpus_mandates):
    return corpus_mandates


def _deadlines(ms):
    return {(d.text, d.type, d.start, d.recurrence) for m in ms for d in m.deadlines}


def test_a_report_named_by_its_owner_is_no_report_asked(rows):
    # A/RES/80/12 7 (a): "To continue the practice of sending an annual note verbale to Member States requesting the
    # submission of their report on military expenditures": the Member States' report (asked of them in paragraph 1,
    # to the Secretary-General), none the Secretary-General is asked for; "report on" after a possessive is a noun
    (m,) = rows("80/12", "7 (a)")
    assert m.reports == []
    # the same list's "(h) To report on experiences gained during such symposiums" is the Secretary-General's
    (h,) = rows("80/12", "7 (h)")
    assert [r.to for r in h.reports] == ["General Assembly"]


def test_a_year_a_relative_clause_qualifies_is_no_recurrence(rows):
    # A/RES/80/232 4, A/RES/79/246 4: "to provide in his future reports detailed and precise estimates ..., including
    # projected expenditures required for each year in which the arbitration might last": the estimates' years; the
    # report is asked "in his future reports", no recurrence written
    for symbol in ("80/232", "79/246"):
        (r,) = [r for m in rows(symbol, "4") for r in m.reports]
        assert (r.to, r.when, r.recurrence, r.every) == ("General Assembly", "in his future reports", None, None)


def test_a_series_with_no_start_counts_from_the_adopting_session(rows):
    # A/RES/80/243 I.3 (adopted at the eightieth session, which took note of the last report): "to submit his report
    # ... to the General Assembly every five years": first due at the eighty-fifth, not the eighty-first
    for label in ("I.3", "III.2"):
        (r,) = [r for m in rows("80/243", label) for r in m.reports]
        assert (r.recurrence, r.every, r.session) == ("every five years", 5, 85)
        assert [n for n in range(80, 92) if r.due_at(n)] == [85, 90]


def test_a_body_named_short_receives_as_the_body_named_in_full_before(rows):
    # A/RES/79/53 24: "... the counter-improvised explosive device self-assessment tool developed by the United Nations
    # Institute for Disarmament Research ..., encourages interested States, on a voluntary basis, to report to the
    # Institute on its use": the Institute named in full earlier in the paragraph (was "not stated")
    reports = [r for m in rows("79/53", "24") for r in m.reports]
    assert [r.to for r in reports] == ["United Nations Institute for Disarmament Research"]


def test_a_day_with_no_year_recurs_each_year(rows):
    # A/RES/80/12 1 and 80/28 4 (adopted December 2025): "by 30 April annually", "by 31 May annually": the first
    # such day after the adoption, each year; A/RES/80/198 53: "to commemorate, on 26 June, the United Nations
    # International Day in Support of Victims of Torture" (no year: each year's day)
    assert _deadlines(rows("80/12", "1")) == {("by 30 April", "by", "2026-04-30", "annually")}
    assert _deadlines(rows("80/28", "4")) == {("by 31 May", "by", "2026-05-31", "annually")}
    assert _deadlines(rows("80/198", "53")) == {("on 26 June", "in", "2026-06-26", "annually")}
    # the report of 80/12 1 keeps "by 30 April" as its time, "annually" as its recurrence
    (m,) = rows("80/12", "1")
    assert [(r.to, r.when, r.recurrence) for r in m.reports] == [("Secretary-General", "by 30 April", "annually")]
    # a date with its year is one date ("on 18 December 2025" style): no recurrence
    from resparse.mandates.deadlines import find

    (d,) = find("to convene the meeting on 26 June 2026", adopted="2025-12-05")
    assert (d.start, d.recurrence) == ("2026-06-26", None)


def test_the_year_of_an_achievement_aimed_at_is_no_deadline(rows):
    # A/RES/78/173 12: "to accelerate efforts towards the achievement of universal health coverage by 2030" (the
    # target of Sustainable Development Goal 3.8), as A/RES/80/176 13 and A/RES/78/280 20 ("to accelerate the
    # achievement of universal health coverage by 2030")
    assert _deadlines(rows("78/173", "12")) == set()
    assert _deadlines(rows("80/176", "13")) == set()
    assert not any(d[0] == "by 2030" for d in _deadlines(rows("78/280", "20")))


def test_the_date_of_an_event_named_in_the_object_is_no_deadline(rows):
    # A/RES/78/290 12: "to support the United Nations Road Safety Fund, for which a pledging conference will be held
    # alongside the Fourth Global Ministerial Conference on Road Safety, in 2025": the conference's year
    assert _deadlines(rows("78/290", "12")) == set()
    # A/RES/79/287 17: "... carrying forward that momentum towards the high-level meeting on a comprehensive review, in
    # 2025, of the progress achieved ...": the meeting's year
    assert _deadlines(rows("79/287", "17")) == set()
