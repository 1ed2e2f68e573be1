"""Small things a re-trial (a new user, 2026-12-04) found in the text output (branch ux27), each on its real text:

1. ``mandates --timeline`` counted mandates in its first line ("153 dated mandates", A/RES/79/155) over the rows it
   lists (39: eight actors one sub-paragraph addresses share a row); it counts the rows and says how many mandates
   they hold ("39 dates (153 mandates)");
2. ``mandates --reports`` printed a channel that is the receiver itself ("→ Commission on Science and Technology for
   Development (through the Commission on Science and Technology for Development)", A/RES/80/173 adopted 124);
3. ``check NOTE --against FILE`` with stdout and stderr in one file (``2>&1``): stdout, held in blocks, came after
   the summary on stderr, or around it where a block ended; stdout is written a line at a time;
4. "shall meet virtually at least quarterly" (A/RES/79/238 5) is a bare recurrence: no deadline, no recurrence
   (docs/mandates.md says so; the labels' rule, tests/labels/GUIDELINE.md).

The corpus files are read from ../shared (skipped without it); the check runs on tests/fixtures."""

import json
import os
import subprocess
import sys
from pathlib import Path

from resparse.cli import main

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- 1. the timeline counts its rows


def test_timeline_counts_the_rows_it_lists_and_the_mandates_they_hold(corpus_dir, capsys):
    code, out, _ = _run(capsys, "mandates", corpus_dir / "A_RES_79_155.txt", "--timeline")
    lines = out.splitlines()
    rows = [line for line in lines[1:] if line.startswith("  ") and line[2:3].isdigit()]  # a row starts with its date
    assert code == 0 and len(rows) == 39
    assert lines[0] == "A/RES/79/155: 39 dates (153 mandates), 0 relative deadlines"


def test_timeline_says_the_mandates_only_where_the_rows_hold_another_count(capsys):
    # A/RES/78/234: each dated row one mandate's, two relative rows holding three mandates
    code, out, _ = _run(capsys, "mandates", FIXTURES / "A_RES_78_234.txt", "--timeline")
    lines = out.splitlines()
    relative = lines.index("Relative deadlines (no date in the text):")
    assert lines[0] == "A/RES/78/234: 7 dates, 2 relative deadlines (3 mandates)"
    assert len([x for x in lines[1:relative] if x[2:3].isdigit()]) == 7
    label_at = lines[1].index("55")  # the label column ("  2024-09  55  General Assembly ..."); a name's rest wraps
    assert len([x for x in lines[relative + 1:] if x[label_at:label_at + 1].strip()]) == 2  # further right
    # A/RES/78/4 annex 108: one mandate asks two reports, each its own time, two rows
    code, out, _ = _run(capsys, "mandates", FIXTURES / "A_RES_78_4.txt", "--timeline")
    assert out.splitlines()[0] == "A/RES/78/4: 2 dates (1 mandate), 0 relative deadlines"


# ---------------------------------------------------------------- 2. a channel that is the receiver


def test_reports_do_not_print_a_channel_that_is_the_receiver(corpus_dir, capsys):
    code, out, _ = _run(capsys, "mandates", corpus_dir / "A_RES_80_173.txt", "--reports")
    row = next(line for line in out.splitlines() if "adopted 124" in line)
    assert "Secretary-General → Commission on Science and Technology for Development: biennial" in row
    assert "through" not in row
    # the JSON keeps the channel the text writes ("to submit, through the Commission ...")
    code, out, _ = _run(capsys, "mandates", corpus_dir / "A_RES_80_173.txt", "--reports", "--json")
    rows = json.loads(out)
    rows = rows["mandates"] if isinstance(rows, dict) else rows
    m = next(m for m in rows if m["paragraph"] == "adopted 124" and m["reports"])
    assert m["reports"][0]["via"] == "Commission on Science and Technology for Development"


def test_reports_print_a_channel_other_than_the_receiver(corpus_dir, capsys):
    # "to report to the General Assembly at its seventy-ninth session, through the Economic and Social Council"
    code, out, _ = _run(capsys, "mandates", corpus_dir / "A_RES_79_229.txt", "--reports")
    assert "Secretary-General → General Assembly (through the Economic and Social Council): at its seventy-ninth" in out


# ---------------------------------------------------------------- 3. stdout before the summary on stderr


def test_check_findings_come_before_the_summary_in_one_file():
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # stdout to a pipe: held in blocks
    note, against = FIXTURES / "check7" / "shorthand.md", FIXTURES / "A_RES_79_1.txt"
    run = subprocess.run([sys.executable, "-m", "resparse", "check", str(note), "--against", str(against)],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=ROOT, timeout=600)
    lines = run.stdout.decode().splitlines()
    assert run.returncode == 1
    findings = [line for line in lines if line.startswith(str(note))]
    assert len(findings) >= 2 and all(": error " in f or ": warning " in f or ": info " in f for f in findings)
    assert lines[-1].startswith("6 errors, 0 warnings")  # the summary last, on its own line
    assert lines[:len(findings)] == findings  # every finding whole, before it


# ---------------------------------------------------------------- 4. a bare recurrence


def test_a_meeting_at_least_quarterly_is_a_bare_recurrence(corpus_dir, capsys):
    code, out, _ = _run(capsys, "mandates", corpus_dir / "A_RES_79_238.txt", "--json")
    rows = json.loads(out)
    rows = rows["mandates"] if isinstance(rows, dict) else rows
    m = next(m for m in rows if m["paragraph"] == "5" and m["kind"] == "mandate")
    assert "at least quarterly" in m["action"]
    assert m["deadlines"] == [] and m["report"] is None  # as "annually" alone (docs/mandates.md)
