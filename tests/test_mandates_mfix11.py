"""Mandate and report rows the twenty-ninth session noticed and left (thirtieth session, branch mfix11), fixed as kinds,
each on a real paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_mfix11/paragraphs.md and read in a
small resolution (``conftest.mini_resolution``), or on the corpus file itself:

- every occasion a report's time names is counted the same way, years and sessions, the Assembly's and another body's
  (``Report.occasions``, ``reports.occasions``; ``every`` its step): "a report in 2025, 2026 and 2027" (A/RES/79/226
  127), the Commission on the Status of Women's "at its sixty-ninth and seventieth sessions" (79/152 17, every 1; it
  was none), the Assembly's "at its eightieth and eighty-first sessions" (79/152 15); ``--reports`` and ``--timeline``
  list such a report at each date, the reports CSV's ``due_dates`` holds them all;
- a second addressee marked by the verb's other preposition ("and for") with a parenthesis set off after it is split
  off ("and for States parties, in accordance with their obligations, to ...", 78/229 55);
- an action that ends with a preposition takes the object written after the next pair's verb ("to consider ratifying
  or acceding to, and for States parties to effectively implement, the Protocol ...", 78/229 51, 80/229 42).

Looked at and left (tests/labels/GUIDELINE.md, the thirtieth session's decisions, branch mfix11): the report of 80/193
32 has no time (the eighty-first session is the Chair's dialogue, another clause); 79/233 annex 177 "to transmit the
report of the panel ... to the Member States during the eighty-first session" asks no report (a report sent on)."""

import csv
import io
import subprocess
import sys
from pathlib import Path

import resparse
from conftest import copied_mandates, copied_paragraph, mini_resolution

from resparse.mandates import extract, reports
from resparse.mandates.deadlines import find
from resparse.model import Mandate

FOLDER = Path(__file__).parent / "fixtures" / "kinds_mfix11"


