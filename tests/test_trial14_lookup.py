"""What a fresh-user trial (2026-12-02) asked and was refused, on real texts copied to tests/fixtures/:

- `mandates --actor OCHA` (also UNAIDS, UNITAR): the entities of the UN System Chart by their UNTERM acronyms
  (src/resparse/data/actors.txt), as `--actor UNFPA` already found the Fund; A/RES/79/238 7 calls upon "the Office
  for the Coordination of Humanitarian Affairs of the Secretariat";
- `cited-by --paragraph` takes every label the tool prints ("adopted 42", "annex III rule 24", "annex article
  40.12", "annex U1", "PP9 (a)"); a rule or article asked whole lists the citations of its paragraphs; and a paragraph the cited resolution does not have is refused with one line
  (was: "0 citations").
"""

import shutil
from pathlib import Path

import pytest

import resparse
from resparse import corpus, mandates
from resparse.cli import main
from resparse.labels import canonical_label

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REFS = FIXTURES / "references"


@pytest.mark.parametrize("query, name", [
    ("OCHA", "Office for the Coordination of Humanitarian Affairs"),
    ("UNAIDS", "Joint United Nations Programme on HIV/AIDS"),
    ("UNITAR", "United Nations Institute for Training and Research"),
    ("UNODA", "Office for Disarmament Affairs"),
    ("ICJ", "International Court of Justice"),
])
def test_system_chart_acronyms_name_their_entity(query, name):
    assert mandates.query_names(query) == name


def test_ocha_by_its_acronym_finds_79_238_7(capsys):
    """79/238 7 "Calls upon ... the Office for the Coordination of Humanitarian Affairs of the Secretariat": the
    same rows by the acronym as by the full name (was: "no mandate or mention of 'OCHA'", exit 1)."""
    path = str(FIXTURES / "A_RES_79_238.txt")
    assert main(["mandates", path, "--actor", "OCHA", "--json"]) == 0
    by_acronym = capsys.readouterr().out
    assert main(["mandates", path, "--actor", "Office for the Coordination of Humanitarian Affairs", "--json"]) == 0
    assert capsys.readouterr().out == by_acronym
    assert '"7"' in by_acronym


@pytest.mark.parametrize("typed, label", [
    ("adopted 42", "adopted 42"), ("Adopted 42(b)", "adopted 42 (b)"),
    ("annex III rule 24", "annex III rule 24"), ("annex rule 7.1", "annex rule 7.1"),
    ("annex article 40.12", "annex article 40.12"), ("annex art. 11.1(a)", "annex article 11.1 (a)"),
    ("annex U1", "annex U1"), ("PP9(a)", "PP9 (a)"), ("OP22(a)", "22 (a)"),
])
def test_labels_as_printed_read_back(typed, label):
    assert canonical_label(typed) == label


def test_a_rule_number_is_no_unnumbered_text():
    assert canonical_label("annex rule U1") is None


def test_every_label_of_the_fixture_texts_reads_back_as_itself():
    """Each paragraph label the parser gives the real texts of tests/fixtures/ (and its references/ folder) is one
    `cited-by --paragraph` takes, read as itself (a lone unnumbered operative paragraph "OP1" aside: "OP1" typed is
    operative paragraph 1)."""
    labels = set()
    for path in sorted(FIXTURES.glob("*.txt")) + sorted(REFS.glob("*.txt")):
        try:
            res = resparse.parse(path)
        except resparse.ResparseError:
            continue
        labels |= {p.label for p in res.walk()}
    assert len(labels) > 1000 and any(lab.startswith("adopted ") for lab in labels)
    assert any(" rule " in lab for lab in labels) and any(" article " in lab for lab in labels)
    wrong = {lab: canonical_label(lab) for lab in labels if canonical_label(lab) != lab and not lab.startswith("OP")}
    assert not wrong


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    d = tmp_path_factory.mktemp("texts")
    for path in (FIXTURES / "A_RES_79_1.txt", REFS / "A_RES_79_92.txt", FIXTURES / "A_RES_78_189.txt",
                 FIXTURES / "A_RES_79_238.txt"):
        shutil.copy(path, d)
    out = d / "c.sqlite"
    corpus.build([d], out, jobs=1)
    return out


def test_cited_by_an_adopted_paragraph_by_the_label_printed(db, capsys):
    """79/92 PP11 "action 21, paragraph 42, of resolution 79/1" cites the Pact's `adopted 42`; `cited-by A/RES/79/1
    --paragraph "adopted 42"` lists it (was: exit 2, "not a paragraph label")."""
    rows = corpus.cited_by(db, "A/RES/79/1", "adopted 42")
    assert ("A/RES/79/92", "PP11") in [(r["document"], r["paragraph"]) for r in rows]
    assert main(["cited-by", "A/RES/79/1", "--db", str(db), "--paragraph", "adopted 42"]) == 0
    assert "A/RES/79/92" in capsys.readouterr().out


