"""A new-user trial of the checker, references and graph (branch trialfix27r), on real texts (tests/fixtures/
trialfix27r/README.md):

1. "operative paragraph 1" / "OP1" / "paragraph 1" of a resolution whose one clause is unnumbered (79/1, 78/1) is
   that clause ("OP1"), not the adopted text's or the annex's paragraph 1 (was R105 on a right quotation);
2. "article 27 thereof" after an instrument named by its title is the instrument's (78/330 PP14, 79/145 221), not
   the resolution cited before it;
3. an annex a resolution without annexes names is another document's (78/109 1, 78/29 11, 78/223 PP3, 80/75 22, a
   report's "with an annex" 78/240 4), never this text's, status unresolved;
4. one spelling of a part's symbol in every output ("A/RES/377 A (V)"), every spelling read;
5. ``graph --db --centre``: the centre's citations all kept, the JSON centred as the page, --min-cited said;
6. R106 names the loaded resolution that holds the quotation;
7. findings carry eIds; R105 names the part (adopted text) of the paragraph it points to."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import corpus
from resparse import note as notes
from resparse.cli import main
from resparse.references import cited_labels, printed_symbol, resolve

HERE = Path(__file__).parent / "fixtures"
OWN = HERE / "trialfix27r"


@pytest.fixture(scope="module")
def pact():
    return resparse.parse(HERE / "A_RES_79_1.txt")


@pytest.fixture(scope="module")
def res_78_1():
    return resparse.parse(OWN / "A_RES_78_1.txt")


@pytest.fixture(scope="module")
def pact_report(pact, res_78_1, all_texts):
    library = checker.Library([*all_texts.values(), pact, res_78_1])
    return checker.check(notes.read(OWN / "pact_note.md"), library)


def _refs(path: Path, source: str, phrase: str) -> list:
    return [r for r in resolve(resparse.parse(path)) if r.source == source and r.citation.phrase.startswith(phrase)]


# 1 ------------------------------------------------------------------------------------------------------------------
def test_paragraph_1_is_the_one_unnumbered_clause(pact, res_78_1):
    for res in (pact, res_78_1):
        labels = [p.label for p in res.walk()]
        annexes = {p.annex for p in res.walk() if p.annex}
        assert "OP1" in labels
        assert cited_labels("1", labels, annexes) == ["OP1"]
    # a number the body does not have still reads in the adopted text (the Pact's 42)
    labels = [p.label for p in pact.walk()]
    assert cited_labels("42 (f)", labels, {p.annex for p in pact.walk() if p.annex}) == ["adopted 42 (f)"]


def test_a_right_citation_of_the_only_operative_paragraph_is_verified(pact_report):
    assert [f.code for f in pact_report.findings if f.line == 3] == []


def test_78_1_operative_paragraph_1(tmp_path, capsys, res_78_1):
    note = tmp_path / "n.md"
    note.write_text('Operative paragraph 1 of resolution 78/1 "Endorses the political declaration adopted by the '
                    'high-level political forum on sustainable development".\n', encoding="utf-8")
    assert main(["check", str(note), "--against", str(OWN / "A_RES_78_1.txt")]) == 0
    assert "R105" not in capsys.readouterr().out


# 2 ------------------------------------------------------------------------------------------------------------------
def test_thereof_names_the_instrument_named_since():
    (ref,) = _refs(HERE / "A_RES_78_330.txt", "PP14", "article 27 thereof")
    assert ref.citation.document_name == "the International Covenant on Civil and Political Rights"
    assert [t.document for t, _ in ref.resolved] == [None]  # not A/RES/47/135's article 27
    (ref,) = _refs(HERE / "A_RES_79_145.txt", "221", "article 77 thereof")
    # "the Convention" is the one 79/145 defines so: "the United Nations Convention on the Law of the Sea (the
    # Convention)", PP2 (branch check8)
    assert ref.citation.document_name == "the United Nations Convention on the Law of the Sea"
    assert all(t.document is None and t.label == "article 77" for t, _ in ref.resolved)


# 3 ------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, source, document, document_name", [
    ("A_RES_78_109.txt", "1", None, None),  # "the draft conclusions ... and the annex and commentaries thereto"
    # "the Convention and the Annex on Implementation ...": the Convention the title names (branch check8)
    ("A_RES_78_29.txt", "11", None, "the Convention on the Prohibition of the Development, Production, Stockpiling and "
     "Use of Chemical Weapons and on Their Destruction"),
    ("A_RES_80_75.txt", "22", None, None),  # "Scientific Committee reports and annexes"
    # A/RES/78/240 4 "a ... report ..., with an annex containing those views" was here (an external annex): an annex to
    # be written is no citation at all since branch trialfix27s (tests/test_trialfix27s.py)
    ("A_RES_79_213.txt", "PP4", "A/RES/71/256", None),  # "its resolution 71/256 ..., the annex to which"
])
def test_another_documents_annex(name, source, document, document_name):
    path = OWN / name
    refs = [r for r in resolve(resparse.parse(path)) if r.source == source and r.citation.unit == "annex"]
    assert refs
    for ref in refs:
        assert ref.citation.kind == "external" and ref.status == "external", ref.citation.phrase
        assert {t.document for t, _ in ref.resolved} == {document}
        if document_name:
            assert ref.citation.document_name == document_name


def test_46_152_annex():
    (ref,) = [r for r in _refs(HERE / "A_RES_78_223.txt", "PP3", "the annex")]
    assert [(t.document, t.label, s) for t, s in ref.resolved] == [("A/RES/46/152", "annex", "external")]


# 4 ------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("written", ["A/RES/377 A (V)", "377 A (V)", "A/RES/377A(V)", "resolution 377 A (V)"])
def test_every_spelling_of_an_old_part_is_read(written):
    assert corpus.symbol_of(written) == "A/RES/377A(V)"
    assert printed_symbol(corpus.symbol_of(written)) == "A/RES/377 A (V)"


def test_refs_json_spells_a_part_as_printed(capsys):
    assert main(["refs", str(HERE / "A_RES_79_1.txt"), "--json"]) == 0
    out = capsys.readouterr().out
    docs = {t["document"] for r in json.loads(out)["references"] for t in r["targets"]}
    assert "A/RES/377 A (V)" in docs and "A/RES/377A(V)" not in docs


# 5 ------------------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def pact_db(tmp_path_factory):
    d = tmp_path_factory.mktemp("pact")
    shutil.copy(HERE / "A_RES_79_1.txt", d)
    shutil.copy(OWN / "A_RES_78_1.txt", d)
    db = d / "c.sqlite"
    corpus.build([d], db, jobs=1)
    return db


def test_centre_keeps_its_citations_and_centres_the_json(pact_db, capsys):
    assert main(["graph", "--db", str(pact_db), "--centre", "79/1", "--json"]) == 0
    out = capsys.readouterr()
    data = json.loads(out.out)
    ids = {n["id"] for n in data["nodes"]}
    # cited once each, fewer than the default --min-cited 5: kept, as the centre's own citations
    assert {"A/RES/48/141", "A/RES/53/30", "A/DEC/62/557", "A/RES/76/262", "A/RES/377 A (V)"} <= ids
    # every node is the centre or next to it
    assert all("A/RES/79/1" in (e["source"], e["target"]) or {e["source"], e["target"]} <= ids for e in data["edges"])
    near = {e["target"] for e in data["edges"] if e["source"] == "A/RES/79/1"} | {
        e["source"] for e in data["edges"] if e["target"] == "A/RES/79/1"}
    assert ids == near | {"A/RES/79/1"}
    assert out.err.startswith("around A/RES/79/1: ")
    # without the centre, --min-cited leaves them out, and says so
    assert main(["graph", "--db", str(pact_db), "--json"]) == 0
    out = capsys.readouterr()
    assert "A/RES/48/141" not in {n["id"] for n in json.loads(out.out)["nodes"]}
    assert "--min-cited 5: left out" in out.err


def test_cited_by_old_part_in_every_spelling(pact_db, capsys):
    for written in ("A/RES/377 A (V)", "377 A (V)", "A/RES/377A(V)"):
        assert main(["cited-by", written, "--db", str(pact_db)]) == 0
        out = capsys.readouterr()
        assert "A/RES/79/1" in out.out and "of A/RES/377 A (V)" in out.err


# 6, 7 ---------------------------------------------------------------------------------------------------------------
def test_r106_names_the_resolution_that_holds_the_words(pact_report):
    (f,) = [f for f in pact_report.findings if f.line == 5]
    assert f.code == "R106" and f.message.endswith("found in paragraph 38 (a) of the annex to A/RES/78/1")
    assert f.suggestion_eid == "annex_1__para_38__subpara_a"


def test_findings_carry_eids_and_r105_names_the_part(pact_report):
    (f,) = [f for f in pact_report.findings if f.line == 7 and f.code == "R105"]
    assert f.message == "not in paragraph 42 (e) of A/RES/79/1; this is paragraph 42 (f) of the adopted text"
    d = f.to_dict()
    assert d["eid"] == "adopted__para_42__subpara_e" and d["suggestion_eid"] == "adopted__para_42__subpara_f"


def test_operative_paragraph_is_never_an_annexs(tmp_path, capsys):
    """ "Operative paragraph 38 of resolution 78/1" names the body's 38, which 78/1 does not have (38 is its annex's):
    R101, while a bare "paragraph 38 (a)" is still its annex 38 (a) (the body has no 38)."""
    note = tmp_path / "n.md"
    note.write_text("Operative paragraph 38 of resolution 78/1 commits to eradicate poverty.\n\n"
                    'Paragraph 38 (a) of resolution 78/1 says "We commit to taking comprehensive and targeted measures '
                    'to eradicate poverty".\n', encoding="utf-8")
    assert main(["check", str(note), "--against", str(OWN / "A_RES_78_1.txt")]) == 1
    out = capsys.readouterr().out
    assert ":1:1: error R101 paragraph 38 does not exist in A/RES/78/1" in out
    assert ":3:" not in out
