"""The draft-note checker and the references on what earlier sessions noticed and left (branch check9), each fixed as
a kind and tried on real text (notes in tests/fixtures/check9 written with the words of the bundled resolutions,
texts/, and of tests/fixtures; the seed note, ../shared/seeds, where present):

1. R203 (and R202) quoted the note's actor cut at "of": "the specialized agencies of the United Nations system" was
   "the specialized agencies" (the actor table's name), "the President of the European Commission" "the President";
2. "this paragraph", "the paragraph", "that same paragraph", "the present paragraph" after a cited paragraph were no
   anchor (a quotation after them was R006, not checked), as "the same paragraph" had become (trialfix28b);
3. R106's (and R105's) suggestion named a raw label: "A/RES/79/181 PP12", "annex 23 (a)";
4. "op 31" and "Op 31" were not read as operative paragraphs: the checker's pattern and the scan's were two;
5. a note's "paragraph 6 (b) of resolution 72/244 decides that the outcome shall be transmitted by the President of
   the General Assembly" (6: "Reaffirms its decision that the Intergovernmental Conference: ... (b) ...") was R202;
6. references: "article 1 of the Convention" in A/RES/78/78 15 (79/91 17, 80/81 17) named no Convention, though the
   paragraph names the Fourth Geneva Convention before it."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.check.anchors import OPERATIVE as CHECKER_OPERATIVE
from resparse.mandates.clauses import stated_decision
from resparse.references import OPERATIVE, find, resolve

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
NOTES = FIXTURES / "check9"
SEED = ROOT.parent / "shared" / "seeds" / "000_7bf9d6e1ce4236b0.txt"


def _findings(report, line: int | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if line is None or f.line == line]


def _check(name: str, library) -> checker.Report:
    return checker.check(notes.read(NOTES / name), library)


@pytest.fixture(scope="module")
def library(all_texts):
    return checker.Library(list(all_texts.values()))


# -- 1. the actor as the note writes it, whole

@pytest.fixture(scope="module")
def actors(library):
    return _check("actors.md", library)


def test_r203_quotes_a_name_of_the_table_as_the_note_writes_it_whole(actors):
    """The actor table knows "specialized agencies"; the note wrote "the specialized agencies of the United Nations
    system", which the scan read whole (was quoted "the specialized agencies")."""
    assert _findings(actors, 3) == [
        ("R203", "paragraph 23 of A/RES/71/280 does not address the specialized agencies of the United Nations system; "
                 "it addresses the General Assembly and participants")]


def test_r203_reads_another_name_with_its_complements(actors):
    """A name the table does not hold is read with its complements, as a body's name is ("the President" was read
    alone, and R203 said "does not address the President")."""
    assert _findings(actors, 5) == [
        ("R203", "paragraph 4 of A/RES/72/244 does not address the President of the European Commission; it addresses "
                 "the General Assembly")]
    assert _findings(actors, 9) == [
        ("R203", "paragraph 4 of A/RES/72/244 does not address the Special Rapporteur of the Human Rights Council; it "
                 "addresses the General Assembly")]


def test_a_whole_name_the_paragraph_addresses_stays_verified(actors):
    """"the regional commissions of the United Nations" is an alias of the regional commissions 22 (a) requests."""
    assert _findings(actors, 7) == []
    [verb] = [it for it in actors.items if it.kind == "verb" and it.line == 7]
    assert verb.status == "verified"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not present")
def test_the_seed_note_keeps_its_findings(library):
    """The seed note (UNECE informal note 2017/28): its "calls on Regional Commissions, in collaboration with ..." is
    still R202 on 22 (a), naming the addressee as the paragraph writes it."""
    report = checker.check(notes.read(SEED), library)
    assert [f.code for f in report.findings] == ["R201", "R002", "R202", "R001", "R001", "R006"]
    [r202] = [f for f in report.findings if f.code == "R202"]
    assert r202.message == ('A/RES/71/280 requests the regional commissions (paragraph 22 (a)); the note says '
                            '"calls on"')


# -- 2. the paragraph cited last, named again

@pytest.fixture(scope="module")
def again(library):
    return _check("again.md", library)


R104_22A = ("R104", "quotation of paragraph 22 (a) of A/RES/71/280 changes words: … economic commissions [-and "
                    "invites-] {+to collaborate+} their subregional …")