def test_cited_by_an_article_whole_lists_the_citations_of_its_paragraphs(db):
    """78/189 footnote 29 cites "Resolution 61/295, annex, art. 24, para. 1" (the Declaration on the Rights of
    Indigenous Peoples): asked for article 24 whole, that citation of its paragraph 1 is listed; article 2 is not
    article 24's."""
    whole = corpus.cited_by(db, "A/RES/61/295", "annex article 24")
    assert ("A/RES/78/189", "footnote 29") in [(r["document"], r["paragraph"]) for r in whole]
    assert [r for r in whole if r["cites"] == "annex article 24.1"]
    assert not corpus.cited_by(db, "A/RES/61/295", "annex article 2")


def test_a_paragraph_the_resolution_does_not_have_is_refused(db, capsys):
    """79/238 has no paragraph 99: one line, exit 2 (was: "0 citations", exit 0); a paragraph it has but nobody
    cites is still "0 citations"."""
    assert main(["cited-by", "A/RES/79/238", "--db", str(db), "--paragraph", "99"]) == 2
    err = capsys.readouterr().err
    assert "A/RES/79/238 has no paragraph 99" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert main(["cited-by", "A/RES/79/238", "--db", str(db), "--paragraph", "7"]) == 0
    assert corpus.missing_paragraph(db, "A/RES/79/238", "7") is None
    # a document outside the corpus: its paragraphs are unknown, nothing is refused
    assert corpus.missing_paragraph(db, "A/RES/70/1", "99") is None


def _check(tmp_path, capsys, sentence, against):
    note = tmp_path / "note.md"
    note.write_text("# Note\n\n" + sentence + "\n", encoding="utf-8")
    rc = main(["check", str(note), "--against", str(FIXTURES / against), "--json"])
    import json
    return rc, json.loads(capsys.readouterr().out)


def _codes(report):
    return [f["code"] for f in report["findings"]]


def test_asks_is_requests_in_a_note(tmp_path, capsys):
    """"Paragraph 16 of resolution 78/159 asks the Secretary-General ..." of a paragraph that calls upon UNEP: R203,
    as "requests" gives (was: silent, "asks" no verb of the table); data/operative_verbs.txt [same verb]."""
    _, asks = _check(tmp_path, capsys, "Paragraph 16 of resolution 78/159 asks the Secretary-General to support "
                     "the efforts of Member States.", "A_RES_78_159.txt")
    _, requests = _check(tmp_path, capsys, "Paragraph 16 of resolution 78/159 requests the Secretary-General to "
                         "support the efforts of Member States.", "A_RES_78_159.txt")
    assert "R203" in _codes(asks) and _codes(asks) == _codes(requests)


def test_79_176_27_asks_them_is_a_request_and_the_next_them_is_the_same_states():
    """79/176 27 "Expresses its appreciation to those States that have received the Special Rapporteur, asks them to
    examine the Special Rapporteur's recommendations carefully, invites them to inform ..., and urges other States":
    the States are asked ("asks", a request by its force; was: no verb), and the second "them" is the first's States
    (was: the "invites" row lost once the first "them" had addressed: a pronoun's number is its own)."""
    res = resparse.parse(FIXTURES / "A_RES_79_176.txt")
    rows = [m for m in mandates.extract(res) if m.paragraph == "27" and m.kind == "mandate"]
    assert [(m.verb, m.verb_as_written, m.actor) for m in rows] == [
        ("requests", "asks", "States"), ("invites", "invites", "States"), ("urges", "and urges", "States")]
    assert rows[0].action.startswith("to examine") and rows[1].action.startswith("to inform")


def test_a_verb_the_cited_adopted_paragraph_never_uses_is_r202(tmp_path, capsys):
    """79/1's adopted 42 (e) "Ensure that peacekeeping operations ... authorized by the Security Council are
    accompanied by ..." names the Council and requests nothing: "requests the Security Council" is R202 (was:
    silent); a paragraph that uses the verb stays verified (42 (a) "Call on the Security Council")."""
    _, wrong = _check(tmp_path, capsys, "Paragraph 42 (e) of resolution 79/1 requests the Security Council to act.",
                      "A_RES_79_1.txt")
    assert "R202" in _codes(wrong)
    _, right = _check(tmp_path, capsys, "Paragraph 42 (a) of resolution 79/1 calls on the Security Council to "
                      "ensure that peace operations are anchored in political strategies.", "A_RES_79_1.txt")
    assert not {"R202", "R203"} & set(_codes(right))
