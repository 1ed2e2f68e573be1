"""Every mandate of the corpus as JSON lines, and the difference between two such dumps: how many mandates a change
adds or removes, and which.

    python bench/corpus_mandates_diff.py dump OUT.jsonl [--corpus ../shared/corpus/texts] [--mentions | --full]
    python bench/corpus_mandates_diff.py diff BEFORE.jsonl AFTER.jsonl [--sample 10 --seed 1]
    python bench/corpus_mandates_diff.py same BEFORE.jsonl AFTER.jsonl

A mandate is keyed by (document, paragraph, verb, actor, passive, deadlines as written); ``dump --mentions`` writes
the mentions too (``kind`` "mention", keyed the same way, verb and actor of the mention); ``diff`` prints the totals
of each kind,
then each row added (+) or removed (-) with the actor as written and the start of the action; ``--sample N`` prints
N of the added and N of the removed rows drawn at random instead (to read them). A row whose key stays but whose
other fields change (the action, its first 150 characters as dumped; the actor as written; the modal) is neither
added nor removed: ``diff`` counts such rows ("N rows changed ...") and prints them (~) with each field before and
after, the first 20 (``--sample N``: N drawn at random), so that a change of the action text alone is never hidden. Run ``dump`` on the code before
and after a change (a copy of the old tree in its own worktree).

``dump --full`` writes, for a change meant to keep the output identical (a speed change), every field of every
Mandate and mention as ``corpus build`` makes them (``extract(res, states=True)``, ``dataclasses.asdict``: the
deadlines, reports and spans included), one line per file in corpus order (``{"file": name, "rows": [...]}``;
``"error"`` where the file does not parse); ``same`` compares two such dumps and prints the files whose rows differ
(exit 1 if any).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"


def dump(out: Path, corpus: Path, mentions: bool = False) -> int:
    import resparse
    from resparse.mandates import extract

    n = 0
    with out.open("w", encoding="utf-8") as f:
        for path in sorted(corpus.glob("*.txt")):
            try:
                res = resparse.parse(path)
            except Exception:  # a file that does not parse has no mandates to compare
                continue
            for m in extract(res):
                if m.kind != "mandate" and not mentions:
                    continue
                n += 1
                f.write(json.dumps({"kind": m.kind, "doc": m.document, "p": m.paragraph, "verb": m.verb, "actor": m.actor,
                                    "aw": m.actor_as_written, "modal": m.modal, "passive": m.passive,
                                    "action": (m.action or "")[:150],
                                    "dl": [d.text for d in (m.deadlines or [])]}) + "\n")
    return n


def dump_full(out: Path, corpus: Path) -> int:
    """Every field of every row of every file (``extract(res, states=True)``), one JSON line per file; the rows."""
    import dataclasses

    import resparse
    from resparse.mandates import extract

    n = 0
    with out.open("w", encoding="utf-8") as f:
        for path in sorted(corpus.glob("*.txt")):
            try:
                res = resparse.parse(path)
            except Exception as e:  # a file that does not parse: its error, the same before and after
                f.write(json.dumps({"file": path.name, "error": type(e).__name__}) + "\n")
                continue
            rows = [dataclasses.asdict(m) for m in extract(res, states=True)]
            n += len(rows)
            f.write(json.dumps({"file": path.name, "rows": rows}, ensure_ascii=False, sort_keys=True) + "\n")
    return n


def same(before: Path, after: Path) -> int:
    """The files whose full rows differ between two ``dump --full`` files, printed with how many rows each has
    before and after; the number of such files (a file in one dump only counts)."""
    def load(path: Path) -> dict[str, str]:
        return {json.loads(line)["file"]: line for line in path.read_text(encoding="utf-8").splitlines()}

    a, b = load(before), load(after)
    differ = sorted(n for n in set(a) | set(b) if a.get(n) != b.get(n))
    for name in differ:
        rows = [len(json.loads(d[name]).get("rows", ())) if name in d else None for d in (a, b)]
        print(f"{name}: {rows[0]} -> {rows[1]} rows, not the same")
    print(f"{len(set(a) | set(b))} files, {len(differ)} differ")
    return len(differ)


_OTHER_FIELDS = ("action", "aw", "modal")  # a row's fields outside its key, compared for rows whose key stays
_SHOWN = 20  # changed rows printed without --sample


def _load(path: Path, kind: str = "mandate") -> tuple[Counter, dict, dict]:
    rows: Counter = Counter()
    example: dict = {}
    others: dict = {}  # key -> the other fields of each of its rows
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r.get("kind", "mandate") != kind:
            continue
        k = (r["doc"], r["p"], r["verb"], r["actor"], r["passive"], tuple(r["dl"]))
        rows[k] += 1
        example[k] = r
        others.setdefault(k, []).append(tuple(r.get(f) or "" for f in _OTHER_FIELDS))
    return rows, example, others


def changed_rows(others_before: dict, others_after: dict) -> list[tuple[tuple, tuple, tuple]]:
    """The rows whose key is in both dumps but whose other fields (``_OTHER_FIELDS``) differ, as (key, before,
    after): for each key, the rows of one dump that the other does not have, paired in sorted order (a key with more
    rows in one dump leaves the rest to "added" or "removed", which count them already)."""
    out = []
    for k in sorted(set(others_before) & set(others_after), key=str):
        a, b = Counter(others_before[k]), Counter(others_after[k])
        out += [(k, x, y) for x, y in zip(sorted((a - b).elements()), sorted((b - a).elements()))]
    return out


def _from_difference(u: str, v: str, width: int = 60) -> str:
    """Two texts from a little before where they first differ: "'…to report at its eightieth' -> '…to report at its
    eighty-first'"."""
    i = next((j for j, (p, q) in enumerate(zip(u, v)) if p != q), min(len(u), len(v)))
    start = max(0, i - 20)
    cut = (lambda t: ("…" if start else "") + t[start : start + width])
    return f"{cut(u)!r} -> {cut(v)!r}"


