"""The columns of ``mandates --timeline`` and ``--reports`` line up when a row's date is a full date ("2024-02-20")
and the others' a month ("2024-09") or a year ("2024"): each column is as wide as its widest entry, and a long
actor's name wrapped under it starts where the name does (before, a full date pushed its row two places right and
the wrapped lines stayed where a month's row would have put them).

A/RES/78/111 (tests/fixtures): 2 "from 20 to 28 February 2024" (2024-02-20), "at its session in 2024" (2024), "at
its seventy-ninth session" (2024-09), three relative deadlines, and "Special Committee on the Charter of the United
Nations and on the Strengthening of the Role of the Organization" wrapped; A/RES/78/74 2: a report "no later than 1
September 2024"."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
RES_78_111 = FIXTURES / "A_RES_78_111.txt"
RES_78_74 = FIXTURES / "A_RES_78_74.txt"

_DATE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


def resparse_cli(*args) -> str:
    done = subprocess.run([sys.executable, "-m", "resparse", *map(str, args)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def starts(line: str) -> list[int]:
    """Where each column of a row starts: columns are set apart by two spaces or more (a name or a verb has one)."""
    return [m.start() for m in re.finditer(r"(?:(?<=^)|(?<=\s\s))\S", line)]


def table(out: str) -> list[str]:
    """The rows of a table and the lines under them: every line that starts with two spaces."""
    return [line for line in out.splitlines() if line.startswith("  ")]


def test_the_timeline_s_columns_line_up_across_full_dates_months_years_and_relative_deadlines():
    lines = table(resparse_cli("mandates", RES_78_111, "--timeline"))
    dated = [ln for ln in lines if _DATE.match(ln.strip()) and ln[2] != " "]
    undated = [ln for ln in lines if ln[2] == " " and len(starts(ln)) >= 4]
    wrapped = [ln for ln in lines if ln[2] == " " and len(starts(ln)) == 1]
    assert {len(_DATE.match(ln[2:]).group()) for ln in dated} == {4, 7, 10}  # a year, a month and a full date
    assert undated and wrapped
    # label, actor, verb: one start each for every row, dated or not
    columns = {tuple(starts(ln)[1:4]) for ln in dated} | {tuple(starts(ln)[0:3]) for ln in undated}
    assert len(columns) == 1, columns
    label, actor, verb = columns.pop()
    assert label < actor < verb
    # the rest of a wrapped name starts where the name does
    assert {starts(ln)[0] for ln in wrapped} == {actor}


def test_the_reports_columns_line_up_across_a_full_date_and_a_month():
    lines = table(resparse_cli("mandates", RES_78_111, RES_78_74, "--reports"))
    rows = [ln for ln in lines if ln[2] != " "]
    under = [ln for ln in lines if ln[2] == " "]
    assert {len(_DATE.match(ln[2:]).group()) for ln in rows if _DATE.match(ln[2:])} >= {7, 10}
    columns = {tuple(starts(ln)[1:3]) for ln in rows}
    assert len(columns) == 1, columns
    label, actor = columns.pop()
    # what each report is about, under its row, starts where the actor does
    assert under and {starts(ln)[0] for ln in under} == {actor}
