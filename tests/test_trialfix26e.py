"""What a re-trial of the checker, ``parse --paragraph`` and ``search`` found (twenty-sixth session, branch
trialfix26e), each fixed as a kind and tried on real text:

1. a citation of a sub-paragraph over the reproduction of its sibling is R105: the UNECE note 2017/28 (the seed note)
   edited to cite "operative paragraphs 22(b) and 23" over its reproduction of 22 (a) (the chapeau "22." above it
   counted as showing 22 (b); was verified);
2. a note's shorthand citations: "A/RES/71/280 (para 22 (c))" (was R004, a paragraph of no resolution), "op. 31",
   "§22(c)" (were no citations); a verb after two citations joined by "and" ("A/RES/71/280 para 22 (c) and
   A/RES/72/244 para 9 ask ...") is checked against each one's paragraph (only the last's was);
3. ``parse --paragraph "rule 33"`` prints the rule whole (annex rule 33.1 and 33.2 of A/RES/72/244), as the error's
   list "annex rule 1-68" suggests; "rule 33, para. 2" is 33.2;
4. ``search`` keeps a quoted phrase as written: ``"co-facilitators"`` no longer matches "co-facilitated" (FTS5's
   tokenizer splits at "-" and stems);
5. "relevant human rights mechanisms and procedures" (A/RES/79/173 21): the procedures are human rights procedures,
   not "procedures" ([carried heads] of actors.txt)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from resparse import check as checker
from resparse import corpus
from resparse import mandates
from resparse import parse
from resparse.cli import main
from resparse.labels import canonical_label
from resparse.references import find
from test_trialfix26c import _check, _findings  # a note checked; its findings (line, code, message)

ROOT = Path(__file__).resolve().parents[1]
NOTES = ROOT / "tests" / "fixtures" / "trialfix26e"


@pytest.fixture(scope="module")
def library(all_texts):
    return checker.Library(list(all_texts.values()))


# -- 1. a sibling sub-paragraph reproduced

def test_a_cited_sub_paragraph_over_its_siblings_reproduction_is_r105(library):
    report = _check(library, NOTES / "note_cites_22b.md")
    [(code, message, suggestion)] = [(f.code, f.message, f.suggestion) for f in report.findings if f.line == 22]
    assert (code, message, suggestion) == (
        "R105", "cites paragraph 22 (b) of A/RES/71/280, but the text reproduced after it is paragraph 22 (a)",
        "22 (a)")
    assert report.summary()["citations_with_errors"] == 1


@pytest.fixture
def seed_as_written(tmp_path) -> Path:
    path = tmp_path / "note.md"
    path.write_text((NOTES / "note_cites_22b.md").read_text(encoding="utf-8").replace("22(b) and 23", "22(a) and 23"),
                    encoding="utf-8")
    return path


def test_the_note_citing_what_it_reproduces_is_verified(library, seed_as_written):
    report = _check(library, seed_as_written)
    assert "R105" not in [code for _, code, _ in _findings(report)]
    assert report.summary()["citations_with_errors"] == 0


# -- 2. shorthand citations; a verb of two citations

@pytest.mark.parametrize("phrase, labels", [
    ("A/RES/71/280 (para 22 (c))", ["22 (c)"]),
    ("A/RES/71/280 (§22(c))", ["22 (c)"]),
    ("A/RES/71/280, op. 31", ["31"]),
    ("A/RES/71/280 op. 31", ["31"]),
    ("A/RES/71/280 §22(c)", ["22 (c)"]),
    ("A/RES/71/280, §§ 4 and 5", ["4", "5"]),
])
def test_the_grammar_reads_a_notes_shorthand(phrase, labels):
    [c] = find(phrase)
    assert (c.start, c.end) == (0, len(phrase))
    assert [t.label for t in c.targets] == labels
    assert {t.document for t in c.targets} == {"A/RES/71/280"}


def test_op_and_the_section_sign_need_a_number():
    # "op." of another word and a "§" with no number cite nothing
    assert find("as the group may develop. 31 States signed") == []
    assert find("the rule in § of the statute") == []


def test_shorthand_citations_are_checked_against_71_280(library):
    report = _check(library, NOTES / "shorthand.md")
    # 1-3 exist: nothing to say; 4-6 do not: R101 each, read as 71/280's
    assert _findings(report, 3) == _findings(report, 5) == _findings(report, 7) == []
    for line, label in ((9, "22 (f)"), (11, "91"), (13, "22 (k)")):
        [(_, code, message)] = _findings(report, line)
        assert code == "R101" and message.startswith(f"paragraph {label} does not exist in A/RES/71/280")
    assert "R004" not in [code for _, code, _ in _findings(report)]


def test_a_verb_after_two_joined_citations_is_checked_for_each(library):
    report = _check(library, NOTES / "shorthand.md")
    assert sorted(m for _, _, m in _findings(report, 15)) == [
        "paragraph 22 (c) of A/RES/71/280 does not address the Secretary-General; it addresses Member States and "
        "stakeholders",
        "paragraph 9 of A/RES/72/244 does not address the Secretary-General; it addresses the General Assembly",
    ]
    # 22 (c) invites Member States: only 72/244's paragraph 9 is wrong
    assert [m for _, _, m in _findings(report, 17)] == [
        "paragraph 9 of A/RES/72/244 does not address Member States; it addresses the General Assembly"]
    # a list of three, the last joined by "and": each; a comma alone joins none ("In A/RES/71/280 ..., A/RES/72/244
    # para 9 asks"): the verb is the last one's
    assert sorted(m.split(" does not")[0] for _, _, m in _findings(report, 19)) == [
        "paragraph 22 (c) of A/RES/71/280", "paragraph 8 of A/RES/72/244", "paragraph 9 of A/RES/72/244"]
    assert [m.split(" does not")[0] for _, _, m in _findings(report, 21)] == ["paragraph 9 of A/RES/72/244"]


# -- 3. parse --paragraph: a whole rule, "rule N, para. M"

@pytest.mark.parametrize("asked", ["rule 33", "annex rule 33", "Rule 33"])
def test_parse_paragraph_prints_a_rule_whole(asked, capsys):
    assert main(["parse", str(ROOT / "texts" / "A_RES_72_244.txt"), "--paragraph", asked]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[0] for line in lines] == ["annex rule 33.1", "annex rule 33.2"]
    assert lines[1].startswith("annex rule 33.2  Notwithstanding any measures")


def test_parse_paragraph_json_of_a_rule(capsys):
    assert main(["parse", str(ROOT / "texts" / "A_RES_72_244.txt"), "--paragraph", "rule 48", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["label"] == "annex rule 48"
    assert [p["label"] for p in out["parts"]] == ["annex rule 48.1", "annex rule 48.2"]


@pytest.mark.parametrize("asked", ["rule 33, para. 2", "rule 33, paragraph 2", "annex rule 33 para 2"])
def test_parse_paragraph_reads_a_rules_paragraph_as_cited(asked, capsys):
    assert canonical_label(asked).endswith("rule 33.2")
    assert main(["parse", str(ROOT / "texts" / "A_RES_72_244.txt"), "--paragraph", asked]) == 0
    assert capsys.readouterr().out.startswith("annex rule 33.2  Notwithstanding any measures")


def test_every_rule_the_error_lists_is_printable(capsys):
    """The error's "annex rule 1-68": each number of the range is a rule printed (whole or as its one paragraph)."""
    path = str(ROOT / "texts" / "A_RES_72_244.txt")
    assert main(["parse", path, "--paragraph", "rule 99"]) == 2
    err = capsys.readouterr().err
    first, last = map(int, re.search(r"annex rule (\d+)-(\d+)", err).groups())
    for n in range(first, last + 1):
        assert main(["parse", path, "--paragraph", f"rule {n}"]) == 0, n
        assert capsys.readouterr().out.startswith(f"annex rule {n}")


