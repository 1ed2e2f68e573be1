"""Mandates against the hand labels: precision and recall per field on tests/labels/mandates_sample.jsonl.

    python bench/bench_mandates_labels.py [--corpus ../shared/corpus/texts] [--labels FILE ...] [--errors]

200 operative clauses drawn at random (bench/sample_clauses.py, seed 2026) and labelled by hand under
tests/labels/GUIDELINE.md before the mandate code of issue 9 ran on them. Each unit's resolution is parsed and its
mandates extracted (``resparse.mandates.extract``); the unit's own mandates are compared with its labels:

- actor     every addressee (one entry per actor of a mandate); the same actor when the alias table resolves both
            names to one key, or one name is the other with words before it ("other relevant stakeholders" /
            "relevant stakeholders")
- verb      one per mandate: the verb of the table (``calls upon``, ``decides``, ...)
- deadline  every deadline as written; the same when one text contains the other
- report    the body a report goes to, one per mandate that asks for one
- report_when, recurrence   when the report is due and how often, as written (each where stated); the same when
            one text contains the other ("biennial" / "a biennial report")

Counts are pooled over the units (micro precision and recall). ``--errors`` prints the units where a field differs.
``--labels`` reads other labelled files in the same shape (default: the sample above); several files are one sample
(the parts of tests/labels/mandates_hard.part*.jsonl), a unit is known by its file and ``n``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import resparse
from resparse.mandates import extract
from resparse.mandates.actors import key, table

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "labels" / "mandates_sample.jsonl"
FIELDS = ("actor", "verb", "deadline", "report", "report_when", "recurrence")


def units(*paths: Path) -> list[dict]:
    """The labelled units of one or more JSONL files (default: the first sample), in file order. Units of several
    files are renumbered by file when their ``n`` collide, so that each unit keeps its own key."""
    out: list[dict] = []
    seen: set = set()
    for path in paths or (LABELS,):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row["n"] in seen:
                row = {**row, "n": f"{Path(path).name}:{row['n']}"}
            seen.add(row["n"])
            out.append(row)
    return out


def predict(rows: list[dict], corpus: Path) -> dict[int, list[dict]]:
    """Our mandates of each unit, in the labels' shape: {n: [{"verb", "actors", "passive", "deadlines",
    "report"}]}; one entry per clause (verb as written, where it is written: ``Mandate.verb_at``; two "urges" of one
    paragraph are two), its actors together."""
    by_file: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_file[row["file"]].append(row)
    out: dict[int, list[dict]] = {}
    for name, group in by_file.items():
        res = resparse.parse(corpus / name)
        items = [m for m in extract(res) if m.kind == "mandate"]
        for row in group:
            clauses: dict[tuple, dict] = {}
            for m in items:
                if m.paragraph != row["label"]:
                    continue
                k = (m.verb_as_written, m.passive, m.chapeau, m.verb_at)  # one entry per verb written
                entry = clauses.setdefault(k, {"verb": m.verb, "actors": [], "passive": m.passive, "deadlines": [],
                                               "report": None})
                entry["actors"].append({"name": m.actor, "as_written": m.actor_as_written,
                                        "relation": "via" if m.via else "direct"})
                for d in getattr(m, "deadlines", None) or ([m.deadline] if m.deadline else []):
                    if d.text not in entry["deadlines"]:
                        entry["deadlines"].append(d.text)
                report = getattr(m, "report", None)
                if report and not entry["report"]:
                    entry["report"] = report.to_dict() if hasattr(report, "to_dict") else report
            out[row["n"]] = list(clauses.values())
    return out


def _keys(name: str) -> set[str]:
    return {key(name), table().resolve(name).key}


def same_actor(gold: str, ours: dict) -> bool:
    g = _keys(gold)
    o = _keys(ours["name"]) | _keys(ours.get("as_written") or ours["name"])
    return bool(g & o) or any(a.endswith(" " + b) or b.endswith(" " + a) for a in g for b in o if a and b)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip(" ,.;")


def same_text(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return a in b or b in a


def _match(gold: list, ours: list, same) -> int:
    """Greedy one-to-one matching: how many of ``gold`` have a partner in ``ours``."""
    left = list(ours)
    hit = 0
    for g in gold:
        j = next((i for i, o in enumerate(left) if same(g, o)), None)
        if j is not None:
            hit += 1
            del left[j]
    return hit


def fields(mandates: list[dict]) -> dict[str, list]:
    return {
        "actor": [a for m in mandates for a in m["actors"]],
        "verb": [m["verb"] for m in mandates],
        "deadline": [d for m in mandates for d in m["deadlines"]],
        "report": [m["report"]["to"] for m in mandates if m.get("report")],
        "report_when": [m["report"]["when"] for m in mandates if m.get("report") and m["report"].get("when")],
        "recurrence": [m["report"]["recurrence"] for m in mandates if m.get("report") and m["report"].get("recurrence")],
    }


_SAME = {
    "actor": lambda g, o: same_actor(g["name"], o),
    "verb": lambda g, o: g == o,
    "deadline": same_text,
    "report": lambda g, o: bool(o) and same_actor(g, {"name": o}),
    "report_when": same_text,
    "recurrence": same_text,
}


def score(rows: list[dict], predicted: dict[int, list[dict]]) -> tuple[dict[str, dict[str, float]], dict]:
    """Pooled counts and precision/recall per field, and the units where a field differs."""
    counts = {f: {"gold": 0, "ours": 0, "hit": 0} for f in FIELDS}
    differ: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        gold, ours = fields(row["mandates"]), fields(predicted.get(row["n"], []))
        for f in FIELDS:
            hit = _match(gold[f], ours[f], _SAME[f])
            counts[f]["gold"] += len(gold[f])
            counts[f]["ours"] += len(ours[f])
            counts[f]["hit"] += hit
            if hit != len(gold[f]) or hit != len(ours[f]):
                differ[f].append(row["n"])
    for c in counts.values():
        c["precision"] = c["hit"] / c["ours"] if c["ours"] else 1.0
        c["recall"] = c["hit"] / c["gold"] if c["gold"] else 1.0
    return counts, differ


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--labels", type=Path, nargs="+", default=[LABELS],
                    help="labelled JSONL file(s), read as one sample (default: tests/labels/mandates_sample.jsonl)")
    ap.add_argument("--errors", action="store_true", help="print the units where a field differs")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    missing = [p for p in args.labels if not p.is_file()]
    if missing:
        print(f"no labels at {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    rows = units(*args.labels)
    unlabelled = [r["n"] for r in rows if "mandates" not in r]
    if unlabelled:
        print(f"{len(unlabelled)} units carry no labels (key 'mandates'), e.g. n={unlabelled[0]}", file=sys.stderr)
        return 2
    t = time.perf_counter()
    predicted = predict(rows, args.corpus)
    elapsed = time.perf_counter() - t
    counts, differ = score(rows, predicted)
    print(f"{len(rows)} labelled units from {len({r['file'] for r in rows})} resolutions "
          f"(parse + extract {elapsed:.1f} s)")
    print(f"{'field':11} {'labels':>7} {'ours':>6} {'match':>6} {'precision':>10} {'recall':>7}")
    for f in FIELDS:
        c = counts[f]
        print(f"{f:11} {c['gold']:7d} {c['ours']:6d} {c['hit']:6d} {c['precision']:10.3f} {c['recall']:7.3f}")
    strata = sorted({r["stratum"] for r in rows if r.get("stratum")})
    for stratum in strata:  # the second sample is drawn in strata (via lists, first person, ...)
        part = [r for r in rows if r.get("stratum") == stratum]
        c, _ = score(part, predicted)
        print(f"  {stratum} ({len(part)} units): " + ", ".join(
            f"{f} {c[f]['precision']:.3f}/{c[f]['recall']:.3f}" for f in FIELDS))
    if args.errors:
        by_n = {r["n"]: r for r in rows}
        for f in FIELDS:
            for n in differ[f]:
                r = by_n[n]
                print(f"\n[{f}] n={n} {r['symbol']} {r['label']}: {r['text'][:300]}")
                print("  labels:", json.dumps(fields(r["mandates"])[f], ensure_ascii=False))
                print("  ours:  ", json.dumps(fields(predicted.get(n, []))[f], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
