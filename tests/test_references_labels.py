"""The references scorer (bench/bench_references_labels.py) and its matching rules, fixed from
tests/labels/GUIDELINE_REFERENCES.md before the labels were read: hand-written cases, and the scorer run on a real
text (the bundled A/RES/71/280)."""

import importlib.util
import json
from pathlib import Path

import pytest

from conftest import TEXTS
from resparse import parse as resparse_parse

FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_references_labels.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_references_labels", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(document=None, name=None, label=None, phrase="x"):
    return {"phrase": phrase, "targets": [{"document": document, "name": name, "label": label}]}


def _ours(bench, document=None, name=None, label=None, internal=False):
    t = {"document": document, "name": name, "label": label, "internal": internal, "phrase": "x"}
    return {**t, "kind": bench.kind_of(t)}


def _score(bench, gold_refs, ours):
    total, per_kind, differ = bench.score([{"n": 1, "references": gold_refs}], {1: ours})
    return total, per_kind, differ


@pytest.mark.parametrize("a, b, same", [
    ("A/RES/45/55B", "A/RES/45/55 B", True),
    ("A/RES/1514 (XV)", "A/RES/1514(XV)", True),
    ("S/RES/1325 (2000)", "S/RES/1325(2000)", True),
    ("A/RES/217 A (III)", "A/RES/217(III)", False),   # resolution 217 A is not 217
    ("E/CN.4/1998/53/Add.2", "E/CN.4/1998/53/ADD.2", True),
    ("A/78/42", "A/78/4", False),
])
def test_symbols_agree_without_spaces_and_case(bench, a, b, same):
    total, _, _ = _score(bench, [_gold(document=a)], [_ours(bench, document=b)])
    assert (total["hit"] == 1) is same


@pytest.mark.parametrize("a, b, same", [
    ("22(a)", "22 (a)", True),
    ("PP 3", "PP3", True),
    ("annex II 5", "annex II 5", True),
    ("annex 5", "5", False),
    ("15 (a) (ii)", "15 (a)(ii)", True),
    ("annex rule 7.1", "annex  rule 7.1", True),   # not a label canonical_label reads: spaces collapsed
    # nor these: read in a part's normal form (a comma or full stop between designators, "sect." = "section")
    ("annex article 57, 5 (g)", "annex article 57.5 (g)", True),
    ("annex III sect. II", "annex III section II", True),
    ("annex article 57.5 (g)", "annex article 57.5 (h)", False),
    ("annex article 57.5", "annex article 5.75", False),
    ("6 (b)", "6 (c)", False),
])
def test_internal_labels_agree_by_canonical_label(bench, a, b, same):
    total, per_kind, _ = _score(bench, [_gold(label=a)], [_ours(bench, label=b, internal=True)])
    assert (total["hit"] == 1) is same
    assert per_kind["internal"]["gold"] == per_kind["internal"]["ours"] == 1


@pytest.mark.parametrize("gold, ours, same", [
    # (document, name, label) labelled; (document, name, label) found
    ((None, "rules of procedure of the General Assembly", "rule 48, 1"), (None, "the rules of procedure", "rule 48.1"),
     True),
    ((None, "Charter of the United Nations", "Article 102"), (None, "the Charter", "article 102"), True),
    ((None, "Charter of the United Nations", "Article 102"), (None, "the Charter", "article 103"), False),
    ((None, "Charter of the United Nations", "Article 2"),
     (None, "the Convention on Biological Diversity", "article 2"), False),
    (("A/RES/71/1", None, "annex II, paragraph 8"), ("A/RES/71/1", None, "annex II 8"), True),
    (("A/RES/71/1", None, "annex II"), ("A/RES/71/1", None, "annex II 8"), False),
    (("A/RES/71/1", None, "annex II"), ("A/RES/70/1", None, "annex II"), False),
    ((None, "Report of the World Conference", "chap. III"),
     (None, "Report of the World Conference, 2001", "chapter III"), True),
    # a labelled symbol needs the symbol found: a name that contains it is not enough
    (("A/78/10", None, "446"), (None, "Official Records ..., Supplement No. 10 (A/78/10)", "446"), False),
    ((None, "ILO Recommendation No. 205", "8.1 (c)"), (None, "the ILO Recommendation No. 205", "8.1(c)"), True),
    # branch refs: a letter after a number with or without its parentheses ("Article 73 b", as the Charter prints it);
    # a dash between figures in a name with or without spaces ("18– 22 March 2002", as a text prints it)
    ((None, "Charter of the United Nations", "Article 73 b"), (None, "the Charter", "article 73 (b)"), True),
    ((None, "Charter of the United Nations", "Article 73 b"), (None, "the Charter", "article 73 (e)"), False),
    ((None, "Charter of the United Nations", "Article 73"), (None, "the Charter", "article 73 (b)"), False),
    ((None, "Report of the Conference, Monterrey, 18–22 March 2002", "chap. I"),
     (None, "Report of the Conference, Monterrey, 18– 22 March 2002 (United Nations publication)", "chapter I"), True),
    ((None, "Report of the Conference, 18–22 March 2002", "chap. I"),
     (None, "Report of the Conference, 18–23 March 2002", "chapter I"), False),
])
def test_a_part_of_another_document_needs_its_document_and_its_label(bench, gold, ours, same):
    total, per_kind, _ = _score(bench, [_gold(*gold)], [_ours(bench, *ours)])
    assert (total["hit"] == 1) is same
    assert per_kind["part"]["ours"] == 1


