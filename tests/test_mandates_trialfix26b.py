"""A new user's trial of `mandates` (twenty-sixth session, branch trialfix26b), fixed as kinds, each on the real
paragraphs: the bundled A/RES/72/244 and 73/195 (texts/), resolutions copied from ../shared/corpus/texts into
tests/fixtures/kinds_trialfix26b (A/RES/78/15, 78/255, 79/260, 80/172), the fixture A/RES/78/218, and corpus files
(skipped without ../shared):

1. a day of the year without its year recurs only as an observance's (grammar/attachment.lark ``observed_day_*``);
2. a lower-case "assembly" is no General Assembly (data/actors.txt [capitalised]);
3. the time of an act the object is about, and a time past at the adoption, are not the action's;
4. a renewal is due no earlier than what it renews and a title's year is its subject; ``--session N`` counts a
   report asked again at N once;
5. the reports CSV counts as ``--session`` does (``due_sessions``) and says how often, normalised (``recurs``);
6. ``--timeline``/``--reports`` that leave no row exit 1; 7. ``--csv FILE`` prints no listing;
8. the timeline has one row per clause and time; "at a four-year interval" recurs."""

import csv
from pathlib import Path

import pytest

import resparse
from resparse.cli import main
from resparse.mandates import extract

ROOT = Path(__file__).resolve().parents[1]
FOLDER = Path(__file__).parent / "fixtures" / "kinds_trialfix26b"


def _mandates(path: Path, label: str, kind: str = "mandate") -> list:
    return [m for m in extract(resparse.parse(path)) if m.kind == kind and m.paragraph == label]


# ---------------------------------------------------------------- 1. a day of the year: an observance's only


def test_a_conference_day_without_its_year_is_one_day_not_a_recurrence(res_72_244, capsys):
    from resparse.render.mandates import timeline

    # 72/244 11: "statements made at the opening plenary meeting, on 10 December, and at the closing plenary meeting,
    # on 11 December" -- the Conference of "10 and 11 December 2018" (paragraph 4), adopted 24 December 2017
    ms = [m for m in extract(res_72_244) if m.kind == "mandate" and m.paragraph == "11"]
    assert ms and all(d.recurrence is None for m in ms for d in m.deadlines)
    assert [(d.text, d.date) for d in ms[0].deadlines][:1] == [("on 10 December", "2018-12-10")]
    line = next(x for x in timeline(ms).splitlines() if "10 December" in x)
    assert line.endswith("on 10 December")  # was "on 10 December (recurring annually)"


def test_an_observance_s_day_still_recurs(corpus_mandates):
    # 79/82 5: "as part of the observance of the International Day of Solidarity with the Palestinian People on 29
    # November": the Day's name right before the day
    ms = corpus_mandates("79/82", "5")
    assert ms and all(m.deadline.recurrence == "annually" for m in ms if m.deadline)


# ---------------------------------------------------------------- 2. "peaceful assembly" is a right


def test_peaceful_assembly_is_no_mention_of_the_general_assembly():
    rows = [m for m in extract(resparse.parse(ROOT / "tests" / "fixtures" / "A_RES_78_218.txt"))
            if m.actor == "General Assembly"]
    assert not [m for m in rows if m.paragraph == "2 (a) (vi)"]  # "... opinion and expression, peaceful assembly"
    assert {m.paragraph for m in rows} == {"18 (a)", "22", "26"}  # "the General Assembly" still is


def test_the_assembly_capitalised_after_the_is_still_the_general_assembly(corpus_dir):
    # 78/126 2: "... and for the Council to update its recommendation to the Assembly in that regard"
    rows = _mandates(corpus_dir / "A_RES_78_126.txt", "2", kind="mention")
    assert [(m.actor, m.actor_as_written) for m in rows if m.actor == "General Assembly"] == [
        ("General Assembly", "Assembly")]


# ---------------------------------------------------------------- 3. another act's time


def test_the_session_of_the_consideration_documents_relate_to_is_not_the_transmission_s():
    ms = _mandates(FOLDER / "A_RES_78_15.txt", "4")
    assert [m.actor for m in ms] == ["Secretary-General"]
    assert ms[0].deadlines == []  # was "at its seventy-eighth session"


def test_a_week_past_at_the_adoption_is_no_deadline():
    # 80/172 6 (adopted in December 2025): "to remove all travel restrictions imposed by it against representatives
    # of certain Member States, including restricting high-level officials of a Member State during the high-level
    # week of the eightieth session of the General Assembly" -- September 2025, a past restriction
    ms = _mandates(FOLDER / "A_RES_80_172.txt", "6")
    assert [m.actor for m in ms] == ["host country"]
    assert ms[0].deadlines == []


# ---------------------------------------------------------------- 4. renewals


def test_a_report_on_another_year_s_commitments_is_no_renewal(capsys):
    files = [str(FOLDER / "A_RES_78_255.txt"), str(FOLDER / "A_RES_79_260.txt")]
    assert main(["mandates", *files, "--reports"]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if "A/RES/78/255 2" in line and "General Assembly:" in line]
    assert rows and all("renewed by" not in line for line in rows)  # was "(renewed by A/RES/79/260 2)"


@pytest.fixture(scope="module")
def indigenous(corpus_dir):
    return [str(corpus_dir / f"A_RES_{s}.txt") for s in ("78_189", "79_159", "80_191")]


