"""Branch rep12: ``mandates --reports --to BODY --year YYYY`` lists the reports of a series to another body than the
Assembly whose first time the text does not write (counted from the adoption), and a request renewed in a resolution
of a renamed series (80/136 22 of 79/203 18) is one report. Real texts only: tests/fixtures (whole resolutions as the
official PDFs give them) and a small corpus database built from them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import resparse
from resparse.mandates import extract
from resparse.mandates.reports import (counted_from_adoption_year, due_date, due_in_year, recalled_in, renewals,
                                       renewed_in)
from resparse.model import Report

# the reports to the Economic and Social Council of A/RES/79/226 (adopted 19 December 2024), 79/203 (19 December
# 2024), 80/136 (15 December 2025) and 80/155; 78/119 88 reports to the Assembly through the Council: the folder and
# the database of branch ux30's tests (``report_folder``, ``report_db``: pytest fixtures, used by name), shared
from test_ux30 import _csv, _run, report_db, report_folder  # noqa: F401

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"

def _report(name: str, label: str, to: str = "Economic and Social Council") -> Report:
    res = resparse.parse(FIXTURES / name)
    (r,) = [r for m in extract(res) if m.kind == "mandate" and m.paragraph == label for r in m.reports if r.to == to]
    return r


# ---------------------------------------------------------------- a series to another body, its start not written


def test_an_annual_report_to_the_council_with_no_start_is_due_each_year_after_the_adoption():
    # "Requests the Chair of the United Nations Sustainable Development Group to continue to present to the Economic
    # and Social Council at its operational activities for development segment a ... performance report on an annual
    # basis" (A/RES/79/226 98, adopted 19 December 2024): 2025, 2026, ...; not 2024, the year of the adoption
    r = _report("A_RES_79_226.txt", "98")
    assert (r.every, r.session, r.counted_from) == (1, None, "2024-12-19")
    assert counted_from_adoption_year(r) and due_date(r) == ""
    assert [due_in_year(r, y) for y in (2024, 2025, 2026, 2031)] == ["", "2025", "2026", "2031"]
    assert Report.from_dict(json.loads(json.dumps(r.to_dict()))) == r


def test_regularly_at_the_annual_segment_is_every_year():
    # "to continue to regularly monitor and report on the work of multi-country offices at the annual operational
    # activities for development segment" (A/RES/79/226 117): "regularly" gives no interval, the annual segment does
    r = _report("A_RES_79_226.txt", "117")
    assert (r.recurrence, r.every, r.counted_from) == ("regularly", 1, "2024-12-19")
    assert due_in_year(r, 2026) == "2026"


def test_a_biennial_report_counts_every_second_year():
    # the outcome adopted by A/RES/80/173 (17 December 2025), paragraph 124: the Secretary-General's biennial report
    # through the Commission on Science and Technology for Development, no year written: 2027, 2029
    res = resparse.parse(FIXTURES / "A_RES_80_173.txt")
    (r,) = [r for m in extract(res) if m.kind == "mandate" and m.paragraph == "adopted 124" for r in m.reports]
    assert (r.every, r.counted_from) == (2, "2025-12-17")
    assert [bool(due_in_year(r, y)) for y in (2025, 2026, 2027, 2028, 2029)] == [False, False, True, False, True]


def test_the_assemblys_series_is_counted_by_session_as_before():
    # a report to the Assembly with no start is counted by the session after the adopting one (``Report.session``),
    # not by ``counted_from``: "the annual report ... to the General Assembly" of 80/136 22 is dated, 79/226's undated
    # Assembly reports keep their session
    res = resparse.parse(FIXTURES / "A_RES_79_226.txt")
    assembly = [r for m in extract(res) if m.kind == "mandate" for r in m.reports if r.to == "General Assembly"]
    assert assembly and all(r.counted_from is None for r in assembly)


@pytest.mark.parametrize("source", ["files", "db"])
def test_year_lists_them_with_the_reason(source, report_folder, report_db, capsys):
    where = [report_folder] if source == "files" else ["--db", report_db]
    code, out, err = _run(capsys, *where, "--to", "Economic and Social Council", "--year", "2026")
    assert code == 0
    rows = {(line.split()[1], line.split()[2]): line for line in out.splitlines() if line.startswith("  2026")}
    for place in (("A/RES/79/226", "98"), ("A/RES/79/226", "117"), ("A/RES/80/136", "23")):
        assert place in rows
        assert rows[place].startswith("  2026*")
    assert "(every year after the adoption on 2024-12-19: no year in the text)" in rows[("A/RES/79/226", "98")]
    # "within his annual report to the Economic and Social Council and to the General Assembly at its eighty-first
    # session" (80/136 23): the Council's report undated, `every` 1 (tests/labels/GUIDELINE.md, "The time of a report
    # set off between the addressee and its infinitive"), counted from the adoption on 15 December 2025
    assert "(every year after the adoption on 2025-12-15: no year in the text)" in rows[("A/RES/80/136", "23")]
    assert out.rstrip().endswith("(the first the year after the adoption's)")
    # the CSV: the year's date, marked counted
    code, out, _ = _run(capsys, *where, "--to", "ECOSOC", "--year", "2025", "--csv", "-")
    table = {(r["document"], r["paragraph"]): r for r in _csv(out)}
    assert table[("A/RES/79/226", "98")]["due"] == "2025" and table[("A/RES/79/226", "98")]["due_counted"] == "True"
    assert table[("A/RES/79/226", "95")]["due_counted"] == "False"  # "beginning in 2025": written
    assert ("A/RES/80/136", "22") not in table  # "beginning from 2026"
    assert ("A/RES/80/136", "23") not in table  # adopted in December 2025: from 2026
    code, out, _ = _run(capsys, *where, "--to", "ECOSOC", "--year", "2024", "--csv", "-")
    assert ("A/RES/79/226", "98") not in {(r["document"], r["paragraph"]) for r in _csv(out)}


# ---------------------------------------------------------------- a renamed series' renewed request


def test_a_request_renewed_under_a_new_title_is_one_report(report_folder, report_db, capsys):
    # 79/203 "Follow-up to and implementation of the SIDS Accelerated Modalities of Action (SAMOA) Pathway ..." 18:
    # "Requests the Secretary-General, beginning from 2026, to submit an annual report to the Economic and Social
    # Council, and to the subsequent session of the General Assembly, on the follow-up to and implementation of the
    # Antigua and Barbuda Agenda ..."; 80/136 "... the Antigua and Barbuda Agenda ...", which recalls 79/203, 22:
    # "Reiterates the request to the Secretary-General, beginning from 2026, to submit an annual report ..." word for
    # word: the same report, listed once in 2026, as the later request
    for where in ([report_folder], ["--db", report_db]):
        code, out, err = _run(capsys, *where, "--to", "ECOSOC", "--year", "2026", "--csv", "-")
        listed = {(r["document"], r["paragraph"]) for r in _csv(out)}
        assert ("A/RES/80/136", "22") in listed and ("A/RES/79/203", "18") not in listed
        assert ("A/RES/79/203", "19") not in listed  # renewed by 80/136 23 ("Also reiterates the request ...")
        assert "2 superseded requests left out" in err
        code, out, _ = _run(capsys, *where, "--to", "ECOSOC", "--csv", "-")
        renewed = {(r["document"], r["paragraph"]): r["renewed_by"] for r in _csv(out)}
        assert renewed[("A/RES/79/203", "18")] == "A/RES/80/136 22"
        assert renewed[("A/RES/79/203", "19")] == "A/RES/80/136 23"


def test_words_alike_in_several_sections_renew_nothing():
    # each construction project's section of the programme budget resolutions (A/RES/78/253, 79/258, which cites
    # 78/253) asks the Secretary-General in the same words "to remain proactive in seeking both voluntary and in-kind
    # contributions ... in the context of his next progress report": several requests alike, none renewed by one of
    # the later ones
    read = [resparse.parse(FIXTURES / name) for name in ("A_RES_78_253.txt", "A_RES_79_258.txt")]
    items = [m for res in read for m in extract(res)]
    recalled = recalled_in(read, items)
    assert "A/RES/78/253" in recalled["A/RES/79/258"]
    titles = {res.symbol: res.title for res in read}
    found = renewals(items, titles, cited=renewed_in(read, items), recalled=recalled)
    by_id = {id(m): m for m in items}
    pairs = {(by_id[k].paragraph, v.paragraph) for k, v in found.items() if by_id[k].document == "A/RES/78/253"}
    assert not any(later == "XII.6" for _, later in pairs)