def test_internal_and_external_targets_never_pair(bench):
    total, _, _ = _score(bench, [_gold(label="5")], [_ours(bench, document="A/RES/71/1", label="5")])
    assert total["hit"] == 0 and total["precision"] == 0 and total["recall"] == 0


def test_a_resolution_of_another_body_is_matched_by_name(bench):
    name = "resolution 3/1 of the Conference of the States Parties to the United Nations Convention against Corruption"
    total, per_kind, _ = _score(bench, [_gold(name=name)], [_ours(bench, name="resolution 3/1 of the Conference of "
                                                                      "the States Parties")])
    assert total["hit"] == 1 and per_kind["resolution"]["hit"] == 1
    total, _, _ = _score(bench, [_gold(name=name)], [_ours(bench, document="A/RES/3/1")])
    assert total["hit"] == 0


def test_targets_are_counted_as_often_as_cited(bench):
    """The same target cited twice in a unit is two labelled targets: found once, recall is one half."""
    refs = [_gold(document="A/RES/77/40"), _gold(document="A/RES/77/40")]
    total, per_kind, differ = _score(bench, refs, [_ours(bench, document="A/RES/77/40")])
    assert (total["gold"], total["ours"], total["hit"]) == (2, 1, 1)
    assert total["precision"] == 1.0 and total["recall"] == 0.5
    assert per_kind["resolution"]["recall"] == 0.5
    row, expected, got = differ[0]
    assert row["n"] == 1 and len(expected) == 1 and got == []


def test_kinds(bench):
    assert [bench.kind_of(t) for t in (
        {"document": None, "name": None, "label": "5"},
        {"document": "A/RES/77/40", "name": None, "label": None},
        {"document": "A/DEC/77/512", "name": None, "label": None},
        {"document": "A/78/42", "name": None, "label": None},
        {"document": None, "name": "Charter of the United Nations", "label": "Article 1"},
        {"document": "A/RES/71/1", "name": None, "label": "annex II"},
        {"document": None, "name": "resolution 3/1 of the Conference", "label": None},
    )] == ["internal", "resolution", "resolution", "symbol", "part", "part", "resolution"]


def test_nothing_labelled_and_nothing_found_is_perfect(bench):
    total, _, differ = _score(bench, [], [])
    assert total["precision"] == total["recall"] == 1.0 and differ == []
    total, _, differ = _score(bench, [], [_ours(bench, document="A/78/42")])
    assert total["precision"] == 0.0 and len(differ) == 1