def cli(*args) -> str:
    """``resparse ARGS``' stdout (exit 0)."""
    done = subprocess.run([sys.executable, "-m", "resparse", *map(str, args)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def report_of(symbol: str, label: str, to: str):
    """The report to ``to`` of the one mandate of a copied paragraph that asks for one."""
    (r,) = [r for m in copied_mandates(FOLDER, symbol, label) for r in m.reports if r.to == to]
    return r


# ---------------------------------------------------------------- 1. every named occasion counted the same way


def test_a_list_of_years_and_a_list_of_another_bodys_sessions_count_as_the_assemblys():
    # A/RES/79/226 127: "a report in 2025, 2026 and 2027" to the Economic and Social Council
    r = report_of("79/226", "127", "Economic and Social Council")
    assert (r.occasions, r.every, r.session, r.last) == (["2025", "2026", "2027"], 1, None, None)
    # A/RES/79/152 17: the Commission on the Status of Women "at its sixty-ninth and seventieth sessions": each
    # session by its calendar, every year (was every None: a list of another body's sessions counted as none)
    r = report_of("79/152", "17", "Commission on the Status of Women")
    assert (r.occasions, r.every, r.session) == (["2025-03", "2026-03"], 1, None)
    # A/RES/80/186 43: the Commission's seventieth and seventy-first, and the Assembly's eighty-second apart
    r = report_of("80/186", "43", "Commission on the Status of Women")
    assert (r.occasions, r.every) == (["2026-03", "2027-03"], 1)
    r = report_of("80/186", "43", "General Assembly")
    assert (r.occasions, r.session, r.every) == ([], 82, None)


def test_the_assemblys_sessions_are_listed_the_same_way(corpus_mandates):
    # A/RES/79/152 15: "an annual report to the General Assembly at its eightieth and eighty-first sessions"
    (m,) = [m for m in corpus_mandates("79/152", "15") if m.reports]
    (r,) = m.reports
    assert (r.occasions, r.session, r.last, r.every) == (["2025-09", "2026-09"], 80, 81, 1)
    assert [n for n in range(79, 84) if r.due_at(n)] == [80, 81]


def test_occasions_of_one_time_alone_and_of_a_list_respectively():
    assert reports.occasions(find("in 2025, 2026 and 2027")[0]) == ["2025", "2026", "2027"]
    assert reports.occasions(find("at its eighty-fifth and ninetieth sessions")[0]) == ["2030-09", "2035-09"]
    assert reports.occasions(find("at its eightieth session")[0]) == []
    assert reports.occasions(find("in 2026")[0]) == []
    # each body its own session: no list of occasions of one body
    assert reports.occasions(find("at their eightieth and sixty-first sessions, respectively")[0]) == []


def test_a_list_of_unequal_steps_keeps_its_dates_and_no_interval():
    text = ("Requests the Secretary-General to submit a report to the Economic and Social Council in 2025, 2027 and "
            "2028 on the implementation of the present resolution;")
    (m,) = [m for m in extract(resparse.parse_text(mini_resolution(text))) if m.kind == "mandate"]
    assert [(r.occasions, r.every) for r in m.reports] == [(["2025", "2027", "2028"], None)]


def test_occasions_survive_the_json_round_trip():
    (m, *_) = copied_mandates(FOLDER, "79/152", "17")
    assert Mandate.from_dict(m.to_dict()) == m
    assert m.to_dict()["reports"][0]["occasions"] == ["2025-03", "2026-03"]


def test_reports_and_timeline_list_the_report_at_each_date(corpus_dir):
    path = corpus_dir / "A_RES_79_226.txt"
    out = cli("mandates", path, "--reports")
    assert "8 reports asked for (10 rows: one for each date a list of times names)" in out.splitlines()[0]
    rows = [line.split()[:2] for line in out.splitlines() if "→ Economic and Social Council: in 2025, 2026" in line]
    assert rows == [["2025", "127"], ["2026", "127"], ["2027", "127"]]
    assert "in 2025, 2026 and 2027 (occasion 3 of 3)" in out
    line = [x for x in cli("mandates", corpus_dir / "A_RES_79_152.txt", "--timeline").splitlines()
            if x.strip().startswith("2026-03")]
    assert line and "at its sixty-ninth and seventieth sessions (occasion 2 of 2)" in line[0]


def test_the_csv_due_dates_hold_every_date_and_the_sessions_stay_the_assemblys(corpus_dir):
    paths = [corpus_dir / f"A_RES_{s}.txt" for s in ("79_152", "79_226")]
    rows = {(r["document"], r["paragraph"]): r
            for r in csv.DictReader(io.StringIO(cli("mandates", *paths, "--reports", "--csv", "-")))}
    got = {k: (rows[k]["due_dates"], rows[k]["due_sessions"], rows[k]["recurs"])
           for k in (("A/RES/79/226", "127"), ("A/RES/79/152", "17"), ("A/RES/79/152", "15"), ("A/RES/79/152", "16"))}
    assert got == {("A/RES/79/226", "127"): ("2025 2026 2027", "", "1 year"),
                   ("A/RES/79/152", "17"): ("2025-03 2026-03", "", "1 year"),
                   ("A/RES/79/152", "15"): ("2025-09 2026-09", "80 81", "1 year"),
                   ("A/RES/79/152", "16"): ("2026-09", "81", "")}
    # what is due in 2026: the rows whose due_dates hold a date of it
    in_2026 = sorted(k[1] for k, r in rows.items() if any(d.startswith("2026") for d in r["due_dates"].split()))
    assert in_2026 == ["127", "15", "16", "17"]
    # at the Assembly's 81st session: 79/152 15 (its second occasion) and 16
    at_81 = cli("mandates", *paths, "--reports", "--session", "81")
    assert "2 reports asked for due at the 81st session" in at_81 and " 15 " in at_81 and " 16 " in at_81
    # another body's sessions and a list of years are at no Assembly session: the Commission's seventieth (March
    # 2026) and the Council's 2026 report are read in due_dates, under no --session
    at_80 = cli("mandates", *paths, "--reports", "--session", "80")
    assert " 15 " in at_80 and " 17 " not in at_80 and " 127 " not in at_80


# ---------------------------------------------------------------- 2. 80/193 32: the dialogue's time is not the report's


def test_the_report_the_council_continues_to_submit_has_no_time():
    # "invites the Human Rights Council, through the Chair of the Working Group, to continue to submit a report on the
    # work of the Working Group to the General Assembly, and in this regard invites the Chair of the Working Group to
    # engage in an interactive dialogue with the Assembly ... at its eighty-first session": another clause's time
    ms = copied_mandates(FOLDER, "80/193", "32")
    council = [m for m in ms if m.reports]
    assert [(m.actor, [(r.to, r.when, r.session) for r in m.reports]) for m in council] == [
        ("Human Rights Council", [("General Assembly", None, None)])]
    chair = [m for m in ms if m.actor.startswith("Chair")]
    assert [(m.deadline.text, m.reports) for m in chair] == [("at its eighty-first session", [])]


# ---------------------------------------------------------------- 4. a raised object, 5. "and for" a second addressee


def test_an_action_ending_with_a_preposition_takes_the_raised_object():
    for symbol, label in (("78/229", "51"), ("80/229", "42")):
        ms = {m.actor: m.action for m in copied_mandates(FOLDER, symbol, label)}
        assert ms["Member States"].startswith("to consider ratifying or acceding to the Protocol against the Smuggling "
                                              "of Migrants by Land, Sea and Air"), symbol
        assert ms["States parties"].startswith("to effectively implement, the Protocol against"), symbol  # as before


def test_and_for_a_second_addressee_after_a_parenthesis_is_split_off():
    # A/RES/78/229 55: "calls upon Member States to consider ratifying or acceding to, and for States parties, in
    # accordance with their obligations, to fully and effectively implement the Protocol to Prevent ..." (the States
    # parties were part of the Member States' action)
    ms = {m.actor: m.action for m in copied_mandates(FOLDER, "78/229", "55")}
    assert ms["States parties"].startswith("to fully and effectively implement the Protocol to Prevent, Suppress")
    assert ms["Member States"].startswith("to consider ratifying or acceding to the Protocol to Prevent, Suppress")
    assert "States parties" not in ms["Member States"]


def test_an_action_with_its_object_keeps_it_and_no_second_pair_takes_a_preposition_for_one():
    # "urges States to sign and ratify the Convention ... and States parties to implement it": the first has its object
    text = ("Urges States that have not yet done so to become parties to the Convention as a matter of priority, and "
            "States parties to implement it effectively;")
    ms = {m.actor: m.action for m in extract(resparse.parse_text(mini_resolution(text))) if m.kind == "mandate"}
    assert ms["States"] == "to become parties to the Convention as a matter of priority"
    # "to accede to" with no second pair: unchanged
    text = "Calls upon Member States to consider acceding to, and implementing, the Convention;"
    (m,) = [m for m in extract(resparse.parse_text(mini_resolution(text))) if m.kind == "mandate"]
    assert m.action == "to consider acceding to, and implementing, the Convention"


def test_the_copied_paragraphs_are_the_corpus_words(corpus_dir):
    text = copied_paragraph(FOLDER, "78/229", "55")
    assert "and for States parties, in accordance with their obligations, to fully" in text
