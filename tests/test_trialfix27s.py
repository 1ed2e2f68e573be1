"""The checker and the references on what a re-trial and the twenty-seventh session found (tests/fixtures/trialfix27s):

- a symbol restated in brackets after a paragraph of a named document ("paragraph 66 of the Pact for the Future
  (resolution 79/1)") keeps the quotation after it bound to the paragraph (was checked against the whole resolution);
- a quotation cited to a paragraph that does not exist and found word for word in another loaded resolution is R106
  naming it, never an R104 against a poor match; R104 names an adopted text's paragraph by its part;
- ``check --against A --against B`` loads both;
- references: "the present annex" inside an annex is that annex; "annex" as a verb ("to annex the articles to the
  resolution") and "an annex containing ..." are no citation."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.references import resolve

HERE = Path(__file__).parent / "fixtures"
NOTE = HERE / "trialfix27s" / "note_pact.md"


@pytest.fixture(scope="module")
def pact_report(corpus_dir):
    library = checker.Library([resparse.parse(HERE / "A_RES_79_1.txt"), resparse.parse(corpus_dir / "A_RES_78_1.txt")])
    return checker.check(notes.read(NOTE), library)


def _on(report, line):
    return [(f.code, f.message) for f in report.findings if f.line == line]


def test_bracketed_symbol_keeps_the_quotation_with_the_paragraph(pact_report):
    # with "(resolution 79/1)" after the named document, as without it: the words are adopted 67 (g), not 66
    expected = [("R105", "not in paragraph 66 of A/RES/79/1; this is paragraph 67 (g) of the adopted text")]
    assert _on(pact_report, 3) == expected
    assert _on(pact_report, 5) == expected


def test_r104_names_the_adopted_texts_paragraph_by_its_part(pact_report):
    [(code, message)] = _on(pact_report, 7)
    assert code == "R104"
    assert message.startswith("quotation of paragraph 10 of the adopted text of A/RES/79/1 changes words: ")
    assert "[-central-] {+main+}" in message


def test_missing_paragraph_quoted_from_another_resolution_is_r106(pact_report):
    found = _on(pact_report, 9)
    assert [code for code, _ in found] == ["R101", "R106"]
    assert found[1][1] == "not found in A/RES/79/1; found in paragraph 38 (a) of the annex to A/RES/78/1"


def test_against_repeated_loads_every_file(corpus_dir, tmp_path):
    note = tmp_path / "note.md"
    note.write_text('Paragraph 38 (a) of the annex to resolution 78/1 reads: "We commit to taking comprehensive and '
                    'targeted measures to eradicate poverty in all its forms and dimensions".\n\n'
                    'Paragraph 10 of the Pact for the Future (resolution 79/1) calls for action.\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "resparse", "check", str(note), "--json",
                          "--against", str(corpus_dir / "A_RES_78_1.txt"),
                          "--against", str(corpus_dir / "A_RES_79_1.txt")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr

    data = json.loads(run.stdout)
    assert not [f for f in data["findings"] if f["code"] == "R001"]  # neither resolution "not loaded"


def _refs(corpus_dir, name, source):
    return [r for r in resolve(resparse.parse(corpus_dir / name)) if r.source == source]


def test_present_annex_is_the_annex_it_is_in(corpus_dir):
    [ref] = [r for r in _refs(corpus_dir, "A_RES_78_327.txt", "annex II 6") if "annex" in r.citation.phrase]
    assert ref.citation.phrase == "the present annex"
    assert [(t.label, status) for t, status in ref.resolved] == [("annex II", "self")]


@pytest.mark.parametrize("name", ["A_RES_78_110.txt", "A_RES_78_114.txt", "A_RES_80_159.txt"])
def test_annex_as_a_verb_is_no_citation(corpus_dir, name):
    # "decides to annex the articles to the resolution"; "annex them to that resolution"
    assert not [r for r in _refs(corpus_dir, name, "PP2") if "annex" in r.citation.phrase.lower()]


@pytest.mark.parametrize(("name", "source"), [("A_RES_78_240.txt", "4"), ("A_RES_78_257.txt", "17"),
                                              ("A_RES_79_239.txt", "7")])
def test_an_annex_to_be_written_is_no_citation(corpus_dir, name, source):
    # "to submit a ... report, with an annex containing those views"
    assert not [r for r in _refs(corpus_dir, name, source) if r.citation.phrase.lower().strip() == "annex"]


def test_an_annex_to_a_named_report_stays_a_citation(corpus_dir):
    # "in an annex to the annual report of the Secretary-General on children and armed conflict": the report's annex
    refs = [r for r in _refs(corpus_dir, "A_RES_80_223.txt", "PP60") if r.citation.phrase.startswith("annex to")]
    assert [(t.label, status) for r in refs for t, status in r.resolved] == [("annex", "external")]


def test_marker_glued_to_a_symbol_after_a_roman_meeting_number(corpus_dir):
    # "decision CBD/CP/MOP/VIII/19" and footnote 14, printed "CBD/CP/MOP/VIII/1914": the symbol keeps its number and
    # footnote 14 (defined right after 13) is cited by PP27
    res = resparse.parse(corpus_dir / "A_RES_78_155.txt")
    [fn] = [f for f in res.footnotes if f.number == "14"]
    assert fn.cited_by == ["PP27"]
    symbols = [t.document for r in resolve(res) if r.source == "PP27" for t, _ in r.resolved]
    assert "CBD/CP/MOP/VIII/19" in symbols and "CBD/CP/MOP/VIII/1914" not in symbols


def test_cited_by_a_first_session_resolution_counts_its_parts(corpus_dir, tmp_path):
    # 78/121 footnote 2 cites "resolution 2200 A (XXI), annex" (stored "A/RES/2200A(XXI)"): asked whole,
    # "A/RES/2200(XXI)" lists it as "A/RES/77/263" lists its parts' (was 0 citations)
    from resparse import corpus

    shutil.copy(corpus_dir / "A_RES_78_121.txt", tmp_path)
    db = tmp_path / "c.sqlite"
    corpus.build([tmp_path], db, jobs=1)
    part = corpus.cited_by(db, "A/RES/2200 A (XXI)")
    assert part
    assert corpus.cited_by(db, "A/RES/2200(XXI)") == part
    assert corpus.cited_by(db, "A/RES/2201(XXI)") == []


def test_a_commentary_paragraph_in_a_footnote_is_the_named_documents(corpus_dir):
    # "See Yearbook of the International Law Commission, 2006, vol. II (Part Two), para. 50, “Diplomatic
    # protection”, para. (1)": the Yearbook's, never a sub-paragraph of the resolution's own
    [ref] = [r for r in _refs(corpus_dir, "A_RES_80_165.txt", "footnote 3") if r.citation.phrase == "para. (1)"]
    assert ref.citation.kind == "external"
    assert ref.citation.document_name.startswith("Yearbook of the International Law Commission, 2006")
    assert [status for _, status in ref.resolved] == ["external"]
