"""A new-user trial (2026-12-04, README/docs/--help only) of the CLI and the checker: a quotation the checker could
not place ("The same paragraph requests ...") had no finding and was not counted; ``mandates --session`` without
``--reports`` was refused; ``actors`` took one file; the listing's counts differed from the CSV's rows unexplained;
``due_session`` under ``--session 81`` showed 79 or 80; the progress bar was blank on a pseudo-terminal with no
size; a non-resolution's error ended in an odd "[resparse]"; A/RES/79/144's amended paragraph 8 warned "numbering
starts at 8". Real texts: tests/fixtures (A/RES/78/317, 78/299, 79/144, 79/152, 80/130), and a note written from
A/RES/78/317 annex 41 (tests/fixtures/trial_notes28b)."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import select
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import mandates
from resparse import note as notes
from resparse.cli import _ProgressLines, main
from resparse.render import check as render_check

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
NOTE = FIXTURES / "trial_notes28b" / "sids_note.md"
RES_78_317 = FIXTURES / "A_RES_78_317.txt"


@pytest.fixture(scope="module")
def library():
    lib = checker.Library([resparse.parse(p) for p in resparse.bundled_texts()])
    lib.add(resparse.parse(RES_78_317))
    return lib


def run(library, text: str) -> checker.Report:
    return checker.check(notes.from_text(text, "note.md"), library)


def line_of(text: str, words: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if words in line)


# ---------------------------------------------------------------- 1. the same paragraph; every quotation counted


def test_the_same_paragraph_carries_the_paragraph_cited_last(library):
    text = NOTE.read_text(encoding="utf-8")
    report = checker.check(notes.read(NOTE), library)
    wrong = line_of(text, "The same paragraph")
    [f] = [f for f in report.findings if f.severity == "error"]
    assert (f.line, f.code, f.resolution, f.paragraph) == (wrong, "R104", "A/RES/78/317", "annex 41")
    assert "[-small-] {+large+}" in f.message and "[-existing-] {+new+}" in f.message
    # the quotation of the other remarks names no resolution: not checked, and said so
    [r006] = [f for f in report.findings if f.code == "R006"]
    assert r006.line == line_of(text, "light coordination") and r006.severity == "info"
    s = report.summary()
    assert (s["quotations"], s["quotations_verified"], s["quotations_not_checked"]) == (3, 1, 1)
    assert "quotations verified 1 of 3 (1 not checked)" in render_check.summary_line([report])


@pytest.mark.parametrize("anaphor", ["That paragraph also requests", "The said paragraph requests", "Ibid.: it requests"])
def test_other_anaphors_of_a_paragraph(library, anaphor):
    text = NOTE.read_text(encoding="utf-8").replace("The same paragraph requests", anaphor)
    assert anaphor in text
    report = run(library, text)
    assert [(f.code, f.paragraph) for f in report.findings if f.severity == "error"] == [("R104", "annex 41")]


def test_a_right_quotation_under_the_same_paragraph_is_verified(library):
    text = NOTE.read_text(encoding="utf-8").replace(
        "large island developing States offices, within new resources",
        "small island developing States divisions, within existing resources")
    report = run(library, text)
    assert not [f for f in report.findings if f.severity != "info"]
    assert report.summary()["quotations_verified"] == 2


def test_the_same_paragraph_after_a_resolution_cited_whole_is_not_guessed(library):
    """No paragraph cited before: "the same paragraph" names none, and its quotation is reported not checked."""
    text = ('Resolution 78/317 concerns small island developing States.\n'
            'The same paragraph requests ESCAP and ECA "to establish large island developing States offices".\n')
    report = run(library, text)
    assert [(f.code, f.line) for f in report.findings] == [("R006", 2)]
    assert report.summary()["quotations"] == 1 and report.summary()["quotations_verified"] == 0


# ---------------------------------------------------------------- 2. mandates --session without --reports


def test_mandates_session_without_reports_keeps_the_resolutions_of_that_session(tmp_path, capsys):
    files = [str(FIXTURES / n) for n in ("A_RES_79_152.txt", "A_RES_80_130.txt")]
    out = tmp_path / "m.csv"
    assert main(["mandates", *files, "--session", "79", "--csv", str(out)]) == 0
    err = capsys.readouterr().err
    assert "the mandates of the 1 resolution of session 79" in err
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    alone = [m for m in mandates.extract(resparse.parse(files[0]))]
    assert rows and {r["document"] for r in rows} == {"A/RES/79/152"}
    assert len(rows) == len(alone)
    assert main(["mandates", *files, "--session", "78"]) == 1
    assert "none of the 2 resolutions read was adopted at session 78" in capsys.readouterr().err


def test_mandates_session_over_a_database(tmp_path, capsys):
    d = tmp_path / "c"
    d.mkdir()
    for n in ("A_RES_79_152.txt", "A_RES_80_130.txt"):
        shutil.copy(FIXTURES / n, d)
    db = tmp_path / "c.sqlite"
    assert main(["corpus", "build", str(d), "--db", str(db), "--quiet", "--jobs", "1"]) == 0
    capsys.readouterr()
    assert main(["mandates", "--db", str(db), "--session", "80", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["document"] for r in rows} == {"A/RES/80/130"}
    # actors --db: the stored rows, as corpus build stores them (every State's mentions too)
    assert main(["actors", "--db", str(db), "--json"]) == 0
    stored = {r["actor"]: (r["mandates"], r["mentions"]) for r in json.loads(capsys.readouterr().out)}
    items = [m for n in ("A_RES_79_152.txt", "A_RES_80_130.txt")
             for m in mandates.extract(resparse.parse(d / n), states=True)]
    from resparse.render.mandates import actor_rows
    assert stored == {r["actor"]: (r["mandates"], r["mentions"]) for r in actor_rows(items)}
    assert main(["actors", str(d), "--db", str(db)]) == 2


# ---------------------------------------------------------------- 3. actors over several files


def test_actors_over_several_files_counts_over_all(capsys):
    files = [FIXTURES / n for n in ("A_RES_79_152.txt", "A_RES_80_130.txt")]
    each = Counter()
    for f in files:
        assert main(["actors", str(f), "--json"]) == 0
        for r in json.loads(capsys.readouterr().out):
            each[r["actor"]] += r["mandates"]
    assert main(["actors", *map(str, files), "--json"]) == 0
    captured = capsys.readouterr()
    both = {r["actor"]: r["mandates"] for r in json.loads(captured.out)}
    assert both == {k: v for k, v in each.items()}
    assert "2 resolutions read" in captured.err


# ---------------------------------------------------------------- 4. counts and rows


def test_the_listing_says_the_rows_of_json_and_csv_where_they_differ(capsys):
    """A/RES/78/299 1 "Urges all other Member States, in particular those in arrears, to ensure payment ...": one
    mandate of the listing, two rows of --json (the group and the member named in its list)."""
    f = str(FIXTURES / "A_RES_78_299.txt")
    assert main(["mandates", f]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("A/RES/78/299: 8 mandates (9 rows) on 3 actors")
    assert "Member States — 3 mandates (4 rows)" in out
    assert "Secretary-General — 1 mandate" in out  # no note where the counts agree
    assert main(["mandates", f, "--json"]) == 0
    assert sum(r["kind"] == "mandate" for r in json.loads(capsys.readouterr().out)) == 9


# ---------------------------------------------------------------- 5. the session a report row is listed for


def test_reports_csv_under_session_has_the_session_listed(capsys):
    assert main(["mandates", str(FIXTURES / "A_RES_79_152.txt"), "--reports", "--session", "81", "--csv", "-"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    [r15] = [r for r in rows if r["paragraph"] == "15"]
    assert (r15["due_session"], r15["due_sessions"], r15["session"]) == ("80", "80 81", "81")
    assert {r["session"] for r in rows} == {"81"}
    assert main(["mandates", str(FIXTURES / "A_RES_79_152.txt"), "--reports", "--csv", "-"]) == 0
    assert "session" not in next(csv.reader(io.StringIO(capsys.readouterr().out)))


# ---------------------------------------------------------------- 6. progress


def test_progress_bar_on_a_pseudo_terminal_without_a_size():
    """``script -qc`` under a pipe opens a terminal of 0 by 0: the bar is drawn all the same (files, rate)."""
    master, slave = pty.openpty()
    files = [str(FIXTURES / n) for n in ("A_RES_79_152.txt", "A_RES_80_130.txt", "A_RES_78_299.txt")]
    proc = subprocess.Popen([sys.executable, "-m", "resparse", "mandates", *files], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=slave, env={**os.environ, "COLUMNS": "", "LINES": ""})
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=120)
    os.close(master)
    text = seen.decode("utf-8", "replace")
    assert "/3 [" in text and "file/s" in text, text[:300]


def test_progress_lines_on_a_non_terminal(capsys):
    lines = _ProgressLines("parsing", every=0.0)
    lines.update(3, 10)
    lines.update(10, 10)  # the end: the summary says it
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("parsing: 3 of 10 files (") and err[0].endswith(" files/s)")


# ---------------------------------------------------------------- 7. messages


def test_a_non_resolution_names_its_first_line(tmp_path):
    f = tmp_path / "memo.txt"
    f.write_text("resparse\n\nA memo about the budget.\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "resparse", "parse", str(f)], capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 2
    assert p.stderr.strip().endswith('[its first line: "resparse"]'), p.stderr


def test_an_amended_paragraph_quoted_is_no_numbering():
    """A/RES/79/144 annex: "Amend paragraph 8 to read:", then "Independent panel", then "8. The Secretary-General ...":
    the quoted paragraph 8 is the amended text's; no warning that the numbering starts at 8."""
    res = resparse.parse(FIXTURES / "A_RES_79_144.txt")
    assert res.paragraphs and not [w.message for w in res.warnings if "numbering starts" in w.message]


def test_the_same_paragraph_after_a_paragraph_of_the_note_is_not_the_resolutions(library):
    """"paragraph 4 above" (the note's own) stands between: "that paragraph" may be it, and names no resolution's."""
    text = NOTE.read_text(encoding="utf-8").replace(
        "The same paragraph requests", "As paragraph 4 above explains, that paragraph requests")
    report = run(library, text)
    assert not [f for f in report.findings if f.severity == "error"]
    assert "R006" in [f.code for f in report.findings]
