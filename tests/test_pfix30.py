"""Branch pfix30 (issue 10): a paragraph that amends another text and quotes it ("Amend paragraph 8 to read:", "the
following amendment to the statute ...:", "... continues to read as follows:") holds the quoted text as part of its
own text, the quoted numbers as written; the quoted lines are no paragraphs, headings or numbering of the
resolution, and no references or mandates of it. Real texts: A/RES/79/144 (tests/fixtures), 78/248 and 79/280
(tests/fixtures/pfix30, copied from the shared corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import mandates
from resparse.consistency import check
from resparse.references import resolve
from resparse.shapes import amendment_clause, amendment_instruction

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def res_79_144():
    return resparse.parse(FIXTURES / "A_RES_79_144.txt")


@pytest.fixture(scope="module")
def res_78_248():
    return resparse.parse(FIXTURES / "pfix30" / "A_RES_78_248.txt")


def _para(res, label):
    return next(p for p in res.walk() if p.label == label)


# ---------------------------------------------------------------- the tree


def test_an_amended_paragraph_is_part_of_the_amending_paragraph(res_79_144):
    # A/RES/79/144 annex: "Amend paragraph 8 to read:" / "Independent panel" / "8. The Secretary-General, ...": one
    # paragraph of the annex, the quoted heading and number kept as written; no annex paragraph 8, no heading
    annex = [p for p in res_79_144.paragraphs if p.annex == "annex"]
    assert [p.label for p in annex] == ["annex U1"]
    p = annex[0]
    lines = p.text.split("\n")
    assert lines[0] == "Amend paragraph 8 to read:"
    assert lines[1] == "Independent panel"
    assert lines[2].startswith("8. The Secretary-General, through the Division for Ocean Affairs")
    assert lines[2].endswith("should serve on this independent panel.")
    assert p.quoted == [(1, 3)] and p.own_text() == "Amend paragraph 8 to read:"
    assert not [h for h in res_79_144.headings if h.text == "Independent panel"]
    # the annex's title and its footnote stay as they were
    assert res_79_144.annexes[0].title.startswith("Amendments to the terms of reference of the International Tribunal")


def test_the_quoted_lines_in_the_json(res_79_144):
    d = next(p for p in res_79_144.to_dict()["paragraphs"] if p["label"] == "annex U1")
    (q,) = d["quoted"]
    assert d["text"][q["start"] : q["end"]].startswith("Independent panel\n8. The Secretary-General")
    assert d["text"][q["start"] : q["end"]].endswith("on this independent panel.")
    # a paragraph that quotes nothing has no such key (its JSON is as it was)
    assert "quoted" not in next(p for p in res_79_144.to_dict()["paragraphs"] if p["label"] == "1")


def test_the_amending_resolution_is_consistent(res_79_144, res_78_248):
    assert check(res_79_144) == []
    assert check(res_78_248) == []
    assert not [w.message for w in res_79_144.warnings if "numbering" in w.message]


def test_a_new_paragraph_of_a_statute_ends_at_the_next_paragraph_of_the_resolution(res_78_248):
    # 78/248 14: "Decides to approve the following amendment to the statute of the United Nations Dispute Tribunal:" /
    # "Article 9, new paragraph 4:" / "4. In hearing ...", then the resolution's section "IV / Other issues" and 15
    # (was a heading "Article 9, new paragraph 4:" and an unnumbered paragraph labelled "article 9")
    p = _para(res_78_248, "14")
    lines = p.text.split("\n")
    assert lines[0] == "Decides to approve the following amendment to the statute of the United Nations Dispute Tribunal:"
    assert lines[1] == "Article 9, new paragraph 4:"
    assert lines[2].startswith("4. In hearing an application to appeal an administrative decision")
    assert lines[2].endswith("the disciplinary measure imposed was proportionate to the offence.")
    assert p.quoted == [(1, 3)]
    labels = [q.label for q in res_78_248.paragraphs if q.kind == "operative"]
    assert labels == [str(n) for n in range(1, 17)]
    heading = next(h for h in res_78_248.headings if h.text == "IV Other issues")
    assert heading.before == "15"
    assert not [h for h in res_78_248.headings if h.text.startswith("Article 9")]


def test_a_text_quoted_in_quotation_marks_ends_at_its_closing_mark():
    # 79/280 1: "... rule 3.3 ... continues to read as follows:" / "“(a) On appointment, ..." / "“(b) On promotion,
    # ... at the lower level.”": the two items are the rule's, no sub-paragraphs of 1; 2 follows
    res = resparse.parse(FIXTURES / "pfix30" / "A_RES_79_280.txt")
    p = _para(res, "1")
    assert p.quoted == [(1, 3)] and not p.children
    assert p.text.split("\n")[1].startswith("“(a) On appointment")
    assert p.text.endswith("at the lower level.”")
    assert [q.label for q in res.paragraphs] == ["1", "2", "3"]


# ---------------------------------------------------------------- references and mandates


def test_no_reference_of_the_resolution_in_the_quoted_text(res_78_248):
    # "Article 9, new paragraph 4:" and the article's words are the statute's: no "paragraph 4" of 78/248 (was an
    # internal reference to 78/248's own paragraph 4, resolved "ok")
    refs = [r for r in resolve(res_78_248) if r.source == "14"]
    assert refs == []


def test_the_part_an_instruction_amends_is_the_amended_texts(res_79_144):
    # "Amend paragraph 8 to read:" under the annex title "Amendments to the terms of reference of the International
    # Tribunal for the Law of the Sea Trust Fund": paragraph 8 of those terms of reference, not of the annex
    (r,) = [r for r in resolve(res_79_144) if r.source == "annex U1"]
    assert r.citation.phrase == "paragraph 8"
    assert r.citation.kind == "external"
    assert r.citation.document_name == "the terms of reference of the International Tribunal for the Law of the Sea Trust Fund"


def test_the_quoted_text_asks_no_one_but_its_names_are_mentions(res_78_248, res_79_144):
    rows = mandates.extract(res_78_248)
    (decides,) = [m for m in rows if m.paragraph == "14" and m.kind == "mandate"]
    assert decides.action == "to approve the following amendment to the statute of the United Nations Dispute Tribunal"
    # the Secretary-General in the article quoted ("the record assembled by the Secretary-General") is a mention of 14
    assert [(m.actor, m.kind) for m in rows if m.paragraph == "14" and m.kind == "mention"] == [
        ("Secretary-General", "mention")]
    rows = mandates.extract(res_79_144)
    annex = [m for m in rows if m.paragraph == "annex U1"]
    assert annex and all(m.kind == "mention" for m in annex)
    assert "Division for Ocean Affairs and the Law of the Sea" in {m.actor for m in annex}


# ---------------------------------------------------------------- the shapes


@pytest.mark.parametrize("line, instruction", [
    ("Amend paragraph 8 to read:", True),                            # 79/144 annex
    ("Article 9, new paragraph 4:", True),                           # 78/248 14
    ("Decides to approve the following amendment to the statute of the United Nations Dispute Tribunal:", True),
    ("Recalls paragraph 5 of its resolution 78/275 of 24 April 2024, and notes that rule 3.3 of the Staff "
     "Regulations and Rules of the United Nations continues to read as follows:", True),  # 79/280 1
    # lists of the resolution's own, not quoted texts (78/128, 79/278, 79/243 annex)
    ("Decides that the multi-stakeholder panels will be as follows:", False),
    ("Have agreed as follows:", False),
    ("permitted by domestic law, with the following:", False),
    ("Amend paragraph 8 to read", False),                            # no colon: nothing is quoted after it
])
def test_amendment_instructions(line, instruction):
    assert amendment_instruction(line) is instruction


def test_an_amending_clause_opens_with_its_imperative():
    assert amendment_clause("Delete paragraph 9.")
    assert not amendment_clause("Amendments to the terms of reference of the International Tribunal")
    assert not amendment_clause("Additional measures")


# ---------------------------------------------------------------- Akoma Ntoso


@pytest.mark.parametrize("path, label", [
    ("A_RES_79_144.txt", "annex U1"), ("pfix30/A_RES_78_248.txt", "14"), ("pfix30/A_RES_79_280.txt", "1")])
def test_the_quoted_text_in_akoma_ntoso_and_back(tmp_path, path, label):
    # the quoted lines as the quotedText of a mod (AKN 3.0 holds a quotedText only in a mod), valid against the
    # schema; read back, the same paragraph text, the same quoted lines, the same mandates
    from resparse.render.akn import to_akn, validate

    res = resparse.parse(FIXTURES / path)
    xml = to_akn(res)
    quoted = _para(res, label)
    start, end = quoted.quoted_spans()[0]
    assert "<mod><quotedText>" + quoted.text[start:end].split("\n")[0] in xml
    assert validate(xml) == []
    out = tmp_path / "x.xml"
    out.write_text(xml, encoding="utf-8")
    back = resparse.parse(out)
    again = _para(back, label)
    assert (again.text, again.quoted) == (quoted.text, quoted.quoted)
    rows = lambda r: [(m.paragraph, m.kind, m.actor, m.action) for m in mandates.extract(r)]
    assert rows(back) == rows(res)


# ---------------------------------------------------------------- where an unmarked quotation ends


def _quoting(text: str) -> dict[str, tuple[str, list]]:
    res = resparse.parse_text(text)
    return {p.label: (p.text, p.quoted) for p in res.walk()}


def test_where_a_quotation_ends():
    """tests/fixtures/pfix30/amending-shapes.txt: the shapes of 78/248 14 paraphrased (as ../shared/cases paraphrases
    real texts; the symbol made up), an amended rule quoted whole, numbered paragraphs under its designation, in the
    preamble and in the body: the next recital ends the first quotation; the resolution's "2. Requests ..." the
    second (a quoted rule's "2." does not); the quoted "Rule 8 / 1." after "Rule 7 / 1." stays quoted (no drafting
    phrase: the rules' numbering, not this text's)."""
    text = (FIXTURES / "pfix30" / "amending-shapes.txt").read_text(encoding="utf-8")
    got = _quoting(text)
    assert list(got) == ["PP1", "PP2", "1", "2", "3"]
    assert got["PP1"][0].split("\n")[1:] == ["Rule 3", "1. The Registrar shall keep the records of the Tribunal.",
                                             "2. The Registrar shall transmit the judgments to the parties."]
    assert got["PP1"][1] == [(1, 4)]
    assert got["1"][0].endswith("\n2. The Tribunal may decide to hold sessions elsewhere.") and got["1"][1] == [(1, 4)]
    assert got["2"] == ("Requests the Secretary-General to report thereon at its seventy-ninth session;", [])
    assert got["3"][0].split("\n")[3:] == ["Rule 8", "1. The Registrar shall assist the President."]
    # the resolution's own paragraph 2 without its drafting phrase: still its own, no later "2." follows
    got = _quoting(text.replace("2. Requests the Secretary-General", "2. The Secretary-General"))
    assert got["2"] == ("The Secretary-General to report thereon at its seventy-ninth session;", [])


def test_a_list_of_amendments_is_the_resolutions_own():
    # "Approves the following amendments to those rules:" then "(a) ...", "(b) ...": the items are this text's
    # sub-paragraphs (each may quote in its turn: "(b) Amend rule 9 to read:"), not a quoted text
    text = (FIXTURES / "pfix30" / "amending-shapes.txt").read_text(encoding="utf-8")
    text = text.replace("3. Decides to amend rule 7 of those rules to read:",
                        "3. Approves the following amendments to those rules:\n\n(a) Delete rule 6;\n\n"
                        "(b) Amend rule 7 to read:")
    res = resparse.parse_text(text)
    p = _para(res, "3")
    assert p.text == "Approves the following amendments to those rules:" and not p.quoted
    assert [c.label for c in p.children] == ["3 (a)", "3 (b)"]
    b = p.children[1]
    assert b.text.split("\n")[:2] == ["Amend rule 7 to read:", "Rule 7"] and b.quoted == [(1, 5)]


def test_the_one_clause_that_adopts_amendments_adopts_a_text():
    # "Adopts the following amendments to the rules of procedure of the Dispute Tribunal:" as the one operative clause
    # (no number): the text after it is the adopted text, numbered in its own scope as "Adopts the following political
    # declaration:" is (was, for a moment of this branch, an input error: a quoted text after the adoption)
    text = (FIXTURES / "pfix30" / "amending-shapes.txt").read_text(encoding="utf-8")
    head = text[: text.index("Recalling that rule 3")]
    body = ("Recalling its resolution 63/253,\n\n"
            "Adopts the following amendments to the rules of procedure of the Dispute Tribunal:\n\n"
            "Rule 5\n\n1. The Tribunal shall hold its sessions at Headquarters.\n\n"
            "2. The Tribunal may decide to hold sessions elsewhere.\n\n50th plenary meeting\n22 December 2023\n")
    res = resparse.parse_text(head + body)
    assert [p.label for p in res.walk()] == ["PP1", "OP1", "adopted rule 5.1", "adopted rule 5.2"]
    assert not any(p.quoted for p in res.walk())
