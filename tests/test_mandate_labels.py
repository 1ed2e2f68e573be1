"""A floor on the mandate figures against the hand labels (tests/labels/mandates_sample.jsonl, GUIDELINE.md):
bench/bench_mandates_labels.py prints them; this keeps them from falling. Skips without ../shared/corpus."""

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_mandates_labels.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_mandates_labels", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _below(counts: dict, floors: dict) -> list[str]:
    """The fields whose precision or recall fell under its floor ({field: (precision, recall)})."""
    return [f"{f} {c['precision']:.3f}/{c['recall']:.3f} < {p}/{r}" for f, (p, r) in floors.items()
            for c in [counts[f]] if c["precision"] < p or c["recall"] < r]


def test_precision_and_recall_per_field_keep_their_floor(corpus_dir):
    bench = _bench()
    rows = bench.units()
    assert len(rows) == 200
    counts, _ = bench.score(rows, bench.predict(rows, corpus_dir))
    # the goal of issue 9 is actor precision and recall >= 0.95; the other floors sit just under the figures
    # measured when this test was written (actor 0.993 / 0.974, verb 1.000 / 0.975, deadline 0.895 / 0.850, report 0.889 / 0.800),
    # deadline raised after its kinds were read (0.952 / 1.000, then 1.000 / 1.000; actor 0.993 / 0.980, verb 1.000 / 0.983);
    # report raised after the kinds of deadlines and reports were read (0.889 / 0.800 -> 1.000 / 1.000; when it is due
    # 1.000 / 0.889 -> 1.000 / 1.000)
    assert _below(counts, {"actor": (0.95, 0.95), "verb": (0.97, 0.97), "deadline": (0.95, 0.95),
                           "report": (0.95, 0.95), "report_when": (0.95, 0.95)}) == []


def test_scoring_counts_a_miss_and_an_extra():
    bench = _bench()
    row = {"n": 1, "mandates": [{"verb": "requests", "actors": [{"name": "Secretary-General", "relation": "direct"}],
                                 "passive": False, "deadlines": ["at its eightieth session"], "report": None}]}
    ours = {1: [{"verb": "invites", "actors": [{"name": "Member States"}], "passive": False, "deadlines": [],
                 "report": None}]}
    counts, differ = bench.score([row], ours)
    assert counts["actor"]["hit"] == 0 and counts["verb"]["hit"] == 0 and counts["deadline"]["recall"] == 0
    assert differ["actor"] == [1]
    same = {1: [{"verb": "requests", "actors": [{"name": "Secretary-General", "as_written": "the Secretary-General"}],
                 "passive": False, "deadlines": ["at its eightieth session"], "report": None}]}
    counts, _ = bench.score([row], same)
    assert all(counts[f]["precision"] == 1.0 and counts[f]["recall"] == 1.0 for f in ("actor", "verb", "deadline"))


def test_several_label_files_are_one_sample(tmp_path):
    """--labels takes the parts of a sample (mandates_hard.part1.jsonl, part2 ...): their units are pooled, a unit
    number that comes again in a later part keeps its own key."""
    bench = _bench()
    row = {"n": 1, "file": "A_RES_71_280.txt", "label": "1", "mandates": []}
    a, b = tmp_path / "part1.jsonl", tmp_path / "part2.jsonl"
    a.write_text(json.dumps(row) + "\n", encoding="utf-8")
    b.write_text(json.dumps({**row, "n": 2}) + "\n" + json.dumps(row) + "\n", encoding="utf-8")
    rows = bench.units(a, b)
    assert [r["n"] for r in rows] == [1, 2, "part2.jsonl:1"]
    assert bench.main(["--labels", str(tmp_path / "missing.jsonl"), "--corpus", str(tmp_path)]) == 2


HARD = [Path(__file__).resolve().parent / "labels" / f"mandates_hard.part{i}.jsonl" for i in (1, 2)]