@pytest.mark.parametrize("line, words", [
    (3, "The same paragraph"), (5, "This paragraph"), (7, "The paragraph"), (9, "That same paragraph"),
    (11, "The present paragraph"),
])
def test_each_way_of_naming_the_paragraph_again_checks_the_quotation_against_it(again, line, words):
    """"<words> reads: “...”" right after "Paragraph 22 (a) of resolution 71/280 ...": the quotation is compared with
    22 (a) (were R006, "quotation not checked", but for "the same paragraph")."""
    assert words in notes.read(NOTES / "again.md").lines[line - 1].text
    assert _findings(again, line) == [R104_22A]


def test_the_right_words_after_this_paragraph_are_verified(again):
    assert _findings(again, 13) == []
    [q] = [it for it in again.items if it.kind == "quotation" and it.line == 13]
    assert (q.status, q.resolution, q.paragraphs) == ("verified", "A/RES/71/280", ["22 (a)"])


def test_a_verb_after_that_same_paragraph_is_checked_against_it(again):
    [verb] = [it for it in again.items if it.kind == "verb" and it.line == 15]
    assert (verb.status, verb.resolution, verb.paragraphs) == ("verified", "A/RES/71/280", ["22 (a)"])


def test_ibid_with_a_paragraph_is_the_resolution_named_last(again):
    """"Ibid., para. 19 reads: “...”" after "Resolution 71/280 ...": 19's words, verified."""
    assert _findings(again, 17) == []
    [q] = [it for it in again.items if it.kind == "quotation" and it.line == 17]
    assert (q.status, q.paragraphs) == ("verified", ["19"])


def test_this_paragraph_further_on_names_nothing_but_the_same_paragraph_does(again):
    """Two sentences after the citation, "this paragraph" may be the note's own: not checked (R006); "the same
    paragraph" names the one cited last wherever it stands."""
    assert [code for code, _ in _findings(again, 19)] == ["R006"]
    assert _findings(again, 21) == [R104_22A]


@pytest.mark.parametrize("line", [23, 25])
def test_a_paragraph_the_note_says_is_its_own_names_nothing(again, line):
    """"This paragraph of the present note", "the paragraph below": the note's own paragraphs, whatever it cited
    before (the quotation is not checked, R006)."""
    assert [code for code, _ in _findings(again, line)] == ["R006"]


# -- 3. suggestions in citation style

def test_r106_suggests_the_closest_passage_as_cited(library):
    """The closest passage, an annex's paragraph, as a drafter cites it (was the raw "annex 23 (a)"), and its eId read
    back from that wording."""
    report = _check("closest.md", library)
    [f] = report.findings
    assert (f.code, f.message) == (
        "R106", "not found in paragraph 16 of the annex to A/RES/73/195; the closest passage is in paragraph 23 (a) of "
                "the annex (17 of 22 words match)")
    assert f.suggestion == "paragraph 23 (a) of the annex"
    assert f.suggestion_eid == "annex_1__para_23__subpara_a"


# -- 4. operative paragraphs in a note's shorthand

FORMS = ["op 38", "Op 38", "OP 38", "op. 38", "Op. 38", "OP38", "OP.38", "OPs 38 and 39"]


@pytest.mark.parametrize("form", FORMS)
def test_every_shorthand_the_grammar_reads_is_one_the_checker_reads_as_operative(form):
    """One definition: the citation grammar reads the form as a paragraph citation, and the pattern the checker
    tells an operative paragraph by (the references module's) holds its phrase."""
    [c] = find(f"See {form} of resolution 79/1.")
    assert c.targets[0].label == "38"
    assert CHECKER_OPERATIVE is OPERATIVE
    assert OPERATIVE.search(c.phrase)


@pytest.mark.parametrize("word", ["develops 3", "cooperation 4", "stops 5", "the operation 6"])
def test_a_word_that_ends_in_op_is_no_operative_paragraph(word):
    assert OPERATIVE.search(word) is None


@pytest.fixture(scope="module")
def pact(all_texts):
    return checker.Library([*all_texts.values(), resparse.parse(FIXTURES / "A_RES_79_1.txt")])


