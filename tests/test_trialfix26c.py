"""What a new user's trial of the draft-note checker and the CLI found (twenty-sixth session, branch trialfix26c),
each fixed as a kind and tried on real text:

1. a citation whose sentence introduces reproduced paragraphs cites what is reproduced: the UNECE note 2017/28 (the
   seed note, tests/fixtures/note_2017_28.md) edited to cite "operative paragraphs 22(a) and 24" over its
   reproduction of 23 is R105 on the citation (was verified, "citations verified 8 of 11");
2. "A/RES/71/280 para 22 (c)" without the comma is a citation of 71/280's 22 (c) (was R003, the note's own);
3. a citation is counted by what is checked under it: verified, with warnings, with errors (check6's note_dprk said
   "citations verified 7 of 7" above four errors);
4. ``search`` shows a matched phrase whole (FTS5's snippet cut "[report to the General] ...");
5. a heading that cites a footnote is named cut at a word boundary ("Rule 61 Associate members of regional co");
6. ``parse --paragraph "rule 33.2"`` is the one label that ends so, "annex rule 33.2" of A/RES/72/244;
7. R203 names actors with their article, and a paragraph that asks no one (A/RES/73/195, annex, 23 (a), a
   commitment in the first person) says so."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from resparse import check as checker
from resparse import corpus
from resparse import note as notes
from resparse.cli import main
from resparse.render.check import summary_line

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
NOTES = FIXTURES / "trialfix26c"


@pytest.fixture(scope="module")
def library(all_texts, res_78_218):
    return checker.Library([*all_texts.values(), res_78_218])


def _check(library, path: Path) -> checker.Report:
    return checker.check(notes.read(path), library)


def _findings(report, line: int | None = None) -> list[tuple[int, str, str]]:
    return [(f.line, f.code, f.message) for f in report.findings if line is None or f.line == line]


# -- 1. a citation over a reproduction of another paragraph

def test_a_citation_over_the_reproduction_of_another_paragraph_is_r105(library):
    report = _check(library, NOTES / "note_cites_24.md")
    [(code, message, suggestion)] = [(f.code, f.message, f.suggestion) for f in report.findings if f.line == 22]
    assert (code, message, suggestion) == (
        "R105", "cites paragraph 24 of A/RES/71/280, but the text reproduced after it is paragraph 23", "23")
    s = report.summary()
    assert (s["citations"], s["citations_verified"], s["citations_with_errors"]) == (11, 7, 1)
    # the reproduction itself is 23's, checked as before (R201: "cofacilitators")
    assert [c for _, c, _ in _findings(report, 25)] == ["R201"]


def test_the_seed_note_as_written_has_no_such_finding(library):
    """22 (a) and 23 cited, 22, 22 (a), 23 and 23 (a)-(c) reproduced: a chapeau above a cited paragraph and the
    parts of a cited one are cited."""
    report = _check(library, FIXTURES / "note_2017_28.md")
    assert [c for _, c, _ in _findings(report, 22)] == []


def test_a_renumbered_reproduction_is_flagged_on_the_reproduction_only(library):
    """ "24." over 23's words under "paragraphs 22(a) and 23": R105 on the reproduction ("this is paragraph 23"),
    not a second R105 on the citation, whose 23 is what the words are."""
    report = _check(library, NOTES / "note_renumbered.md")
    assert _findings(report, 22) == []
    assert ("R105", "not in paragraph 24 of A/RES/71/280; this is paragraph 23") in [
        (c, m) for _, c, m in _findings(report, 25)]


# -- 2. a paragraph after a symbol without the comma

def test_a_paragraph_after_the_symbol_without_a_comma_is_the_resolutions(library):
    report = _check(library, NOTES / "verbs.md")
    with_comma, without = _findings(report, 3), _findings(report, 5)
    assert [c for _, c, _ in without] == ["R203"] and [m for _, _, m in without] == [m for _, _, m in with_comma]
    assert all(f.code != "R003" for f in report.findings)
    cited = [(i.line, i.resolution, i.paragraphs) for i in report.items if i.kind == "citation"]
    assert (5, "A/RES/71/280", ["22 (c)"]) in cited and (7, "A/RES/71/280", ["22 (a)"]) in cited


def test_the_grammar_reads_a_symbols_paragraph_without_the_comma():
    from resparse.references import find

    for text, phrase, label in [("A/RES/71/280 para 22 (c) asks", "A/RES/71/280 para 22 (c)", "22 (c)"),
                                ("resolution 71/280 paragraph 5 requests", "resolution 71/280 paragraph 5", "5")]:
        [c] = find(text)
        assert (c.phrase, [(t.document, t.label) for t in c.targets]) == (phrase, [("A/RES/71/280", label)])


# -- 3. citations verified, with warnings, with errors

def test_a_citation_with_an_error_under_it_is_not_verified(library):
    report = checker.check(notes.read(FIXTURES / "check6" / "note_dprk.md"), library)
    s = report.summary()
    # line 9 (21: R203 and R105), 11 (R104), 13 (R104) and the document citation of line 3 (its quotation, R104)
    assert (s["citations"], s["citations_verified"], s["citations_with_errors"], s["citations_with_warnings"]) == (
        7, 3, 4, 0)
    assert "citations verified 3 of 7 (4 with errors)," in summary_line([report])


def test_the_counts_are_in_the_json_and_on_stderr(capsys):
    note = str(NOTES / "verbs.md")
    assert main(["check", note]) == 0
    assert "citations verified 2 of 6 (4 with warnings)," in capsys.readouterr().err
    main(["check", note, "--json"])
    s = json.loads(capsys.readouterr().out)["summary"]
    assert (s["citations_verified"], s["citations_with_warnings"], s["citations_with_errors"]) == (2, 4, 0)


# -- 4. search keeps a phrase whole

def test_the_search_excerpt_holds_the_phrase_whole(corpus_dir, tmp_path):
    phrase = "report to the General Assembly at its eighty-first session"
    d = tmp_path / "texts"
    d.mkdir()
    for name in ("A_RES_79_57.txt", "A_RES_80_104.txt", "A_RES_80_36.txt"):
        shutil.copy(corpus_dir / name, d / name)
    db = tmp_path / "c.sqlite"
    corpus.build([d], db, jobs=1)
    hits = corpus.search(db, f'"{phrase}"')
    assert len(hits) == 3
    for h in hits:
        assert f"[{phrase}]" in h["snippet"]
        # cut between words: every word of the excerpt is a word of the paragraph
        words = h["snippet"].replace("[", "").replace("]", "").replace(" ... ", " ").split()
        assert all(w in h["text"].split() for w in words)


def test_the_excerpt_never_ends_inside_a_match():
    marked = " ".join(f"w{i}" for i in range(20)) + " [a b c d e f g h i j k l] " + " ".join(
        f"v{i}" for i in range(20))
    out = corpus.snippet(marked, around=3)
    assert out == " ... w17 w18 w19 [a b c d e f g h i j k l] v0 v1 v2 ... "
    assert corpus.snippet("no match here") == "no match here"


# -- 5. a heading that cites a footnote

def test_a_heading_citing_a_footnote_is_cut_at_a_word(res_72_244):
    headings = [c for f in res_72_244.footnotes for c in f.cited_by if c.startswith("heading: ")]
    assert "heading: Rule 61 Associate members of regional…" in headings
    assert all(len(h) <= len("heading: ") + 41 for h in headings)
    for h in headings:  # each names a heading of the resolution, cut after a whole word
        text = h.removeprefix("heading: ").removesuffix("…")
        assert any(x.text == text or x.text.startswith(text + " ") for x in res_72_244.headings)


# -- 6. parse --paragraph by the end of one label

@pytest.mark.parametrize("asked", ["rule 33.2", "Rule  33.2", "RULE 33.2", "annex rule 33.2"])
def test_parse_paragraph_takes_the_end_of_one_label(asked, capsys):
    assert main(["parse", str(ROOT / "texts" / "A_RES_72_244.txt"), "--paragraph", asked]) == 0
    assert capsys.readouterr().out.startswith("annex rule 33.2  Notwithstanding any measures")


def test_parse_paragraph_still_refuses_a_label_no_paragraph_ends_in(capsys):
    assert main(["parse", str(ROOT / "texts" / "A_RES_72_244.txt"), "--paragraph", "rule 99"]) == 2
    assert "has no paragraph rule 99" in capsys.readouterr().err


# -- 7. R203's wording

def test_r203_names_actors_with_their_article(library):
    report = _check(library, NOTES / "verbs.md")
    [(_, code, message)] = _findings(report, 9)
    assert (code, message) == ("R203", "paragraph 5 of A/RES/71/280 does not address the Secretary-General; it "
                                       "addresses the President of the General Assembly")
    # the note's own words keep theirs: "the regional commissions"; 22 (c) "Invites Member States ..."
    assert _findings(report, 3)[0][2].endswith("does not address the regional commissions; it addresses Member "
                                               "States and stakeholders")


def test_r203_on_a_commitment_says_it_addresses_no_one(library):
    report = _check(library, NOTES / "verbs.md")
    [(_, code, message)] = _findings(report, 11)
    assert code == "R203"
    assert message == ("paragraph 23 (a) of the annex to A/RES/73/195 does not address States; it addresses no one: its chapeau is in "
                       "the first person (“To realize this commitment, we will draw from the following actions:”)")