def diff(before: Path, after: Path, sample: int = 0, seed: int = 1, kind: str = "mandate") -> None:
    a, ea, oa = _load(before, kind)
    b, eb, ob = _load(after, kind)
    removed, added = a - b, b - a
    changed = changed_rows(oa, ob)
    print(f"{kind}s {sum(a.values())} -> {sum(b.values())}: {sum(added.values())} rows added, "
          f"{sum(removed.values())} removed")
    print(f"{len(changed)} rows changed in {', '.join(_OTHER_FIELDS)} only (the same key)")

    def line(sign: str, k: tuple) -> str:
        r = (eb if sign == "+" else ea)[k]
        return f"{sign} {k[0]} {k[1]} {k[2]} | {k[3]} | {r['aw'][:50]} | {r['action'][:70]} | {list(k[5])}"

    def changed_line(k: tuple, x: tuple, y: tuple) -> str:
        fields = "; ".join(f"{f}: {_from_difference(u, v)}" for f, u, v in zip(_OTHER_FIELDS, x, y) if u != v)
        return f"~ {k[0]} {k[1]} {k[2]} | {k[3]} | {fields}"

    if sample:
        rng = random.Random(seed)
        for sign, keys in (("+", sorted(added, key=str)), ("-", sorted(removed, key=str))):
            for k in rng.sample(keys, min(sample, len(keys))):
                print(line(sign, k))
        shown = rng.sample(changed, min(sample, len(changed)))
    else:
        for k in sorted(set(added) | set(removed), key=str):  # a mention's verb may be None
            print(line("+" if k in added else "-", k))
        shown = changed[:_SHOWN]
    for k, x, y in shown:
        print(changed_line(k, x, y))
    if len(shown) < len(changed):
        print(f"~ ... and {len(changed) - len(shown)} more (--sample N draws N at random)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="every corpus mandate as JSON lines")
    d.add_argument("out", type=Path)
    d.add_argument("--corpus", type=Path, default=CORPUS)
    d.add_argument("--mentions", action="store_true", help="write the mentions too (kind: mention)")
    d.add_argument("--full", action="store_true",
                   help="every field of every mandate and mention, states=True, one line per file (for `same`)")
    c = sub.add_parser("diff", help="rows added and removed between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--sample", type=int, default=0)
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--kind", choices=("mandate", "mention"), default="mandate",
                   help="compare the mandates (default) or the mentions of a dump made with --mentions")
    s = sub.add_parser("same", help="the files whose rows differ between two dumps made with --full")
    s.add_argument("before", type=Path)
    s.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.command == "same":
        raise SystemExit(1 if same(args.before, args.after) else 0)
    if args.command == "dump" and args.full:
        n = dump_full(args.out, args.corpus)
        print(f"{n} mandates and mentions (every field) written to {args.out}")
    elif args.command == "dump":
        n = dump(args.out, args.corpus, args.mentions)
        print(f"{n} {'mandates and mentions' if args.mentions else 'mandates'} written to {args.out}")
    else:
        diff(args.before, args.after, args.sample, args.seed, args.kind)


if __name__ == "__main__":
    main()
