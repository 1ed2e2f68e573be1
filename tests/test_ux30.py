"""Branch ux30: the user-facing items the twenty-ninth session's trials left. Real texts only: tests/fixtures (whole
resolutions as the official PDFs give them), the bundled texts, and small corpus databases built from those files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import resparse
from resparse import consistency, corpus
from resparse.cli import main

from conftest import fixture_refs_of

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


# ---------------------------------------------------------------- 3. an instrument's name read whole over "or"


def test_instrument_name_runs_over_a_list_that_or_closes():
    # "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment": a list of
    # capitalized words closed by "or", as "Development, Production, Stockpiling and Use" is by "and" (was cut at the
    # comma, "the Convention against Torture and Other Cruel")
    name = "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"
    # A/RES/78/222 13: "article 7 of the Convention", the Convention named earlier in the paragraph
    (ref,) = fixture_refs_of("kinds12_x/A_RES_78_222.txt", "13", "article 7 of the Convention")
    assert ref.citation.document_name == name
    # A/RES/80/198 PP5: the name written in the citation itself, and "article 1" after it
    refs = fixture_refs_of("trialfix27m/A_RES_80_198.txt", "PP5")
    assert [r.citation.phrase for r in refs] == [f"article 1 of {name}", "article 1"]
    assert {r.citation.document_name for r in refs} == {name}


def test_a_list_closed_by_and_is_read_as_before():
    # the list "and" closes, unchanged: A/RES/80/210 45 (a) names the Covenant whole, and 45 (b)'s "the Covenant" is it
    name = "the International Covenant on Economic, Social and Cultural Rights"
    (a,) = fixture_refs_of("special_procedures/A_RES_80_210.txt", "45 (a)")
    (b,) = fixture_refs_of("special_procedures/A_RES_80_210.txt", "45 (b)")
    assert a.citation.phrase == f"article 11 of {name}"
    assert a.citation.document_name == b.citation.document_name == name


# ---------------------------------------------------------------- 4. corpus report says what a numbering problem is


def test_numbering_problem_says_the_numbers_found_and_expected():
    # A/RES/79/144's annex amends another text's paragraph 8 and numbers its one paragraph 8 (GUIDELINE.md)
    res = resparse.parse(FIXTURES / "A_RES_79_144.txt")
    (problem,) = [p for p in consistency.check(res) if p.code == "numbering"]
    assert problem.message == "the paragraphs of the annex are numbered 8, not 1"
    assert problem.where == "annex"


def test_corpus_report_line_of_a_numbering_problem(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    corpus.build([FIXTURES / "A_RES_79_144.txt", FIXTURES / "A_RES_78_128.txt"], db, jobs=1)
    assert main(["corpus", "report", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "  inconsistent: A/RES/79/144: the paragraphs of the annex are numbered 8, not 1" in out
    assert not any("paragraphs run" in line for line in out)
    assert main(["corpus", "report", "--db", str(db), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert [d["first"] for d in rep["inconsistent"]] == ["the paragraphs of the annex are numbered 8, not 1"]
