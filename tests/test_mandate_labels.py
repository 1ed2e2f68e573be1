"""A floor on the mandate figures against the hand labels (tests/labels/mandates_sample.jsonl, GUIDELINE.md):
bench/bench_mandates_labels.py prints them; this keeps them from falling. Skips without ../shared/corpus."""

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_mandates_labels.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_mandates_labels", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_precision_and_recall_per_field_keep_their_floor(corpus_dir):
    bench = _bench()
    rows = bench.units()
    assert len(rows) == 200
    counts, _ = bench.score(rows, bench.predict(rows, corpus_dir))
    # the goal of issue 9 is actor precision and recall >= 0.95; the other floors sit just under the figures
    # measured when this test was written (actor 0.993 / 0.974, verb 1.000 / 0.975, deadline 0.895 / 0.850, report 0.889 / 0.800)
    assert counts["actor"]["precision"] >= 0.95 and counts["actor"]["recall"] >= 0.95
    assert counts["verb"]["precision"] >= 0.97 and counts["verb"]["recall"] >= 0.96
    assert counts["deadline"]["precision"] >= 0.85 and counts["deadline"]["recall"] >= 0.8
    assert counts["report"]["precision"] >= 0.8 and counts["report"]["recall"] >= 0.7


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
