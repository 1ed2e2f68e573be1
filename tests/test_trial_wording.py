"""Wording a new user read wrong (fresh-user trial): a range of one ("PP1–PP1"), a plural of one ("1 resolutions"),
"no mandate or mention" of an actor that has mandates when only no report is due, "paragraph annex 5"."""

from pathlib import Path

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.cli import main

from conftest import text_path

FIXTURES = Path(__file__).parent / "fixtures"


def _check(text: str, *resolutions: Path) -> checker.Report:
    library = checker.Library([resparse.parse(p) for p in resolutions])
    return checker.check(notes.from_text(text, "note.md"), library)


def test_one_preambular_paragraph_is_named_alone():
    # A/RES/78/317 has one preambular paragraph
    r = _check("As preambular paragraph 3 of resolution 78/317 recalls, the Agenda matters.\n",
               FIXTURES / "A_RES_78_317.txt")
    [e] = [f for f in r.findings if f.code == "R101"]
    assert "its preambular paragraph is PP1)" in e.message, e.message
    assert "PP1–PP1" not in e.message


def test_a_quotation_of_an_annex_paragraph_names_it_as_cited():
    # annex paragraph 5 of A/RES/79/314 (the Nice declaration), one word changed
    text = ('Paragraph 5 of the annex to resolution 79/314 reads: "We welcome our decision to take bold action to '
            'protect, conserve, sustainably use and restore the ocean and its ecosystems as included in the Pact for '
            'the Future."\n')
    r = _check(text, FIXTURES / "references" / "A_RES_79_314.txt")
    [e] = [f for f in r.findings if f.code == "R104"]
    assert e.message.startswith("quotation of paragraph 5 of the annex to A/RES/79/314 changes words"), e.message
    assert "paragraph annex" not in e.message


def test_an_actor_with_mandates_but_no_report_due_is_not_unknown(capsys):
    f = str(FIXTURES / "A_RES_80_11.txt")
    assert main(["mandates", f, "--actor", "Peacebuilding Commission"]) == 0
    # 19 since the items "(a) Requesting the Peacebuilding Commission to ..." of paragraph 1 are read as requests (a
    # fresh user's trial, 2026-12-02, counted 18 in the text against 11; branch mand-z): 1 (a), (d)-(g) and the two
    # means of 1 (b), which carry its request; 1 (b) itself, a chapeau "... by:" whose items carry the mandate, has
    # none of its own (branch mand-y, tests/labels/mandates_fresh11 n 58); 20 since "Calls for the Peacebuilding
    # Commission to serve as a platform ..." (para. 4) is a call upon it (branch mand-b, operative_verbs.txt [calls for])
    assert "20 mandates" in capsys.readouterr().out
    # the Commission's annual report (28) is due from the 81st session since rep-t2; its Support Office has none
    assert main(["mandates", f, "--reports", "--session", "81", "--actor", "Peacebuilding Commission"]) == 0
    capsys.readouterr()
    assert main(["mandates", f, "--reports", "--session", "81", "--actor", "Peacebuilding Support Office"]) == 1
    err = capsys.readouterr().err
    assert "no mandate or mention" not in err
    # (in the words of the summary line since the thirtieth session's --year/--to, branch ux30: "due at the 81st session")
    assert ("'Peacebuilding Support Office': its own: 3 mandates, 4 mentions; none of which asks for a report due at "
            "the 81st session") in err  # counted as the answer to --actor counts (test_mandates_actor_groups)
    assert main(["mandates", f, "--timeline", "--actor", "Peacebuilding Support Office"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("A/RES/80/11: 0 dates")  # the summary names the resolution read
    assert "none of which has a deadline" in err
    assert main(["mandates", f, "--reports", "--actor", "Nobody of that name"]) == 1
    assert "no mandate or mention of 'Nobody of that name'" in capsys.readouterr().err


def test_the_corpus_page_counts_one_in_the_singular(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    assert main(["corpus", "build", str(text_path("A_RES_72_244.txt")), "--db", str(db), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["graph", "--db", str(db), "--min-cited", "0", "--html", str(tmp_path / "p.html")]) == 0
    page = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("page: "))
    assert "1 resolution alone" in page and "1 resolutions" not in page, page
