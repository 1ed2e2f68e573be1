"""What the fresh user's trial 16 (2026-12-02, main at 08e3be8) met, on real texts: short forms of actors in a
query (``data/short_forms.txt``), one actor under one name, the reports list under a session filter, displays."""

import json

from resparse.cli import main

from conftest import ROOT, text_path

FIXTURES = ROOT / "tests" / "fixtures"


def _json(capsys, *argv):
    assert main(["mandates", *argv, "--json"]) == 0
    out, err = capsys.readouterr()
    return json.loads(out), err


def test_a_short_form_is_read_as_its_actor(capsys):
    """"SG" gave "no close match" though the table holds the Secretary-General: it is read as the Secretary-General,
    the same rows as the name, silently (one reading only)."""
    f = str(text_path("A_RES_71_280.txt"))
    by_form, err = _json(capsys, f, "--actor", "SG")
    by_name, _ = _json(capsys, f, "--actor", "Secretary-General")
    assert by_form == by_name and any(r["kind"] == "mandate" for r in by_form) and err == ""
    assert main(["mandates", f, "--actor", "SG"]) == 0
    assert '"SG" ("Secretary-General")' in capsys.readouterr().out.splitlines()[0]


def test_an_ambiguous_short_form_says_which_reading_it_took(corpus_dir, capsys):
    """"ODA" answered about official development assistance (78/1, annex, para. 38 (t) (ii): "their respective ODA
    commitments"), no hint: it is read as the Office for Disarmament Affairs, the other reading named on stderr."""
    rows, err = _json(capsys, str(FIXTURES / "A_RES_79_40.txt"), str(corpus_dir / "A_RES_78_1.txt"), "--actor", "ODA")
    assert "'ODA' is read as the Office for Disarmament Affairs" in err and "official development assistance" in err
    assert rows and {r["document"] for r in rows} == {"A/RES/79/40"}  # none of 78/1's "ODA commitments"
    assert "Office for Disarmament Affairs" in rows[0]["actor"] or rows[0]["relation"] == "group"
    _, err = _json(capsys, str(FIXTURES / "A_RES_78_187.txt"), "--actor", "CRC")
    assert "Committee on the Rights of the Child" in err and "Convention on the Rights of the Child" in err
    _, err = _json(capsys, str(text_path("A_RES_71_280.txt")), "--actor", "UNODA")
    assert err == ""  # the Office's own short form: one reading


