"""What the nineteenth session's fresh-user trials met in the command line and the Python API, on real texts: a
title several resolutions share, options that need ``--db``, empty answers said plainly, notes on a query that
cannot match, the short forms of a paragraph label read alike by the CLI and the API."""

from __future__ import annotations

import json

import pytest

from resparse.cli import main

from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "ux19"
# "The right to food": the title of A/RES/78/198 (19 December 2023, 53 operative paragraphs) and of A/RES/79/171
# (17 December 2024, 51 operative paragraphs), as of 80/210


def _food(corpus_dir, order):
    return [str(corpus_dir / f"A_RES_{n}.txt") for n in order]


@pytest.mark.parametrize("order", [("78_198", "79_171"), ("79_171", "78_198")])
@pytest.mark.parametrize("note", ["right_to_food.note.md", "right_to_food_dated.note.md"])
def test_a_title_of_two_resolutions_is_the_one_the_note_cites_in_either_order(corpus_dir, capsys, order, note):
    """"resolution 79/171 on the right to food": the title named right after the symbol made the first file loaded
    of that title (78/198) current, and "paragraph 52" was checked against it (it exists there, not in 79/171);
    the title is now the cited resolution's, or the one its date names, whatever the order of --against."""
    code = main(["check", str(FIXTURES / note), "--against", *_food(corpus_dir, order), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [(f["code"], f["resolution"], f["paragraph"]) for f in data["findings"]] == [("R101", "A/RES/79/171", "52")]
    assert data["summary"]["citations_not_checked"] == 0


@pytest.mark.parametrize("order", [("78_198", "79_171"), ("79_171", "78_198")])
def test_a_title_of_two_resolutions_alone_checks_against_neither_and_says_so(corpus_dir, capsys, order):
    """The title alone does not say which: no paragraph is checked against a guess (it was the first loaded), the
    R204 warning names both, and the summary says the citations were NOT CHECKED."""
    code = main(["check", str(FIXTURES / "right_to_food_undated.note.md"), "--against", *_food(corpus_dir, order)])
    out, err = capsys.readouterr()
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2 and all("R204" in x and "A/RES/78/198 and A/RES/79/171" in x for x in lines)
    assert "citations verified 0 of 2" in err and "2 citations NOT CHECKED" in err


def test_the_summary_counts_citations_not_checked_apart(capsys):
    """note_2017_28.md cites two resolutions that are not loaded (R001) and a symbol A/71/280 (R002): the summary
    says 3 citations NOT CHECKED, the JSON holds the count."""
    note = str(ROOT / "tests" / "fixtures" / "note_2017_28.md")
    main(["check", note])
    err = capsys.readouterr().err
    assert "citations verified 8 of 11" in err and "; 3 citations NOT CHECKED" in err
    main(["check", note, "--json"])
    assert json.loads(capsys.readouterr().out)["summary"]["citations_not_checked"] == 3
