"""Branch trialfix31: the findings of the thirty-first session's fresh-user trial (W2, M1, U1, U2, U4, W1/W3, U5).
Real texts only: whole resolutions in tests/fixtures (tests/fixtures/trialfix31 holds the four this branch copied from
the corpus of sessions 78-80, unchanged), the official PDF of A/RES/78/2, the bundled default; through the public API
and the CLI."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import resparse
from resparse.cli import main
from resparse.mandates import extract

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
OWN = FIXTURES / "trialfix31"


def _mandates(path: Path, paragraph: str) -> list:
    return [m for m in extract(resparse.parse(path)) if m.paragraph == paragraph and m.kind == "mandate"]


def _report_rows(capsys, *args) -> list[str]:
    main(["mandates", *map(str, args), "--reports"])
    return [line for line in capsys.readouterr().out.splitlines() if "→" in line]


# ---------------------------------------------------------------- W2. a report whose author the text does not name


def test_the_assemblys_decision_of_what_a_report_holds_names_no_author():
    # A/RES/78/299 9: "Also decides that updated information on the financial position of the Operation shall be
    # included in the report on the updated position of closed peacekeeping missions, to be considered by the General
    # Assembly at its seventy-ninth session": the Assembly decides, the report goes to it, nobody named writes it
    for path, label, when in ((FIXTURES / "A_RES_78_299.txt", "9", "at its seventy-ninth session"),
                              (OWN / "A_RES_78_303.txt", "8", "at its seventy-ninth session"),
                              (OWN / "A_RES_79_311.txt", "6", "at its eightieth session")):
        (m,) = _mandates(path, label)
        assert (m.actor, m.verb) == ("General Assembly", "decides")  # the decision stays the Assembly's (the label)
        (r,) = m.reports
        assert (r.to, r.when, r.author) == ("General Assembly", when, "not stated")
        assert m.to_dict()["reports"][0]["author"] == "not stated"


def test_reports_lists_the_author_as_not_stated_never_the_assembly_to_itself(capsys, tmp_path):
    (row,) = _report_rows(capsys, FIXTURES / "A_RES_78_299.txt")
    assert row == "  2024-09  9  author not stated → General Assembly: at its seventy-ninth session"
    out = tmp_path / "r.csv"
    assert main(["mandates", str(FIXTURES / "A_RES_78_299.txt"), "--reports", "--csv", str(out)]) == 0
    (r,) = list(csv.DictReader(out.open(encoding="utf-8")))
    assert (r["actor"], r["author"], r["receiver"]) == ("General Assembly", "not stated", "General Assembly")


def test_a_report_asked_of_a_named_actor_keeps_its_author():
    # the column and the field leave every other report as it was: the actor writes it
    (m,) = _mandates(OWN / "A_RES_78_43.txt", "5")
    assert m.actor == "Secretary-General" and [r.author for r in m.reports] == [None]
    # a decision that binds an actor it names ("Decides that the open-ended working group ... shall submit its report
    # to the General Assembly at its eighty-first session", A/RES/78/20 5, read by the same gate) is untouched: no
    # Assembly's own decision
    (m,) = [m for m in _mandates(FIXTURES / "A_RES_79_1.txt", "annex I 74") if m.reports]
    assert m.actor == "Secretary-General" and m.reports[0].author is None


# ---------------------------------------------------------------- M1. findings presented during a session of a body


def test_findings_presented_during_a_session_of_the_assembly_are_a_report_to_it():
    # A/RES/79/1 adopted 81 (a): "... and to present the outcome of its work during the eightieth session of the General
    # Assembly" (no "to" before the body): a report to the Assembly at the eightieth session
    (m,) = _mandates(FIXTURES / "A_RES_79_1.txt", "adopted 81 (a)")
    (r,) = m.reports
    assert (r.to, r.when, r.session, r.to_source) == (
        "General Assembly", "during the eightieth session of the General Assembly", 80, "text")


def test_a_report_due_during_a_session_of_the_assembly_names_its_receiver(capsys):
    # the session "of the General Assembly" names the receiver: no "(default: no receiver named)" (A/RES/78/308 7,
    # "to submit the final performance report during the seventy-ninth session of the General Assembly"; A/RES/79/2
    # annex 105, the session 190 characters into the report's words: "a progress report on the implementation of the
    # present political declaration on antimicrobial resistance during the eighty-first session of the General Assembly")
    rows = _report_rows(capsys, OWN / "A_RES_78_308.txt")
    assert "  2024-09  7  Secretary-General → General Assembly: during the seventy-ninth session of the General " \
           "Assembly" in rows
    rows = _report_rows(capsys, FIXTURES / "kinds5" / "A_RES_79_2.txt")
    assert "  2026-09  annex 105  Secretary-General → General Assembly: during the eighty-first session of the " \
           "General Assembly" in rows


# ---------------------------------------------------------------- U1. the receiver a later request of the clause names


def test_the_receiver_named_by_the_same_reports_later_request_is_the_texts(capsys):
    # "to compile a report on measures ... and to report to the General Assembly at its seventy-ninth session"
    # (A/RES/78/43 5); "to prepare a report ... and to submit the report to the General Assembly at its eightieth
    # session" (A/RES/78/201 24): one report each, the receiver written
    assert _report_rows(capsys, OWN / "A_RES_78_43.txt") == [
        "  2024-09  5  Secretary-General → General Assembly: at its seventy-ninth session"]
    assert _report_rows(capsys, FIXTURES / "refs20" / "A_RES_78_201.txt") == [
        "  2025-09  24  Secretary-General → General Assembly: at its eightieth session"]
    (m,) = _mandates(OWN / "A_RES_78_43.txt", "5")
    assert [(r.to, r.to_source) for r in m.reports] == [("General Assembly", "text")]


def test_a_receiver_no_words_name_is_still_the_default(capsys):
    # A/RES/79/1 annex I 74 ("based on a progress report by the Secretary-General"): no body named, the default
    assert any(row.endswith("annex I 74       Secretary-General → General Assembly (default: no receiver named): no "
                            "date stated") for row in _report_rows(capsys, FIXTURES / "A_RES_79_1.txt"))


# ---------------------------------------------------------------- U2. an empty --reports or --year said on stderr


def test_an_empty_reports_or_year_answer_says_so_on_stderr(capsys):
    assert main(["mandates", str(FIXTURES / "pdf" / "A_RES_78_2.pdf"), "--year", "2026"]) == 1
    out, err = capsys.readouterr()
    assert out.strip() == "A/RES/78/2: 0 reports asked for due in 2026"
    assert err.strip() == "resparse: no report asked for due in 2026 in the resolutions read (exit 1)"
    assert main(["mandates", str(ROOT / "texts" / "A_RES_72_244.txt"), "--reports", "--csv", "-"]) == 1
    assert capsys.readouterr().err.strip() == "resparse: no report asked for in the resolutions read (exit 1)"


# ---------------------------------------------------------------- U4. --verb "strongly urges"


def test_a_verb_written_with_an_intensifier_keeps_the_mandates_written_so(capsys):
    path = str(FIXTURES / "binding" / "A_RES_78_102.txt")  # "Strongly urges" in 9 and 10, "Urges" elsewhere
    assert main(["mandates", path, "--verb", "strongly urges", "--json"]) == 0
    out, err = capsys.readouterr()
    rows = json.loads(out)
    assert sorted(r["paragraph"] for r in rows) == ["10", "9"]
    assert {r["verb"] for r in rows} == {"urges"} and {r["verb_as_written"] for r in rows} == {"Strongly urges"}
    assert "verb 'strongly urges' is read as 'urges' written with 'strongly'" in err
    assert main(["mandates", path, "--verb", "urges", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) > len(rows)  # every "urges" without the adverb
    # none written so: said, with the verb's own count
    assert main(["mandates", str(FIXTURES / "A_RES_78_299.txt"), "--verb", "strongly urges"]) == 1
    assert "(none of the 'urges' written with 'strongly')" in capsys.readouterr().err


# ---------------------------------------------------------------- W1 / W3. the help and the docs say the rule


def test_the_year_help_dates_a_term_by_the_sessions_close(capsys):
    try:
        main(["mandates", "--help"])
    except SystemExit:
        pass
    help_ = " ".join(capsys.readouterr().out.split())
    assert "one due by or no later than a session when it closes" in help_
    # and the listing does so: A/RES/79/1 annex I 48, "by no later than the eighty-first session", in 2027
    assert main(["mandates", str(FIXTURES / "A_RES_79_1.txt"), "--year", "2027"]) == 0
    assert "2027-09  annex I 48  working group → General Assembly: no later than the eighty-first session" in \
        capsys.readouterr().out


def test_the_docs_give_78_128_21_the_deadline_the_code_reads():
    doc = " ".join((ROOT / "docs" / "mandates.md").read_text(encoding="utf-8").split())
    assert "named in the object is that thing's (`the declaration to be concluded by 1 May 2025`" not in doc
    assert "the declaration to be concluded by 1 May 2025`, 78/128 21 → by 2025-05-01" in doc
    (m,) = _mandates(FIXTURES / "A_RES_78_128.txt", "21")
    assert m.deadline is not None and m.deadline.text == "by 1 May 2025"


# ---------------------------------------------------------------- U5. the README's CSV figure is the command's


def test_the_readmes_csv_example_prints_what_the_command_prints(capsys, tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (shown,) = re.findall(r"\$ resparse mandates --csv output/mandates\.csv\n(resparse: wrote \d+ rows) to ", readme)
    assert main(["mandates", "--csv", str(tmp_path / "mandates.csv")]) == 0
    assert capsys.readouterr().err.startswith(shown + " to ")