def test_the_second_sample_keeps_its_floor(corpus_dir):
    """The second sample (150 units in five strata, GUIDELINE.md) as one: first measured on this code at actor
    0.930 / 0.898, verb 0.978 / 0.899, deadline 0.941 / 0.842, report 0.962 / 0.893; the floors sit just under the
    figures after the fixes of kinds seen in its misses (actor 0.939 / 0.907, verb 0.978 / 0.899, deadline 0.949 /
    0.974, report 0.964 / 0.964; then actor 0.956 / 0.915, verb 0.989 / 0.909; after the binding fixes of the
    decision, via and first-person kinds, actor 0.983 / 0.958, verb 0.979 / 0.939; with the kinds of deadlines and
    reports read, deadline 0.974 / 1.000, report 1.000 / 1.000, its recurrence 1.000 / 0.333 -> 1.000 / 1.000).
    Branch parse-a: actor 0.991 / 0.958 -> 0.991 / 0.924, verb 0.989 / 0.939 -> 0.989 / 0.929. Unit 46 is keyed
    "annex U21" of 79/323, an unnumbered paragraph that the parse made of items (l) to (q) of annex paragraph 59
    (its note says so); with the items under 59, its mandates are found in 59 (n) (invites Member States,
    international organizations, foundations, the private sector) and 59 (q) (requests the inter-agency task team,
    missed before), which the key does not name. The label is not changed."""
    if not all(p.is_file() for p in HARD):
        pytest.skip("the second sample's labels are not here")
    bench = _bench()
    rows = bench.units(*HARD)
    assert len(rows) == 150
    counts, _ = bench.score(rows, bench.predict(rows, corpus_dir))
    assert _below(counts, {"actor": (0.96, 0.92), "verb": (0.96, 0.92), "deadline": (0.95, 0.97),
                           "report": (0.97, 0.97), "report_when": (0.95, 0.95), "recurrence": (0.95, 0.95)}) == []


_LABELS = Path(__file__).resolve().parent / "labels"


