"""Every mandate of the corpus as JSON lines, and the difference between two such dumps: how many mandates a change
adds or removes, and which.

    python bench/corpus_mandates_diff.py dump OUT.jsonl [--corpus ../shared/corpus/texts]
    python bench/corpus_mandates_diff.py diff BEFORE.jsonl AFTER.jsonl [--sample 10 --seed 1]

A mandate is keyed by (document, paragraph, verb, actor, passive, deadlines as written); ``diff`` prints the totals,
then each row added (+) or removed (-) with the actor as written and the start of the action; ``--sample N`` prints
N of the added and N of the removed rows drawn at random instead (to read them). Run ``dump`` on the code before
(``git stash``) and after a change.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"


def dump(out: Path, corpus: Path) -> int:
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
                if m.kind != "mandate":
                    continue
                n += 1
                f.write(json.dumps({"doc": m.document, "p": m.paragraph, "verb": m.verb, "actor": m.actor,
                                    "aw": m.actor_as_written, "modal": m.modal, "passive": m.passive,
                                    "action": (m.action or "")[:150],
                                    "dl": [d.text for d in (m.deadlines or [])]}) + "\n")
    return n


def _load(path: Path) -> tuple[Counter, dict]:
    rows: Counter = Counter()
    example: dict = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        k = (r["doc"], r["p"], r["verb"], r["actor"], r["passive"], tuple(r["dl"]))
        rows[k] += 1
        example[k] = r
    return rows, example


def diff(before: Path, after: Path, sample: int = 0, seed: int = 1) -> None:
    a, ea = _load(before)
    b, eb = _load(after)
    removed, added = a - b, b - a
    print(f"mandates {sum(a.values())} -> {sum(b.values())}: {sum(added.values())} rows added, "
          f"{sum(removed.values())} removed")

    def line(sign: str, k: tuple) -> str:
        r = (eb if sign == "+" else ea)[k]
        return f"{sign} {k[0]} {k[1]} {k[2]} | {k[3]} | {r['aw'][:50]} | {r['action'][:70]} | {list(k[5])}"

    if sample:
        rng = random.Random(seed)
        for sign, keys in (("+", sorted(added)), ("-", sorted(removed))):
            for k in rng.sample(keys, min(sample, len(keys))):
                print(line(sign, k))
        return
    for k in sorted(set(added) | set(removed)):
        print(line("+" if k in added else "-", k))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="every corpus mandate as JSON lines")
    d.add_argument("out", type=Path)
    d.add_argument("--corpus", type=Path, default=CORPUS)
    c = sub.add_parser("diff", help="rows added and removed between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--sample", type=int, default=0)
    c.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.command == "dump":
        print(f"{dump(args.out, args.corpus)} mandates written to {args.out}")
    else:
        diff(args.before, args.after, args.sample, args.seed)


if __name__ == "__main__":
    main()