def test_the_scorer_on_a_real_text(bench):
    """The bundled A/RES/71/280 as a corpus of one: self and term references are left out ("phase I" in 10), a
    part of another document is its symbol and label, "the present paragraph" in 22 (c) is paragraph 22."""
    rows = [
        {"n": 1, "file": "A_RES_71_280.txt", "label": "15", "stratum": "part", "references": [
            _gold(document="A/RES/71/1", label="annex II, paragraph 8", phrase="annex II, paragraph 8, of its "
                                                                               "resolution 71/1")]},
        {"n": 2, "file": "A_RES_71_280.txt", "label": "10", "stratum": "other", "references": []},
        {"n": 3, "file": "A_RES_71_280.txt", "label": "22 (c)", "stratum": "internal", "references": [
            _gold(label="22", phrase="the present paragraph")]},
        {"n": 4, "file": "A_RES_71_280.txt", "label": "23", "stratum": "internal", "references": [
            {"phrase": "paragraphs 15 and 22 above", "targets": [{"document": None, "name": None, "label": "15"},
                                                                {"document": None, "name": None, "label": "21"}]}]},
        {"n": 5, "file": "A_RES_71_280.txt", "label": "footnote 2", "stratum": "resolution", "references": [
            _gold(document="A/RES/69/313", label="annex", phrase="Resolution 69/313, annex")]},
    ]
    predicted = bench.predict(rows, TEXTS)
    assert predicted[2] == []  # 10 uses the term "phase I" only
    total, per_kind, differ = bench.score(rows, predicted)
    assert (total["gold"], total["ours"], total["hit"]) == (5, 5, 4)  # 21 is labelled wrongly on purpose
    assert per_kind["internal"]["hit"] == 2 and per_kind["part"]["hit"] == 2
    [(row, expected, got)] = differ
    assert row["n"] == 4 and [t["label"] for t in expected] == ["21"] and [t["label"] for t in got] == ["22"]


def test_a_unit_is_its_text_when_the_parse_numbers_anew(bench):
    """Branch refs: the bundled A/RES/78/310, whose preambular paragraphs the parse numbers anew since the sample was
    drawn (the sample's n 61 is keyed "PP6"; its text, "Recalling also its resolution 78/10 ...", is PP5 now): the
    unit's references are those of the paragraph that holds its text; a unit whose label still holds its text, or
    whose text no paragraph holds alone, keeps its label."""
    res = resparse_parse(FIXTURES_DIR / "A_RES_78_310.txt")
    texts = {p.label: p.text for p in res.walk()}
    pp5 = texts["PP5"]
    assert pp5.startswith("Recalling also its resolution 78/10")
    assert bench.unit_label({"label": "PP6", "text": " ".join(pp5.split())}, texts) == "PP5"
    assert bench.unit_label({"label": "PP5", "text": pp5}, texts) == "PP5"
    assert bench.unit_label({"label": "PP6", "text": "Recalling also"}, texts) == "PP6"
    rows = [{"n": 1, "file": "A_RES_78_310.txt", "label": "PP6", "text": pp5, "references": [
        _gold(document="A/RES/78/10", phrase="resolution 78/10")]}]
    total, _, _ = bench.score(rows, bench.predict(rows, FIXTURES_DIR))
    assert (total["gold"], total["ours"], total["hit"]) == (1, 1, 1)


def test_label_files_are_validated_against_the_drawn_sample(bench, tmp_path):
    drawn = [{"n": 1, "stratum": "other", "file": "f.txt", "label": "1", "text": "Notes."},
             {"n": 2, "stratum": "other", "file": "f.txt", "label": "2", "text": "Decides."}]
    good = [{**drawn[0], "references": []},
            {**drawn[1], "references": [_gold(document="A/RES/77/40")]}]
    assert bench.validate(good, drawn) == []
    bad = [{**drawn[0], "text": "Notes!", "references": []},
           {**drawn[1], "references": [{"phrase": "x", "targets": [{"document": None, "name": None, "label": None}]}]},
           {"n": 3, "references": []}]
    problems = bench.validate(bad, drawn)
    assert any("n=1: text" in p for p in problems) and any("n=2" in p and "empty" in p for p in problems)
    assert any("n=3: not in the drawn sample" in p for p in problems)
    assert bench.validate(good[:1], drawn) == ["n=2: not labelled"]
    path = tmp_path / "part.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in good) + "\n", encoding="utf-8")
    assert bench.main(["--labels", str(path), "--corpus", str(tmp_path / "none")]) == 2  # no corpus
    assert bench.main(["--labels", str(tmp_path / "missing.jsonl")]) == 2
    # another sample's files are validated against their own drawn sample, a half by its units
    assert bench.drawn_sample(tmp_path / "references_internal.dev.jsonl") == \
        tmp_path / "references_internal.unlabelled.jsonl"
    (tmp_path / "part.unlabelled.jsonl").write_text("\n".join(json.dumps(d) for d in drawn) + "\n", encoding="utf-8")
    one = tmp_path / "part.half.jsonl"
    one.write_text(json.dumps(good[0]) + "\n", encoding="utf-8")
    assert bench.main(["--validate", "--labels", str(one)]) == 1  # n=2 not labelled
    assert bench.main(["--validate", "--labels", str(one), "--units", "1-1"]) == 0
    assert bench.main(["--validate", "--labels", str(one), "--units", "one"]) == 2


