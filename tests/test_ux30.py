"""Branch ux30: the user-facing items the twenty-ninth session's trials left. Real texts only: tests/fixtures (whole
resolutions as the official PDFs give them), the bundled texts, and small corpus databases built from those files."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

import resparse
from resparse import consistency, corpus
from resparse.cli import main

from conftest import fixture_refs_of

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


# ---------------------------------------------------------------- 3. an instrument's name read whole over "or"


def test_instrument_name_runs_over_a_list_that_or_closes():
    # "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment": a list of
    # capitalized words closed by "or", as "Development, Production, Stockpiling and Use" is by "and" (was cut at the
    # comma, "the Convention against Torture and Other Cruel")
    name = "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"
    # A/RES/78/222 13: "article 7 of the Convention", the Convention named earlier in the paragraph
    (ref,) = fixture_refs_of("kinds12_x/A_RES_78_222.txt", "13", "article 7 of the Convention")
    assert ref.citation.document_name == name
    # A/RES/80/198 PP5: the name written in the citation itself, and "article 1" after it
    refs = fixture_refs_of("trialfix27m/A_RES_80_198.txt", "PP5")
    assert [r.citation.phrase for r in refs] == [f"article 1 of {name}", "article 1"]
    assert {r.citation.document_name for r in refs} == {name}


def test_a_list_closed_by_and_is_read_as_before():
    # the list "and" closes, unchanged: A/RES/80/210 45 (a) names the Covenant whole, and 45 (b)'s "the Covenant" is it
    name = "the International Covenant on Economic, Social and Cultural Rights"
    (a,) = fixture_refs_of("special_procedures/A_RES_80_210.txt", "45 (a)")
    (b,) = fixture_refs_of("special_procedures/A_RES_80_210.txt", "45 (b)")
    assert a.citation.phrase == f"article 11 of {name}"
    assert a.citation.document_name == b.citation.document_name == name


# ---------------------------------------------------------------- 4. corpus report says what a numbering problem is


def test_numbering_problem_says_the_numbers_found_and_expected():
    # A/RES/79/144's annex amends another text's paragraph 8 and numbers its one paragraph 8 (GUIDELINE.md)
    res = resparse.parse(FIXTURES / "A_RES_79_144.txt")
    (problem,) = [p for p in consistency.check(res) if p.code == "numbering"]
    assert problem.message == "the paragraphs of the annex are numbered 8, not 1"
    assert problem.where == "annex"


def test_corpus_report_line_of_a_numbering_problem(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    corpus.build([FIXTURES / "A_RES_79_144.txt", FIXTURES / "A_RES_78_128.txt"], db, jobs=1)
    assert main(["corpus", "report", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "  inconsistent: A/RES/79/144: the paragraphs of the annex are numbered 8, not 1" in out
    assert not any("paragraphs run" in line for line in out)
    assert main(["corpus", "report", "--db", str(db), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert [d["first"] for d in rep["inconsistent"]] == ["the paragraphs of the annex are numbered 8, not 1"]


# ---------------------------------------------------------------- 1. mandates --reports --to BODY --year YYYY

# the reports to the Economic and Social Council in real resolutions: 79/226 95 (annual, beginning in 2025) and 127
# ("in 2025, 2026 and 2027"), 79/203 18 and 80/136 22 (annual, beginning from 2026), 80/155 13 ("during its 2026
# session"); 78/119 88 reports to the General Assembly through the Council (a channel, not the receiver)
REPORT_FILES = ["A_RES_79_226.txt", "kinds_trialfix29a/A_RES_79_203.txt", "A_RES_80_136.txt", "A_RES_80_155.txt",
                "kinds5/A_RES_78_119.txt"]
ECOSOC_2026 = {("A/RES/79/203", "18"), ("A/RES/79/226", "95"), ("A/RES/79/226", "127"), ("A/RES/80/136", "22"),
               ("A/RES/80/155", "13")}


@pytest.fixture(scope="module")
def report_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ux30_reports")
    for name in REPORT_FILES:
        shutil.copy(FIXTURES / name, folder)
    return folder


@pytest.fixture(scope="module")
def report_db(report_folder, tmp_path_factory):
    db = tmp_path_factory.mktemp("ux30_db") / "c.sqlite"
    corpus.build(sorted(report_folder.iterdir()), db, jobs=1)
    return db


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(["mandates", *map(str, argv)])
    except SystemExit as e:  # a usage error: argparse's exit 2
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("source", ["files", "db"])
def test_reports_to_a_body_in_a_year(source, report_folder, report_db, capsys):
    where = [report_folder] if source == "files" else ["--db", report_db]
    code, out, err = _run(capsys, *where, "--to", "ECOSOC", "--year", "2026")
    assert code == 0
    head, *rows = out.splitlines()
    assert head.endswith(f": {len(ECOSOC_2026)} reports asked for to the Economic and Social Council due in 2026")
    listed = {(r.split()[1], r.split()[2]) for r in rows if r.startswith("  2026")}
    assert listed == ECOSOC_2026
    # the CSV: one row per report, every one to the Council, due in 2026, the year in its own column
    code, out, _ = _run(capsys, *where, "--to", "Economic and Social Council", "--year", "2026", "--csv", "-")
    table = _csv(out)
    assert code == 0 and {(r["document"], r["paragraph"]) for r in table} == ECOSOC_2026
    assert {r["receiver"] for r in table} == {"Economic and Social Council"}
    assert all(r["due"].startswith("2026") and r["year"] == "2026" for r in table)
    # --json: the mandates that ask for such a report
    code, out, _ = _run(capsys, *where, "--to", "ecosoc", "--year", "2026", "--json")
    assert code == 0 and {(m["document"], m["paragraph"]) for m in json.loads(out)} == ECOSOC_2026


def test_to_keeps_the_receiver_not_the_channel(report_folder, capsys):
    # every report to the Council that --reports lists, and no other: 78/119 88 goes through it to the Assembly
    _, out, _ = _run(capsys, report_folder, "--reports", "--csv", "-")
    every = _csv(out)
    _, out, _ = _run(capsys, report_folder, "--to", "ECOSOC", "--csv", "-")
    to_council = _csv(out)
    assert to_council == [r for r in every if r["receiver"] == "Economic and Social Council"]
    assert any(r["document"] == "A/RES/78/119" and r["channel"] == "Economic and Social Council" for r in every)
    assert not any(r["document"] == "A/RES/78/119" for r in to_council)


def test_year_counts_each_occasion(report_folder, capsys):
    # "in 2025, 2026 and 2027" (79/226 127) is due in each of those years and no later; "annually, beginning in
    # 2025" (79/226 95) every year; the annual report to "the subsequent session of the General Assembly" (80/136 22:
    # the eighty-first, then every session) from the session's opening in September 2026 (2025: none)
    def due(year):
        _, out, _ = _run(capsys, report_folder, "--year", year, "--csv", "-")
        return {(r["document"], r["paragraph"], r["receiver"]): r["due"] for r in _csv(out)}

    for year in (2025, 2026, 2027):
        assert due(year)[("A/RES/79/226", "127", "Economic and Social Council")] == str(year)
    in_2028 = due(2028)
    assert ("A/RES/79/226", "127", "Economic and Social Council") not in in_2028
    assert in_2028[("A/RES/79/226", "95", "Economic and Social Council")] == "2028"
    assert in_2028[("A/RES/80/136", "22", "General Assembly")] == "2028-09"
    assert due(2026)[("A/RES/80/136", "22", "General Assembly")] == "2026-09"
    assert ("A/RES/80/136", "22", "General Assembly") not in due(2025)


def test_due_in_year_is_the_due_date_of_reports_and_session(report_folder):
    # the one dating: the first occasion is due_date's, a later one at an Assembly session that session's (--session)
    from resparse.mandates import extract
    from resparse.mandates.reports import due_date, due_in_year

    res = resparse.parse(report_folder / "A_RES_80_136.txt")
    reports = [r for m in extract(res) if m.kind == "mandate" for r in m.reports if r.session is not None]
    assert reports
    for r in reports:
        assert due_in_year(r, int(due_date(r)[:4])) == due_date(r)
        for n in range(r.session + 1, r.session + 6):
            if r.due_at(n):
                assert due_in_year(r, 1945 + n) == due_date(r, n)


def test_nothing_left_exits_1_and_bad_input_2(report_folder, report_db, capsys):
    code, _, err = _run(capsys, report_folder, "--to", "Security Council")
    assert code == 1
    assert "no report asked for goes to 'Security Council'" in err and "Economic and Social Council (" in err
    code, out, _ = _run(capsys, "--db", report_db, "--to", "ECOSOC", "--year", "2023", "--csv", "-")
    assert code == 1 and _csv(out) == []
    code, out, _ = _run(capsys, report_folder, "--to", "ECOSOC", "--year", "2023")
    assert code == 1 and out.startswith("5 resolutions: 0 reports asked for to the Economic and Social Council due in 2023")
    for argv in (["--year", "26"], ["--to", "ECOSOC", "--timeline"]):
        code, _, err = _run(capsys, report_folder, *argv)
        assert code == 2 and "Traceback" not in err
