"""Branch ux32: the fresh-user trial's finding U3 of the thirty-first session. ``resparse mandates FILE --timeline
--year 2026`` was refused (exit 2), and the timeline's rows showed no action, so "what is due in 2026, reports or
not?" needed every paragraph opened. ``--timeline --year Y`` keeps the rows the timeline dates in Y (reports or not),
and each row of the timeline is followed by the start of its action, as ``--reports`` writes it. Real texts only:
whole resolutions of tests/fixtures, through the CLI."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from resparse import corpus
from resparse.cli import main

FIXTURES = Path(__file__).parents[1] / "tests" / "fixtures"
R80_155 = FIXTURES / "A_RES_80_155.txt"  # a report "during its 2026 session" (13), a decision of the 81st session (14)
R78_182 = FIXTURES / "A_RES_78_182.txt"  # 47: two reports, to the Commission (2024-03, 2025-03) and the Assembly
R79_226 = FIXTURES / "A_RES_79_226.txt"  # 127: "a report in 2025, 2026 and 2027"


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(["mandates", *map(str, argv)])
    except SystemExit as e:  # a usage error
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


def _rows(out: str) -> list[tuple[str, str]]:
    """(date, paragraph) of each row of a one-file timeline (its undated rows start with spaces)."""
    return [(m[1], m[2]) for line in out.splitlines() if (m := re.match(r"  (\d{4}\S*)\s+(\d+(?: \([a-z]\))?)\s", line))]


def test_timeline_year_keeps_the_rows_dated_that_year_reports_or_not(capsys):
    # A/RES/80/155 13 "requests the Secretary-General to present ... a report to the Economic and Social Council during
    # its 2026 session ... and to the Assembly at its eighty-first session" (2026, 2026-09) and 14 "Decides to include
    # in the provisional agenda of its eighty-first session" (2026-09: no report, on the timeline all the same)
    code, out, err = _run(capsys, R80_155, "--timeline", "--year", "2026")
    assert code == 0 and "Traceback" not in err
    assert out.splitlines()[0] == "A/RES/80/155: 3 dates (2 mandates) in 2026"
    assert _rows(out) == [("2026", "13"), ("2026-09", "14"), ("2026-09", "13")]
    assert "to include in the provisional agenda of its eighty-first session" in out


def test_timeline_year_leaves_out_the_other_years_and_their_relative_deadlines(capsys):
    code, out, _ = _run(capsys, R78_182, "--timeline", "--year", "2025")
    assert code == 0
    assert _rows(out) == [("2025-03", "47"), ("2025-09", "47"), ("2025-09", "48")]  # not 47's 2024-03
    code, out, _ = _run(capsys, R79_226, "--timeline", "--year", "2026")
    assert code == 0 and _rows(out) == [("2026", "127")]
    assert "(occasion 2 of 3)" in out and "Relative deadlines" not in out and "relative deadline" not in out


def test_timeline_year_with_nothing_left_exits_1_said_on_stderr(capsys):
    code, out, err = _run(capsys, R78_182, "--timeline", "--year", "2030")
    assert code == 1
    assert out.startswith("A/RES/78/182: 0 dates in 2030")
    assert "no mandate with a deadline in 2030 in the resolutions read (exit 1)" in err
    # an actor found, none of its rows dated that year: said so, with the year
    code, _, err = _run(capsys, R80_155, "--actor", "Secretary-General", "--timeline", "--year", "2030")
    assert code == 1 and "none of which has a deadline in 2030" in err


def test_timeline_year_json_keeps_the_mandates_with_a_time_in_that_year(capsys):
    code, out, _ = _run(capsys, R78_182, "--timeline", "--year", "2024", "--json")
    assert code == 0 and [r["paragraph"] for r in json.loads(out)] == ["47"]
    code, out, _ = _run(capsys, R79_226, "--timeline", "--year", "2026", "--json")
    assert code == 0 and [r["paragraph"] for r in json.loads(out)] == ["127"]
    code, out, _ = _run(capsys, R78_182, "--timeline", "--year", "2030", "--json")
    assert code == 1 and json.loads(out) == []
    # the CSV on stdout: the same mandates, exit 1 when none, as the listing
    code, out, _ = _run(capsys, R78_182, "--timeline", "--year", "2024", "--csv", "-")
    assert code == 0 and [r.split(",")[1] for r in out.splitlines()[1:]] == ["47"]
    code, out, err = _run(capsys, R78_182, "--timeline", "--year", "2030", "--csv", "-")
    assert code == 1 and len(out.splitlines()) == 1 and "no mandate with a deadline in 2030" in err


def test_timeline_year_from_the_database_as_from_the_files(capsys, tmp_path):
    db = tmp_path / "c.sqlite"
    corpus.build([R78_182, R80_155], db, jobs=1)
    code, out, _ = _run(capsys, "--db", db, "--timeline", "--year", "2025")
    assert code == 0
    assert sorted(p for _, p in re.findall(r"  (\d{4}\S*)\s+A/RES/\d+/\d+ (\d+)", out)) == ["47", "47", "48"]
    _, files_out, _ = _run(capsys, R78_182, R80_155, "--timeline", "--year", "2025")
    assert out.splitlines()[1:] == files_out.splitlines()[1:]


def test_each_timeline_row_is_followed_by_its_action_as_reports_writes_it(capsys):
    code, out, _ = _run(capsys, R78_182, "--timeline")
    assert code == 0
    lines = out.splitlines()
    # 47 asks for two reports: under the Assembly's row the words of that report, as under its row of --reports
    at = next(i for i, line in enumerate(lines) if "(report to General Assembly)" in line)
    action = lines[at + 1]
    assert action.strip().startswith("...to report to the General Assembly at its eightieth session")
    assert action.endswith("...") and len(action) <= 100
    assert action.index("...") == lines[at].index("Secretary-General")  # indented under the actor, as --reports
    _, reports, _ = _run(capsys, R78_182, "--reports")
    assert action.strip() in [line.strip() for line in reports.splitlines()]
    # every dated row has its action line under it
    rows = [i for i, line in enumerate(lines) if re.match(r"  \d{4}", line)]
    assert len(rows) == 4 and all(lines[i + 1].startswith(" " * 15) and lines[i + 1].strip() for i in rows)


def test_help_says_timeline_takes_year_and_to_stays_refused(capsys):
    with pytest.raises(SystemExit):
        main(["mandates", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "with --year YYYY only the rows dated in that year, reports or not" in text
    assert "except beside --timeline" in text
    for argv in (["--to", "ECOSOC", "--timeline"], ["--timeline", "--year", "26"]):
        code, _, err = _run(capsys, R78_182, *argv)
        assert code == 2 and "Traceback" not in err