def test_the_reports_due_at_a_session_are_dated_in_it(corpus_dir, capsys):
    """`--reports --session 81` over the corpus: the first line says the session, a recurring report is dated by the
    81st session's opening (not its first due date, 2024-09), and 80/234 33 "no later than at the eighty-first
    session" is due at the 81st session as its "at its eighty-first session" paragraphs are, dated by the end of its
    term, the 81st session's end (2027-09), as --timeline dates it (``reports.due_date``, branch rep: one dating for
    --reports, CSV and --timeline; before, --reports dated it by the session's opening, 2026-09)."""
    files = [str(corpus_dir / n) for n in ("A_RES_80_234.txt", "A_RES_78_187.txt")]
    assert main(["mandates", *files, "--reports", "--session", "81"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("reports asked for due at the 81st session")
    due = {tuple(line.split()[1:4]): line.split()[0] for line in lines[1:] if "→" in line}  # not the subject lines
    assert due[("A/RES/78/187", "66", "(e)")] == "2026-09"  # "to continue to submit annual reports"
    assert due[("A/RES/80/234", "7", "Secretary-General")] == "2026-09"  # "at its eighty-first session"
    assert due[("A/RES/80/234", "33", "Secretary-General")] == "2027-09"  # "no later than at": the 81st's end
    assert {d for k, d in due.items() if k[:2] != ("A/RES/80/234", "33")} == {"2026-09"}
    # without a session the list dates each report by its own first due date: 80/234 33 at the 81st's end too, the
    # date --timeline gives the same paragraph
    assert main(["mandates", files[0], "--reports"]) == 0
    # (a report's row, not the summary line: "A/RES/80/234: 33 reports asked for" since 69's is no longer counted,
    # the departments' reports of the twenty-seventh session)
    row = next(line for line in capsys.readouterr().out.splitlines() if line.split()[1:2] == ["33"] and "→" in line)
    assert row.split()[0] == "2027-09"
    assert main(["mandates", files[0], "--timeline"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.split()[1:2] == ["33"])
    assert row.split()[0] == "2027-09"
    # --session alone is not read as --reports: it keeps the resolutions adopted at that session (trialfix28b), here
    # none, said so with what --reports --session gives
    assert main(["mandates", files[0], "--session", "81"]) == 1
    err = capsys.readouterr().err
    assert "none of the 1 resolution read was adopted at session 81" in err and "with --reports" in err


def test_the_office_of_the_high_commissioner_is_one_actor_under_one_name(corpus_dir, capsys):
    """A/RES/79/165 8 "requests the Office of the High Commissioner for Human Rights in its capacity as secretariat of
    the treaty bodies" (UNTERM: the Office's short title) and 6 "the Office of the United Nations High Commissioner
    for Human Rights": `actors` listed two actors, `--actor OHCHR` missed 8. One actor, whatever the query."""
    f = str(corpus_dir / "A_RES_79_165.txt")
    assert main(["actors", f]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if "High Commissio" in line]
    assert len(rows) == 1 and rows[0].startswith("Office of the United Nations High Commissio")
    answers = [_json(capsys, f, "--actor", q)[0] for q in (
        "OHCHR", "Office of the High Commissioner for Human Rights",
        "Office of the United Nations High Commissioner for Human Rights")]
    assert answers[0] == answers[1] == answers[2]
    assert {r["paragraph"] for r in answers[0] if r["kind"] == "mandate"} >= {"6", "8"}


def test_an_item_of_a_decision_says_its_verb_and_actor_are_its_own(capsys):
    """78/187 66 "Decides: ... (g) To invite the Chair of the Committee on the Rights of the Child to present an oral
    report ...": the note said "verb and actor from the chapeau of 66"; both are the item's, the decision the
    chapeau's. An address chapeau's items still take its verb and actor (66 (a): the Assembly's own decision)."""
    f = str(FIXTURES / "A_RES_78_187.txt")
    assert main(["mandates", f, "--actor", "Chair of the Committee on the Rights of the Child"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("66 (g)"))
    assert row.endswith("(its own verb and actor, under the decision of the chapeau of 66)")
    assert main(["mandates", f, "--actor", "General Assembly"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("66 (a)"))
    assert row.endswith("(verb and actor from the chapeau of 66)")


def test_the_references_table_caps_its_target_column(capsys):
    """`refs` padded its TARGET column to the longest list of targets (79/257 PP1 cites eight resolutions: ~300
    characters, every row as wide): each cell of PHRASE and TARGET is cut at 60 characters; --json keeps them all."""
    f = str(FIXTURES / "A_RES_79_257.txt")
    assert main(["refs", f]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(map(len, lines)) < 170
    pp1 = next(line for line in lines if line.startswith("PP1 "))
    assert "A/RES/41/213, A/RES/42/211" in pp1 and "..." in pp1
    assert main(["refs", f, "--json"]) == 0
    refs = json.loads(capsys.readouterr().out)["references"]
    assert len(next(r for r in refs if r["source"] == "PP1")["targets"]) > 8  # the cut is the table's only


def test_un_women_has_one_display_name(corpus_dir, capsys):
    """78/177 63 names "the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)", 64
    "UN-Women": the answer printed one in full with its acronym, the other as "UN-Women". An actor written by its
    acronym, or with it, is shown by the table's name."""
    assert main(["mandates", str(corpus_dir / "A_RES_78_177.txt"), "--actor", "UN-Women"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith(("63 ", "64 "))]
    assert len(rows) == 2
    for row in rows:
        assert "Entity for Gender Equality and the Empowerment of Women  (named" in row and "UN-Women" not in row