def test_a_report_asked_again_is_counted_once_at_its_session(indigenous, capsys):
    # "Encourages the Secretary-General to include information pertinent to Indigenous Peoples in the forthcoming
    # annual reports ...": 78/189 25, 79/159 26, 80/191 26, each annual -- one report at the 81st session
    assert main(["mandates", *indigenous, "--reports", "--actor", "SG"]) == 0
    out = capsys.readouterr().out
    assert "A/RES/78/189 25" in out and "(renewed by A/RES/79/159 26)" in out
    assert main(["mandates", *indigenous, "--reports", "--session", "81", "--actor", "SG"]) == 0
    captured = capsys.readouterr()
    labels = [x for x in ("A/RES/78/189 25", "A/RES/79/159 26", "A/RES/80/191 26") if x in captured.out]
    assert labels == ["A/RES/80/191 26"]
    assert "2 superseded requests left out" in captured.err


# ---------------------------------------------------------------- 5. the reports CSV


def test_the_csv_counts_each_session_as_session_does(indigenous, tmp_path, capsys):
    # every session up to the last any row names (81: 80/191 26, annual, first due then) counts as --session does
    path = tmp_path / "r.csv"
    assert main(["mandates", *indigenous, "--reports", "--csv", str(path)]) == 0
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert max(int(r["due_session"]) for r in rows if r["due_session"]) == 81
    for n in (79, 80, 81):
        listed = tmp_path / f"s{n}.csv"
        assert main(["mandates", *indigenous, "--reports", "--session", str(n), "--csv", str(listed)]) in (0, 1)
        at_n = list(csv.DictReader(listed.open(encoding="utf-8")))
        assert sum(str(n) in r["due_sessions"].split() for r in rows) == len(at_n)
    annual = [r for r in rows if r["paragraph"] == "26" and r["document"] == "A/RES/80/191"]
    assert annual and annual[0]["recurs"] == "1 year"


def test_periodically_recurs_with_no_interval(corpus_dir, tmp_path):
    # 78/46 23 and 79/40 24: "to report thereon to the General Assembly at its eightieth session, ... periodically"
    path = tmp_path / "r.csv"
    files = [str(corpus_dir / "A_RES_78_46.txt"), str(corpus_dir / "A_RES_79_40.txt")]
    assert main(["mandates", *files, "--reports", "--csv", str(path)]) == 0
    rows = {(r["document"], r["paragraph"]): r for r in csv.DictReader(path.open(encoding="utf-8"))}
    assert rows[("A/RES/78/46", "23")]["recurrence"] == "periodically"
    assert rows[("A/RES/78/46", "23")]["recurs"] == "periodic" and rows[("A/RES/78/46", "23")]["every"] == ""
    # one report at the 80th session, the later request's: the earlier one's cell leaves 80 out
    assert rows[("A/RES/78/46", "23")]["due_sessions"] == ""
    assert rows[("A/RES/79/40", "24")]["due_sessions"] == "80"


# ---------------------------------------------------------------- 6, 7. exit codes and --csv FILE


def test_reports_that_leave_no_row_exit_1_with_or_without_an_actor(capsys):
    text = str(ROOT / "texts" / "A_RES_72_244.txt")
    assert main(["mandates", text, "--reports"]) == 1
    assert "0 reports asked for" in capsys.readouterr().out
    assert main(["mandates", text, "--reports", "--actor", "SG"]) == 1


def test_a_timeline_that_leaves_no_row_exits_1(tmp_path, capsys):
    from conftest import mini_resolution

    assert main(["mandates", str(FOLDER / "A_RES_78_255.txt"), "--timeline"]) == 0  # its rows: exit 0
    capsys.readouterr()
    # 78/15 4 read alone: a mandate, no deadline (3 above) -- the timeline has no row
    p = next(q for q in resparse.parse(FOLDER / "A_RES_78_15.txt").walk() if getattr(q, "label", None) == "4")
    path = tmp_path / "one.txt"
    path.write_text(mini_resolution(p.text), encoding="utf-8")
    assert main(["mandates", str(path)]) == 0
    assert main(["mandates", str(path), "--timeline"]) == 1
    assert "0 dates, 0 relative deadlines" in capsys.readouterr().out


@pytest.mark.parametrize("extra", [["--reports"], ["--timeline"], []])
def test_csv_to_a_file_prints_only_a_line_on_stderr(extra, tmp_path, capsys):
    path = tmp_path / "out.csv"
    assert main(["mandates", str(FOLDER / "A_RES_78_255.txt"), *extra, "--csv", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""  # the listing was printed too with --reports and --timeline
    assert captured.err.count("\n") == 1 and captured.err.startswith("resparse: wrote ")
    assert path.read_text(encoding="utf-8").startswith("document,")


# ---------------------------------------------------------------- 8. one row per clause and time


def test_one_clause_to_seven_actors_is_one_timeline_row_recurring_every_four_years(res_73_195):
    from resparse.render.mandates import timeline

    ms = [m for m in extract(res_73_195) if m.kind == "mandate" and m.paragraph == "annex 50"]
    assert len(ms) == 7 and {m.deadline.recurrence for m in ms} == {"every four years"}
    rows = [x for x in timeline(ms).splitlines()[1:] if x.startswith("  2")]
    assert len(rows) == 1 and rows[0].endswith("beginning in 2020 (recurring every four years)")
