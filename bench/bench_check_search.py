"""How well and how fast the checker finds the paragraph a quotation is from when the note cites none
(``Prepared.search`` over the whole resolution): fragments of 9-18 words taken from the paragraphs of the bundled texts
and tests/fixtures/A_RES_*.txt, each altered one way (a word replaced, three words shortened to one as a name is
abbreviated, two words left out, or words added at both ends and two replaced), searched, and counted as found when the
paragraph named matches them at least as well as the one they were taken from (another may hold the same words).

    python bench/bench_check_search.py [--per N] [--seed S] [--verbose]

Prints "found F of N; search M ms a quotation". The twenty-sixth session (branch check6), run after the start tree
5429932 on a loaded machine (load 5): 947 of 947, 7.5 ms; the start tree, which aligned the three paragraphs nearest
by characters, 937 of 947, 4.4 ms.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import resparse
from resparse import check as checker
from resparse.check.align import align, segments

ROOT = Path(__file__).resolve().parents[1]


def fragments(prepared, rng: random.Random, per: int):
    labels = [lab for lab in prepared.order if len(prepared.texts[lab].shown) >= 14]
    for lab in rng.sample(labels, min(per, len(labels))):
        ws = prepared.texts[lab].shown
        n = min(len(ws), rng.randint(9, 18))
        s = rng.randint(0, len(ws) - n)
        frag = ws[s : s + n]
        k = rng.randint(2, n - 4)
        kind = rng.choice(["abbr", "word", "drop", "two"])
        if kind == "abbr":
            frag = frag[:k] + ["ABC"] + frag[k + 3 :]
        elif kind == "word":
            frag = frag[:k] + ["changed"] + frag[k + 1 :]
        elif kind == "drop":
            frag = frag[:k] + frag[k + 2 :]
        else:
            frag = ["so"] + frag[:k] + ["DEF"] + frag[k + 2 : -1] + ["now"]
        yield lab, " ".join(frag)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per", type=int, default=12, help="fragments per resolution (default 12)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--verbose", action="store_true", help="print each fragment not found")
    args = ap.parse_args()
    files = sorted((ROOT / "texts").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").glob("A_RES_*.txt"))
    rng = random.Random(args.seed)
    found = total = 0
    spent = 0.0
    for path in files:
        res = resparse.parse(path)
        prepared = checker.Library([res]).get(res.symbol)
        if prepared is None:
            continue
        for lab, quote in fragments(prepared, rng, args.per):
            segs = segments(quote)
            t0 = time.perf_counter()
            best = prepared.search(segs, floor=0.0)
            spent += time.perf_counter() - t0
            own = align(segs, prepared.texts[lab]).score
            total += 1
            if best is not None and (best.label == lab or best.score >= own - 1e-9):
                found += 1
            elif args.verbose:
                got = f"{best.label} ({best.score:.2f})" if best else "nothing"
                print(f"{prepared.symbol} {lab} ({own:.2f}) -> {got}: {quote[:90]}")
    print(f"found {found} of {total}; search {spent * 1000 / max(total, 1):.1f} ms a quotation")


if __name__ == "__main__":
    main()