@pytest.mark.parametrize("files, n, floors", [
    # the third sample (seed 2029), blind at first: actor 0.986 / 0.857, verb 1.000 / 0.891; on main at the end of
    # the README's seventh session actor 1.000 / 0.976, verb 1.000 / 1.000, deadline 0.917 / 1.000, report 1.000 / 1.000
    # deadline 1.000 / 1.000 once the year of an event named in the object was no deadline (branch mand-e)
    (("mandates_fresh.jsonl",), 100,
     {"actor": (0.98, 0.95), "verb": (0.98, 0.98), "deadline": (0.95, 0.95), "report": (0.95, 0.95)}),
    # the fourth (seed 2030), blind until the seventh session: actor 0.956 / 0.903, verb 1.000 / 0.937, report
    # 1.000 / 0.800; after its kinds were fixed (branches mand-h, mand-rd) every field 1.000 / 1.000
    (("mandates_fresh2.part1.jsonl", "mandates_fresh2.part2.jsonl"), 100,
     {"actor": (0.98, 0.98), "verb": (0.98, 0.98), "deadline": (0.95, 0.95), "report": (0.95, 0.95),
      "report_when": (0.95, 0.95)}),
    # the fifth (seed 2031), labelled blind in the seventh session: first actor 0.878 / 0.775, verb 0.958 / 0.885,
    # deadline 1.000 / 0.700, report 0.500 / 0.500; after the session's merges (its units unread by the developers
    # of the actor kinds) actor 0.932 / 0.804, verb 0.979 / 0.904, deadline 1.000 / 0.800, report 0.667 / 0.500
    # In the eighth session its misses were handed on as kinds (branches mand-a, mand-d, rep-g): actor 1.000 / 0.990,
    # verb, deadline, report 1.000 / 1.000 — no longer blind; branch f16 (the twenty-first session: "organizations
    # and bodies of the United Nations system" two actors, 78/271 3 (a)) actor 1.000 / 1.000
    (("mandates_fresh3.part1.jsonl", "mandates_fresh3.part2.jsonl"), 100,
     {"actor": (0.98, 0.98), "verb": (0.98, 0.98), "deadline": (0.95, 0.95), "report": (0.95, 0.95),
      "report_when": (0.95, 0.95)}),
    # the sixth (seed 2032), labelled blind in the eighth session by two helper sessions reading the texts only,
    # kept out of the developers' sight: on main before that session's work (26311dd) and after all its merges
    # the same figures, actor 0.983 / 0.879, verb 1.000 / 0.918, deadline 1.000 / 0.500, report 1.000 / 0.667 (the
    # session's kinds were other kinds: see the README). In the ninth session its misses were fixed as kinds
    # (branches mand-s, mand-e): actor 0.985 / 0.985, verb 1.000 / 1.000, deadline 1.000 / 0.875 with mand-e alone,
    # report 1.000 / 1.000 — no longer blind
    (("mandates_fresh4.part1.jsonl", "mandates_fresh4.part2.jsonl"), 100,
     {"actor": (0.97, 0.97), "verb": (0.98, 0.98), "deadline": (0.95, 0.85), "report": (0.95, 0.95)}),
    # the seventh (seed 2033), labelled blind in the ninth session by two helper sessions reading the texts only,
    # kept out of that session's developers' sight: on main before the session's work (3367302) and after all its
    # merges the same figures, actor 0.973 / 0.960, verb 0.966 / 0.983, deadline 1.000 / 0.909, report 1.000 / 1.000.
    # In the tenth session its misses were fixed as kinds (branch mand-k; "Parties to the Convention" left to
    # mand-p): actor 0.987 / 0.987, verb, deadline, report 1.000 / 1.000 — no longer blind
    (("mandates_fresh5.part1.jsonl", "mandates_fresh5.part2.jsonl"), 100,
     {"actor": (0.98, 0.98), "verb": (0.98, 0.98), "deadline": (0.95, 0.95), "report": (0.95, 0.95)}),
    # the eighth (seed 2034), labelled blind in the tenth session by two helper sessions reading the texts only,
    # kept out of that session's developers' sight: on main before the session's work (0f9ea68) actor 0.976 / 0.943,
    # verb 0.968 / 0.984, deadline 0.889 / 0.571, report 0.857 / 0.857; after all its merges (931cf6f) actor
    # 0.988 / 0.943, verb 0.984 / 0.984, deadline 0.889 / 0.571, report 0.714 / 0.714 (a special rapporteur's report
    # whose receiver is not written is now "not stated": branch rep-t). Its misses: tests/labels/GUIDELINE.md. In
    # the eleventh session its misses were fixed as kinds, so it is no longer blind: reports (branch rep-t2) report
    # 1.000 / 1.000; actors and verbs (branch mand-r) actor 1.000 / 0.989, verb 1.000 / 1.000; deadlines (branch
    # dl-y) deadline 1.000 / 0.929
    (("mandates_fresh6.part1.jsonl", "mandates_fresh6.part2.jsonl"), 100,
     {"actor": (0.98, 0.97), "verb": (0.98, 0.98), "deadline": (0.95, 0.90), "report": (0.95, 0.95)}),
    # the ninth (seed 2035), labelled blind in the eleventh session by two helper sessions reading the texts only,
    # kept out of that session's developers' sight: on main before the session's work (e1dfc8b) and after all its
    # merges (3de6335) the same figures, actor 0.958 / 0.939, verb 1.000 / 1.000, deadline 0.750 / 0.750, report
    # 0.714 / 0.714. Its misses: tests/labels/GUIDELINE.md. In the twelfth session its report misses were fixed as
    # kinds (branch rep-u): report 1.000 / 1.000, recurrence 1.000 / 1.000 (none predicted, none labelled); and its
    # deadline misses (branch dl-z: "pending <event>", a chapeau's "within a decade", a goal's time): 1.000 / 1.000;
    # and its actor kinds (branch act-x): actor 1.000 / 0.990
    (("mandates_fresh7.part1.jsonl", "mandates_fresh7.part2.jsonl"), 100,
     {"actor": (0.98, 0.98), "verb": (0.98, 0.98), "deadline": (0.95, 0.95), "report": (0.95, 0.95)}),
    # the tenth (seed 2036), labelled blind in the twelfth session by two helper sessions reading the texts only, kept
    # out of that session's developers' sight: on main before the session's work (46b9919) and after all its merges
    # (17f4e3d) the same figures, actor 0.980 / 0.875, verb 0.984 / 0.939, deadline 0.875 / 0.875, report 1.000 /
    # 0.750. Its misses (the next session's kinds): tests/labels/GUIDELINE.md. In the thirteenth session its actor and
    # verb kinds were fixed (branch act-y): actor 1.000 / 1.000, verb 1.000 / 1.000; its deadline kinds (branch dl-a):
    # deadline 1.000 / 1.000; its report misses (branch rep-v): report 1.000 / 1.000, recurrence 2 of 2
    (("mandates_fresh8.part1.jsonl", "mandates_fresh8.part2.jsonl"), 100,
     {"actor": (0.98, 0.98), "verb": (0.98, 0.98), "deadline": (0.95, 0.95), "report": (0.95, 0.95)}),
    # the eleventh (seed 2037), labelled blind in the thirteenth session by two helper sessions reading the texts
    # only, kept out of that session's developers' sight: on main before the session's work (1d2fa6b) actor 0.972 /
    # 0.921, verb 1.000 / 0.942, deadline 0.889 / 0.727, report 1.000 / 0.800; after all its merges (efcd9d0) actor
    # 0.973 / 0.965, verb 1.000 / 0.957, deadline 0.900 / 0.818, report 1.000 / 0.800. Its misses (the next session's
    # kinds): tests/labels/GUIDELINE.md. In the fourteenth session its actor and verb kinds (branch act-z, with one
    # entry per verb written in the bench: ``Mandate.verb_at``): actor 0.983 / 0.991, verb 1.000 / 1.000, deadline
    # 0.909 / 0.909, report 1.000 / 1.000, recurrence 1 of 1 (the actor left: 79/155 15 (q), "funds and programmes"
    # kept whole as the earlier samples keep it); with its deadline kinds (branch dl-b) and mand-u's duplicate actors,
    # after all the fourteenth session's merges: actor 1.000 / 0.991, verb 1.000 / 1.000, deadline 1.000 / 1.000,
    # report 1.000 / 1.000, report_when 0.800 / 1.000
    (("mandates_fresh9.part1.jsonl", "mandates_fresh9.part2.jsonl"), 100,
     {"actor": (0.98, 0.98), "verb": (0.98, 0.98), "deadline": (0.95, 0.95), "report": (0.95, 0.95)}),
    # the twelfth (seed 2038), labelled blind in the fourteenth session by two helper sessions reading the texts
    # only, kept out of that session's developers' sight: on main before the session's work (0864092) actor 0.928 /
    # 0.939, verb 1.000 / 0.948, deadline 1.000 / 0.786, report 1.000 / 1.000; after all its merges actor 0.929 /
    # 0.951, verb 1.000 / 0.966, deadline 1.000 / 0.857, report 1.000 / 1.000. Its misses (the next session's kinds):
    # tests/labels/GUIDELINE.md. In the fifteenth session its deadline miss "during the Conference" (branch dl-c):
    # deadline 1.000 / 0.929; after all the fifteenth session's merges (its kinds: branches mand-x, act-a, dl-c)
    # actor 1.000 / 1.000, verb 1.000 / 1.000, deadline 1.000 / 1.000, report 1.000 / 1.000
    (("mandates_fresh10.part1.jsonl", "mandates_fresh10.part2.jsonl"), 100,
     {"actor": (0.98, 0.98), "verb": (0.98, 0.98), "deadline": (0.95, 0.95), "report": (0.95, 0.95)}),
    # the thirteenth (seed 2039), labelled blind in the fifteenth session by two helper sessions reading the texts
    # only, kept out of that session's developers' sight: on main before the session's work (4fdb5cf) and after all
    # its merges the same figures, actor 0.914 / 0.988, verb 0.967 / 0.983, deadline 0.727 / 0.727, report 1.000 /
    # 1.000, report_when 1.000 / 0.800. Its misses (the next session's kinds): tests/labels/GUIDELINE.md. In the
    # sixteenth session its kinds were fixed: branch dl-d ("until <event>", "at" an event) deadline 0.786 / 1.000,
    # report_when 1.000 / 1.000; branch mand-y ("invites the initiative", a chapeau "... by:") actor 1.000 / 1.000,
    # verb 1.000 / 1.000; both merged: deadline 0.917 / 1.000, the other fields 1.000 / 1.000
    (("mandates_fresh11.part1.jsonl", "mandates_fresh11.part2.jsonl"), 100,
     {"actor": (0.98, 0.98), "verb": (0.98, 0.98), "deadline": (0.90, 0.95), "report": (0.95, 0.95),
      "report_when": (0.95, 0.95)}),
    # the fourteenth (seed 2040), labelled blind in the sixteenth session by two helper sessions reading the texts
    # only, kept out of that session's developers' sight: on main before the session's work (31a8a61) and after all
    # its merges the same figures, actor 1.000 / 0.963, verb 1.000 / 0.983, deadline 1.000 / 0.875, report 1.000 /
    # 1.000, report_when 1.000 / 1.000. Its misses (the next session's kinds): tests/labels/GUIDELINE.md. After the
    # seventeenth session's actor kinds (branch mand-a: "the relevant parts of the United Nations system") actor and
    # verb 1.000 / 1.000; after its deadline kind (branch dl-e: "early in the national review process") deadline
    # 1.000 / 1.000
    (("mandates_fresh12.part1.jsonl", "mandates_fresh12.part2.jsonl"), 100,
     {"actor": (0.98, 0.98), "verb": (0.98, 0.98), "deadline": (0.95, 0.95), "report": (0.95, 0.95)}),
    # the fifteenth (seed 2041), labelled blind in the seventeenth session by two helper sessions reading the texts
    # only, kept out of that session's developers' sight: on main before the session's work (08e3be8) and after all
    # its merges the same figures, actor 0.947 / 0.889, verb 1.000 / 0.967, deadline 0.933 / 0.933, report 0.714 /
    # 0.833, report_when 1.000 / 0.800. Its misses (the next session's kinds): tests/labels/GUIDELINE.md. In the
    # nineteenth session its report kinds were fixed (branch rep): report 1.000 / 1.000, report_when 1.000 / 1.000;
    # its deadline misses as kinds (branch dl: a session and its time one deadline, a passive convening dates the
    # decision): deadline 1.000 / 1.000; branch mand-b ("that Governments be inclusive", "will be invited"): actor
    # 0.961 / 0.901, verb 1.000 / 0.984; branch mand-a ("the Government"
    # named before, "all concerned States", a participle after an "of" complement, coordinated adjectives inside a
    # complement, "those organizations" with the list's members): actor 0.988 / 0.988 on its own; after all the session's merges every
    # field 1.000 / 1.000
    (("mandates_fresh13.part1.jsonl", "mandates_fresh13.part2.jsonl"), 100,
     {"actor": (0.97, 0.97), "verb": (0.98, 0.97), "deadline": (0.95, 0.95), "report": (0.95, 0.95),
      "report_when": (0.95, 0.95)}),
    # the sixteenth (seed 2042), labelled blind in the nineteenth session by two helper sessions reading the texts
    # only, kept out of that session's developers' sight: on main at 971ee65 actor 1.000 / 1.000 (74), verb 1.000 /
    # 1.000 (54), deadline 0.833 / 1.000 (5 labels, 6 ours: 79/144 16 "at its twenty-second session"), no report
    # labelled (a report read where none is labelled lowers report precision). GUIDELINE: its section. After all the
    # session's merges every field 1.000 / 1.000 (the deadline of 79/144 16 mended by branch dl, which knew the case
    # from the corpus: not a blind figure for that unit)
    (("mandates_fresh14.part1.jsonl", "mandates_fresh14.part2.jsonl"), 100,
     {"actor": (0.97, 0.97), "verb": (0.97, 0.97), "deadline": (0.95, 0.95), "report": (0.95, 0.95)}),
    # the seventeenth (seed 2043, units whose text names a report or a time: bench/sample_fresh_clauses.py
    # --containing REPORT_OR_TIME), labelled blind in the twentieth session by two helper sessions reading the texts
    # only: on main at 31ac8cf actor 0.989 / 0.968 (93), verb 1.000 / 0.971 (70), deadline 0.889 / 0.923 (26),
    # report 1.000 / 1.000 (13), report_when 1.000 / 1.000 (11). GUIDELINE: its section (decisions, misses). Its
    # kinds fixed in the same session (branch f15: "the Chair of the Working Group", a noun phrase under "by means of:",
    # "for 2025" of an appropriation, a goal's year in a programme's name): actor 1.000 / 0.989, verb 1.000 / 0.986,
    # deadline 0.962 / 0.962 (left: 79/116 15, 79/226 31). In the twenty-first session "invites further comments from
    # Member States" inside a decision (79/116 15, n 64; branch mfix): actor 1.000 / 1.000, verb 1.000 / 1.000,
    # deadline 0.963 / 1.000
    (("mandates_fresh15.part1.jsonl", "mandates_fresh15.part2.jsonl"), 100,
     {"actor": (0.99, 0.99), "verb": (0.99, 0.99), "deadline": (0.95, 0.95), "report": (0.95, 0.95),
      "report_when": (0.95, 0.95)}),
    # the eighteenth (seed 2044, drawn as the seventeenth: --containing REPORT_OR_TIME), labelled blind in the
    # twenty-first session by two helper sessions reading the texts only: on main at fccede5 actor 0.991 / 0.965
    # (115), verb 1.000 / 0.985 (66), deadline 0.923 / 0.889 (27), report 1.000 / 0.833 (18), report_when 1.000 /
    # 0.909 (11). GUIDELINE: its section (decisions, misses). Its kinds fixed in the same session (branch f16:
    # heads sharing "of the United Nations system", "with a view to reporting", the Olympic Truce's period): actor
    # 1.000 / 0.983, deadline 0.962 / 0.926, report 1.000 / 0.889, report_when 1.000 / 1.000 (left: 80/246 5 (e),
    # 80/53 4, 80/198 22, 79/66 7, 78/253 XII.5); the twenty-seventh session (branches deadline7 and f22, each on its
    # own) read 79/66 7's "by 2030 (Caribbean Firearms Roadmap)" as a year inside a name: deadline 0.963 / 0.963 ->
    # 1.000 / 0.963
    (("mandates_fresh16.part1.jsonl", "mandates_fresh16.part2.jsonl"), 100,
     {"actor": (0.98, 0.97), "verb": (0.98, 0.97), "deadline": (0.99, 0.94), "report": (0.95, 0.87),
      "report_when": (0.95, 0.95)}),
    # the nineteenth (seed 2045, drawn at random like the first fifteen: no --containing), labelled blind in the
    # twenty-second session by two helper sessions reading the texts only: on main at 214a9e0 actor 0.950 / 0.927
    # (82), verb 0.966 / 0.934 (61), deadline 0.929 / 0.812 (16), report 1.000 / 1.000 (6), report_when 1.000 /
    # 1.000 (6). GUIDELINE: its section (decisions, misses). Its misses fixed as kinds (branch f17): actor 1.000 /
    # 0.988, verb 1.000 / 0.984, deadline 1.000 / 1.000 (left: 79/1 adopted 47 (a), "including by recommending that")
    (("mandates_fresh17.part1.jsonl", "mandates_fresh17.part2.jsonl"), 100,
     {"actor": (0.98, 0.97), "verb": (0.98, 0.97), "deadline": (0.95, 0.95), "report": (0.95, 0.95),
      "report_when": (0.95, 0.95)}),
    # the twentieth (seed 2046, --containing REPORT_OR_TIME like the seventeenth and eighteenth), labelled blind in
    # the twenty-third session by two helper sessions reading the texts only: on main at fbfcb73 actor 0.988 / 0.988
    # (84), verb 1.000 / 1.000 (62), deadline 0.875 / 0.913 (23), report 0.800 / 0.857 (14), report_when 0.900 /
    # 0.900 (10). GUIDELINE: its section (decisions, misses). Its misses fixed as kinds in the same session (branch
    # f18): actor 1.000 / 1.000, verb 1.000 / 1.000, deadline 0.958 / 1.000, report 0.857 / 0.857, report_when 1.000 /
    # 1.000 (left: 78/128 19, 78/215 25, 80/109 107, and 78/290 10's "not stated"); the twenty-fourth session (branch
    # dfix4): deadline 1.000 / 1.000 (78/128 19's "announced at the Conference" no deadline; its report still missed);
    # the twenty-sixth (branch mfix6): report 0.923 / 0.857 (78/290 10, businesses' own reporting, no report); the
    # twenty-eighth (branch mfix8): report 1.000 / 0.929 (78/215 25's data made available to the relevant entities,
    # 80/109 107's report to the flag State concerned no report; left: 78/128 19)
    (("mandates_fresh18.part1.jsonl", "mandates_fresh18.part2.jsonl"), 100,
     {"actor": (0.98, 0.98), "verb": (0.98, 0.98), "deadline": (0.98, 0.98), "report": (0.98, 0.92),
      "report_when": (0.98, 0.98)}),
    # the twenty-first (seed 2047, drawn at random like the nineteenth: no --containing), labelled blind in the
    # twenty-fourth session by two helper sessions reading the texts only: on main at 1499479 actor 0.978 / 0.967
    # (91), verb 1.000 / 0.983 (60), deadline 0.917 / 0.917 (12), report 1.000 / 1.000 (3), report_when 1.000 /
    # 1.000 (2). GUIDELINE: its section (decisions, misses). Its misses fixed as kinds in the same session (branch
    # f19): actor 0.989 / 0.989, verb 1.000 / 1.000, deadline 1.000 / 1.000 (left: 79/145 73, the round's decision, an
    # unsure label)
    (("mandates_fresh19.part1.jsonl", "mandates_fresh19.part2.jsonl"), 100,
     {"actor": (0.98, 0.98), "verb": (0.98, 0.98), "deadline": (0.98, 0.98), "report": (0.95, 0.95),
      "report_when": (0.95, 0.95)}),
    # the twenty-second (seed 2048, --containing REPORT_OR_TIME like the twentieth), labelled blind in the
    # twenty-fifth session by two helper sessions reading the texts only: on main at 2032122 actor 0.986 / 0.958
    # (71), verb 0.984 / 1.000 (63), deadline 0.867 / 0.897 (29), report 1.000 / 1.000 (14), report_when 1.000 /
    # 0.727 (11). GUIDELINE: its section (decisions, misses). Its misses fixed as kinds in the same session (branch
    # f20): actor 1.000 / 0.958, verb 1.000 / 1.000, deadline 0.967 / 1.000, report 1.000 / 1.000, report_when 1.000
    # / 0.909 (left: 80/185 49's "those of" via entries, 78/132 58's "in 2024" of the forum's Co-Chairs and 79/260 2's
    # report time, unsure labels the earlier rules read otherwise). The twenty-sixth session (branch f21): n 18
    # relabelled by the lead's decision (one via entry, "Governments of countries of origin, transit and
    # destination") and read so: actor 1.000 / 1.000
    (("mandates_fresh20.part1.jsonl", "mandates_fresh20.part2.jsonl"), 100,
     {"actor": (0.99, 0.99), "verb": (0.99, 0.99), "deadline": (0.96, 0.99), "report": (0.99, 0.99),
      "report_when": (0.99, 0.90)}),
    # the twenty-third (seed 2049, at random like the twenty-first), labelled blind in the twenty-sixth session by
    # two helper sessions reading the texts only: on main at 5429932 actor 0.979 / 1.000 (95), verb 0.979 / 1.000
    # (46), deadline 1.000 / 1.000 (4), report 1.000 / 1.000 (2). GUIDELINE: its section (decisions, misses). Its
    # misses fixed as kinds in the same session (branch f21): every field 1.000 / 1.000
    (("mandates_fresh21.part1.jsonl", "mandates_fresh21.part2.jsonl"), 100,
     {"actor": (0.99, 0.99), "verb": (0.99, 0.99), "deadline": (0.98, 0.98), "report": (0.95, 0.95),
      "report_when": (0.95, 0.95)}),
    # the twenty-fourth (seed 2050, --containing REPORT_OR_TIME like the twenty-second), labelled blind in the
    # twenty-seventh session by two helper sessions reading the texts only: on main at 3b93b23 actor 1.000 / 0.986
    # (73), verb 1.000 / 1.000 (67), deadline 0.895 / 0.971 (35), report 1.000 / 1.000 (11), report_when 1.000 /
    # 1.000 (11), recurrence 1.000 / 1.000 (2). GUIDELINE: its section (decisions, misses). Its misses fixed as kinds
    # in the same session (branch f22): every field 1.000 / 1.000
    (("mandates_fresh22.part1.jsonl", "mandates_fresh22.part2.jsonl"), 100,
     {"actor": (0.99, 0.99), "verb": (0.99, 0.99), "deadline": (0.99, 0.99), "report": (0.99, 0.99),
      "report_when": (0.99, 0.99)}),
    # the twenty-fifth (seed 2051, at random like the twenty-third), labelled blind in the twenty-eighth session by
    # two helper sessions reading the texts only: on main at 09f66c4 actor 1.000 / 0.953 (107), verb 1.000 / 0.968
    # (63), deadline 0.727 / 0.800 (10), report 1.000 / 0.750 (4), report_when 1.000 / 1.000 (3). GUIDELINE: its
    # section (decisions, unsure units). Its misses fixed as kinds in the same session (branch f23): actor 1.000 /
    # 0.991, verb 1.000 / 0.984, deadline 0.818 / 0.900, report 1.000 / 0.750 (left: unsure units, GUIDELINE branch f23)
    (("mandates_fresh23.part1.jsonl", "mandates_fresh23.part2.jsonl"), 100,
     {"actor": (0.99, 0.99), "verb": (0.99, 0.98), "deadline": (0.81, 0.90), "report": (0.99, 0.75),
      "report_when": (0.99, 0.99)}),
    # the twenty-sixth (seed 2052, REPORT_OR_TIME like the twenty-fourth), labelled blind in the twenty-ninth session
    # by two helper sessions reading the texts only: on main at 4cf87b5 actor 0.987 / 0.987 (77), verb 1.000 / 1.000
    # (69), deadline 1.000 / 0.903 (31), report 0.938 / 0.938 (16), report_when 1.000 / 0.846 (13); every miss on a
    # unit marked unsure. GUIDELINE: its section (decisions, unsure units)
    # after its kinds (branch f24; 80/119 7's receiver relabelled "not stated" by the data rule): every field 1.000 / 1.000
    (("mandates_fresh24.part1.jsonl", "mandates_fresh24.part2.jsonl"), 100,
     {"actor": (0.99, 0.99), "verb": (0.99, 0.99), "deadline": (0.99, 0.99), "report": (0.99, 0.99),
      "report_when": (0.99, 0.99)}),
    # the twenty-seventh (seed 2053, at random), labelled blind in the thirtieth session by two helper sessions reading
    # the texts only: on main at 0b13cb9 actor 0.989 / 1.000 (91), verb 1.000 / 1.000 (58), deadline 1.000 / 1.000
    # (11), report 1.000 / 0.600 (5), report_when 1.000 / 0.500 (4). GUIDELINE: its section (decisions, unsure units)
    # after its kinds (branch f25: partners after ", and"; information for a body at a named session): every field
    # 1.000 / 1.000
    (("mandates_fresh25.part1.jsonl", "mandates_fresh25.part2.jsonl"), 100,
     {"actor": (0.99, 0.99), "verb": (0.99, 0.99), "deadline": (0.99, 0.99), "report": (0.99, 0.99),
      "report_when": (0.99, 0.99)}),
    # the twenty-eighth (seed 2054, REPORT_OR_TIME like the twenty-sixth), labelled blind in the thirty-first session by
    # two helper sessions reading the texts only: on main at 39731a7 actor 1.000 / 1.000 (88), verb 1.000 / 1.000 (74),
    # deadline 1.000 / 0.926 (27), report 0.929 / 1.000 (13), report_when 1.000 / 0.909 (11); every miss on a unit
    # marked unsure. GUIDELINE: its section (decisions, unsure units)
    # after its kinds (branch f26: the actor's budget document with no "next"; a negotiated instrument's outcomes no
    # report): every field 1.000 / 1.000
    (("mandates_fresh26.part1.jsonl", "mandates_fresh26.part2.jsonl"), 100,
     {"actor": (0.99, 0.99), "verb": (0.99, 0.99), "deadline": (0.99, 0.99), "report": (0.99, 0.99),
      "report_when": (0.99, 0.99)}),
])
def test_the_later_samples_keep_their_floor(corpus_dir, files, n, floors):
    paths = [_LABELS / f for f in files]
    if not all(p.is_file() for p in paths):
        pytest.skip("the sample's labels are not here")
    bench = _bench()
    rows = bench.units(*paths)
    assert len(rows) == n
    counts, _ = bench.score(rows, bench.predict(rows, corpus_dir))
    assert _below(counts, floors) == []