def _below(counts: dict, floors: dict) -> list[str]:
    return [f"{name} {c['precision']:.3f}/{c['recall']:.3f} < {p}/{r}" for name, (p, r) in floors.items()
            for c in [counts[name]] if c["precision"] < p or c["recall"] < r]


def test_the_figures_keep_their_floor(bench, corpus_dir):
    """The 150 labelled units (tests/labels/references_sample.part*.jsonl) against the code: first measured at
    precision 0.769 / recall 0.754 (README, "Measured against hand labels"); the floors sit just under the figures
    after the fixes by kind, the internal sample's and its held-out half's (0.909 / 0.888; resolution 0.986 / 0.971,
    symbol 1.000 / 0.943, part 0.895 / 0.816, internal 0.524 / 0.917 -- internal labels compared in a part's normal
    form since the held-out half: 0.364 / 0.667 before). Branch refs-e (a locator tied to a document named near it is
    that document's part): 0.949 / 0.927, part 0.902 / 0.888, internal 1.000 / 0.917. Branch refs (the twentieth
    session's kinds, tests/test_references_refs20.py): 0.969 / 0.973 with the scorer as it was; with its three rules
    of that branch (a unit is its text, "Article 73 b" = "73 (b)", "18– 22" = "18–22" in a name) 0.981 / 0.985,
    resolution 1.000 / 1.000, symbol 1.000 / 1.000, part 0.960 / 0.968, internal 1.000 / 1.000."""
    if not all(p.is_file() for p in bench.LABELS):
        pytest.skip("the references sample's labels are not here")
    rows = bench.units()
    assert len(rows) == 150 and bench.validate(rows, bench.units(bench.UNLABELLED)) == []
    total, per_kind, _ = bench.score(rows, bench.predict(rows, corpus_dir))
    assert _below({"all": total, **per_kind}, {
        "all": (0.97, 0.98), "resolution": (0.99, 0.99), "symbol": (0.99, 0.99), "part": (0.95, 0.96),
        "internal": (0.99, 0.99)}) == []


def test_the_internal_sample_development_half_keeps_its_floor(bench, corpus_dir):
    """The development half of the internal-references sample (tests/labels/references_internal.dev.jsonl, units
    1-30 of bench/sample_references.py's internal stratum, seed 2030, labelled blind): first measured at 0.922 /
    0.922 (paragraphs of the same text 0.850 / 0.850, parts of other documents 0.949 / 0.949); after the fixes by
    kind 1.000 / 1.000 (no longer blind). The held-out half (units 31-60) is not read here: the lead measures it.
    Branch parse-a: 1.000 / 0.984 (internal 1.000 / 0.950). Unit 3 is keyed "annex article 36.1" of 79/243, whose
    text, as labelled, was that paragraph's items "(a) ... (b) ... (c) ..." glued on ("1." / "(a)" on their own
    lines); they are 36.1 (a) to (c) now, and the reference the unit labels ("paragraph 1 (a) of this article",
    36.1 (a)) is found, in 36.1 (b), which the unit's key does not name. The label is not changed. Branch refs-k:
    unit 30 is keyed "annex article 2.1" of 79/243, the first of the interpretative notes annexed after the
    Convention, which the parse read as article 2's paragraphs; the notes are "annex II 1" to "5" now, and the three
    references the unit labels are found there (tests/test_references_kinds.py, the bare sub-paragraph test), under
    a key the unit does not name: 1.000 / 0.938 (internal 1.000 / 0.800). The label is not changed. Branch refs: a
    unit is its text (the scorer reads unit 30's references from "annex II 1", the paragraph that holds its text):
    1.000 / 0.984 (internal 1.000 / 0.950)."""
    path = bench.LABEL_DIR / "references_internal.dev.jsonl"
    if not path.is_file():
        pytest.skip("the internal sample's labels are not here")
    rows = bench.units(path)
    drawn = [d for d in bench.units(bench.drawn_sample(path)) if d["n"] <= 30]
    assert len(rows) == 30 and bench.validate(rows, drawn) == []
    total, per_kind, _ = bench.score(rows, bench.predict(rows, corpus_dir))
    assert _below({"all": total, **per_kind}, {
        "all": (0.98, 0.97), "internal": (0.98, 0.93), "part": (0.97, 0.95), "resolution": (0.99, 0.99)}) == []