def test_a_rule_that_does_not_exist_is_still_refused(capsys):
    assert main(["parse", str(ROOT / "texts" / "A_RES_72_244.txt"), "--paragraph", "rule 33.3"]) == 2
    assert "has no paragraph rule 33.3" in capsys.readouterr().err


# -- 4. search: a quoted phrase as written

@pytest.fixture(scope="module")
def cofacilitation_db(corpus_dir, tmp_path_factory):
    d = tmp_path_factory.mktemp("texts")
    # 78/128 writes "co-facilitators"; 78/219 PP52 and 79/165 PP9 "co-facilitated" only
    for name in ("A_RES_78_128.txt", "A_RES_78_219.txt", "A_RES_79_165.txt"):
        shutil.copy(corpus_dir / name, d / name)
    db = d / "c.sqlite"
    corpus.build([d], db, jobs=1)
    return db


def test_a_quoted_phrase_matches_as_written(cofacilitation_db):
    hits = corpus.search(cofacilitation_db, '"co-facilitators"')
    assert hits and {h["document"] for h in hits} == {"A/RES/78/128"}
    assert all("co-facilitators" in h["text"].lower() for h in hits)
    # bare words still match every form the tokenizer stems alike
    assert {h["document"] for h in corpus.search(cofacilitation_db, "co-facilitators")} >= {
        "A/RES/78/219", "A/RES/79/165", "A/RES/78/128"}


def test_a_quoted_phrase_is_matched_in_any_case_and_the_limit_counts_kept_hits(cofacilitation_db):
    hits = corpus.search(cofacilitation_db, '"CO-FACILITATED"', limit=1)
    assert len(hits) == 1 and "co-facilitated" in hits[0]["text"].lower()
    assert len(corpus.search(cofacilitation_db, '"co-facilitated"')) == 2


# -- 5. a carried head: procedures

def test_human_rights_mechanisms_and_procedures(corpus_dir):
    res = parse(corpus_dir / "A_RES_79_173.txt")
    actors = sorted(m.actor for m in mandates.extract(res) if m.paragraph == "21" and m.kind == "mandate")
    assert actors == ["human rights mechanisms", "human rights procedures"]
