"""The failing cases of ../shared/cases (copied to tests/fixtures/) that are about citations: each stands for a
kind of fault, and each answers here as ../shared/cases/README.md says it should."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.references import problems, resolve

FIXTURES = Path(__file__).parent / "fixtures"


def refs_by_source(name: str):
    res = resparse.parse(FIXTURES / name)
    refs = resolve(res)
    out: dict[str, list[tuple[str | None, str | None, str]]] = {}
    for r in refs:
        out.setdefault(r.source, []).extend((t.document, t.label, s) for t, s in r.resolved)
    return res, refs, out


def check_note(name: str) -> checker.Report:
    res = resparse.parse(FIXTURES / f"{name}.txt")
    note = notes.read(FIXTURES / f"{name}.note.md")
    return checker.check(note, checker.Library([res]))


def test_or_list_in_a_resolution():
    res, refs, by = refs_by_source("or-list.txt")
    # "paragraph 1 or 3 above": both members; 3 does not exist, so a warning
    assert by["2"] == [(None, "1", "ok"), (None, "3", "missing")]
    assert [w.message.rsplit(": ", 1)[1] for w in problems(refs)] == ["no paragraph 3"]


def test_or_list_in_a_note():
    report = check_note("or-list")
    assert [(f.line, f.code) for f in report.findings] == [(3, "R102"), (5, "R102")]
    assert [f.paragraph for f in report.findings] == ["1 (d)", "1 (e), 40"]


def test_third_level_siblings_in_a_resolution():
    res, refs, by = refs_by_source("third-level-siblings.txt")
    assert by["2"] == [(None, "1 (a) (ii)", "ok"), (None, "1 (a) (iii)", "ok")]
    assert by["3"] == [(None, "1 (a) (i)", "ok"), (None, "1 (a) (ii)", "ok"), (None, "1 (a) (iii)", "ok")]
    assert problems(refs) == []


def test_third_level_siblings_in_a_note():
    report = check_note("third-level-siblings")
    assert report.findings == []
    assert [i.paragraphs for i in report.items if i.kind == "citation"] == [["1 (a) (ii)", "1 (a) (iii)"]]


def test_footnote_external_locators():
    res, refs, by = refs_by_source("footnote-external-locators.txt")
    fn = [r for r in refs if r.source == "footnote 1"]
    # one citation of the report's parts, none of this resolution's
    assert [r.citation.phrase for r in fn] == ["chap. I, resolution 1, annexes I and II"]
    assert fn[0].citation.kind == "external" and fn[0].citation.document_name.startswith("Report of the World Conference")
    assert by["footnote 1"] == [(None, "chapter I, resolution 1, annex I", "external"),
                                (None, "chapter I, resolution 1, annex II", "external")]
    assert problems(refs) == [] and not any(s in ("missing", "unresolved") for _, _, s in by["footnote 1"])
@pytest.mark.parametrize("which", [1, 2])
def test_resolution_named_otherwise(which):
    """Both sentences are checked alike: the quotation differs from paragraph 1 (R104) and the note says "urged"
    where the paragraph requests (R202)."""
    report = check_note("resolution-named-otherwise")
    line = {1: 5, 2: 7}[which]
    assert sorted(f.code for f in report.findings if f.line == line) == ["R104", "R202"]


@pytest.mark.parametrize("name, code", [("or-list", 1), ("third-level-siblings", 0), ("resolution-named-otherwise", 1)])
def test_cases_exit_codes(name, code):
    """As a user runs them: `resparse check NOTE --against TEXT` exits 1 on an error, 0 when all verify."""
    run = subprocess.run([sys.executable, "-m", "resparse", "check", str(FIXTURES / f"{name}.note.md"), "--against",
                          str(FIXTURES / f"{name}.txt")], capture_output=True, text=True)
    assert run.returncode == code, run.stderr


def test_a_list_later_in_the_sentence_continues_the_other_document():
    """The corpus's most frequent false "missing" (42 of 90): "paragraphs 1 to 10 of the annex thereto ..., as well
    as paragraphs 13 and 14" are paragraphs of that annex, not of the citing resolution."""
    from conftest import mini_resolution

    text = mini_resolution(
        "Recalls paragraphs 1 to 10 of the annex to resolution 53/199 on the criteria, as well as paragraphs 13 "
        "and 14, in which it is stated that a year should not be proclaimed lightly;",
        "Recalls paragraph 2 of resolution 60/1, and paragraph 1 of the present resolution, and paragraph 1;",
        "Recalls paragraph 8 of resolution 60/1. Paragraphs 13 and 14 are to be read together;",
    )
    refs = resolve(resparse.parse(text))
    by = {(r.source, r.citation.phrase): [(t.document, t.label, s) for t, s in r.resolved] for r in refs}
    assert by[("1", "paragraphs 13 and 14")] == [("A/RES/53/199", "annex 13", "external"),
                                                 ("A/RES/53/199", "annex 14", "external")]
    # a paragraph this text has stays its own; so does a list in the next sentence (then missing)
    assert by[("2", "paragraph 1")] == [(None, "1", "ok")]
    assert by[("3", "Paragraphs 13 and 14")] == [(None, "13", "missing"), (None, "14", "missing")]