@pytest.mark.parametrize("form", ["op 38", "Op 38", "OP 38", "op. 38"])
def test_an_operative_paragraph_in_shorthand_is_the_body_s_own(tmp_path, pact, form):
    """79/1 has one operative paragraph (OP1); "op 38" of it is no paragraph (R101), never the Pact's 38 as a bare
    "paragraph 38" is ("op 38" and "Op 38" were read so)."""
    path = tmp_path / "note.md"
    path.write_text(f"# Note\n\nResolution 79/1 was adopted in 2024. Its {form} is on the Court.\n", encoding="utf-8")
    report = checker.check(notes.read(path), pact)
    assert [(f.code, f.message) for f in report.findings] == [
        ("R101", "paragraph 38 does not exist in A/RES/79/1 (its operative paragraph is OP1; the text it adopts has "
                 "paragraphs 1–84)")]


@pytest.mark.parametrize("form", ["op 22 (a)", "Op 22(a)", "OP22(a)", "op. 22 (a)"])
def test_an_operative_paragraph_in_shorthand_is_of_the_resolution_named_last(tmp_path, library, form):
    """"op 22 (a) reads: “...”" after "Resolution 71/280 ...": 22 (a)'s words, verified (a lower-case "op" was read
    as the note's own paragraph, tied only by the quotation after it)."""
    path = tmp_path / "note.md"
    path.write_text("# Note\n\nResolution 71/280 was adopted in 2017. Its " + form + " reads: “Requests the regional "
                    "economic commissions and invites their subregional offices”.\n", encoding="utf-8")
    report = checker.check(notes.read(path), library)
    assert report.findings == []
    [c] = [it for it in report.items if it.kind == "citation"][1:]
    assert (c.resolution, c.paragraphs, c.status) == ("A/RES/71/280", ["22 (a)"], "verified")


# -- 5. a decision a chapeau states as a noun

@pytest.fixture(scope="module")
def decision(library):
    return _check("decision.md", library)


@pytest.mark.parametrize("line", [3, 5, 7])
def test_a_decision_reaffirmed_by_the_chapeau_is_what_its_items_decide(decision, line):
    """6: "Reaffirms its decision that the Intergovernmental Conference: ... (b) Shall result in ... and that the
    outcome shall be transmitted by the President of the General Assembly ...": "paragraph 6 (b) ... decides that
    the outcome shall be transmitted ..." (was R202 "addresses no one and never "decides""), "the Assembly decided
    that the Intergovernmental Conference shall result in ..." (was R203 "does not address the Intergovernmental
    Conference ...": the subject of the decision, which 6 (b) names)."""
    assert _findings(decision, line) == []
    # the subject's statement is an item, verified; a verb compared alone is counted only when wrong
    assert [it.status for it in decision.items if it.kind == "verb" and it.line == line] == (
        ["verified"] if line == 5 else [])


def test_a_paragraph_that_decides_nothing_is_still_told(decision):
    """5 welcomes the offer of Morocco: "decides" is R202; an addressee 6 (b) does not have is R203."""
    assert [code for code, _ in _findings(decision, 9)] == ["R202"]
    assert _findings(decision, 11) == [
        ("R203", "paragraph 6 (b) of A/RES/72/244 does not address the Secretary-General; it addresses no one")]


@pytest.mark.parametrize("text, verb", [
    ("Reaffirms its decision that the Intergovernmental Conference:", "decides"),
    ("Reiterates its decision to address the issue of through-life conventional ammunition management", "decides"),
    ("Reaffirms its decision in section III, paragraph 9, of its resolution 59/265;", None),
    ("Recalls its request to the Secretary-General to report;", None),
    ("Welcomes the offer of the Government of Morocco to host the Intergovernmental Conference;", None),
])
def test_stated_decision(text, verb):
    assert stated_decision(text) == verb


# -- 6. "the Convention" after the one its paragraph names

def test_the_convention_in_a_place_is_the_noun_alone():
    """A/RES/78/78 15: "... the Conference of High Contracting Parties to the Fourth Geneva Convention on measures to
    enforce the Convention in the Occupied Palestinian Territory, ..., in accordance with article 1 of the
    Convention": "the Convention in the Occupied Palestinian Territory" is no second Convention (it made two, and
    article 1 named none); article 1 is the Fourth Geneva Convention's."""
    res = resparse.parse(NOTES / "A_RES_78_78.txt")
    [ref] = [r for r in resolve(res) if r.source == "15" and r.citation.phrase == "article 1 of the Convention"]
    assert ref.citation.document_name == "the Fourth Geneva Convention"
